import type pg from 'pg';
import type { Config } from '../config';
import type { DigestStore } from './store';

export interface OpenedStore {
  store: DigestStore;
  kind: 'sqlite' | 'postgres';
  /** Where the data lives, for the start-up log line (a URL without its password). */
  where: string;
  /**
   * Calls back when another process changes a subscription (PostgreSQL LISTEN/NOTIFY); null
   * for SQLite, where the once-a-minute sweep re-reads the table instead.
   */
  onSubscriptionsChanged: ((listener: (subscriptionId: string) => void) => Promise<() => void>) | null;
  /** The PostgreSQL pool, for what processes share besides digests (rate budgets); null on SQLite. */
  pool: pg.Pool | null;
}

/** postgres://user:secret@host/db → postgres://user@host/db, fit for a log line. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * The digest store the configuration asks for: PostgreSQL when DATABASE_URL is set (several
 * processes share it), otherwise the SQLite file at DATABASE_PATH. Each driver is loaded only
 * when chosen.
 */
export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'databasePath'>,
  opts: { applicationName?: string; maxConnections?: number } = {},
): Promise<OpenedStore> {
  if (config.databaseUrl) {
    const { PostgresStore } = await import('./postgres/postgres-store');
    const store = await PostgresStore.open(config.databaseUrl, opts);
    return {
      store,
      kind: 'postgres',
      where: redactUrl(config.databaseUrl),
      onSubscriptionsChanged: (listener) => store.onSubscriptionsChanged(listener),
      pool: store.pool,
    };
  }
  const { SqliteStore } = await import('./sqlite/sqlite-store');
  return {
    store: SqliteStore.open(config.databasePath),
    kind: 'sqlite',
    where: config.databasePath,
    onSubscriptionsChanged: null,
    pool: null,
  };
}
