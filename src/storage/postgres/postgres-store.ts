import pg from 'pg';
import { SqlDigestStore, type SqlDriver } from '../sql/sql-store';
import { bindNamed } from './bind';
import { migratePostgres } from './migrations';
import { pgRows } from './rows';

/** The channel other processes LISTEN on to hear that a subscription changed. */
export const SUBSCRIPTIONS_CHANNEL = 'tariffs_subscriptions';

export interface PostgresStoreOptions {
  /** Connections this process may hold; every process has its own pool. */
  maxConnections?: number;
  /** Names the process in pg_stat_activity, for an operator looking at who holds what. */
  applicationName?: string;
}

/** The shared store's statements on a pool, numbered for node-postgres. */
function postgresDriver(pool: pg.Pool): SqlDriver {
  const query: SqlDriver['query'] = async (sql, values) => (await pool.query(bindNamed(sql, values))).rows;
  return {
    rows: pgRows,
    query,
    // Other processes follow a change at once (onSubscriptionsChanged), not at their next sweep.
    querySubscriptionChange: (sql, values) =>
      query(
        `WITH changed AS (${sql}) SELECT changed.*, pg_notify(@notify_channel, changed.id) FROM changed`,
        {
          ...values,
          notify_channel: SUBSCRIPTIONS_CHANNEL,
        },
      ),
    // One statement for the whole list: unnest keeps it a single round trip at any size.
    insertArrivals: async (ids, at) => {
      const { rowCount } = await pool.query(
        `INSERT INTO article_arrivals (article_id, first_seen_at)
         SELECT DISTINCT id, $2::timestamptz FROM unnest($1::text[]) AS id
         ON CONFLICT DO NOTHING`,
        [ids, at],
      );
      return rowCount ?? 0;
    },
  };
}

/** The digest store on PostgreSQL, for several processes sharing one database. */
export class PostgresStore extends SqlDigestStore {
  private listener: pg.Client | null = null;
  private readonly changeListeners = new Set<(subscriptionId: string) => void>();
  private closed = false;

  private constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    super(postgresDriver(pool));
  }

  /** Connects and migrates (once, even when several processes start together). */
  static async open(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.maxConnections ?? 10,
      application_name: opts.applicationName ?? 'tariffs-bot',
    });
    // An idle client losing its connection (server restart) must not crash the process.
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStore(pool, url);
  }

  /**
   * Calls `listener` whenever any process saves, removes or pauses a subscription (LISTEN/
   * NOTIFY), so a scheduler can follow at once instead of at its next sweep.
   */
  async onSubscriptionsChanged(listener: (subscriptionId: string) => void): Promise<() => void> {
    this.changeListeners.add(listener);
    if (!this.listener) {
      const client = new pg.Client({ connectionString: this.url });
      client.on('error', () => undefined);
      client.on('notification', (n) => {
        if (n.channel !== SUBSCRIPTIONS_CHANNEL) return;
        for (const l of this.changeListeners) l(n.payload ?? '');
      });
      await client.connect();
      await client.query(`LISTEN ${SUBSCRIPTIONS_CHANNEL}`);
      this.listener = client;
    }
    return () => this.changeListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.changeListeners.clear();
    const listener = this.listener;
    this.listener = null;
    if (listener) await listener.end().catch(() => undefined);
    await this.pool.end();
  }
}
