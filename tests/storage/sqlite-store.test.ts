import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/storage/sqlite/migrations';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import type { SubscriptionInput } from '../../src/storage/store';
import { tempDir } from '../scheduler/helpers';

const tokyo: SubscriptionInput = {
  platform: 'slack',
  channelId: 'C1',
  time: '08:00',
  timezone: 'Asia/Tokyo',
  filter: { person: null, topic: null },
  quiet: false,
  createdBy: 'U1',
};
const t0 = new Date('2025-06-09T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function fileStore(): { path: string; open: () => SqliteStore } {
  const { dir, cleanup } = tempDir('store-');
  cleanups.push(cleanup);
  const path = join(dir, 'nested', 'bot.sqlite');
  return { path, open: () => SqliteStore.open(path) };
}

describe('the SQLite store', () => {
  it('creates its folder and applies each numbered migration once, however often it is opened', async () => {
    const { path, open } = fileStore();
    const a = open();
    const b = open();
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    expect(versions).toEqual(migrations.map((m) => m.version));
    await a.close();
    await b.close();
  });

  it('keeps one subscription per channel: subscribing again changes it and resumes it', async () => {
    const store = SqliteStore.open(':memory:');
    const first = await store.saveSubscription(tokyo, t0);
    expect(first.created).toBe(true);
    await store.pauseSubscription(first.subscription.id, 'channel gone', later(1));
    expect(await store.activeSubscriptions()).toEqual([]);
    const again = await store.saveSubscription({ ...tokyo, time: '09:30', quiet: true }, later(2));
    expect(again.created).toBe(false);
    expect(again.subscription).toMatchObject({
      id: first.subscription.id,
      time: '09:30',
      quiet: true,
      status: 'active',
    });
    expect(await store.removeSubscription('slack', 'C1', later(3))).toBe(true);
    expect(await store.findSubscription('slack', 'C1')).toBeNull();
    expect(await store.removeSubscription('slack', 'C1', later(4))).toBe(false);
    const fresh = await store.saveSubscription(tokyo, later(5));
    expect(fresh.created).toBe(true);
    expect(fresh.subscription.id).not.toBe(first.subscription.id);
  });

  it('lets only one of two processes claim the same run', async () => {
    const { open } = fileStore();
    const a = open();
    const b = open();
    const { subscription } = await a.saveSubscription(tokyo, t0);
    const scheduledAt = new Date('2025-06-09T23:00:00Z');
    const claimA = await a.claimRun({
      subscription,
      scheduledAt,
      owner: 'A',
      now: later(0),
      leaseMs: 60_000,
    });
    const claimB = await b.claimRun({
      subscription,
      scheduledAt,
      owner: 'B',
      now: later(0),
      leaseMs: 60_000,
    });
    expect(claimA?.state).toBe('claimed');
    expect(claimB).toBeNull();
    expect(await b.skipRun(subscription, scheduledAt, 'late', later(1))).toBeNull();
  });

  it('hands a claim to another process only once its lease has run out', async () => {
    const store = SqliteStore.open(':memory:');
    const { subscription } = await store.saveSubscription(tokyo, t0);
    const run = (await store.claimRun({
      subscription,
      scheduledAt: t0,
      owner: 'A',
      now: t0,
      leaseMs: 60_000,
    }))!;
    expect(await store.abandonedRuns(later(30_000))).toEqual([]);
    expect(await store.takeOverRun(run.id, 'B', later(30_000), 60_000)).toBeNull();
    expect((await store.abandonedRuns(later(60_000))).map((r) => r.id)).toEqual([run.id]);
    const taken = await store.takeOverRun(run.id, 'B', later(60_000), 60_000);
    expect(taken?.owner).toBe('B');
    expect(await store.takeOverRun(run.id, 'C', later(60_000), 60_000)).toBeNull();
    // The first owner, if it was only slow, can no longer confirm.
    expect(await store.finishRun(run.id, 'A', { state: 'sent', messageId: 'm1' }, later(61_000))).toBe(false);
    expect(await store.finishRun(run.id, 'B', { state: 'sent', messageId: 'm1' }, later(61_000))).toBe(true);
    expect((await store.lastSentRun(subscription.id))?.messageId).toBe('m1');
  });

  it('remembers when each article was first seen and not again', async () => {
    const store = SqliteStore.open(':memory:');
    expect(await store.recordArrivals(['a', 'b'], t0)).toBe(2);
    expect(await store.recordArrivals(['a', 'b', 'c'], later(10))).toBe(1);
    expect(await store.arrivalsBetween(t0, later(10))).toEqual(['c']);
    expect(await store.arrivalsBetween(new Date(0), later(10))).toEqual(['a', 'b', 'c']);
  });

  it('refuses a corrupt row loudly instead of passing it on', async () => {
    const { path, open } = fileStore();
    const store = open();
    const { subscription } = await store.saveSubscription(tokyo, t0);
    const db = new Database(path);
    db.prepare(`UPDATE subscriptions SET time = '8 o''clock' WHERE id = ?`).run(subscription.id);
    db.close();
    await expect(store.getSubscription(subscription.id)).rejects.toThrow();
  });
});

describe('a database path that cannot be used', () => {
  it('is named in the error, with the variable to fix', () => {
    const { dir, cleanup } = tempDir('store-');
    cleanups.push(cleanup);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    expect(() => SqliteStore.open(join(file, 'bot.sqlite'))).toThrow(
      /cannot open the digest database at .*a-file\/bot.sqlite \(DATABASE_PATH\)/,
    );
  });
});
