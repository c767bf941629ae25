import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type {
  ClaimRequest,
  DigestRun,
  DigestStore,
  Platform,
  RunOutcome,
  Subscription,
  SubscriptionInput,
} from '../store';
import { migratePostgres } from './migrations';
import { articleIdRows, pgRunRow, pgSubscriptionRow } from './rows';

/** The channel other processes LISTEN on to hear that a subscription changed. */
export const SUBSCRIPTIONS_CHANNEL = 'tariffs_subscriptions';

export interface PostgresStoreOptions {
  /** Connections this process may hold; every process has its own pool. */
  maxConnections?: number;
  /** Names the process in pg_stat_activity, for an operator looking at who holds what. */
  applicationName?: string;
}

const runs = (rows: unknown[]): DigestRun[] => rows.map((r) => pgRunRow.parse(r));
const firstRun = (rows: unknown[]): DigestRun | null => (rows[0] ? pgRunRow.parse(rows[0]) : null);
const firstSub = (rows: unknown[]): Subscription | null =>
  rows[0] ? pgSubscriptionRow.parse(rows[0]) : null;

/**
 * The digest store on PostgreSQL, for several processes sharing one database. The same
 * constraints as SQLite do the coordinating: the unique (subscription, scheduled instant) makes
 * a claim an INSERT … ON CONFLICT DO NOTHING, and every later change is conditional on the
 * claim still being this owner's. Times always come from the caller's clock, never the
 * server's, so leases mean the same thing here as in the scheduler (and tests can fake time).
 */
export class PostgresStore implements DigestStore {
  private listener: pg.Client | null = null;
  private readonly changeListeners = new Set<(subscriptionId: string) => void>();
  private closed = false;

  private constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

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

  async saveSubscription(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    // One statement, so two processes saving the same channel at once cannot both insert.
    const { rows } = await this.pool.query(
      `WITH saved AS (
         INSERT INTO subscriptions AS s (id, platform, channel_id, time, timezone, filter_person, filter_topic,
           quiet, threaded, status, status_reason, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $12, 'active', NULL, $9, $10, $10)
         ON CONFLICT (platform, channel_id) WHERE status <> 'removed' DO UPDATE SET
           time = EXCLUDED.time, timezone = EXCLUDED.timezone, filter_person = EXCLUDED.filter_person,
           filter_topic = EXCLUDED.filter_topic, quiet = EXCLUDED.quiet, threaded = EXCLUDED.threaded,
           status = 'active',
           status_reason = NULL, updated_at = EXCLUDED.updated_at
         RETURNING s.*, (xmax = 0) AS created
       )
       SELECT saved.*, pg_notify($11, saved.id) FROM saved`,
      [
        randomUUID(),
        input.platform,
        input.channelId,
        input.time,
        input.timezone,
        input.filter.person,
        input.filter.topic,
        input.quiet,
        input.createdBy,
        now,
        SUBSCRIPTIONS_CHANNEL,
        input.threaded ?? true,
      ],
    );
    const row = rows[0] as { created: boolean };
    return { subscription: pgSubscriptionRow.parse(row), created: row.created };
  }

  async findSubscription(platform: Platform, channelId: string): Promise<Subscription | null> {
    const { rows } = await this.pool.query(
      `SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2 AND status <> 'removed'`,
      [platform, channelId],
    );
    return firstSub(rows);
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    const { rows } = await this.pool.query('SELECT * FROM subscriptions WHERE id = $1', [id]);
    return firstSub(rows);
  }

  async removeSubscription(platform: Platform, channelId: string, now: Date): Promise<boolean> {
    const { rows } = await this.pool.query(
      `WITH removed AS (
         UPDATE subscriptions SET status = 'removed', status_reason = 'unsubscribed', updated_at = $1
         WHERE platform = $2 AND channel_id = $3 AND status <> 'removed' RETURNING id
       )
       SELECT id, pg_notify($4, id) FROM removed`,
      [now, platform, channelId, SUBSCRIPTIONS_CHANNEL],
    );
    return rows.length > 0;
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    const { rows } = await this.pool.query(
      `SELECT * FROM subscriptions WHERE status = 'active' ORDER BY created_at, id`,
    );
    return rows.map((r) => pgSubscriptionRow.parse(r));
  }

  async pauseSubscription(id: string, reason: string, now: Date): Promise<void> {
    await this.pool.query(
      `WITH paused AS (
         UPDATE subscriptions SET status = 'paused', status_reason = $1, updated_at = $2
         WHERE id = $3 AND status = 'active' RETURNING id
       )
       SELECT pg_notify($4, id) FROM paused`,
      [reason, now, id, SUBSCRIPTIONS_CHANNEL],
    );
  }

  async claimRun({
    subscription,
    scheduledAt,
    owner,
    now,
    leaseMs,
  }: ClaimRequest): Promise<DigestRun | null> {
    const { rows } = await this.pool.query(
      `INSERT INTO digest_runs (id, subscription_id, platform, channel_id, scheduled_at, state, attempts,
         owner, lease_until, covers_until, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'claimed', 0, $6, $7, $8, $8, $8)
       ON CONFLICT (subscription_id, scheduled_at) DO NOTHING
       RETURNING *`,
      [
        randomUUID(),
        subscription.id,
        subscription.platform,
        subscription.channelId,
        scheduledAt,
        owner,
        new Date(now.getTime() + leaseMs),
        now,
      ],
    );
    return firstRun(rows);
  }

  async takeOverRun(runId: string, owner: string, now: Date, leaseMs: number): Promise<DigestRun | null> {
    // The row lock of UPDATE serialises two processes taking over at once: the second one
    // re-checks lease_until after the first committed, finds it renewed, and changes nothing.
    const { rows } = await this.pool.query(
      `UPDATE digest_runs SET owner = $1, lease_until = $2, updated_at = $3
       WHERE id = $4 AND state = 'claimed' AND lease_until <= $3
       RETURNING *`,
      [owner, new Date(now.getTime() + leaseMs), now, runId],
    );
    return firstRun(rows);
  }

  async recordAttempt(runId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE digest_runs SET attempts = attempts + 1, lease_until = $1, updated_at = $2
       WHERE id = $3 AND owner = $4 AND state = 'claimed'`,
      [new Date(now.getTime() + leaseMs), now, runId, owner],
    );
    return rowCount === 1;
  }

  async recordParent(runId: string, owner: string, messageId: string, now: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE digest_runs SET message_id = $1, updated_at = $2
       WHERE id = $3 AND owner = $4 AND state = 'claimed'`,
      [messageId, now, runId, owner],
    );
    return rowCount === 1;
  }

  async renewLease(runId: string, owner: string, until: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE digest_runs SET lease_until = $1 WHERE id = $2 AND owner = $3 AND state = 'claimed'`,
      [until, runId, owner],
    );
    return rowCount === 1;
  }

  async finishRun(runId: string, owner: string, outcome: RunOutcome, now: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE digest_runs SET state = $1, message_id = $2, detail = $3, lease_until = NULL, updated_at = $4
       WHERE id = $5 AND owner = $6 AND state = 'claimed'`,
      [
        outcome.state,
        outcome.state === 'sent' ? outcome.messageId : null,
        outcome.detail ?? null,
        now,
        runId,
        owner,
      ],
    );
    return rowCount === 1;
  }

  async skipRun(
    subscription: Subscription,
    scheduledAt: Date,
    detail: string,
    now: Date,
  ): Promise<DigestRun | null> {
    const { rows } = await this.pool.query(
      `INSERT INTO digest_runs (id, subscription_id, platform, channel_id, scheduled_at, state, attempts,
         covers_until, detail, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'skipped', 0, $6, $7, $6, $6)
       ON CONFLICT (subscription_id, scheduled_at) DO NOTHING
       RETURNING *`,
      [
        randomUUID(),
        subscription.id,
        subscription.platform,
        subscription.channelId,
        scheduledAt,
        now,
        detail,
      ],
    );
    return firstRun(rows);
  }

  async getRun(subscriptionId: string, scheduledAt: Date): Promise<DigestRun | null> {
    const { rows } = await this.pool.query(
      'SELECT * FROM digest_runs WHERE subscription_id = $1 AND scheduled_at = $2',
      [subscriptionId, scheduledAt],
    );
    return firstRun(rows);
  }

  async abandonedRuns(now: Date): Promise<DigestRun[]> {
    const { rows } = await this.pool.query(
      `SELECT * FROM digest_runs WHERE state = 'claimed' AND lease_until <= $1 ORDER BY scheduled_at, id`,
      [now],
    );
    return runs(rows);
  }

  async lastSentRun(subscriptionId: string): Promise<DigestRun | null> {
    const { rows } = await this.pool.query(
      `SELECT * FROM digest_runs WHERE subscription_id = $1 AND state = 'sent'
       ORDER BY scheduled_at DESC LIMIT 1`,
      [subscriptionId],
    );
    return firstRun(rows);
  }

  async recentRuns(subscriptionId: string, limit: number): Promise<DigestRun[]> {
    const { rows } = await this.pool.query(
      'SELECT * FROM digest_runs WHERE subscription_id = $1 ORDER BY scheduled_at DESC LIMIT $2',
      [subscriptionId, limit],
    );
    return runs(rows);
  }

  async recordArrivals(articleIds: readonly string[], at: Date): Promise<number> {
    if (articleIds.length === 0) return 0;
    // One statement for the whole list: unnest keeps it a single round trip at any size.
    const { rowCount } = await this.pool.query(
      `INSERT INTO article_arrivals (article_id, first_seen_at)
       SELECT DISTINCT id, $2::timestamptz FROM unnest($1::text[]) AS id
       ON CONFLICT DO NOTHING`,
      [articleIds, at],
    );
    return rowCount ?? 0;
  }

  async arrivalsBetween(after: Date, upTo: Date): Promise<string[]> {
    const { rows } = await this.pool.query(
      `SELECT article_id FROM article_arrivals WHERE first_seen_at > $1 AND first_seen_at <= $2
       ORDER BY first_seen_at, article_id`,
      [after, upTo],
    );
    return articleIdRows.parse(rows).map((r) => r.article_id);
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
