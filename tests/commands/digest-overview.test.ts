import { afterEach, describe, expect, it } from 'vitest';
import { digestOverview } from '../../commands/digest-overview';
import { silentLogger } from '../../src/log';
import { ScheduledDigests } from '../../src/scheduler/scheduled-digests';
import { DigestScheduler } from '../../src/scheduler/scheduler';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { seedBot } from '../helpers/bot';
import { RecordingSender } from '../scheduler/helpers';

/** Sunday 8 June 2025, 00:00 UTC (09:00 in Tokyo, 20:00 on Saturday in New York). */
const NOW = new Date('2025-06-08T00:00:00Z');

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function digests() {
  const bot = await seedBot(NOW);
  const store = SqliteStore.open(':memory:');
  closers.push(() => store.close());
  const scheduler = new DigestScheduler({
    store,
    senders: { slack: new RecordingSender('slack', () => NOW) },
    corpus: bot.corpus.current,
    clock: () => NOW,
    log: silentLogger,
    graceMs: 120 * 60_000,
  });
  const port = new ScheduledDigests(store, scheduler, { time: '08:00', timezone: 'UTC' }, () => undefined);
  const save = (
    platform: 'slack' | 'discord',
    channelId: string,
    time: string,
    timezone: string,
    person: string | null = null,
  ) =>
    store.saveSubscription(
      { platform, channelId, time, timezone, filter: { person, topic: null }, quiet: false, createdBy: 'U1' },
      NOW,
    );
  return { port, store, save };
}

describe('the overview of a platform’s daily digests', () => {
  it('lists each channel of the platform with its schedule, soonest next digest first', async () => {
    const { port, store, save } = await digests();
    // 08:00 Tokyo next comes at 23:00 UTC today; 21:00 New York at 01:00 UTC today; 12:00 UTC at noon.
    await save('slack', 'CTOKYO', '08:00', 'Asia/Tokyo', 'Ryosei Akazawa');
    await save('slack', 'CNEWYORK', '21:00', 'America/New_York');
    await save('slack', 'CNOON', '12:00', 'UTC');
    await save('slack', 'CGONE', '06:00', 'UTC');
    await store.removeSubscription('slack', 'CGONE', NOW);
    await save('discord', '1234', '05:00', 'UTC');

    const { reply, channels } = await digestOverview(port, 'slack', NOW);
    expect(channels.map((c) => c.channelId)).toEqual(['CNEWYORK', 'CNOON', 'CTOKYO']);
    expect(reply.lead).toMatch(/^3 channels get a daily digest/);
    const tokyo = channels[2]!.items.map((i) => (i.type === 'field' ? `${i.label}: ${i.value}` : ''));
    expect(tokyo).toContain('When: every day at 08:00 Asia/Tokyo');
    expect(tokyo).toContain('Next digest: Mon, 9 Jun 2025, 08:00 GMT+9');
    expect(tokyo.find((t) => t.startsWith('Filter:'))).toMatch(/Akazawa/);
  });

  it('says when no channel has one, and when no digests run at all', async () => {
    const { port } = await digests();
    const none = await digestOverview(port, 'slack', NOW);
    expect(none.channels).toEqual([]);
    expect(none.reply.lead).toMatch(/No channel gets a daily digest yet/);
    const off = await digestOverview(null, 'slack', NOW);
    expect(off.reply.lead).toMatch(/not running/);
  });
});
