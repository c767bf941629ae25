import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type ChannelDigest, channelDigest } from '../core/answers/channel-digest';
import type { DigestThread } from '../core/answers/digest-thread';
import type { Corpus } from '../core/corpus';
import type { Reply } from '../core/reply';
import { dueRunOf } from '../core/schedule/daily';
import type { Logger } from '../log';
import type { DigestRun, DigestStore, Platform, Subscription } from '../storage/store';
import { memoizedComposer } from './digest-memo';
import { withDuplicateCheck } from './duplicate-check';
import { inParallel, rotate } from './in-parallel';
import { postThread } from './post-thread';
import { canThread, type ReplySender } from './reply-sender';
import {
  defaultRetryPolicy,
  type RetryJob,
  type RetryPolicy,
  type SendOutcome,
  sendWithRetries,
} from './send-with-retries';

export interface SchedulerOptions {
  store: DigestStore;
  senders: Partial<Record<Platform, ReplySender>>;
  corpus: () => Corpus;
  clock: () => Date;
  log: Logger;
  /** A run found late by more than this (the process was down) is skipped with a log line. */
  graceMs: number;
  /** How long a claim is held without news from its process before another may take it over. */
  leaseMs?: number;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  /** Names this process in claims; unique per process start. */
  owner?: string;
  /**
   * Digests in flight at once (default 1). Above 1, each scheduler also walks the list from its
   * own random place, so processes sharing a database spread the claims between them.
   */
  concurrency?: number;
}

export interface TickReport {
  sent: number;
  skipped: number;
  failed: number;
  resumed: number;
}

export const DEFAULT_LEASE_MS = 3 * 60_000;

/**
 * Decides which digests are due and sends each once. Time comes only from the injected clock:
 * node-cron (cron-ticker.ts) merely calls `tick()`, and `tick()` works out from the clock and the
 * store what is owed, so a late, early, doubled or missed trigger changes nothing.
 *
 * Exactly once, step by step: a run is claimed by inserting (subscription, scheduled instant),
 * which is unique, before anything is posted; it is confirmed with the message id after. A claim
 * whose process died (lease expired, no confirmation) is taken over once and posted again with
 * the same idempotency key (the run id), which the platform uses to drop a duplicate.
 */
export class DigestScheduler {
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting: Promise<TickReport> | null = null;
  private seenCorpus: Corpus | null = null;
  private readonly concurrency: number;
  private readonly startAt: number;
  /** Channels due together mostly get the same digest: each distinct one is composed once. */
  private readonly compose = memoizedComposer();

  constructor(private readonly opts: SchedulerOptions) {
    this.owner = opts.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    this.retry = opts.retry ?? defaultRetryPolicy;
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.concurrency = Math.max(1, opts.concurrency ?? 1);
    this.startAt = this.concurrency > 1 ? Math.random() : 0;
  }

  get store(): DigestStore {
    return this.opts.store;
  }

  canDeliverTo(platform: Platform): boolean {
    return this.opts.senders[platform] !== undefined;
  }

  /** Ticks run one after another, never interleaved, whoever triggers them. */
  tick(): Promise<TickReport> {
    // Triggers that arrive while a tick is waiting to start share it: it will see the same
    // clock and store, so a burst of triggers costs one tick, not a growing queue.
    if (this.waiting) return this.waiting;
    const next = this.queue.then(() => {
      this.waiting = null;
      return this.tickNow();
    });
    this.waiting = next;
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves when the tick under way (if any) has finished. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /**
   * Notes the articles of the current corpus that were not seen before, so the next digest of
   * every channel includes them. Cheap when the corpus has not changed since the last call.
   */
  async noteCorpus(): Promise<number> {
    const corpus = this.opts.corpus();
    if (corpus === this.seenCorpus) return 0;
    const added = await this.opts.store.recordArrivals(
      corpus.dataset.articles.map((a) => a.id),
      this.opts.clock(),
    );
    this.seenCorpus = corpus;
    if (added > 0) this.opts.log.info({ added }, 'new articles noted for the next digests');
    return added;
  }

  /** What this channel's next digest would say now, without sending or recording anything. */
  async preview(sub: Subscription): Promise<{ digest: ChannelDigest; since: Date }> {
    await this.noteCorpus();
    const now = this.opts.clock();
    const since = await this.sinceFor(sub);
    const ids = await this.opts.store.arrivalsBetween(since, now);
    const digest = channelDigest({
      corpus: this.opts.corpus(),
      articleIds: ids,
      since,
      now,
      filter: sub.filter,
      timezone: sub.timezone,
    });
    return { digest, since };
  }

  private async tickNow(): Promise<TickReport> {
    const report: TickReport = { sent: 0, skipped: 0, failed: 0, resumed: 0 };
    await this.noteCorpus();
    const now = this.opts.clock();
    const abandoned = await this.opts.store.abandonedRuns(now);
    await inParallel(abandoned, this.concurrency, (run) => this.resume(run, now, report));
    const subs = (await this.opts.store.activeSubscriptions()).filter((s) => this.canDeliverTo(s.platform));
    const order = rotate(subs, this.startAt * subs.length);
    await inParallel(order, this.concurrency, (sub) => this.runIfDue(sub, now, report));
    return report;
  }

  private async runIfDue(sub: Subscription, now: Date, report: TickReport): Promise<void> {
    const { store, log } = this.opts;
    const due = dueRunOf(sub, now);
    // A run at or before the moment the subscription was last set up is not owed.
    if (due.getTime() <= sub.updatedAt.getTime()) return;
    if (await store.getRun(sub.id, due)) return;
    const lateMs = now.getTime() - due.getTime();
    if (lateMs > this.opts.graceMs) {
      const skipped = await store.skipRun(
        sub,
        due,
        `missed while the bot was down: ${Math.round(lateMs / 60_000)} min late, grace is ${Math.round(this.opts.graceMs / 60_000)} min`,
        now,
      );
      if (skipped) {
        report.skipped++;
        log.warn(
          { subscription: sub.id, channel: sub.channelId, scheduledAt: due.toISOString(), lateMs },
          'digest skipped: too late to send',
        );
      }
      return;
    }
    const run = await store.claimRun({
      subscription: sub,
      scheduledAt: due,
      owner: this.owner,
      now,
      leaseMs: this.leaseMs,
    });
    if (!run) return; // another process claimed it first
    await this.deliver(run, sub, report);
  }

  private async resume(run: DigestRun, now: Date, report: TickReport): Promise<void> {
    const { store, log } = this.opts;
    const sub = await store.getSubscription(run.subscriptionId);
    if (!sub || !this.canDeliverTo(sub.platform)) return;
    const taken = await store.takeOverRun(run.id, this.owner, now, this.leaseMs);
    if (!taken) return;
    const lateMs = now.getTime() - run.scheduledAt.getTime();
    const context = { run: run.id, subscription: sub.id, channel: sub.channelId, attempts: run.attempts };
    if (sub.status !== 'active') {
      await store.finishRun(
        run.id,
        this.owner,
        { state: 'skipped', detail: `subscription ${sub.status}` },
        now,
      );
      return;
    }
    if (lateMs > this.opts.graceMs) {
      await store.finishRun(
        run.id,
        this.owner,
        {
          state: 'skipped',
          detail: 'its process stopped before confirming, and it is now past the grace period',
        },
        now,
      );
      report.skipped++;
      log.warn(context, 'unconfirmed digest skipped: too late to send');
      return;
    }
    report.resumed++;
    log.warn(context, 'resuming a digest whose process stopped before confirming; same idempotency key');
    await this.deliver(taken, sub, report);
  }

  private async sinceFor(sub: Subscription): Promise<Date> {
    const previous = await this.opts.store.lastSentRun(sub.id);
    return previous ? previous.coversUntil : sub.createdAt;
  }

  /** Composes the run's digest, posts it (or skips it when quiet and empty) and records how it went. */
  private async deliver(run: DigestRun, sub: Subscription, report: TickReport): Promise<void> {
    const { store, clock } = this.opts;
    const since = await this.sinceFor(sub);
    // Fixed at claim time, so a resumed run posts what the first attempt would have posted.
    const ids = await store.arrivalsBetween(since, run.coversUntil);
    const digest = this.compose({
      corpus: this.opts.corpus(),
      articleIds: ids,
      since,
      now: run.coversUntil,
      filter: sub.filter,
      timezone: sub.timezone,
    });
    if (digest.kind === 'nothing-new' && sub.quiet) {
      await store.finishRun(run.id, this.owner, { state: 'skipped', detail: 'nothing new (quiet)' }, clock());
      report.skipped++;
      return;
    }
    const outcome =
      digest.kind === 'digest' && sub.threaded
        ? await this.postThreaded(run, sub, digest.reply, digest.thread)
        : await this.post(run, sub, digest.reply);
    await this.record(run, sub, outcome, report);
  }

  /** Posts with retries, keeping the claim alive while waiting; the run id is the idempotency key. */
  private post(run: DigestRun, sub: Subscription, reply: Reply): Promise<SendOutcome> {
    const sender = this.opts.senders[sub.platform]!;
    return sendWithRetries({
      // A run attempted before (its process died unconfirmed) is looked for in the channel first.
      sender: withDuplicateCheck(sender, run.attempts > 0),
      channelId: sub.channelId,
      reply,
      idempotencyKey: run.id,
      ...this.retryJob(run, sub),
    });
  }

  /**
   * A digest as a parent and its replies (post-thread.ts), each part with its own key; a
   * platform that has no threads gets the single message.
   */
  private postThreaded(
    run: DigestRun,
    sub: Subscription,
    whole: Reply,
    thread: DigestThread,
  ): Promise<SendOutcome> {
    const { store, clock } = this.opts;
    const sender = withDuplicateCheck(this.opts.senders[sub.platform]!, run.attempts > 0);
    if (!canThread(sender)) return this.post(run, sub, whole);
    return postThread({
      sender,
      channelId: sub.channelId,
      runId: run.id,
      // Recorded while claimed: a run taken over replies under the parent already posted.
      parentId: run.state === 'claimed' ? run.messageId : null,
      thread,
      whole,
      recordParent: (messageId) => store.recordParent(run.id, this.owner, messageId, clock()),
      retry: this.retryJob(run, sub),
    });
  }

  /** Retries keep the claim alive while waiting, and count every attempt against the run. */
  private retryJob(run: DigestRun, sub: Subscription): RetryJob {
    const { store, log, clock } = this.opts;
    return {
      policy: this.retry,
      sleep: async (ms) => {
        await store.renewLease(run.id, this.owner, new Date(clock().getTime() + ms + this.leaseMs));
        await this.sleep(ms);
      },
      beforeAttempt: () => store.recordAttempt(run.id, this.owner, clock(), this.leaseMs),
      onRetry: (failure, attempt, waitMs) =>
        log.warn(
          { ...runContext(run, sub), failure: failure.kind, attempt, waitMs },
          'digest post failed; retrying',
        ),
    };
  }

  /** Confirms a sent run, or records the failure (and pauses a channel the bot can no longer post to). */
  private async record(
    run: DigestRun,
    sub: Subscription,
    outcome: SendOutcome,
    report: TickReport,
  ): Promise<void> {
    const { store, log, clock } = this.opts;
    const context = runContext(run, sub);
    if (outcome.ok) {
      const confirmed = await store.finishRun(
        run.id,
        this.owner,
        {
          state: 'sent',
          messageId: outcome.messageId,
          ...(outcome.detail ? { detail: outcome.detail } : {}),
        },
        clock(),
      );
      if (confirmed) report.sent++;
      else log.warn(context, 'digest posted, but another process had taken the run over');
      return;
    }
    if (outcome.reason === 'claim-lost') {
      log.warn(context, 'stopped sending: another process took the run over');
      return;
    }
    await store.finishRun(run.id, this.owner, { state: 'failed', detail: outcome.detail }, clock());
    report.failed++;
    if (outcome.reason === 'gone') {
      await store.pauseSubscription(sub.id, `the bot can no longer post here (${outcome.detail})`, clock());
      log.warn({ ...context, detail: outcome.detail }, 'digest subscription paused: channel gone');
    } else {
      log.error({ ...context, detail: outcome.detail, attempts: outcome.attempts }, 'digest not sent');
    }
  }
}

const runContext = (run: DigestRun, sub: Subscription) => ({
  run: run.id,
  subscription: sub.id,
  channel: sub.channelId,
  platform: sub.platform,
});
