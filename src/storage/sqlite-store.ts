import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { migrate } from './migrations';
import { runRow, subscriptionRow } from './rows';
import { checkSqliteFile } from './sqlite-checks';
import type {
  ClaimRequest,
  DigestRun,
  DigestStore,
  Platform,
  RunOutcome,
  Subscription,
  SubscriptionInput,
} from './store';

const iso = (d: Date): string => d.toISOString();
const articleIds = z.array(z.string());

/**
 * The default store: one SQLite file, shared safely by several processes on one machine (WAL,
 * a busy timeout, and unique constraints doing the claiming).
 */
export class SqliteStore implements DigestStore {
  private constructor(private readonly db: Database.Database) {}

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
    return new SqliteStore(db);
  }

  async saveSubscription(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    const save = this.db.transaction(() => {
      const row = this.liveRow(input.platform, input.channelId);
      const existing = row ? subscriptionRow.parse(row) : null;
      const values = {
        platform: input.platform,
        channel_id: input.channelId,
        time: input.time,
        timezone: input.timezone,
        filter_person: input.filter.person,
        filter_topic: input.filter.topic,
        quiet: input.quiet ? 1 : 0,
        threaded: input.threaded === false ? 0 : 1,
        now: iso(now),
      };
      if (existing) {
        this.db
          .prepare(
            `UPDATE subscriptions SET time = @time, timezone = @timezone, filter_person = @filter_person,
               filter_topic = @filter_topic, quiet = @quiet, threaded = @threaded, status = 'active', status_reason = NULL,
               updated_at = @now
             WHERE id = @id`,
          )
          .run({ ...values, id: existing.id });
        return { id: existing.id, created: false };
      }
      const id = randomUUID();
      this.db
        .prepare(
          `INSERT INTO subscriptions (id, platform, channel_id, time, timezone, filter_person, filter_topic,
             quiet, threaded, status, status_reason, created_by, created_at, updated_at)
           VALUES (@id, @platform, @channel_id, @time, @timezone, @filter_person, @filter_topic,
             @quiet, @threaded, 'active', NULL, @created_by, @now, @now)`,
        )
        .run({ ...values, id, created_by: input.createdBy });
      return { id, created: true };
    });
    const { id, created } = save.immediate();
    return { subscription: (await this.getSubscription(id))!, created };
  }

  private liveRow(platform: Platform, channelId: string): unknown {
    return this.db
      .prepare(`SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? AND status <> 'removed'`)
      .get(platform, channelId);
  }

  async findSubscription(platform: Platform, channelId: string): Promise<Subscription | null> {
    const row = this.liveRow(platform, channelId);
    return row ? subscriptionRow.parse(row) : null;
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id);
    return row ? subscriptionRow.parse(row) : null;
  }

  async removeSubscription(platform: Platform, channelId: string, now: Date): Promise<boolean> {
    const info = this.db
      .prepare(
        `UPDATE subscriptions SET status = 'removed', status_reason = 'unsubscribed', updated_at = ?
         WHERE platform = ? AND channel_id = ? AND status <> 'removed'`,
      )
      .run(iso(now), platform, channelId);
    return info.changes > 0;
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    return this.db
      .prepare(`SELECT * FROM subscriptions WHERE status = 'active' ORDER BY created_at, id`)
      .all()
      .map((r) => subscriptionRow.parse(r));
  }

  async pauseSubscription(id: string, reason: string, now: Date): Promise<void> {
    this.db
      .prepare(
        `UPDATE subscriptions SET status = 'paused', status_reason = ?, updated_at = ?
         WHERE id = ? AND status = 'active'`,
      )
      .run(reason, iso(now), id);
  }

  async claimRun({
    subscription,
    scheduledAt,
    owner,
    now,
    leaseMs,
  }: ClaimRequest): Promise<DigestRun | null> {
    const id = randomUUID();
    const info = this.db
      .prepare(
        `INSERT INTO digest_runs (id, subscription_id, platform, channel_id, scheduled_at, state, attempts,
           owner, lease_until, covers_until, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'claimed', 0, ?, ?, ?, ?, ?)
         ON CONFLICT (subscription_id, scheduled_at) DO NOTHING`,
      )
      .run(
        id,
        subscription.id,
        subscription.platform,
        subscription.channelId,
        iso(scheduledAt),
        owner,
        iso(new Date(now.getTime() + leaseMs)),
        iso(now),
        iso(now),
        iso(now),
      );
    return info.changes === 1 ? this.runById(id) : null;
  }

  async takeOverRun(runId: string, owner: string, now: Date, leaseMs: number): Promise<DigestRun | null> {
    const info = this.db
      .prepare(
        `UPDATE digest_runs SET owner = ?, lease_until = ?, updated_at = ?
         WHERE id = ? AND state = 'claimed' AND lease_until <= ?`,
      )
      .run(owner, iso(new Date(now.getTime() + leaseMs)), iso(now), runId, iso(now));
    return info.changes === 1 ? this.runById(runId) : null;
  }

  async recordAttempt(runId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const info = this.db
      .prepare(
        `UPDATE digest_runs SET attempts = attempts + 1, lease_until = ?, updated_at = ?
         WHERE id = ? AND owner = ? AND state = 'claimed'`,
      )
      .run(iso(new Date(now.getTime() + leaseMs)), iso(now), runId, owner);
    return info.changes === 1;
  }

  async recordParent(runId: string, owner: string, messageId: string, now: Date): Promise<boolean> {
    const info = this.db
      .prepare(
        `UPDATE digest_runs SET message_id = ?, updated_at = ?
         WHERE id = ? AND owner = ? AND state = 'claimed'`,
      )
      .run(messageId, iso(now), runId, owner);
    return info.changes === 1;
  }

  async renewLease(runId: string, owner: string, until: Date): Promise<boolean> {
    const info = this.db
      .prepare(`UPDATE digest_runs SET lease_until = ? WHERE id = ? AND owner = ? AND state = 'claimed'`)
      .run(iso(until), runId, owner);
    return info.changes === 1;
  }

  async finishRun(runId: string, owner: string, outcome: RunOutcome, now: Date): Promise<boolean> {
    const info = this.db
      .prepare(
        `UPDATE digest_runs SET state = ?, message_id = ?, detail = ?, lease_until = NULL, updated_at = ?
         WHERE id = ? AND owner = ? AND state = 'claimed'`,
      )
      .run(
        outcome.state,
        outcome.state === 'sent' ? outcome.messageId : null,
        outcome.detail ?? null,
        iso(now),
        runId,
        owner,
      );
    return info.changes === 1;
  }

  async skipRun(
    subscription: Subscription,
    scheduledAt: Date,
    detail: string,
    now: Date,
  ): Promise<DigestRun | null> {
    const id = randomUUID();
    const info = this.db
      .prepare(
        `INSERT INTO digest_runs (id, subscription_id, platform, channel_id, scheduled_at, state, attempts,
           covers_until, detail, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'skipped', 0, ?, ?, ?, ?)
         ON CONFLICT (subscription_id, scheduled_at) DO NOTHING`,
      )
      .run(
        id,
        subscription.id,
        subscription.platform,
        subscription.channelId,
        iso(scheduledAt),
        iso(now),
        detail,
        iso(now),
        iso(now),
      );
    return info.changes === 1 ? this.runById(id) : null;
  }

  async getRun(subscriptionId: string, scheduledAt: Date): Promise<DigestRun | null> {
    const row = this.db
      .prepare('SELECT * FROM digest_runs WHERE subscription_id = ? AND scheduled_at = ?')
      .get(subscriptionId, iso(scheduledAt));
    return row ? runRow.parse(row) : null;
  }

  private runById(id: string): DigestRun | null {
    const row = this.db.prepare('SELECT * FROM digest_runs WHERE id = ?').get(id);
    return row ? runRow.parse(row) : null;
  }

  async abandonedRuns(now: Date): Promise<DigestRun[]> {
    return this.db
      .prepare(
        `SELECT * FROM digest_runs WHERE state = 'claimed' AND lease_until <= ? ORDER BY scheduled_at, id`,
      )
      .all(iso(now))
      .map((r) => runRow.parse(r));
  }

  async lastSentRun(subscriptionId: string): Promise<DigestRun | null> {
    const row = this.db
      .prepare(
        `SELECT * FROM digest_runs WHERE subscription_id = ? AND state = 'sent'
         ORDER BY scheduled_at DESC LIMIT 1`,
      )
      .get(subscriptionId);
    return row ? runRow.parse(row) : null;
  }

  async recentRuns(subscriptionId: string, limit: number): Promise<DigestRun[]> {
    return this.db
      .prepare('SELECT * FROM digest_runs WHERE subscription_id = ? ORDER BY scheduled_at DESC LIMIT ?')
      .all(subscriptionId, limit)
      .map((r) => runRow.parse(r));
  }

  async recordArrivals(articleIds: readonly string[], at: Date): Promise<number> {
    const insert = this.db.prepare(
      'INSERT INTO article_arrivals (article_id, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    const when = iso(at);
    const all = this.db.transaction((ids: readonly string[]) => {
      let added = 0;
      for (const id of ids) added += insert.run(id, when).changes;
      return added;
    });
    return all.immediate(articleIds);
  }

  async arrivalsBetween(after: Date, upTo: Date): Promise<string[]> {
    const ids = this.db
      .prepare(
        `SELECT article_id FROM article_arrivals WHERE first_seen_at > ? AND first_seen_at <= ?
         ORDER BY first_seen_at, article_id`,
      )
      .pluck()
      .all(iso(after), iso(upTo));
    return articleIds.parse(ids);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
