import type pg from 'pg';
import { judgeSchema } from '../sql/schema-check';
import { type Migration, migrationsFor } from '../sql/schema-sql';
import { syncPlatformCheck } from './platform-check';

/** The shared schema's steps (src/storage/sql/schema.ts) as PostgreSQL runs them, its own steps included. */
export const pgMigrations: readonly Migration[] = migrationsFor('postgres');

/** Any fixed number: every process of this app takes the same session-level advisory lock. */
export const MIGRATION_LOCK_KEY = 720_250_612;

/**
 * Applies the migrations this database lacks. A session advisory lock is held throughout, so
 * when several processes start together one migrates and the others wait, then find nothing
 * left to do; each migration commits with its version row or not at all.
 */
export async function migratePostgres(
  pool: pg.Pool,
  list: readonly Migration[] = pgMigrations,
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
      await syncPlatformCheck(client);
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
async function refuseForeignSchema(client: pg.PoolClient, list: readonly Migration[]): Promise<void> {
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
