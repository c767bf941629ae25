import cron from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import { nextRunOf } from '../../src/core/schedule/daily';
import { silentLogger } from '../../src/log';
import { CronTicker } from '../../src/scheduler/cron-ticker';
import type { Subscription } from '../../src/storage/store';

const subscription = (id: string, time: string, timezone: string): Subscription => ({
  id,
  platform: 'slack',
  channelId: `C-${id}`,
  time,
  timezone,
  filter: { person: null, topic: null },
  quiet: false,
  threaded: true,
  status: 'active',
  statusReason: null,
  createdBy: 'U1',
  createdAt: new Date('2025-01-01T00:00:00Z'),
  updatedAt: new Date('2025-01-01T00:00:00Z'),
});

const jobs = () => [...cron.getTasks().values()].filter((t) => t.name?.startsWith('digest-'));

let ticker: CronTicker | null = null;
afterEach(() => {
  ticker?.stop();
  ticker = null;
});

describe('the node-cron triggers', () => {
  it('fire each subscription at its local time in its own zone, as the schedule maths says', () => {
    ticker = new CronTicker(() => undefined, silentLogger);
    const subs = [
      subscription('tokyo', '08:00', 'Asia/Tokyo'),
      subscription('ny', '18:30', 'America/New_York'),
    ];
    ticker.sync(subs);
    for (const sub of subs) {
      const job = jobs().find((t) => t.name === `digest-${sub.id}`);
      expect(job, sub.id).toBeDefined();
      // node-cron and our own Intl arithmetic agree on the next run.
      expect(job!.getNextRun()?.getTime(), sub.id).toBe(nextRunOf(sub, new Date()).getTime());
    }
    expect(jobs().some((t) => t.name === 'digest-sweep')).toBe(true);
  });

  it('follows changes: a moved time replaces the job, a removed subscription loses it', () => {
    ticker = new CronTicker(() => undefined, silentLogger);
    ticker.sync([subscription('a', '08:00', 'Asia/Tokyo'), subscription('b', '09:00', 'UTC')]);
    ticker.sync([subscription('a', '07:15', 'Asia/Tokyo')]);
    const names = jobs().map((t) => t.name);
    expect(names.filter((n) => n !== 'digest-sweep').sort()).toEqual(['digest-a']);
    expect(
      jobs()
        .find((t) => t.name === 'digest-a')!
        .getPattern(),
    ).toBe('15 7 * * *');
    ticker.stop();
    ticker = null;
    expect(jobs()).toEqual([]);
  });
});
