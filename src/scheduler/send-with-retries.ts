import type { Reply } from '../core/reply';
import { type ReplySender, SendError, type SendFailure } from './reply-sender';

export interface RetryPolicy {
  /** Attempts in all, whatever the failures: nothing is retried forever. */
  maxAttempts: number;
  /** First back-off after a transient failure; doubles each time. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A platform asking to wait longer than this is treated as a failure for this run. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 15 * 60_000,
};

export type SendOutcome =
  | { ok: true; messageId: string; attempts: number; detail?: string }
  | { ok: false; reason: 'gone' | 'exhausted' | 'claim-lost'; detail: string; attempts: number };

export interface SendJob extends RetryJob {
  sender: ReplySender;
  channelId: string;
  reply: Reply;
  idempotencyKey: string;
}

/** How a request is retried, whatever it is (a post, opening a thread, an edit). */
export interface RetryJob {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** Called before every attempt (records it and extends the claim); false stops sending. */
  beforeAttempt: () => Promise<boolean>;
  onRetry?: (failure: SendFailure, attempt: number, waitMs: number) => void;
}

const asFailure = (err: unknown): SendFailure =>
  err instanceof SendError
    ? err.failure
    : { kind: 'transient', detail: err instanceof Error ? err.message : String(err) };

/**
 * Posts with the platform's own idempotency key on every attempt, so a retry after a lost
 * response cannot double the message where the platform honours the key.
 */
export async function sendWithRetries(job: SendJob): Promise<SendOutcome> {
  const outcome = await withRetries(job, () => job.sender.post(job.channelId, job.reply, job.idempotencyKey));
  return outcome.ok ? { ok: true, messageId: outcome.value.messageId, attempts: outcome.attempts } : outcome;
}

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; reason: 'gone' | 'exhausted' | 'claim-lost'; detail: string; attempts: number };

/**
 * Any platform request with the digest's retry policy: a rate limit is waited out, a transient
 * failure backed off, a channel that is gone given up at once. The request must be safe to
 * repeat (an idempotency key, or an operation that finds its own earlier result).
 */
export async function withRetries<T>(job: RetryJob, request: () => Promise<T>): Promise<RetryOutcome<T>> {
  const { policy } = job;
  let last = 'not attempted';
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (!(await job.beforeAttempt())) {
      return {
        ok: false,
        reason: 'claim-lost',
        detail: 'another process took the run over',
        attempts: attempt - 1,
      };
    }
    try {
      return { ok: true, value: await request(), attempts: attempt };
    } catch (err) {
      const failure = asFailure(err);
      if (failure.kind === 'gone')
        return { ok: false, reason: 'gone', detail: failure.detail, attempts: attempt };
      let waitMs: number;
      if (failure.kind === 'rate-limited') {
        last = `rate limited (retry after ${failure.retryAfterMs} ms)`;
        if (failure.retryAfterMs > policy.maxRetryAfterMs) {
          return {
            ok: false,
            reason: 'exhausted',
            detail: `${last}: longer than we wait`,
            attempts: attempt,
          };
        }
        waitMs = Math.max(0, failure.retryAfterMs);
      } else {
        last = failure.detail;
        waitMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      }
      if (attempt === policy.maxAttempts) break;
      job.onRetry?.(failure, attempt, waitMs);
      await job.sleep(waitMs);
    }
  }
  return {
    ok: false,
    reason: 'exhausted',
    detail: `gave up after ${policy.maxAttempts} attempts: ${last}`,
    attempts: policy.maxAttempts,
  };
}
