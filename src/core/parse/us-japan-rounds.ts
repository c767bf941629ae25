import type { TariffEvent } from '../article';

/**
 * The US–Japan ministerial rounds of 2025 by their days: the numbering the dataset uses for
 * `round` (1 = the April 16 talks in Washington … 10 = the Washington trip cancelled on August 28).
 * Articles number a round only now and then ("the fifth round", "his eighth visit"); most report a
 * trip or a meeting by its day alone, and the number is then a matter of the calendar, the way a
 * reader who follows the talks would number it. Reference data, not read from any article.
 */
const ROUNDS: readonly { round: number; from: string; to: string }[] = [
  { round: 1, from: '2025-04-16', to: '2025-04-17' },
  { round: 2, from: '2025-05-01', to: '2025-05-02' },
  { round: 3, from: '2025-05-23', to: '2025-05-24' },
  { round: 4, from: '2025-05-30', to: '2025-05-31' },
  { round: 5, from: '2025-06-05', to: '2025-06-07' },
  { round: 6, from: '2025-06-13', to: '2025-06-14' },
  { round: 7, from: '2025-06-26', to: '2025-06-28' },
  { round: 8, from: '2025-07-21', to: '2025-07-23' },
  { round: 9, from: '2025-08-05', to: '2025-08-07' },
  { round: 10, from: '2025-08-28', to: '2025-08-28' },
];

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * The round whose visit a day falls in. A trip may be told by its departure the day before (Tokyo
 * time) and any event by the Tokyo date, a day after Washington's: one day of slack either side.
 */
export function roundOfDay(date: string): number | null {
  const d = dayOf(date);
  if (!Number.isFinite(d)) return null;
  for (const r of ROUNDS) if (d >= dayOf(r.from) - 1 && d <= dayOf(r.to) + 1) return r.round;
  return null;
}

/** Where the body names Japan: one pass, so that each sentence can ask cheaply. */
export function japanAt(body: string): number[] {
  const out: number[] = [];
  const re = /\b(?:Japan(?:ese)?|Tokyo)\b/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) out.push(m.index);
  return out;
}

/** The other side of a ministerial meeting or call: the US government or its capital. */
const US_SIDE = /\b(?:Washington|U\.\s?S\.|US|United States|American|White House)\b/;

/**
 * Numbers the article's dated trips and rounds, and its meetings or calls with the US side, by
 * the calendar, where they are Japan's side of the talks: the sentence names Japan (`inJapan`),
 * or a participant is someone the article names beside Japan (`japanSide`). Summits keep no
 * number: the rounds are ministerial.
 */
export function numberByCalendar(
  events: TariffEvent[],
  inJapan: (e: TariffEvent) => boolean,
  japanSide: ReadonlySet<string>,
  /** The week an undated event is placed in ("held last week" = -1), and the article's date. */
  weekOf: (e: TariffEvent) => -1 | 0 | null = () => null,
  published: string | null = null,
): void {
  for (const e of events) {
    if (e.round !== null) continue;
    if (e.type !== 'trip' && e.type !== 'round' && e.type !== 'meeting' && e.type !== 'call') continue;
    if ((e.type === 'meeting' || e.type === 'call') && !US_SIDE.test(e.mentions[0]?.sentence ?? '')) continue;
    if (!inJapan(e) && !e.participants.some((p) => japanSide.has(p))) continue;
    const week = e.date || !published ? null : weekOf(e);
    const round = e.date ? roundOfDay(e.date) : week !== null ? roundOfWeek(published!, week) : null;
    if (round !== null) e.round = round;
  }
}

/**
 * The one round held within the calendar week `weeks` from the article's ("last week" = -1), by
 * both Monday- and Sunday-first weeks; null when none or several are.
 */
export function roundOfWeek(published: string, weeks: -1 | 0): number | null {
  const ref = dayOf(published);
  if (!Number.isFinite(ref)) return null;
  // 1970-01-01 was a Thursday: day 0 has weekday 4.
  const weekday = (((ref + 4) % 7) + 7) % 7;
  const ranges = [1, 0].map((first) => {
    const start = ref - ((weekday - first + 7) % 7) + 7 * weeks;
    return [start, weeks === 0 ? ref : start + 6] as const;
  });
  const from = Math.max(...ranges.map((r) => r[0]));
  const to = Math.min(...ranges.map((r) => r[1]));
  const found = ROUNDS.filter((r) => dayOf(r.from) <= to && dayOf(r.to) >= from);
  return found.length === 1 ? found[0]!.round : null;
}
