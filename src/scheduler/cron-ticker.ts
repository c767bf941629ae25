import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../log';
import type { Subscription } from '../storage/store';

/** Something that calls back when digests may be due; the scheduler decides what is. */
export interface Ticker {
  /** Keeps one trigger per subscription in step with this list. */
  sync(subscriptions: readonly Subscription[]): void;
  stop(): void;
}

/**
 * node-cron triggers: one job per subscription at its local time in its own zone (node-cron
 * applies the zone, so 08:00 Asia/Tokyo fires at 23:00 UTC), and a once-a-minute sweep. The sweep
 * covers what a per-subscription job cannot: a time skipped by a daylight-saving change (02:30 on
 * the spring-forward day), a trigger a few milliseconds early, and subscriptions changed by
 * another process sharing the database.
 */
export class CronTicker implements Ticker {
  private readonly jobs = new Map<string, { key: string; task: ScheduledTask }>();
  private readonly sweep: ScheduledTask;

  constructor(
    private readonly fire: (reason: string) => void,
    private readonly log: Logger,
  ) {
    this.sweep = cron.schedule('* * * * *', () => this.fire('sweep'), {
      name: 'digest-sweep',
      noOverlap: true,
    });
  }

  sync(subscriptions: readonly Subscription[]): void {
    const wanted = new Map(subscriptions.map((s) => [s.id, s]));
    for (const [id, job] of this.jobs) {
      const sub = wanted.get(id);
      if (!sub || keyOf(sub) !== job.key) {
        void job.task.destroy();
        this.jobs.delete(id);
      }
    }
    for (const sub of subscriptions) {
      if (this.jobs.has(sub.id)) continue;
      const [hour, minute] = sub.time.split(':').map(Number);
      const task = cron.schedule(`${minute} ${hour} * * *`, () => this.fire(`subscription ${sub.id}`), {
        name: `digest-${sub.id}`,
        timezone: sub.timezone,
        noOverlap: true,
      });
      this.jobs.set(sub.id, { key: keyOf(sub), task });
    }
    this.log.debug({ jobs: this.jobs.size }, 'digest schedules in step');
  }

  stop(): void {
    void this.sweep.destroy();
    for (const job of this.jobs.values()) void job.task.destroy();
    this.jobs.clear();
  }
}

const keyOf = (s: Subscription): string => `${s.time}|${s.timezone}`;
