import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres, pgMigrations } from '../../src/storage/postgres/migrations';
import { PostgresStore } from '../../src/storage/postgres/postgres-store';
import { PostgresReplayGuard } from '../../src/storage/postgres/replay-guard';
import { SharedRateLimiter } from '../../src/storage/postgres/shared-rate-limiter';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import type { DigestStore, SubscriptionInput } from '../../src/storage/store';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres';

/**
 * The DigestStore contract, run against both stores: whatever the scheduler and the commands
 * rely on must hold on SQLite (the default) and on PostgreSQL (several processes) alike.
 */
let server: TestPostgres;
const opened: DigestStore[] = [];

beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  for (const s of opened) await s.close();
  await server?.stop();
});

let channelSeq = 0;
const input = (over: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  platform: 'slack',
  channelId: `C${++channelSeq}`,
  time: '08:00',
  timezone: 'Asia/Tokyo',
  filter: { person: null, topic: null },
  quiet: false,
  createdBy: 'U1',
  ...over,
});
const t = (iso: string) => new Date(iso);
const NOW = t('2025-07-01T00:00:00.000Z');

const stores: [string, () => Promise<DigestStore>][] = [
  ['SQLite', async () => SqliteStore.open(':memory:')],
  ['PostgreSQL', async () => PostgresStore.open(server.url, { maxConnections: 4 })],
];

describe.each(stores)('%s digest store', (_name, open) => {
  let store: DigestStore;
  beforeAll(async () => {
    store = await open();
    opened.push(store);
  });

  it('creates a channel subscription once, then updates it in place and resumes it', async () => {
    const first = await store.saveSubscription(input({ channelId: 'C-save' }), NOW);
    expect(first.created).toBe(true);
    await store.pauseSubscription(first.subscription.id, 'bot removed', NOW);
    expect((await store.getSubscription(first.subscription.id))?.status).toBe('paused');
    const later = t('2025-07-02T00:00:00Z');
    const again = await store.saveSubscription(
      input({ channelId: 'C-save', time: '09:30', quiet: true, filter: { person: 'Akazawa', topic: null } }),
      later,
    );
    expect(again.created).toBe(false);
    expect(again.subscription).toMatchObject({
      id: first.subscription.id,
      time: '09:30',
      quiet: true,
      status: 'active',
      statusReason: null,
      filter: { person: 'Akazawa', topic: null },
    });
    expect(again.subscription.createdAt.getTime()).toBe(NOW.getTime());
    expect(again.subscription.updatedAt.getTime()).toBe(later.getTime());
    expect((await store.findSubscription('slack', 'C-save'))?.id).toBe(first.subscription.id);
    expect(await store.findSubscription('discord', 'C-save')).toBeNull();
  });

  it('removes a subscription but keeps it for its history, and a new one can follow', async () => {
    const { subscription } = await store.saveSubscription(input({ channelId: 'C-rm' }), NOW);
    expect(await store.removeSubscription('slack', 'C-rm', NOW)).toBe(true);
    expect(await store.removeSubscription('slack', 'C-rm', NOW)).toBe(false);
    expect(await store.findSubscription('slack', 'C-rm')).toBeNull();
    expect((await store.getSubscription(subscription.id))?.status).toBe('removed');
    expect((await store.activeSubscriptions()).map((s) => s.id)).not.toContain(subscription.id);
    const again = await store.saveSubscription(input({ channelId: 'C-rm' }), NOW);
    expect(again.created).toBe(true);
    expect(again.subscription.id).not.toBe(subscription.id);
  });

  it('lets only one owner claim a run, and only that owner confirm it', async () => {
    const { subscription } = await store.saveSubscription(input(), NOW);
    const scheduledAt = t('2025-07-01T23:00:00Z');
    const req = { subscription, scheduledAt, now: NOW, leaseMs: 60_000 };
    const claims = await Promise.all([
      store.claimRun({ ...req, owner: 'a' }),
      store.claimRun({ ...req, owner: 'b' }),
      store.claimRun({ ...req, owner: 'c' }),
    ]);
    const won = claims.filter((c) => c !== null);
    expect(won).toHaveLength(1);
    const run = won[0]!;
    expect(run).toMatchObject({ state: 'claimed', attempts: 0, channelId: subscription.channelId });
    expect(run.leaseUntil?.getTime()).toBe(NOW.getTime() + 60_000);
    const other = run.owner === 'a' ? 'b' : 'a';
    expect(await store.recordAttempt(run.id, other, NOW, 60_000)).toBe(false);
    expect(await store.finishRun(run.id, other, { state: 'sent', messageId: 'x' }, NOW)).toBe(false);
    expect(await store.recordAttempt(run.id, run.owner!, NOW, 60_000)).toBe(true);
    expect(await store.finishRun(run.id, run.owner!, { state: 'sent', messageId: 'm1' }, NOW)).toBe(true);
    const done = await store.getRun(subscription.id, scheduledAt);
    expect(done).toMatchObject({ state: 'sent', messageId: 'm1', attempts: 1, leaseUntil: null });
    expect((await store.lastSentRun(subscription.id))?.id).toBe(run.id);
    expect(await store.claimRun({ ...req, owner: 'd' })).toBeNull();
  });

  it('hands an expired claim to exactly one taker, and the old owner can no longer confirm', async () => {
    const { subscription } = await store.saveSubscription(input(), NOW);
    const scheduledAt = t('2025-07-02T23:00:00Z');
    const run = await store.claimRun({ subscription, scheduledAt, owner: 'dead', now: NOW, leaseMs: 1000 });
    expect(run).not.toBeNull();
    expect(await store.takeOverRun(run!.id, 'early', NOW, 1000)).toBeNull();
    const later = new Date(NOW.getTime() + 1000);
    expect((await store.abandonedRuns(later)).map((r) => r.id)).toContain(run!.id);
    const takers = await Promise.all(
      ['x', 'y', 'z'].map((o) => store.takeOverRun(run!.id, o, later, 60_000)),
    );
    const taken = takers.filter((r) => r !== null);
    expect(taken).toHaveLength(1);
    expect(await store.finishRun(run!.id, 'dead', { state: 'sent', messageId: 'late' }, later)).toBe(false);
    expect((await store.abandonedRuns(later)).map((r) => r.id)).not.toContain(run!.id);
    expect(await store.renewLease(run!.id, taken[0]!.owner!, new Date(later.getTime() + 5000))).toBe(true);
    expect(await store.renewLease(run!.id, 'dead', new Date(later.getTime() + 5000))).toBe(false);
  });

  it('keeps a digest in a thread unless the channel chose thread:off', async () => {
    const { subscription: threaded } = await store.saveSubscription(input(), NOW);
    expect(threaded.threaded).toBe(true);
    const { subscription: off } = await store.saveSubscription(input({ threaded: false }), NOW);
    expect(off.threaded).toBe(false);
    const again = await store.saveSubscription(input({ channelId: off.channelId, threaded: true }), NOW);
    expect(again).toMatchObject({ created: false, subscription: { id: off.id, threaded: true } });
  });

  it("records a thread's parent with the claim, and a taker finds it", async () => {
    const { subscription } = await store.saveSubscription(input(), NOW);
    const scheduledAt = t('2025-07-05T23:00:00Z');
    const run = (await store.claimRun({
      subscription,
      scheduledAt,
      owner: 'dead',
      now: NOW,
      leaseMs: 1000,
    }))!;
    expect(await store.recordParent(run.id, 'someone-else', 'P0', NOW)).toBe(false);
    expect(await store.recordParent(run.id, 'dead', 'P1', NOW)).toBe(true);
    const later = new Date(NOW.getTime() + 1000);
    const taken = await store.takeOverRun(run.id, 'heir', later, 60_000);
    expect(taken).toMatchObject({ state: 'claimed', messageId: 'P1', owner: 'heir' });
    expect(await store.recordParent(run.id, 'dead', 'P2', later)).toBe(false);
    expect(await store.finishRun(run.id, 'heir', { state: 'sent', messageId: 'P1' }, later)).toBe(true);
    // A finished run's parent cannot be rewritten.
    expect(await store.recordParent(run.id, 'heir', 'P3', later)).toBe(false);
    expect((await store.getRun(subscription.id, scheduledAt))?.messageId).toBe('P1');
  });

  it('records a skipped run once and never lets it be claimed afterwards', async () => {
    const { subscription } = await store.saveSubscription(input(), NOW);
    const at = t('2025-07-03T23:00:00Z');
    const skipped = await store.skipRun(subscription, at, 'missed while down', NOW);
    expect(skipped).toMatchObject({ state: 'skipped', detail: 'missed while down', owner: null });
    expect(await store.skipRun(subscription, at, 'again', NOW)).toBeNull();
    expect(
      await store.claimRun({ subscription, scheduledAt: at, owner: 'a', now: NOW, leaseMs: 1 }),
    ).toBeNull();
    const recent = await store.recentRuns(subscription.id, 5);
    expect(recent.map((r) => r.state)).toEqual(['skipped']);
  });

  it('keeps the first arrival time of each article and lists arrivals in a window', async () => {
    expect(await store.recordArrivals(['a1', 'a2', 'a2'], t('2025-07-01T01:00:00Z'))).toBe(2);
    expect(await store.recordArrivals(['a2', 'a3'], t('2025-07-01T02:00:00Z'))).toBe(1);
    expect(await store.recordArrivals([], t('2025-07-01T02:00:00Z'))).toBe(0);
    expect(await store.arrivalsBetween(t('2025-07-01T00:00:00Z'), t('2025-07-01T01:00:00Z'))).toEqual([
      'a1',
      'a2',
    ]);
    expect(await store.arrivalsBetween(t('2025-07-01T01:00:00Z'), t('2025-07-01T03:00:00Z'))).toEqual(['a3']);
  });

  it('lists active subscriptions oldest first, without paused or removed ones', async () => {
    const a = await store.saveSubscription(input({ platform: 'discord' }), t('2025-06-01T00:00:00Z'));
    const b = await store.saveSubscription(input({ platform: 'discord' }), t('2025-06-02T00:00:00Z'));
    await store.pauseSubscription(b.subscription.id, 'gone', NOW);
    const ids = (await store.activeSubscriptions()).map((s) => s.id);
    expect(ids).toContain(a.subscription.id);
    expect(ids).not.toContain(b.subscription.id);
    expect(ids.indexOf(a.subscription.id)).toBe(0);
  });
});

describe('PostgreSQL specifics', () => {
  it('migrates once when several processes start together', async () => {
    const pools = [1, 2, 3, 4].map(() => new pg.Pool({ connectionString: server.url, max: 1 }));
    try {
      const applied = await Promise.all(pools.map((p) => migratePostgres(p)));
      // The suite above already migrated this database: nobody applies anything twice.
      expect(applied.flat()).toEqual([]);
      const { rows } = await pools[0]!.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r: { version: number }) => r.version)).toEqual(pgMigrations.map((m) => m.version));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('tells another process at once that a subscription changed', async () => {
    const one = await PostgresStore.open(server.url, { maxConnections: 2 });
    const two = await PostgresStore.open(server.url, { maxConnections: 2 });
    opened.push(one, two);
    const heard: string[] = [];
    await two.onSubscriptionsChanged((id) => heard.push(id));
    const { subscription } = await one.saveSubscription(input({ channelId: 'C-notify' }), NOW);
    await one.removeSubscription('slack', 'C-notify', NOW);
    await expect.poll(() => heard.filter((id) => id === subscription.id).length).toBe(2);
  });

  it('keeps all processes together within one requests-per-second budget', async () => {
    const pools = [1, 2].map(() => new pg.Pool({ connectionString: server.url, max: 1 }));
    let now = Date.parse('2025-07-01T00:00:00.000Z');
    const sleep = async (ms: number) => {
      now += ms;
    };
    try {
      const [a, b] = pools.map((p) => new SharedRateLimiter(p, 'discord-test', 10, () => now, sleep));
      const perSecond = new Map<number, number>();
      for (let i = 0; i < 25; i++) {
        await (i % 2 ? a! : b!).take();
        const second = Math.floor(now / 1000);
        perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
      }
      expect([...perSecond.values()]).toEqual([10, 10, 5]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('refuses a request signature seen by any process until it expires', async () => {
    const pools = [1, 2].map(() => new pg.Pool({ connectionString: server.url, max: 1 }));
    let now = NOW.getTime();
    try {
      const [a, b] = pools.map((p) => new PostgresReplayGuard(p, () => now));
      const expires = new Date(now + 300_000);
      expect(await a!.seen('v0=abc', expires)).toBe(false);
      expect(await b!.seen('v0=abc', expires)).toBe(true);
      expect(await a!.seen('v0=abc', expires)).toBe(true);
      expect(await b!.seen('v0=def', expires)).toBe(false);
      now += 300_001;
      expect(await b!.seen('v0=abc', new Date(now + 300_000))).toBe(false);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
