import { type ClockTime, latestRunAtOrBefore, nextRunAfter } from './local-time';

/** A daily schedule as a subscription keeps it: local time of day (HH:MM) in an IANA zone. */
export interface DailySchedule {
  time: string;
  timezone: string;
}

/** "08:00" → { hour: 8, minute: 0 }; the stored form is always valid HH:MM. */
export const clockTimeOf = (hhmm: string): ClockTime => {
  const [h, m] = hhmm.split(':');
  return { hour: Number(h), minute: Number(m) };
};

/** The next time this schedule's digest goes out, strictly after `after`. */
export const nextRunOf = (schedule: DailySchedule, after: Date): Date =>
  nextRunAfter(after, clockTimeOf(schedule.time), schedule.timezone);

/** The run owed at `at`: the latest scheduled instant at or before it. */
export const dueRunOf = (schedule: DailySchedule, at: Date): Date =>
  latestRunAtOrBefore(at, clockTimeOf(schedule.time), schedule.timezone);
