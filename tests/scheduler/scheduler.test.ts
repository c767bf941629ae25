import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/app/bot';
import { silentLogger } from '../../src/log';
import type { ReplySender } from '../../src/scheduler/reply-sender';
import { DigestScheduler } from '../../src/scheduler/scheduler';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import type { DigestStore, SubscriptionInput } from '../../src/storage/store';
import { capturingLogger, FakeClock, HistorySender, RecordingSender, tempDir } from './helpers';

const MIN = 60_000;
let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const sub = (over: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  platform: 'slack',
  channelId: 'C1',
  time: '08:00',
  timezone: 'Asia/Tokyo',
  filter: { person: null, topic: null },
  quiet: false,
  createdBy: 'U1',
  ...over,
});

async function world(start: string, opts: { dbPath?: string; seedsDir?: string } = {}) {
  const clock = new FakeClock(Date.parse(start));
  const bot = await Bot.start({ seedsDir: opts.seedsDir ?? 'seeds', log: silentLogger, now: clock.now });
  const store = SqliteStore.open(opts.dbPath ?? ':memory:');
  cleanups.push(() => store.close());
  const sender = new RecordingSender('slack', clock.now);
  const { log, lines } = capturingLogger();
  const sleeps: number[] = [];
  const scheduler = (over: { sender?: ReplySender; store?: DigestStore } = {}) =>
    new DigestScheduler({
      store: over.store ?? store,
      senders: { slack: over.sender ?? sender },
      corpus: bot.corpus.current,
      clock: clock.now,
      log,
      graceMs: 120 * MIN,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
  // The bot has been running: the bundled articles are already known, not news.
  await scheduler().noteCorpus();
  return { clock, bot, store, sender, scheduler, lines, sleeps };
}

/** Ticks every `stepMs` from the clock's time up to `until`, as the minute sweep would. */
async function runUntil(w: { clock: FakeClock }, s: DigestScheduler, until: string, stepMs = 15 * MIN) {
  while (w.clock.now().getTime() < Date.parse(until)) {
    w.clock.advance(stepMs);
    await s.tick();
  }
}

describe('scheduled digests', () => {
  it('posts the 08:00 Asia/Tokyo digest at 23:00 UTC the day before, once', async () => {
    const w = await world('2025-06-09T10:00:00Z');
    await w.store.saveSubscription(sub(), w.clock.now());
    const s = w.scheduler();
    w.clock.set('2025-06-09T22:59:00Z');
    expect((await s.tick()).sent).toBe(0);
    w.clock.set('2025-06-09T23:00:00Z');
    expect((await s.tick()).sent).toBe(1);
    w.clock.set('2025-06-09T23:00:40Z');
    expect((await s.tick()).sent).toBe(0);
    expect(w.sender.in('C1').map((p) => p.at)).toEqual(['2025-06-09T23:00:00.000Z']);
    expect(w.sender.posts[0]!.reply.lead).toMatch(/^Nothing new since Mon, 9 Jun 2025, 19:00 GMT\+9/);
  });

  it('keeps an 08:00 America/New_York digest at 08:00 local through both 2025 clock changes', async () => {
    const w = await world('2025-03-07T00:00:00Z');
    await w.store.saveSubscription(sub({ timezone: 'America/New_York' }), w.clock.now());
    const s = w.scheduler();
    await runUntil(w, s, '2025-03-11T00:00:00Z');
    expect(w.sender.posts.map((p) => p.at)).toEqual([
      '2025-03-07T13:00:00.000Z',
      '2025-03-08T13:00:00.000Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-10T12:00:00.000Z',
    ]);
    w.clock.set('2025-10-31T14:00:00Z');
    const before = w.sender.posts.length;
    await runUntil(w, s, '2025-11-04T00:00:00Z');
    expect(w.sender.posts.slice(before).map((p) => p.at)).toEqual([
      // The missed days between March and October were past the grace period: skipped, not sent.
      '2025-11-01T12:00:00.000Z',
      '2025-11-02T13:00:00.000Z',
      '2025-11-03T13:00:00.000Z',
    ]);
  });

  it('sends once when two processes on one database start one after another around the time', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const dbPath = join(dir, 'bot.sqlite');
    const w = await world('2025-06-09T22:59:30Z', { dbPath });
    await w.store.saveSubscription(sub(), new Date('2025-06-09T10:00:00Z'));
    const first = w.scheduler();
    await first.tick();
    w.clock.set('2025-06-09T23:00:00Z');
    const secondStore = SqliteStore.open(dbPath);
    cleanups.push(() => secondStore.close());
    const second = w.scheduler({ store: secondStore });
    // Both tick at the same moment, then each again a little later (start-up catch-up).
    await Promise.all([first.tick(), second.tick()]);
    w.clock.set('2025-06-09T23:00:20Z');
    await second.tick();
    await first.tick();
    expect(w.sender.posts).toHaveLength(1);
  });

  it('sends a digest missed while the bot was down once on start-up, within the grace period', async () => {
    const w = await world('2025-06-09T10:00:00Z');
    await w.store.saveSubscription(sub(), w.clock.now());
    w.clock.set('2025-06-09T23:45:00Z');
    const report = await w.scheduler().tick();
    expect(report.sent).toBe(1);
    expect(await w.scheduler().tick()).toMatchObject({ sent: 0, skipped: 0 });
    expect(w.sender.posts).toHaveLength(1);
  });

  it('skips, with a log line, a digest missed by more than the grace period', async () => {
    const w = await world('2025-06-09T10:00:00Z');
    const { subscription } = await w.store.saveSubscription(sub(), w.clock.now());
    w.clock.set('2025-06-10T02:00:00Z');
    expect((await w.scheduler().tick()).skipped).toBe(1);
    expect(w.sender.posts).toHaveLength(0);
    const run = await w.store.getRun(subscription.id, new Date('2025-06-09T23:00:00Z'));
    expect(run).toMatchObject({ state: 'skipped' });
    expect(run?.detail).toMatch(/180 min late, grace is 120 min/);
    expect(w.lines.some((l) => l.level === 'warn' && /too late/.test(l.msg))).toBe(true);
  });

  it('posts nothing on a quiet day when the subscription asked for quiet', async () => {
    const w = await world('2025-06-09T10:00:00Z');
    const { subscription } = await w.store.saveSubscription(sub({ quiet: true }), w.clock.now());
    w.clock.set('2025-06-09T23:00:00Z');
    await w.scheduler().tick();
    expect(w.sender.posts).toHaveLength(0);
    expect((await w.store.recentRuns(subscription.id, 1))[0]).toMatchObject({
      state: 'skipped',
      detail: 'nothing new (quiet)',
    });
  });
});

describe('a process killed between claiming and confirming a digest', () => {
  it('has the digest posted once by the next process, when it died before posting', async () => {
    const w = await world('2025-06-09T10:00:00Z');
    const { subscription } = await w.store.saveSubscription(sub(), w.clock.now());
    w.clock.set('2025-06-09T23:00:00Z');
    const dying = new RecordingSender('slack', w.clock.now);
    dying.hangBeforePosting = true;
    void w.scheduler({ sender: dying }).tick(); // never finishes: the process is gone
    await new Promise((r) => setTimeout(r, 20));
    expect(await w.store.getRun(subscription.id, new Date('2025-06-09T23:00:00Z'))).toMatchObject({
      state: 'claimed',
    });

    // A restart within the claim's lease leaves it alone: the first process might still be alive.
    w.clock.set('2025-06-09T23:01:00Z');
    expect(await w.scheduler().tick()).toMatchObject({ sent: 0, resumed: 0 });
    w.clock.set('2025-06-09T23:04:00Z');
    expect(await w.scheduler().tick()).toMatchObject({ sent: 1, resumed: 1 });
    await w.scheduler().tick();
    expect(w.sender.posts).toHaveLength(1);
    expect(await w.store.getRun(subscription.id, new Date('2025-06-09T23:00:00Z'))).toMatchObject({
      state: 'sent',
      attempts: 2,
    });
  });

  it('shows one message when it died after posting: the retry carries the same idempotency key', async () => {
    const w = await world('2025-06-09T10:00:00Z');
    await w.store.saveSubscription(sub(), w.clock.now());
    w.clock.set('2025-06-09T23:00:00Z');
    w.sender.hangAfterPosting = true;
    void w.scheduler().tick();
    await new Promise((r) => setTimeout(r, 20));
    expect(w.sender.posts).toHaveLength(1);
    w.sender.hangAfterPosting = false;
    w.clock.set('2025-06-09T23:04:00Z');
    expect((await w.scheduler().tick()).sent).toBe(1);
    expect(w.sender.attempts.map((a) => a.key)).toEqual([w.sender.posts[0]!.key, w.sender.posts[0]!.key]);
    expect(w.sender.posts).toHaveLength(1);
  });
  it('finds its own earlier post in the channel history where the platform keeps duplicates', async () => {
    const w = await world('2025-06-09T10:00:00Z');
    await w.store.saveSubscription(sub(), w.clock.now());
    w.clock.set('2025-06-09T23:00:00Z');
    const slack = new HistorySender('slack', w.clock.now);
    slack.hangAfterPosting = true;
    void w.scheduler({ sender: slack }).tick();
    await new Promise((r) => setTimeout(r, 20));
    slack.hangAfterPosting = false;
    w.clock.set('2025-06-09T23:04:00Z');
    expect((await w.scheduler({ sender: slack }).tick()).sent).toBe(1);
    expect(slack.lookups).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);
  });
});

describe('when posting fails', () => {
  it('waits as long as the platform asks after a 429, then posts', async () => {
    const w = await world('2025-06-09T23:00:00Z');
    await w.store.saveSubscription(sub(), new Date('2025-06-09T10:00:00Z'));
    w.sender.failures = [{ kind: 'rate-limited', retryAfterMs: 7_500 }];
    expect((await w.scheduler().tick()).sent).toBe(1);
    expect(w.sleeps).toEqual([7_500]);
    expect(w.sender.posts).toHaveLength(1);
  });

  it('backs off exponentially on server errors, a bounded number of times, then records the failure', async () => {
    const w = await world('2025-06-09T23:00:00Z');
    const { subscription } = await w.store.saveSubscription(sub(), new Date('2025-06-09T10:00:00Z'));
    w.sender.failures = Array.from({ length: 10 }, () => ({
      kind: 'transient' as const,
      detail: 'HTTP 503',
    }));
    expect((await w.scheduler().tick()).failed).toBe(1);
    expect(w.sleeps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(w.sender.attempts).toHaveLength(6);
    const [run] = await w.store.recentRuns(subscription.id, 1);
    expect(run).toMatchObject({ state: 'failed', attempts: 6 });
    expect(run?.detail).toMatch(/HTTP 503/);
    // Still subscribed: the next day is tried again.
    expect((await w.store.findSubscription('slack', 'C1'))?.status).toBe('active');
  });

  it('pauses the subscription of a channel the bot can no longer post to, and stops trying', async () => {
    const w = await world('2025-06-09T23:00:00Z');
    await w.store.saveSubscription(sub(), new Date('2025-06-09T10:00:00Z'));
    w.sender.failures = [{ kind: 'gone', detail: 'channel_not_found' }];
    const s = w.scheduler();
    expect((await s.tick()).failed).toBe(1);
    expect(w.sender.attempts).toHaveLength(1);
    const paused = await w.store.findSubscription('slack', 'C1');
    expect(paused).toMatchObject({ status: 'paused' });
    expect(paused?.statusReason).toMatch(/channel_not_found/);
    w.clock.set('2025-06-10T23:00:00Z');
    await s.tick();
    expect(w.sender.attempts).toHaveLength(1);
    expect(w.lines.some((l) => l.level === 'warn' && /paused/.test(l.msg))).toBe(true);
  });
});
