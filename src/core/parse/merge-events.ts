import type { EventType, TariffEvent } from '../article';
import { cityOf } from './city-of';
import { eventSides, type SidesOfArticle, sidesDiffer } from './event-sides';
import { eventHints } from './events';

/**
 * The same event reported by several articles (or twice in one) becomes one event carrying every
 * articleId and mention. Two reports are the same event when their types agree (a round and a
 * meeting of it count as one), their dates agree (or one is undated and both give the same round
 * number), their round numbers do not conflict, they share a participant (or one names none), and
 * they are not talks with two different partners (event-sides.ts): Korea's first round is not
 * Vietnam's. `sidesOfArticle` gives each article's partner from its headline and lead.
 */
export function mergeEvents(events: TariffEvent[], sidesOfArticle?: SidesOfArticle): TariffEvent[] {
  const sides = eventSides(sidesOfArticle);
  const out: TariffEvent[] = [];
  // Bucket by date so that merging stays near-linear; undated events compare by round.
  const byDate = new Map<string, TariffEvent[]>();
  const byRound = new Map<number, TariffEvent[]>();
  // Article ids of each merged event as a set: a popular event absorbs thousands of reports.
  const ids = new Map<TariffEvent, Set<string>>();
  for (const e of events) {
    const candidates = [
      ...(e.date ? (byDate.get(e.date) ?? []) : []),
      ...(e.round !== null ? (byRound.get(e.round) ?? []) : []),
    ];
    const into = candidates.find((c) => sameEvent(c, e) && !partnersDiffer(c, e, sides));
    if (into) {
      const { date, round } = into;
      absorb(into, e, ids.get(into)!);
      // Already filed under its date and round: only a date or round it just gained needs filing.
      if (into.date !== date || into.round !== round) index(into, byDate, byRound);
      continue;
    }
    const copy: TariffEvent = {
      ...e,
      participants: [...e.participants],
      articleIds: [...e.articleIds],
      mentions: [...e.mentions],
    };
    eventHints.set(copy, [...(eventHints.get(e) ?? [])]);
    ids.set(copy, new Set(copy.articleIds));
    out.push(copy);
    index(copy, byDate, byRound);
  }
  assignRoundsByDate(out, sides);
  return out;
}

/**
 * Talks, calls, trips and letters have a partner side; a deadline, order or election is one a day
 * whoever it concerns (the corpus gold keeps one "August 1" for every country).
 */
function partnersDiffer(
  a: TariffEvent,
  b: TariffEvent,
  sides: (e: TariffEvent) => readonly string[],
): boolean {
  if (ONE_A_DAY.has(a.type)) return false;
  return sidesDiffer(sides(a), sides(b));
}

function index(e: TariffEvent, byDate: Map<string, TariffEvent[]>, byRound: Map<number, TariffEvent[]>) {
  if (e.date) {
    const list = byDate.get(e.date) ?? [];
    if (!list.includes(e)) list.push(e);
    byDate.set(e.date, list);
  }
  if (e.round !== null) {
    const list = byRound.get(e.round) ?? [];
    if (!list.includes(e)) list.push(e);
    byRound.set(e.round, list);
  }
}

const FAMILY: Partial<Record<EventType, string>> = { round: 'talks', meeting: 'talks' };

/** The kind of event two reports must share to be the same one: a round and a meeting of it are talks. */
export function familyOf(type: EventType): string {
  return FAMILY[type] ?? type;
}

export function sameEvent(a: TariffEvent, b: TariffEvent): boolean {
  if (familyOf(a.type) !== familyOf(b.type)) return false;
  if (a.round !== null && b.round !== null && a.round !== b.round) return false;
  if (a.date && b.date) {
    if (a.date !== b.date) return false;
  } else if (a.round === null || a.round !== b.round) {
    // Without a date on both sides only the same round number identifies the event.
    return false;
  }
  if (a.planned !== b.planned && (a.date === null || b.date === null)) return false;
  // The same round number names one event whoever each report names.
  if (a.round !== null && a.round === b.round) return true;
  if (a.place && b.place && cityOf(a.place) !== cityOf(b.place)) return false;
  if (a.participants.length === 0 || b.participants.length === 0) {
    // A report that names nobody is the same event only where something else ties it: the same
    // place, or a kind of which one a day is usual (a deadline, an election, an order). Many
    // countries' meetings, letters and announcements fall on one day.
    return (
      (a.place !== null && b.place !== null && cityOf(a.place) === cityOf(b.place)) || ONE_A_DAY.has(a.type)
    );
  }
  // A letter, call or meeting has two sides: two reports that each name a party the other does
  // not ("Trump's letter to Lula", "Trump's letter to Marcos") are two events, even on one day.
  const shared = a.participants.filter((p) => b.participants.includes(p)).length;
  if (shared === 0) return false;
  const smaller = Math.min(a.participants.length, b.participants.length);
  return shared >= 2 || shared === smaller;
}

/** Names of a place that stand for the city it is in, so "the White House" and "Washington" agree. */
/** Kinds of event that seldom come more than one to a day, so a report naming nobody may join. */
const ONE_A_DAY = new Set<EventType>(['deadline', 'election', 'order']);

/** `ids` holds `into.articleIds`, kept in step with it. */
function absorb(into: TariffEvent, e: TariffEvent, ids: Set<string>): void {
  for (const id of e.articleIds)
    if (!ids.has(id)) {
      ids.add(id);
      into.articleIds.push(id);
    }
  into.mentions.push(...e.mentions);
  for (const p of e.participants) if (!into.participants.includes(p)) into.participants.push(p);
  into.participants.sort();
  if (!into.date && e.date) {
    // The report that dates the event describes it best.
    into.date = e.date;
    into.dateInferred = e.dateInferred;
    into.title = e.title;
  }
  if (!into.endDate && e.endDate) into.endDate = e.endDate;
  if (into.round === null) into.round = e.round;
  if (!into.place) into.place = e.place;
  // Held in any report means held.
  into.planned = into.planned && e.planned;
  if (into.type === 'meeting' && e.type === 'round') into.type = 'round';
  // The merged event's hint list is its own (made with it above): append rather than copy it each time.
  const hints = eventHints.get(into);
  const more = eventHints.get(e) ?? [];
  if (hints) for (const h of more) hints.push(h);
  else eventHints.set(into, [...more]);
}

/**
 * A meeting, call or trip on the day of a numbered round, with a participant of it (or none named),
 * belongs to that round: "met Bessent on May 30" in one article is the fourth round another names.
 */
export function assignRoundsByDate(
  events: TariffEvent[],
  sides?: (e: TariffEvent) => readonly string[],
): void {
  const rounds = new Map<string, TariffEvent[]>();
  for (const e of events) {
    if (e.round === null || !e.date) continue;
    for (const d of daysOf(e)) {
      const list = rounds.get(d) ?? [];
      list.push(e);
      rounds.set(d, list);
    }
  }
  for (const e of events) {
    if (e.round !== null || !e.date) continue;
    if (e.type !== 'meeting' && e.type !== 'round' && e.type !== 'call' && e.type !== 'trip') continue;
    const same = (rounds.get(e.date) ?? []).filter(
      (r) =>
        (e.participants.length === 0 ||
          r.participants.length === 0 ||
          r.participants.some((p) => e.participants.includes(p))) &&
        !(sides && sidesDiffer(sides(e), sides(r))),
    );
    const numbers = new Set(same.map((r) => r.round));
    if (numbers.size === 1) e.round = [...numbers][0]!;
  }
}

function daysOf(e: TariffEvent): string[] {
  if (!e.date) return [];
  if (!e.endDate || e.endDate <= e.date) return [e.date];
  const out: string[] = [];
  const end = Date.parse(`${e.endDate}T00:00:00Z`);
  for (let t = Date.parse(`${e.date}T00:00:00Z`); t <= end && out.length < 31; t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
