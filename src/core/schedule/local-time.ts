/**
 * Wall-clock arithmetic in IANA time zones, on Intl alone. Pure functions of their arguments:
 * the scheduler asks them when a run is due, so no test ever waits for real time.
 */

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

interface WallTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The calendar date and time a clock in `zone` shows at `instant`. */
export function wallTime(instant: Date | number, zone: string): WallTime {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(zone).formatToParts(instant)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour!,
    minute: out.minute!,
    second: out.second!,
  };
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: number, zone: string): number {
  const w = wallTime(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a clock in `zone` shows `time` on `date`. When the clock skips that time (spring
 * forward), the instant the skipped minute would have been, i.e. just after the gap, so a 02:30
 * digest runs at 03:30 that day rather than not at all. When the clock shows it twice (fall back),
 * the first, so a digest runs once.
 */
export function instantAt(date: LocalDate, time: ClockTime, zone: string): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const before = zoneOffsetMs(asUtc - DAY_MS, zone);
  const after = zoneOffsetMs(asUtc + DAY_MS, zone);
  const candidates = [...new Set([asUtc - before, asUtc - after])].sort((a, b) => a - b);
  for (const c of candidates) {
    const w = wallTime(c, zone);
    if (w.day === date.day && w.hour === time.hour && w.minute === time.minute) return new Date(c);
  }
  return new Date(asUtc - before);
}

function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first run strictly after `after` of a daily schedule at `time` in `zone`. */
export function nextRunAfter(after: Date, time: ClockTime, zone: string): Date {
  const today = wallTime(after, zone);
  for (let k = 0; k < 3; k++) {
    const run = instantAt(addDays(today, k), time, zone);
    if (run.getTime() > after.getTime()) return run;
  }
  throw new Error(`no run of ${time.hour}:${time.minute} in ${zone} after ${after.toISOString()}`);
}

/** The latest run at or before `at` of a daily schedule at `time` in `zone`. */
export function latestRunAtOrBefore(at: Date, time: ClockTime, zone: string): Date {
  const today = wallTime(at, zone);
  for (let k = 0; k > -3; k--) {
    const run = instantAt(addDays(today, k), time, zone);
    if (run.getTime() <= at.getTime()) return run;
  }
  throw new Error(`no run of ${time.hour}:${time.minute} in ${zone} before ${at.toISOString()}`);
}

export const formatClockTime = (t: ClockTime): string =>
  `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** "Tue 10 Jun 2025, 08:00 GMT+9" — how a person in `zone` reads the instant. */
export function formatInZone(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}
