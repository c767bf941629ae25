import type { Article, TariffEvent } from '../article';
import { forgetHintsIn, hintsIn } from './article-hints';
import { addDays, type DateHint, iso, matchesHint, parseDay, resolveHint } from './event-dates';
import { DEFAULT_YEAR } from './events';
import { assignRoundsByDate } from './merge-events';
import {
  absorbReport,
  contradicts,
  DatedEventIndex,
  dayFromWeekReport,
  dayFromWeekReports,
  type WeekDating,
  weekReports,
} from './week-reference';

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
 * An undated article that says a remark's weekday of an event "last week" ("said Monday that …
 * the talks held in Washington last week") is dated from the one event of that kind, place and
 * participant that an article with its own date dates (see week-reference.ts); its report then
 * joins that event. Where both rules date an article and disagree, it stays undated.
 *
 * The events of an article so dated are resolved again in place against the new date, and rounds
 * are assigned again by date, so that "the 23rd" in the same article becomes a calendar day.
 * `events` is updated in place.
 */
export function inferPublished(articles: Article[], events: TariffEvent[]): Article[] {
  const roundDays = knownRoundDays(events);
  const byArticle = eventsByArticle(events);
  const weekIndex = datedEventIndex(articles, byArticle, events);
  const absorbed = new Set<TariffEvent>();
  const citedBy = new Map<TariffEvent, Set<string>>();
  const absorb = (match: TariffEvent, report: TariffEvent, speakers: readonly string[]) => {
    let ids = citedBy.get(match);
    if (!ids) {
      ids = new Set(match.articleIds);
      citedBy.set(match, ids);
    }
    absorbReport(match, report, speakers, ids);
    absorbed.add(report);
  };
  const out = articles.map((a) => {
    if (a.published !== null) {
      if (weekIndex)
        for (const w of weekMatches(a, byArticle.get(a.id) ?? [], weekIndex))
          absorb(w.match!, w.report, w.speakers);
      return a;
    }
    const own = byArticle.get(a.id) ?? [];
    const day = dayFromRounds(a.id, own, roundDays);
    const fromRounds = day ? iso(addDays(parseDay(day.date)!, 1)) : null;
    const week = weekIndex ? dayFromWeekReports(a, weekReports(a.id, own), weekIndex) : null;
    // Two rules that put one article on two different days: neither is believed.
    if (fromRounds && week && fromRounds !== week.published) return a;
    const published = fromRounds ?? week?.published;
    if (!published) return a;
    if (!fromRounds && contradicts(a.id, own, published)) return a;
    if (day) {
      day.event.date ??= day.date;
      day.event.dateInferred = true;
    }
    redate(a.id, published, own);
    if (week?.match) absorb(week.match, week.report, week.speakers);
    return { ...a, published, publishedInferred: true };
  });
  if (absorbed.size > 0) removeInPlace(events, absorbed);
  assignRoundsByDate(events);
  for (const e of events) forgetHintsIn(e);
  return out;
}

/**
 * The index of dated events, built before any article is dated so that no inferred date feeds
 * another; null (and no cost) when no undated article places an event by a week.
 */
function datedEventIndex(
  articles: Article[],
  byArticle: Map<string, TariffEvent[]>,
  events: TariffEvent[],
): DatedEventIndex | null {
  const published = new Map<string, string>();
  let needed = false;
  for (const a of articles) {
    if (a.published !== null) published.set(a.id, a.published);
    if (!needed && weekReports(a.id, byArticle.get(a.id) ?? []).some((r) => r.event.date === null))
      needed = true;
  }
  return needed ? new DatedEventIndex(events, published) : null;
}

/**
 * A dated article's undated reports of events "last week" that are one event another article
 * dates: the report's week, the remark's weekday and the article's own date must all agree
 * ("said Monday … the talks held in Washington last week" in Monday's paper).
 */
function weekMatches(a: Article, own: TariffEvent[], index: DatedEventIndex): WeekDating[] {
  const out: WeekDating[] = [];
  for (const r of weekReports(a.id, own)) {
    if (r.event.date !== null) continue;
    const dating = dayFromWeekReport(r, index);
    if (dating?.match && dating.published === a.published) out.push(dating);
  }
  return out;
}

/** `events` is the dataset's own list: reports that became part of another event leave it. */
function removeInPlace(events: TariffEvent[], gone: Set<TariffEvent>): void {
  let n = 0;
  for (const e of events) if (!gone.has(e)) events[n++] = e;
  events.length = n;
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
