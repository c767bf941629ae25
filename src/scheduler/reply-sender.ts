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
