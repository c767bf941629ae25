import type { Config } from '../config';
import type { ReplySender } from '../scheduler/reply-sender';
import type { Bot } from './bot';

/** A chat platform the bot runs on. Adapters only translate between the wire and the Reply model. */
export interface PlatformAdapter {
  readonly name: 'slack' | 'discord';
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
