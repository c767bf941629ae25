import * as chrono from 'chrono-node';
import { shown } from './answers/echo';
import { UserError } from './errors';

/** What a user may type for "since when", for error messages and help. */
export const SINCE_FORMATS = ['24h', '7d', '2w', '2025-06-01', 'June 1', 'yesterday'];

const UNIT_MS: Record<string, number> = {
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};
const DURATION = /^(\d{1,4})\s*(m|min|h|d|w)$/;
const UNIT_WORDS: Record<string, string> = {
  minute: 'm',
  minutes: 'm',
  mins: 'min',
  hour: 'h',
  hours: 'h',
  hr: 'h',
  hrs: 'h',
  day: 'd',
  days: 'd',
  week: 'w',
  weeks: 'w',
};

const badSpec = (value: string) =>
  new UserError(
    `I cannot tell what time "${shown(value)}" means. Try a span like \`24h\`, \`7d\` or \`2w\`, or a date like \`2025-06-01\` or \`June 1\`.`,
    SINCE_FORMATS.map((f) => `digest ${f}`).slice(0, 4),
  );

/**
 * Turns `24h`, `7 days`, `2w`, `2025-06-01`, `June 1` or `yesterday` into the instant a digest
 * counts from. Calendar dates mean the start of that day in UTC, the day the articles carry.
 * Anything else, or a time after `now`, is a UserError naming the forms that work.
 */
export function parseSince(input: string, now: Date): Date {
  const value = input.trim().replace(/^since\s+/i, '');
  if (!value) throw badSpec(input);
  const lower = value.toLowerCase().replace(/\s+/g, ' ');
  const spelled = /^(\d{1,4}) ?([a-z]+)$/.exec(lower);
  const compact = spelled && UNIT_WORDS[spelled[2]!] ? `${spelled[1]}${UNIT_WORDS[spelled[2]!]}` : lower;
  const span = DURATION.exec(compact.replace(/ /g, ''));
  if (span) {
    const ms = Number(span[1]) * UNIT_MS[span[2]!]!;
    return new Date(now.getTime() - ms);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = iso ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : writtenDay(value, now);
  if (!date) throw badSpec(value);
  if (date.getTime() > now.getTime()) {
    throw new UserError(
      `${date.toISOString().slice(0, 10)} is in the future; a digest looks back from now.`,
      ['digest 7d'],
    );
  }
  return date;
}

function isoDay(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** A written date must be the whole input: "yesterdayish" is not "yesterday". */
function writtenDay(value: string, now: Date): Date | null {
  const results = chrono.parse(value, { instant: now, timezone: 'UTC' });
  const r = results[0];
  if (!r || results.length > 1 || r.index !== 0 || r.text.length !== value.length) return null;
  const y = r.start.get('year');
  const m = r.start.get('month');
  const d = r.start.get('day');
  if (!y || !m || !d) return null;
  const day = isoDay(y, m, d);
  // "June 1" typed in January means the June just gone, not the coming one.
  if (day && day.getTime() > now.getTime() && !r.start.isCertain('year')) return isoDay(y - 1, m, d);
  return day;
}
