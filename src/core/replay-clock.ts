/**
 * Replaying a folder as if on another day (`--now 2025-07-25`, `NOW=` for the bot): the one clock
 * the bot is given starts at that instant. Everything that asks the time (commands, digests, the
 * scheduler, reloads) reads that clock, so a replay is consistent without any part knowing.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO time with a zone: 2025-07-25T09:00Z, 2025-07-25T09:00:00+09:00. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** What `--now` and `NOW=` accept, for messages. */
export const NOW_FORMATS =
  'a date such as 2025-07-25 (the start of that day, UTC) or a time such as 2025-07-25T09:00Z';

/**
 * A calendar day means the start of that day in UTC (the days articles carry); a time must name
 * its zone, so the same value means the same instant on every machine. Null for anything else,
 * including days that do not exist (2025-02-30).
 */
export function parseNow(value: string): Date | null {
  const v = value.trim();
  const day = DAY.exec(v);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      ? date
      : null;
  }
  if (!INSTANT.test(v)) return null;
  const t = Date.parse(v);
  // Date.parse rolls 2025-02-30T10:00Z over into March: the written day must survive.
  if (Number.isNaN(t) || !sameDay(v, t)) return null;
  return new Date(t);
}

function sameDay(written: string, t: number): boolean {
  const zone = /(?:Z|([+-])(\d{2}):?(\d{2}))$/.exec(written)!;
  const offset = zone[1] ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return new Date(t + offset * 60_000).toISOString().slice(0, 10) === written.slice(0, 10);
}

/**
 * A clock that reads `start` now and runs on from it at the real clock's pace, so scheduled
 * digests of a replay still fall due as its days pass.
 */
export function replayClock(start: Date, real: () => Date = () => new Date()): () => Date {
  const offset = start.getTime() - real().getTime();
  return () => new Date(real().getTime() + offset);
}
