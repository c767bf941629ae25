import type Database from 'better-sqlite3';
import { type Migration, migrationsFor } from '../sql/schema-sql';

/** The shared schema's steps (src/storage/sql/schema.ts) as SQLite runs them. */
export const migrations: readonly Migration[] = migrationsFor('sqlite');

/**
 * Applies the migrations this database lacks, each in its own transaction. IMMEDIATE takes the
 * write lock before reading the version, so two processes starting together apply each once.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied: number[] = [];
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      const done = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
      if (done) return false;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      return true;
    });
    if (apply.immediate()) applied.push(m.version);
  }
  return applied;
}
