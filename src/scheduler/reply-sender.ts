import type { Reply } from '../core/reply';
import type { Platform } from '../platforms/names';

/**
 * The scheduler's outgoing port: what it needs from a platform to deliver a digest. Declared
 * here, on the side that uses it, and implemented by the adapters (Slack, Discord), so the
 * scheduler knows no adapter and no part of the app that wires them.
 */
export interface ReplySender {
  readonly platform: Platform;
  /** `idempotencyKey` lets a platform drop a duplicate post (Discord nonce, Slack metadata). */
  post(channelId: string, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }>;
}

/** A thread under a posted message, or why the platform will not open one there. */
export type ThreadOpening = { ok: true; threadId: string } | { ok: false; reason: string };

/**
 * A sender that can post a digest as a thread: the parent with `post`, then the details as
 * replies under it. Each call is safe to repeat: opening an open thread finds it, and a reply
 * carries its own idempotency key.
 */
export interface ThreadSender {
  /** Slack: the parent's ts; Discord: a public thread started from the message (same id). */
  openThread(channelId: string, messageId: string, name: string): Promise<ThreadOpening>;
  postInThread(
    channelId: string,
    threadId: string,
    reply: Reply,
    idempotencyKey: string,
  ): Promise<{ messageId: string }>;
  /** Makes a posted parent the whole digest, where no thread can be opened under it. */
  replaceMessage(channelId: string, messageId: string, reply: Reply): Promise<void>;
}

export const canThread = (sender: ReplySender): sender is ReplySender & ThreadSender =>
  typeof (sender as Partial<ThreadSender>).openThread === 'function' &&
  typeof (sender as Partial<ThreadSender>).postInThread === 'function' &&
  typeof (sender as Partial<ThreadSender>).replaceMessage === 'function';

/** Why a post failed, so a caller can retry, wait or give up. */
export type SendFailure =
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'transient'; detail: string }
  | { kind: 'gone'; detail: string };

export class SendError extends Error {
  constructor(readonly failure: SendFailure) {
    super(
      `${failure.kind}: ${'detail' in failure ? failure.detail : `retry after ${failure.retryAfterMs} ms`}`,
    );
    this.name = 'SendError';
  }
}
