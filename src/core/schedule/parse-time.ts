import type { ClockTime } from './local-time';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; suggestions: string[] };

const EXAMPLES = ['08:00', '18:30', '7am', '6:30pm'];

/** A time of day as people type it: 08:00, 8:00, 18.30, 8am, 6:30 pm, 0800. */
export function parseClockTime(input: string): Parsed<ClockTime> {
  const s = input.trim().toLowerCase().replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?(am|pm|a|p)?$/.exec(s);
  const fail = (why: string): Parsed<ClockTime> => ({
    ok: false,
    message: `${why} Use a 24-hour time such as ${EXAMPLES.slice(0, 2).join(' or ')}, or 7am / 6:30pm.`,
    suggestions: EXAMPLES,
  });
  if (!m) return fail(`“${input.slice(0, 20)}” is not a time of day.`);
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3];
  if (m[2] === undefined && !half && m[1]!.length > 2)
    return fail(`“${input.slice(0, 20)}” is not a time of day.`);
  if (minute > 59) return fail(`There is no minute ${minute} in an hour.`);
  if (half) {
    if (hour < 1 || hour > 12) return fail(`With am/pm the hour goes from 1 to 12, not ${hour}.`);
    if (half.startsWith('a')) hour = hour === 12 ? 0 : hour;
    else hour = hour === 12 ? 12 : hour + 12;
  } else if (hour > 23) {
    return fail(`There is no hour ${hour} in a day.`);
  }
  return { ok: true, value: { hour, minute } };
}

/** Looks like a time rather than a zone or a filter (for telling positional words apart). */
export const looksLikeTime = (word: string): boolean => /^\d{1,2}([:.h]?\d{2})?\s*(am|pm|a|p)?$/i.test(word);
