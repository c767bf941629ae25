import type { Config } from '../config';
import type { Platform } from '../platforms/names';
import type { ReplySender } from '../scheduler/reply-sender';
import type { Bot } from './bot';

/** A chat platform the bot runs on. Adapters only translate between the wire and the Reply model. */
export interface PlatformAdapter {
  readonly name: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a Reply to a channel outside of any request (digests). */
  readonly sender?: ReplySender;
}

// The outgoing side (posting a digest) is the scheduler's port; adapters implement it.
export {
  type ReplySender,
  SendError,
  type SendFailure,
  type ThreadOpening,
  type ThreadSender,
} from '../scheduler/reply-sender';

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
