import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_PLATFORMS } from '../../src/platforms/names';
import { migratePostgres, pgMigrations } from '../../src/storage/postgres/migrations';
import { syncPlatformCheck as syncPgPlatformCheck } from '../../src/storage/postgres/platform-check';
import { PostgresStore } from '../../src/storage/postgres/postgres-store';
import { migrations } from '../../src/storage/sqlite/migrations';
import { syncPlatformCheck } from '../../src/storage/sqlite/platform-check';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { postgresWithClient } from '../helpers/postgres';
import { tempDir } from '../scheduler/helpers';
import { pgMigrationsBefore19 } from './fixtures/pg-migrations-before-19';

/**
 * The schema is now described once and rendered per database (src/storage/schema.ts). Databases
 * made by the statements released before must open unchanged and hold exactly what a new one gets.
 */
const NOW = new Date('2025-07-03T00:00:00.000Z');

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** A copy of the SQLite file the pre-#19 store wrote (two subscriptions, a sent and a skipped run, two arrivals). */
function databaseBefore19(): string {
  const { dir, cleanup } = tempDir('schema-history-');
  cleanups.push(cleanup);
  const path = join(dir, 'digests.sqlite');
  copyFileSync('tests/storage/fixtures/digests-before-19.sqlite', path);
  return path;
}

/** The same file once the store has opened it (applying the steps released after it). */
async function migratedBefore19(): Promise<string> {
  const path = databaseBefore19();
  await SqliteStore.open(path).close();
  return path;
}

/** The PostgreSQL steps released with the file fixtures: later steps are new, never edits of these. */
const releasedVersions = new Set(pgMigrationsBefore19.map((m) => m.version));

/** Each table's and index's statement, comments and spacing folded, so only what it builds is compared. */
function sqliteSchema(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
      )
      .all() as { type: string; name: string; sql: string }[];
    return rows.map((r) => `${r.type} ${r.name}: ${fold(r.sql)}`);
  } finally {
    db.close();
  }
}

const fold = (sql: string): string =>
  sql
    .replace(/--[^\n]*/g, ' ')
    // A rebuilt table's name comes back quoted ("subscriptions"): the same table.
    .replace(/"(\w+)"/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim();

describe('a SQLite file made before the schema was shared', () => {
  it('opens without a migration and keeps its subscriptions, runs and arrivals', async () => {
    const path = databaseBefore19();
    const store = SqliteStore.open(path);
    try {
      const slack = await store.findSubscription('slack', 'C-old');
      expect(slack).toMatchObject({
        time: '08:00',
        timezone: 'Asia/Tokyo',
        filter: { person: 'Akazawa', topic: null },
        quiet: true,
        status: 'active',
      });
      expect(await store.findSubscription('discord', 'D-old')).toMatchObject({ time: '21:30', quiet: false });
      const runs = await store.recentRuns(slack!.id, 10);
      expect(runs.map((r) => r.state).sort()).toEqual(['sent', 'skipped']);
      expect((await store.lastSentRun(slack!.id))?.messageId).toBe('M1');
      expect(await store.arrivalsBetween(new Date(0), NOW)).toEqual(['a1', 'a2']);
      // And it takes new writes.
      const { created } = await store.saveSubscription(
        {
          platform: 'discord',
          channelId: 'D-new',
          time: '07:00',
          timezone: 'Europe/London',
          filter: { person: null, topic: null },
          quiet: false,
          createdBy: 'U3',
        },
        NOW,
      );
      expect(created).toBe(true);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(
      migrations.map(({ version, name }) => ({ version, name })),
    );
    db.close();
  });

  it('holds the same tables, constraints and indexes as a database made now, once opened', async () => {
    const { dir, cleanup } = tempDir('schema-fresh-');
    cleanups.push(cleanup);
    const fresh = join(dir, 'fresh.sqlite');
    await SqliteStore.open(fresh).close();
    expect(sqliteSchema(fresh)).toEqual(sqliteSchema(await migratedBefore19()));
  });

  it('takes a channel of every platform in the one list, and refuses any other', async () => {
    const store = SqliteStore.open(':memory:');
    const input = (platform: string) => ({
      platform: platform as (typeof CHANNEL_PLATFORMS)[number],
      channelId: `X-${platform}`,
      time: '08:00',
      timezone: 'UTC',
      filter: { person: null, topic: null },
      quiet: false,
      createdBy: 'U',
    });
    for (const p of CHANNEL_PLATFORMS)
      expect((await store.saveSubscription(input(p), NOW)).created).toBe(true);
    await expect(store.saveSubscription(input('fax'), NOW)).rejects.toThrow(/CHECK constraint failed/);
    await store.close();
  });
});

describe('a platform added to the one list', () => {
  const withTeams = [...CHANNEL_PLATFORMS, 'teams'];
  const insertSubscription = (db: Database.Database, platform: string, channel: string) =>
    db
      .prepare(
        `INSERT INTO subscriptions (id, platform, channel_id, time, timezone, quiet, status, created_by, created_at, updated_at)
         VALUES (?, ?, ?, '08:00', 'UTC', 0, 'active', 'U', ?, ?)`,
      )
      .run(`id-${channel}`, platform, channel, NOW.toISOString(), NOW.toISOString());

  it('reaches a SQLite file made before, keeping its rows, indexes and foreign keys', () => {
    const path = databaseBefore19();
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    expect(syncPlatformCheck(db)).toBe(false); // the list it was made with: nothing written
    expect(() => insertSubscription(db, 'teams', 'T-1')).toThrow(/CHECK constraint failed/);
    expect(syncPlatformCheck(db, withTeams)).toBe(true);
    expect(syncPlatformCheck(db, withTeams)).toBe(false);
    insertSubscription(db, 'teams', 'T-1');
    expect(() => insertSubscription(db, 'fax', 'F-1')).toThrow(/CHECK constraint failed/);
    // The old rows and their runs are where they were; the one-live-subscription index still holds.
    expect(db.prepare('SELECT count(*) FROM subscriptions').pluck().get()).toBe(3);
    expect(db.prepare('SELECT count(*) FROM digest_runs').pluck().get()).toBe(2);
    expect(() => insertSubscription(db, 'slack', 'C-old')).toThrow(/UNIQUE constraint failed/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO digest_runs (id, subscription_id, platform, channel_id, scheduled_at, state, covers_until, created_at, updated_at)
           VALUES ('r', 'no-such-subscription', 'slack', 'C', 'x', 'sent', 'x', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses to drop a platform that subscriptions still use, and changes nothing', async () => {
    const path = databaseBefore19();
    const db = new Database(path);
    syncPlatformCheck(db, withTeams);
    insertSubscription(db, 'teams', 'T-1');
    db.close();
    expect(() => SqliteStore.open(path)).toThrow(/platform no longer listed in src\/platforms\/names.ts/);
    const again = new Database(path);
    expect(again.prepare("SELECT count(*) FROM subscriptions WHERE platform = 'teams'").pluck().get()).toBe(
      1,
    );
    again.prepare("DELETE FROM subscriptions WHERE platform = 'teams'").run();
    again.close();
    // Once nothing uses it, the store brings the CHECK back to the list.
    await SqliteStore.open(path).close();
    expect(sqliteSchema(path)).toEqual(sqliteSchema(await migratedBefore19()));
  });
});

describe('PostgreSQL made by the statements released before', { timeout: 180_000 }, () => {
  const pgTest = postgresWithClient();

  /** Columns, constraints and indexes of one schema, with the schema's name taken out. */
  async function catalog(schema: string): Promise<string[]> {
    const strip = (s: string) => s.replaceAll(`${schema}.`, '');
    const columns = await pgTest.admin.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
        WHERE table_schema = $1 AND table_name <> 'schema_migrations' ORDER BY table_name, ordinal_position`,
      [schema],
    );
    const constraints = await pgTest.admin.query(
      `SELECT c.relname AS table_name, k.conname, pg_get_constraintdef(k.oid) AS def
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname <> 'schema_migrations' ORDER BY 1, 2`,
      [schema],
    );
    const indexes = await pgTest.admin.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = $1 AND tablename <> 'schema_migrations' ORDER BY 1, 2`,
      [schema],
    );
    return [...columns.rows, ...constraints.rows, ...indexes.rows].map((r) =>
      strip(Object.values(r).join(' | ')),
    );
  }

  it('has the same columns, constraints and indexes as the migrations rendered now', async () => {
    await pgTest.admin.query('CREATE SCHEMA before19; CREATE SCHEMA rendered');
    for (const [schema, list] of [
      ['before19', pgMigrationsBefore19],
      ['rendered', pgMigrations.filter((m) => releasedVersions.has(m.version))],
    ] as const) {
      await pgTest.admin.query(`SET search_path TO ${schema}`);
      for (const m of list) await pgTest.admin.query(m.sql);
    }
    await pgTest.admin.query('SET search_path TO public');
    const before = await catalog('before19');
    expect(before.length).toBeGreaterThan(40);
    expect(await catalog('rendered')).toEqual(before);
    expect(
      pgMigrations
        .filter((m) => releasedVersions.has(m.version))
        .map(({ version, name }) => ({ version, name })),
    ).toEqual(pgMigrationsBefore19.map(({ version, name }) => ({ version, name })));
  });

  it('opens a database migrated before, applying only the steps released since', async () => {
    // As the released migratePostgres left it: the tables, and one schema_migrations row a step.
    await pgTest.admin.query(
      'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    for (const m of pgMigrationsBefore19) {
      await pgTest.admin.query(m.sql);
      await pgTest.admin.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
    }
    const pool = new pg.Pool({ connectionString: pgTest.server.url, max: 2 });
    expect(await migratePostgres(pool)).toEqual(
      pgMigrations.filter((m) => !releasedVersions.has(m.version)).map((m) => m.version),
    );
    await pool.end();
    const store = await PostgresStore.open(pgTest.server.url, { maxConnections: 2 });
    try {
      const { subscription } = await store.saveSubscription(
        {
          platform: 'slack',
          channelId: 'C-pg',
          time: '08:00',
          timezone: 'Asia/Tokyo',
          filter: { person: null, topic: 'autos' },
          quiet: true,
          createdBy: 'U1',
        },
        NOW,
      );
      expect(await store.findSubscription('slack', 'C-pg')).toEqual(subscription);
    } finally {
      await store.close();
    }
  });

  it('brings an older platform CHECK in step with the list under the migration lock', async () => {
    const values = async () =>
      (
        await pgTest.admin.query<{ def: string }>(
          `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
            WHERE conrelid = 'subscriptions'::regclass AND conname = 'subscriptions_platform_check'`,
        )
      ).rows[0]?.def;
    expect(await syncPgPlatformCheck(pgTest.admin)).toBe(false);
    expect(await syncPgPlatformCheck(pgTest.admin, [...CHANNEL_PLATFORMS, 'teams'])).toBe(true);
    expect(await values()).toContain("'teams'");
    await pgTest.admin.query(
      `INSERT INTO subscriptions (id, platform, channel_id, time, timezone, quiet, status, created_by, created_at, updated_at)
       VALUES ('t1', 'teams', 'T-1', '08:00', 'UTC', false, 'active', 'U', now(), now())`,
    );
    const pool = new pg.Pool({ connectionString: pgTest.server.url, max: 2 });
    try {
      await expect(migratePostgres(pool)).rejects.toThrow(/platform no longer listed/);
      await pgTest.admin.query("DELETE FROM subscriptions WHERE platform = 'teams'");
      // Every step was applied earlier in this database: the run only brings the CHECK in step.
      expect(await migratePostgres(pool)).toEqual([]);
    } finally {
      await pool.end();
    }
    expect(await values()).not.toContain("'teams'");
    for (const p of CHANNEL_PLATFORMS) expect(await values()).toContain(`'${p}'`);
  });
});
