import type { Article, TariffEvent } from '../article';
import { hintsIn } from './article-hints';
import { cityOf } from './city-of';
import { findDates, iso, isRemarkDate, matchesHint, parseDay, resolveHint } from './event-dates';
import { DEFAULT_YEAR, type EventHints, eventHints, type WeekContext } from './events';
import { familyOf } from './merge-events';

/**
 * An undated article dated by an event it places only by a week: "Ishiba said Monday that he had
 * not expected Trump to join the talks held in Washington last week". The talks are identified
 * as the one event, of the same kind, at the same place and with a participant the sentence
 * names, that an article with its own date dates; "last week" puts the remark in the calendar
 * week after that event's, and "Monday" names the day in it. That day is the article's news day
 * and so its publication date (news style: "said Monday" in Monday's report).
 *
 * Every doubt leaves the article undated: no weekday of the remark (a week is no date), remarks
 * on different weekdays, more than one place in the sentence, no participant besides the
 * speaker, events on days that put the article on different days, an event day the sentence's
 * own weekday contradicts, or a held event of the article dated after the day found.
 */

export interface WeekDating {
  published: string;
  /** The article's report of the event, and the dated event it was found to be (when one). */
  report: TariffEvent;
  match: TariffEvent | null;
  /** People the report names who spoke of the event rather than took part in it. */
  speakers: string[];
}

/** What an undated article says about an event it places by a week. */
interface WeekReport {
  event: TariffEvent;
  weeks: -1 | 0;
  record: EventHints;
  week: WeekContext;
}

/** The reports of this article that place an event by a week, if any. */
export function weekReports(articleId: string, own: TariffEvent[]): WeekReport[] {
  const out: WeekReport[] = [];
  for (const e of own) {
    if (e.planned) continue;
    for (const record of hintsIn(e, articleId)) {
      if (!record.week) continue;
      for (const h of record.hints)
        if (h.kind === 'week') out.push({ event: e, weeks: h.weeks, record, week: record.week });
    }
  }
  return out;
}

/**
 * Held, dated events whose date an article with its own date reads, by kind, city and
 * participant: an undated article looks up the few events its report could be, never all of them.
 */
export class DatedEventIndex {
  private readonly byKey = new Map<string, TariffEvent[]>();

  constructor(events: readonly TariffEvent[], published: ReadonlyMap<string, string>) {
    for (const e of events) {
      if (!e.date || e.dateInferred || e.planned || !e.place || e.participants.length === 0) continue;
      if (!readByDatedArticle(e, published)) continue;
      const base = `${familyOf(e.type)}|${cityOf(e.place)}|`;
      for (const p of e.participants) {
        const key = base + p;
        const list = this.byKey.get(key);
        if (list) list.push(e);
        else this.byKey.set(key, [e]);
      }
    }
  }

  /** Every indexed event of the kind of `type`, in `city`, with at least one of `participants`. */
  find(type: TariffEvent['type'], city: string, participants: readonly string[]): TariffEvent[] {
    const out = new Set<TariffEvent>();
    const base = `${familyOf(type)}|${city}|`;
    for (const p of participants) for (const e of this.byKey.get(base + p) ?? []) out.add(e);
    return [...out];
  }
}

/**
 * Whether an article with its own date gives the event its date: a date read from an undated
 * article ("April 16" taken as this year) or inferred is no ground for dating another.
 */
function readByDatedArticle(e: TariffEvent, published: ReadonlyMap<string, string>): boolean {
  for (const report of eventHints.get(e) ?? []) {
    const day = published.get(report.articleId);
    if (!day) continue;
    for (const h of report.hints) {
      if (h.kind === 'previousEvent') continue;
      if (resolveHint(h, day, null, DEFAULT_YEAR)?.date === e.date) return true;
    }
  }
  return false;
}

/** Monday-first and Sunday-first weeks: usage varies, so a day counts only where both agree. */
const WEEK_STARTS = [1, 0];

/**
 * The day with weekday `weekday` in the week `-weeks` weeks after the week of each event day:
 * "said Monday … last week" about talks on Wednesday 16 April is Monday 21 April. "Earlier this
 * week" needs the remark after the event. Null unless every event day and both week conventions
 * give the same day.
 */
export function newsDay(eventDays: readonly string[], weeks: -1 | 0, weekday: number): string | null {
  const days: number[] = [];
  for (const d of eventDays) {
    const n = dayNumber(d);
    if (n === null) return null;
    days.push(n);
  }
  const n = newsDayNumber(days, weeks, weekday);
  return n === null ? null : iso(new Date(n * DAY_MS));
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (a Thursday), so a week is arithmetic rather than calendar objects. */
function dayNumber(date: string): number | null {
  const d = parseDay(date);
  return d ? Math.round(d.getTime() / DAY_MS) : null;
}

function newsDayNumber(days: readonly number[], weeks: -1 | 0, weekday: number): number | null {
  let found: number | null = null;
  for (const day of days) {
    const dayWeekday = (((day + 4) % 7) + 7) % 7;
    for (const start of WEEK_STARTS) {
      const weekStart = day - ((dayWeekday - start + 7) % 7);
      const news = weekStart - weeks * 7 + ((weekday - start + 7) % 7);
      if (news <= day) return null;
      if (found !== null && found !== news) return null;
      found = news;
    }
  }
  return found;
}

/** Every calendar day of an event, from its date to its end date, as day numbers. */
function daysOf(e: TariffEvent): number[] {
  const start = e.date ? dayNumber(e.date) : null;
  if (start === null) return [];
  const end = e.endDate ? dayNumber(e.endDate) : null;
  const out = [start];
  for (let d = start + 1; end !== null && d <= end && out.length < 31; d++) out.push(d);
  return out;
}

/**
 * The day an undated article's reports of events "last week" put it on, with the event each
 * report was found to be; null where they give no day or disagree.
 */
export function dayFromWeekReports(
  article: Article,
  reports: readonly WeekReport[],
  index: DatedEventIndex,
): WeekDating | null {
  let found: WeekDating | null = null;
  for (const r of reports) {
    const dating = dayFromWeekReport(r, index);
    if (!dating) return null;
    if (found && found.published !== dating.published) return null;
    found ??= dating;
  }
  if (!found) return null;
  // The article tells of remarks on other days too: no one of them is its own.
  const remarkDays = articleRemarkWeekdays(article);
  const weekday = parseDay(found.published)!.getUTCDay();
  if (remarkDays.size > 1 || (remarkDays.size === 1 && !remarkDays.has(weekday))) return null;
  return found;
}

export function dayFromWeekReport(r: WeekReport, index: DatedEventIndex): WeekDating | null {
  const weekdays = new Set(r.week.remarkWeekdays);
  // A week is no date: without the remark's weekday there is no day.
  if (weekdays.size !== 1) return null;
  const cities = new Set(r.week.places.map(cityOf));
  if (cities.size !== 1) return null;
  const speakers = new Set(r.week.speakers);
  const participants = r.event.participants.filter((p) => !speakers.has(p));
  if (participants.length === 0) return null;
  const candidates = index.find(r.event.type, [...cities][0]!, participants);
  if (candidates.length === 0) return null;
  const days = candidates.flatMap(daysOf);
  const news = newsDayNumber(days, r.weeks, [...weekdays][0]!);
  if (news === null) return null;
  // The sentence's own weekday or day of the month for the event ("last week, on Wednesday").
  const ownHints = r.record.hints.filter((h) => h.kind === 'weekday' || h.kind === 'dayOfMonth');
  if (ownHints.length > 0) {
    const isoDays = days.map((d) => iso(new Date(d * DAY_MS)));
    if (ownHints.some((h) => !isoDays.some((d) => matchesHint(h, d)))) return null;
  }
  return {
    published: iso(new Date(news * DAY_MS)),
    report: r.event,
    match: candidates.length === 1 ? candidates[0]! : null,
    speakers: [...speakers],
  };
}

/** The weekdays of the remarks the article reports ("said Monday", "told reporters on Tuesday"). */
function articleRemarkWeekdays(article: Article): Set<number> {
  const out = new Set<number>();
  for (const s of article.sentences)
    for (const d of findDates(s.text))
      if (d.hint.kind === 'weekday' && isRemarkDate(s.text, d)) out.add(d.hint.weekday);
  return out;
}

/**
 * Whether a held event the article dates by its own words ("on April 23") falls after `day`: then
 * the article cannot have appeared on `day`.
 */
export function contradicts(articleId: string, own: readonly TariffEvent[], day: string): boolean {
  for (const e of own) {
    if (e.planned) continue;
    for (const record of hintsIn(e, articleId))
      for (const h of record.hints) {
        if (h.kind !== 'monthDay') continue;
        const r = resolveHint(h, day, null, DEFAULT_YEAR);
        if (r && r.date > day) return true;
      }
  }
  return false;
}

/**
 * The article's report becomes a report of the event it was found to be: one event, cited by
 * both articles. The speakers of the remark are not added as its participants. `ids` holds
 * `into.articleIds`, kept in step with it: a much-reported event may absorb thousands of reports.
 */
export function absorbReport(
  into: TariffEvent,
  report: TariffEvent,
  speakers: readonly string[],
  ids: Set<string>,
): void {
  for (const id of report.articleIds)
    if (!ids.has(id)) {
      ids.add(id);
      into.articleIds.push(id);
    }
  into.mentions.push(...report.mentions);
  for (const p of report.participants)
    if (!speakers.includes(p) && !into.participants.includes(p)) into.participants.push(p);
  into.participants.sort();
  const hints = eventHints.get(into);
  const more = eventHints.get(report) ?? [];
  if (hints) hints.push(...more);
  else eventHints.set(into, [...more]);
}
