import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { RowValues } from '../sql/rows';
import { SqlDigestStore, type SqlDriver } from '../sql/sql-store';
import { migrate } from './migrations';
import { syncPlatformCheck } from './platform-check';
import { sqliteRows } from './rows';
import { checkSqliteFile } from './sqlite-checks';

/** The shared store's statements on one SQLite connection, which binds named parameters itself. */
function sqliteDriver(db: Database.Database): SqlDriver {
  // Each statement is compiled once per connection and reused.
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    const found = prepared.get(sql) ?? db.prepare(sql);
    prepared.set(sql, found);
    return found;
  };
  const query = async (sql: string, values: RowValues = {}) => statement(sql).all(values);
  const insert = db.prepare(
    'INSERT INTO article_arrivals (article_id, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const insertAll = db.transaction((ids: readonly string[], when: string) => {
    let added = 0;
    for (const id of ids) added += insert.run(id, when).changes;
    return added;
  });
  return {
    rows: sqliteRows,
    query,
    // Other processes' sweeps re-read the table once a minute: there is nobody to notify.
    querySubscriptionChange: query,
    insertArrivals: async (ids, at) => insertAll.immediate(ids, at.toISOString()),
  };
}

/**
 * The default store: one SQLite file, shared safely by several processes on one machine (WAL,
 * a busy timeout, and unique constraints doing the claiming).
 */
export class SqliteStore extends SqlDigestStore {
  private constructor(private readonly db: Database.Database) {
    super(sqliteDriver(db));
  }

  /**
   * Opens (creating the folder and file when needed) and migrates. `:memory:` works for tests.
   * An existing file that is not writable, damaged, another application's, or missing tables
   * its migrations claim is refused untouched (checkSqliteFile).
   */
  static open(path: string): SqliteStore {
    if (path !== ':memory:') checkSqliteFile(path);
    let db: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
    } catch (err) {
      // Named for the operator: the variable to fix, not a driver stack.
      throw new Error(
        `cannot open the digest database at ${path} (DATABASE_PATH): ${(err as Error).message}`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    syncPlatformCheck(db);
    return new SqliteStore(db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
