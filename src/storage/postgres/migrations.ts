import type pg from 'pg';
import { judgeSchema } from '../schema-check';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Numbered and append-only, like the SQLite list (src/storage/migrations.ts), with the same
 * tables and constraints in PostgreSQL's types: instants are timestamptz, flags are boolean.
 */
export const pgMigrations: readonly PgMigration[] = [
  {
    version: 1,
    name: 'subscriptions and digest runs',
    sql: `
      CREATE TABLE subscriptions (
        id            text PRIMARY KEY,
        platform      text NOT NULL CHECK (platform IN ('slack', 'discord', 'console')),
        channel_id    text NOT NULL,
        time          text NOT NULL,
        timezone      text NOT NULL,
        filter_person text,
        filter_topic  text,
        quiet         boolean NOT NULL DEFAULT false,
        status        text NOT NULL CHECK (status IN ('active', 'paused', 'removed')),
        status_reason text,
        created_by    text NOT NULL,
        created_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL
      );
      -- One live subscription per channel; removed ones stay for their run history.
      CREATE UNIQUE INDEX subscriptions_one_per_channel
        ON subscriptions (platform, channel_id) WHERE status <> 'removed';
      CREATE INDEX subscriptions_active ON subscriptions (created_at, id) WHERE status = 'active';

      CREATE TABLE digest_runs (
        id              text PRIMARY KEY,
        subscription_id text NOT NULL REFERENCES subscriptions (id),
        platform        text NOT NULL,
        channel_id      text NOT NULL,
        scheduled_at    timestamptz NOT NULL,
        state           text NOT NULL CHECK (state IN ('claimed', 'sent', 'failed', 'skipped')),
        message_id      text,
        attempts        integer NOT NULL DEFAULT 0,
        owner           text,
        lease_until     timestamptz,
        covers_until    timestamptz NOT NULL,
        detail          text,
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        -- The claim: a second process inserting the same run gets a conflict, not a second send.
        UNIQUE (subscription_id, scheduled_at)
      );
      CREATE INDEX digest_runs_claimed ON digest_runs (lease_until) WHERE state = 'claimed';
      CREATE INDEX digest_runs_sent ON digest_runs (subscription_id, scheduled_at) WHERE state = 'sent';
    `,
  },
  {
    version: 2,
    name: 'article arrivals',
    sql: `
      CREATE TABLE article_arrivals (
        article_id    text PRIMARY KEY,
        first_seen_at timestamptz NOT NULL
      );
      CREATE INDEX article_arrivals_seen ON article_arrivals (first_seen_at);
    `,
  },
  {
    version: 3,
    name: 'slack request signatures (replay guard shared by every process)',
    sql: `
      CREATE TABLE slack_request_signatures (
        signature  text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX slack_request_signatures_expiry ON slack_request_signatures (expires_at);
    `,
  },
  {
    version: 4,
    name: 'request budgets shared by every process (platform rate limits)',
    sql: `
      CREATE TABLE rate_windows (
        name   text NOT NULL,
        second bigint NOT NULL,
        used   integer NOT NULL,
        PRIMARY KEY (name, second)
      );
    `,
  },
  {
    version: 5,
    name: 'digests in threads (per subscription)',
    sql: `
      ALTER TABLE subscriptions ADD COLUMN threaded boolean NOT NULL DEFAULT true;
    `,
  },
];

/** Any fixed number: every process of this app takes the same session-level advisory lock. */
export const MIGRATION_LOCK_KEY = 720_250_612;

/**
 * Applies the migrations this database lacks. A session advisory lock is held throughout, so
 * when several processes start together one migrates and the others wait, then find nothing
 * left to do; each migration commits with its version row or not at all.
 */
export async function migratePostgres(
  pool: pg.Pool,
  list: readonly PgMigration[] = pgMigrations,
): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await refuseForeignSchema(client, list);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const have = new Set(done.rows.map((r) => r.version));
      for (const m of [...list].sort((a, b) => a.version - b.version)) {
        if (have.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            m.version,
            m.name,
          ]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(
            `PostgreSQL migration ${m.version} (${m.name}) failed: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
        applied.push(m.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
  return applied;
}

/**
 * The same judgement as for a SQLite file (judgeSchema), on the tables of the schema the bot
 * writes to, before anything is created there. Names the database, never the URL's password.
 */
async function refuseForeignSchema(client: pg.PoolClient, list: readonly PgMigration[]): Promise<void> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const columns = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`,
  );
  const migrationColumns = columns.rows.map((r) => r.name);
  const claimed =
    migrationColumns.includes('version') && migrationColumns.includes('name')
      ? (await client.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations'))
          .rows
      : [];
  const verdict = judgeSchema(
    { tables: new Set(tables.rows.map((r) => r.name)), migrationColumns, claimed },
    list,
  );
  if (verdict.ok) return;
  const where = await client.query<{ db: string; schema: string }>(
    'SELECT current_database() AS db, current_schema() AS schema',
  );
  const { db, schema } = where.rows[0]!;
  throw new Error(
    `the digest database ${db} (schema ${schema}) named by DATABASE_URL ${verdict.problem}. To fix: ${
      verdict.fix === 'new database'
        ? 'point DATABASE_URL at a database of its own (CREATE DATABASE tariffs_bot); the bot creates its tables'
        : 'restore the database from a backup, or point DATABASE_URL at a new database (subscriptions are not carried over)'
    }`,
  );
}
