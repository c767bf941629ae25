import type { Config } from '../config';
import type { Reply } from '../core/reply';
import type { Bot } from './bot';

/** A chat platform the bot runs on. Adapters only translate between the wire and the Reply model. */
export interface PlatformAdapter {
  readonly name: 'slack' | 'discord';
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a Reply to a channel outside of any request (digests). */
  readonly sender?: ReplySender;
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

export interface ReplySender {
  readonly platform: 'slack' | 'discord';
  /** `idempotencyKey` lets a platform drop a duplicate post (Discord nonce, Slack metadata). */
  post(channelId: string, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }>;
}

export type AdapterFactory = (bot: Bot, config: Config) => Promise<PlatformAdapter>;

/**
 * How a platform joins the bot: one of these in its folder under src/adapters/ and one line in
 * src/app/platforms.ts. `load` is called only when `isConfigured`, so the platform's library
 * (Bolt, discord.js) is not loaded by a run that does not use it.
 */
export interface PlatformEntry {
  readonly name: PlatformAdapter['name'];
  isConfigured(config: Config): boolean;
  load(): Promise<AdapterFactory>;
}
