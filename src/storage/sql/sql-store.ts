import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type {
  ClaimRequest,
  DigestRun,
  DigestStore,
  Platform,
  RunOutcome,
  Subscription,
  SubscriptionInput,
} from '../store';
import type { RowMapping, RowValues } from './rows';
import { SQL } from './statements';

/** What a database must offer the shared store: its rows' codecs and a way to run a statement. */
export interface SqlDriver {
  rows: RowMapping;
  /** Runs one statement with named parameters (@name) and resolves to the rows it returns. */
  query(sql: string, values?: RowValues): Promise<unknown[]>;
  /**
   * Runs a statement that changes subscriptions and returns their ids, telling other processes
   * which changed where the database can (PostgreSQL NOTIFY); otherwise the same as `query`.
   */
  querySubscriptionChange(sql: string, values: RowValues): Promise<unknown[]>;
  /** Notes first sightings in one go, as the database does that best; resolves to how many were new. */
  insertArrivals(articleIds: readonly string[], at: Date): Promise<number>;
}

const articleIds = z.array(z.object({ article_id: z.string() }));

/**
 * The digest store over any SQL database: SQLite (one machine) and PostgreSQL (several). The
 * constraints do the coordinating: the unique (subscription, scheduled instant) makes a claim an
 * INSERT … ON CONFLICT DO NOTHING, and every later change is conditional on the claim still being
 * this owner's. Times always come from the caller's clock, never the database's, so leases mean
 * the same thing here as in the scheduler (and tests can fake time).
 */
export abstract class SqlDigestStore implements DigestStore {
  constructor(private readonly driver: SqlDriver) {}

  private async subscriptions(sql: string, values?: RowValues): Promise<Subscription[]> {
    return (await this.driver.query(sql, values)).map((r) => this.driver.rows.subscriptionRow.parse(r));
  }

  private async runs(sql: string, values?: RowValues): Promise<DigestRun[]> {
    return (await this.driver.query(sql, values)).map((r) => this.driver.rows.runRow.parse(r));
  }

  async saveSubscription(input: SubscriptionInput, now: Date) {
    const id = randomUUID();
    const [row] = await this.driver.querySubscriptionChange(
      SQL.saveSubscription,
      this.driver.rows.subscriptionValues(id, input, now),
    );
    const subscription = this.driver.rows.subscriptionRow.parse(row);
    // An existing live subscription keeps its id: only a new row carries the one just drawn.
    return { subscription, created: subscription.id === id };
  }

  async findSubscription(platform: Platform, channelId: string): Promise<Subscription | null> {
    const [found] = await this.subscriptions(SQL.liveSubscription, { platform, channel_id: channelId });
    return found ?? null;
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    return (await this.subscriptions(SQL.subscriptionById, { id }))[0] ?? null;
  }

  async removeSubscription(platform: Platform, channelId: string, now: Date): Promise<boolean> {
    const values = { platform, channel_id: channelId, now: this.driver.rows.instant(now) };
    return (await this.driver.querySubscriptionChange(SQL.removeSubscription, values)).length > 0;
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    return this.subscriptions(SQL.activeSubscriptions);
  }

  async pauseSubscription(id: string, reason: string, now: Date): Promise<void> {
    const values = { id, reason, now: this.driver.rows.instant(now) };
    await this.driver.querySubscriptionChange(SQL.pauseSubscription, values);
  }

  async claimRun(request: ClaimRequest): Promise<DigestRun | null> {
    const [run] = await this.runs(SQL.claimRun, this.driver.rows.claimValues(randomUUID(), request));
    return run ?? null;
  }

  async takeOverRun(runId: string, owner: string, now: Date, leaseMs: number): Promise<DigestRun | null> {
    const [run] = await this.runs(SQL.takeOverRun, this.driver.rows.leaseValues(runId, owner, now, leaseMs));
    return run ?? null;
  }

  /** Runs a change to a claimed run; true when it was still this owner's claim and changed. */
  private async changeClaim(sql: string, values: RowValues): Promise<boolean> {
    return (await this.driver.query(sql, values)).length === 1;
  }

  async recordAttempt(runId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.changeClaim(SQL.recordAttempt, this.driver.rows.leaseValues(runId, owner, now, leaseMs));
  }

  async recordParent(runId: string, owner: string, messageId: string, now: Date): Promise<boolean> {
    return this.changeClaim(SQL.recordParent, {
      id: runId,
      owner,
      message_id: messageId,
      now: this.driver.rows.instant(now),
    });
  }

  async renewLease(runId: string, owner: string, until: Date): Promise<boolean> {
    return this.changeClaim(SQL.renewLease, {
      id: runId,
      owner,
      lease_until: this.driver.rows.instant(until),
    });
  }

  async finishRun(runId: string, owner: string, outcome: RunOutcome, now: Date): Promise<boolean> {
    return this.changeClaim(SQL.finishRun, this.driver.rows.outcomeValues(runId, owner, outcome, now));
  }

  async skipRun(sub: Subscription, at: Date, detail: string, now: Date): Promise<DigestRun | null> {
    const [run] = await this.runs(
      SQL.skipRun,
      this.driver.rows.skipValues(randomUUID(), sub, at, detail, now),
    );
    return run ?? null;
  }

  async getRun(subscriptionId: string, scheduledAt: Date): Promise<DigestRun | null> {
    const values = { subscription_id: subscriptionId, scheduled_at: this.driver.rows.instant(scheduledAt) };
    return (await this.runs(SQL.runAt, values))[0] ?? null;
  }

  async abandonedRuns(now: Date): Promise<DigestRun[]> {
    return this.runs(SQL.abandonedRuns, { now: this.driver.rows.instant(now) });
  }

  async lastSentRun(subscriptionId: string): Promise<DigestRun | null> {
    return (await this.runs(SQL.lastSentRun, { subscription_id: subscriptionId }))[0] ?? null;
  }

  async recentRuns(subscriptionId: string, limit: number): Promise<DigestRun[]> {
    return this.runs(SQL.recentRuns, { subscription_id: subscriptionId, limit });
  }

  async recordArrivals(ids: readonly string[], at: Date): Promise<number> {
    return ids.length === 0 ? 0 : this.driver.insertArrivals(ids, at);
  }

  async arrivalsBetween(after: Date, upTo: Date): Promise<string[]> {
    const { instant } = this.driver.rows;
    const rows = await this.driver.query(SQL.arrivalsBetween, {
      after: instant(after),
      up_to: instant(upTo),
    });
    return articleIds.parse(rows).map((r) => r.article_id);
  }

  abstract close(): Promise<void>;
}
