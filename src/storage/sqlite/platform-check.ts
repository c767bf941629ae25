import type Database from 'better-sqlite3';
import { PLATFORM_CHECK } from '../sql/schema';
import { checkInSql, quotedValues, sameValues } from '../sql/schema-sql';

const { table, column } = PLATFORM_CHECK;
const CHECK = new RegExp(`CHECK\\s*\\(\\s*${column}\\s+IN\\s*\\(([^)]*)\\)\\s*\\)`, 'i');

/**
 * Brings the platform CHECK of a database made with an older platform list in step with the
 * list (schema.ts PLATFORM_CHECK). SQLite cannot alter a constraint, so the table is rebuilt
 * as SQLite documents it: a copy with the new CHECK, its rows, its indexes, under one IMMEDIATE
 * transaction with foreign keys checked at the end. Nothing is written when the list matches,
 * which is every start but the first after a platform is added. True when it rebuilt.
 */
export function syncPlatformCheck(db: Database.Database, values: readonly string[] = PLATFORM_CHECK.values) {
  const tableSql = () =>
    db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as
      | string
      | undefined;
  const current = tableSql()?.match(CHECK);
  if (!current || sameValues(quotedValues(current[1]!), values)) return false;
  // Only outside a transaction does SQLite let the foreign keys be switched off for the copy.
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  try {
    const rebuild = db.transaction(() => {
      const sql = tableSql()!;
      const found = sql.match(CHECK)!;
      if (sameValues(quotedValues(found[1]!), values)) return false; // another process was first
      const indexes = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
        .pluck()
        .all(table) as string[];
      const copy = `${table}_platforms_rebuilt`;
      db.exec(
        sql
          .replace(found[0], checkInSql(column, values))
          .replace(new RegExp(`^CREATE TABLE\\s+"?${table}"?`, 'i'), `CREATE TABLE ${copy}`),
      );
      try {
        db.exec(`INSERT INTO ${copy} SELECT * FROM ${table}`);
      } catch (err) {
        throw new Error(
          `the digest database has subscriptions on a platform no longer listed in src/platforms/names.ts (${(err as Error).message})`,
        );
      }
      db.exec(`DROP TABLE ${table}`);
      db.exec(`ALTER TABLE ${copy} RENAME TO ${table}`);
      for (const index of indexes) db.exec(index);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new Error(`rebuilding ${table} broke ${broken.length} foreign key(s)`);
      return true;
    });
    return rebuild.immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
