import type { Article, TariffEvent } from '../article';
import { addDays, type DateHint, iso, matchesHint, parseDay, resolveHint } from './event-dates';
import { DEFAULT_YEAR, type EventHints, eventHints } from './events';
import { assignRoundsByDate } from './merge-events';

/** How far apart two rounds may be for the days between them to pin down an undated report. */
const MAX_WINDOW_DAYS = 45;

/**
 * Dates articles that carry no date of their own from events other articles date.
 *
 * An undated article that reports a numbered round with a weekday or a day of the month ("on
 * Friday", "on the 30th (local time)") is dated when exactly one calendar day fits: the round's
 * own date where another article gives it, otherwise the one matching day between the dates of the
 * rounds before and after it. The rule for the publication date is the day after that event: a
 * report of talks abroad "on Friday" appears, in the reporter's own time zone, on the next
 * calendar day (Washington talks read in Tokyo or Seoul), and the next day is the earliest date on
 * which every relative word in such a report is already past. The article is marked
 * `publishedInferred`.
 *
 * The events of an article so dated are resolved again in place against the new date, and rounds
 * are assigned again by date, so that "the 23rd" in the same article becomes a calendar day.
 */
export function inferPublished(articles: Article[], events: TariffEvent[]): Article[] {
  const roundDays = knownRoundDays(events);
  const byArticle = eventsByArticle(events);
  const out = articles.map((a) => {
    if (a.published !== null) return a;
    const own = byArticle.get(a.id) ?? [];
    const day = dayFromRounds(a.id, own, roundDays);
    if (!day) return a;
    const published = iso(addDays(parseDay(day.date)!, 1));
    day.event.date ??= day.date;
    day.event.dateInferred = true;
    redate(a.id, published, own);
    return { ...a, published, publishedInferred: true };
  });
  assignRoundsByDate(events);
  for (const e of events) hintsByArticle.delete(e);
  return out;
}

/**
 * Each article's events, in dataset order: every undated article reads only its own, so the cost
 * stays linear in the number of events instead of undated articles × all events.
 */
function eventsByArticle(events: TariffEvent[]): Map<string, TariffEvent[]> {
  const out = new Map<string, TariffEvent[]>();
  for (const e of events)
    for (const id of new Set(e.articleIds)) {
      const list = out.get(id);
      if (list) list.push(e);
      else out.set(id, [e]);
    }
  return out;
}

/** Round number → days that articles with their own dates give for it. */
function knownRoundDays(events: TariffEvent[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const e of events) {
    // Planned dates count too: "will leave Friday for a third round" bounds the fourth.
    if (e.round === null || !e.date || e.dateInferred) continue;
    const list = out.get(e.round) ?? [];
    list.push(e.date);
    if (e.endDate) list.push(e.endDate);
    out.set(e.round, list);
  }
  return out;
}

function dayFromRounds(
  articleId: string,
  events: TariffEvent[],
  roundDays: Map<number, string[]>,
): { date: string; event: TariffEvent } | null {
  const found = new Set<string>();
  let event: TariffEvent | null = null;
  for (const e of events) {
    // `events` are this article's own (see eventsByArticle).
    if (e.round === null || e.planned) continue;
    // Each report of the event within the article is read on its own words.
    for (const group of hintGroupsOf(e, articleId)) {
      const hints = group.filter((h) => h.kind === 'weekday' || h.kind === 'dayOfMonth');
      if (hints.length === 0) continue;
      const fits = (d: string) => hints.every((h) => matchesHint(h, d));
      const own = (roundDays.get(e.round) ?? []).filter(fits);
      const candidates = own.length > 0 ? [...new Set(own)] : between(e.round, roundDays, fits);
      if (candidates.length !== 1) continue;
      found.add(candidates[0]!);
      event = e;
    }
  }
  // Two rounds in one article pointing at different days: no basis for one date.
  if (found.size !== 1 || !event) return null;
  return { date: [...found][0]!, event };
}

/** The days strictly between the known dates of the rounds before and after `round` that fit. */
function between(round: number, roundDays: Map<number, string[]>, fits: (d: string) => boolean): string[] {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const [n, days] of roundDays) {
    for (const d of days) {
      if (n < round && (lo === null || d > lo)) lo = d;
      if (n > round && (hi === null || d < hi)) hi = d;
    }
  }
  if (!lo || !hi) return [];
  const start = parseDay(lo)!;
  const end = parseDay(hi)!;
  const span = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  if (span <= 1 || span > MAX_WINDOW_DAYS) return [];
  const out: string[] = [];
  for (let i = 1; i < span; i++) {
    const d = iso(addDays(start, i));
    if (fits(d)) out.push(d);
  }
  return out;
}

/**
 * An event's hints by article, in their order. A round many articles report carries a hint list
 * per report; indexing it once keeps each undated article from reading every other report's.
 */
const hintsByArticle = new WeakMap<
  TariffEvent,
  { source: EventHints[]; length: number; byId: Map<string, EventHints[]> }
>();

function hintsIn(e: TariffEvent, articleId: string): EventHints[] {
  const source = eventHints.get(e) ?? [];
  let cached = hintsByArticle.get(e);
  // Rebuilt whenever the event's hints were replaced or added to since.
  if (!cached || cached.source !== source || cached.length !== source.length) {
    const byId = new Map<string, EventHints[]>();
    for (const h of source) {
      const list = byId.get(h.articleId);
      if (list) list.push(h);
      else byId.set(h.articleId, [h]);
    }
    cached = { source, length: source.length, byId };
    hintsByArticle.set(e, cached);
  }
  return cached.byId.get(articleId) ?? [];
}

/** Date words read in the same sentence as the round number: only those can date the round. */
function hintGroupsOf(e: TariffEvent, articleId: string): DateHint[][] {
  return hintsIn(e, articleId)
    .filter((h) => h.roundInSentence)
    .map((h) => h.hints);
}

function hintsOf(e: TariffEvent, articleId: string): DateHint[] {
  return hintsIn(e, articleId).flatMap((h) => h.hints);
}

/** Resolves, against the article's new date, the hints of its events that had no date yet. */
function redate(articleId: string, published: string, events: TariffEvent[]): void {
  let previous: string | null = null;
  for (const e of events) {
    if (e.date) {
      previous = e.date;
      continue;
    }
    for (const h of hintsOf(e, articleId)) {
      const r = resolveHint(h, published, previous, DEFAULT_YEAR);
      if (!r) continue;
      e.date = r.date;
      e.endDate = r.endDate;
      e.dateInferred = true;
      if (r.date > published) e.planned = true;
      previous = r.date;
      break;
    }
  }
}
