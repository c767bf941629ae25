import type { TariffEvent } from '../article';
import { cityOf } from './city-of';

/**
 * Numbers a negotiator's later visits from the rounds the articles number: news counts a
 * negotiator's trips ("on his eighth trip", "the seventh round"), and a later trip of the same
 * negotiator to the same place, on a distinct later date, is the next one. Dataset-level, like
 * week-reference.ts: built once from stated round numbers (anchors) and read dates only; a number
 * this gives is never an anchor for another, and every doubt leaves the event unnumbered.
 *
 * - The negotiator is the one person in every dated anchor of a group of anchors linked by shared
 *   participants; two such people (a single anchor with two names) is a doubt.
 * - The anchors must agree with the calendar (a later round on a later day), else nothing is numbered.
 * - A visit spans a few days: trips within VISIT_DAYS of the first day of a visit are that visit.
 * - A visit between two anchors must fit between their numbers, else it is no round (a meeting at
 *   home, a misread date) and the gap stays unnumbered.
 * - Only forward: a number is never counted back from a later round.
 */

/** Days a visit spans from its first day: "arrived Thursday … returns Sunday". */
const VISIT_DAYS = 3;

const DAY_MS = 86_400_000;
const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** Kinds of event that carry a round number as stated by the text. */
const ANCHOR_TYPES = new Set<TariffEvent['type']>(['round', 'meeting', 'trip', 'call']);
/** Kinds of event that make a visit of their own; a meeting does only where the rounds are held. */
const VISIT_TYPES = new Set<TariffEvent['type']>(['round', 'trip']);

interface Span {
  round: number;
  start: number;
  end: number;
}

/** Gives later dated visits of each negotiator the number that follows the nearest earlier round. */
export function numberLaterVisits(events: readonly TariffEvent[]): void {
  const anchors = events.filter(
    (e) =>
      e.round !== null &&
      e.date !== null &&
      !e.dateInferred &&
      ANCHOR_TYPES.has(e.type) &&
      e.participants.length > 0,
  );
  if (anchors.length === 0) return;
  // Unnumbered dated visits by participant, built once: each group reads only its negotiator's.
  const visitsOf = new Map<string, TariffEvent[]>();
  for (const e of events) {
    if (e.round !== null || e.date === null || e.dateInferred) continue;
    if (!VISIT_TYPES.has(e.type) && e.type !== 'meeting') continue;
    for (const p of e.participants) {
      const list = visitsOf.get(p);
      if (list) list.push(e);
      else visitsOf.set(p, [e]);
    }
  }
  const assigned: Array<[TariffEvent, number]> = [];
  for (const group of linkedGroups(anchors)) {
    const common = group[0]!.participants.filter((p) => group.every((a) => a.participants.includes(p)));
    if (common.length !== 1) continue;
    const negotiator = common[0]!;
    const spans = spansOf(group);
    if (!spans) continue;
    const places = new Set(group.filter((a) => a.place).map((a) => cityOf(a.place!)));
    const candidates = (visitsOf.get(negotiator) ?? []).filter((e) =>
      VISIT_TYPES.has(e.type)
        ? e.place === null || places.size === 0 || places.has(cityOf(e.place))
        : e.place !== null && places.has(cityOf(e.place)),
    );
    for (const [e, n] of numberCandidates(candidates, spans)) assigned.push([e, n]);
  }
  // Set only now: a number found here must not count as an anchor for another group.
  for (const [e, n] of assigned) e.round = n;
}

/** Anchors linked by shared participants, each group once. */
function linkedGroups(anchors: readonly TariffEvent[]): TariffEvent[][] {
  const byPerson = new Map<string, TariffEvent[]>();
  for (const a of anchors)
    for (const p of a.participants) {
      const list = byPerson.get(p);
      if (list) list.push(a);
      else byPerson.set(p, [a]);
    }
  const seen = new Set<TariffEvent>();
  const groups: TariffEvent[][] = [];
  for (const a of anchors) {
    if (seen.has(a)) continue;
    const group: TariffEvent[] = [];
    const stack = [a];
    seen.add(a);
    while (stack.length > 0) {
      const e = stack.pop()!;
      group.push(e);
      for (const p of e.participants)
        for (const next of byPerson.get(p) ?? [])
          if (!seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
    }
    groups.push(group);
  }
  return groups;
}

/** Each round's first and last day, in round order; null when the calendar contradicts the numbers. */
function spansOf(group: readonly TariffEvent[]): Span[] | null {
  const byRound = new Map<number, Span>();
  for (const a of group) {
    const start = dayOf(a.date!);
    const end = a.endDate && a.endDate > a.date! ? dayOf(a.endDate) : start;
    const span = byRound.get(a.round!);
    if (span) {
      span.start = Math.min(span.start, start);
      span.end = Math.max(span.end, end);
    } else byRound.set(a.round!, { round: a.round!, start, end });
  }
  const spans = [...byRound.values()].sort((x, y) => x.round - y.round);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.end - s.start > VISIT_DAYS * 2) return null;
    if (i > 0 && s.start <= spans[i - 1]!.end) return null;
  }
  return spans;
}

/** The round of each candidate: its anchor's when it falls in that visit, else counted on from it. */
function numberCandidates(
  candidates: readonly TariffEvent[],
  spans: readonly Span[],
): Array<[TariffEvent, number]> {
  const out: Array<[TariffEvent, number]> = [];
  const days = [...new Set(candidates.map((e) => dayOf(e.date!)))].sort((a, b) => a - b);
  const roundOfDay = new Map<number, number>();
  let i = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const next = spans[s + 1];
    // Days before this round's visit that follow no round are not counted (only forward).
    while (i < days.length && days[i]! < span.start - 1) i++;
    while (i < days.length && days[i]! <= span.end + VISIT_DAYS) roundOfDay.set(days[i++]!, span.round);
    let n = span.round;
    let visitStart = Number.NEGATIVE_INFINITY;
    const gap: Array<[number, number]> = [];
    while (i < days.length && (next === undefined || days[i]! < next.start - 1)) {
      const d = days[i++]!;
      if (d > visitStart + VISIT_DAYS) {
        n++;
        visitStart = d;
      }
      gap.push([d, n]);
    }
    // More visits than the numbers between two rounds leave room for: not all of them are rounds.
    if (next !== undefined && n >= next.round) continue;
    for (const [d, r] of gap) roundOfDay.set(d, r);
  }
  for (const e of candidates) {
    const r = roundOfDay.get(dayOf(e.date!));
    if (r !== undefined) out.push([e, r]);
  }
  return out;
}
