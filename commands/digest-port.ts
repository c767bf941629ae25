import type { Reply } from '../src/core/reply';
import type { ChannelFilter } from '../src/core/schedule/filter';
import type { Platform, RunState, SubscriptionStatus } from '../src/storage/store';

/**
 * What the digest commands (subscribe, unsubscribe, subscriptions, digest now) need from
 * whatever keeps the daily digests. Declared here, beside the command spec, and implemented by
 * the scheduler (src/scheduler/scheduled-digests.ts), so commands know no scheduler and no store.
 * Where nothing keeps digests (the one-shot console, tests without a store) commands get null
 * and say so.
 */
export interface DigestPort {
  /** Used when `subscribe` names no time or zone (DIGEST_TIMEZONE). */
  readonly defaults: { time: string; timezone: string };
  /** Is this process connected to `platform` for posting? */
  canDeliverTo(platform: Platform): boolean;
  /** Creates or changes the channel's digest (and resumes it when paused); it runs from now on. */
  subscribe(
    channel: DigestChannel,
    choice: DigestChoice,
    now: Date,
  ): Promise<DigestSchedule & { created: boolean }>;
  /** Stops the channel's digest; false when it had none. */
  unsubscribe(channel: DigestChannel, now: Date): Promise<boolean>;
  /** The channel's digest and its recent runs; null when it has none. */
  describe(channel: DigestChannel, now: Date): Promise<DigestDescription | null>;
  /** The channel's next digest as it stands now, composed as it would be sent; nothing is recorded. */
  preview(channel: DigestChannel, now: Date): Promise<(DigestSchedule & { reply: Reply }) | null>;
  /**
   * The running (not stopped) digests of `platform`'s channels, for an overview such as Slack's
   * App Home. Read-only. One bot token serves one Slack workspace (and one Discord application its
   * servers), so a platform's channels are those this installation can post to.
   */
  channels(platform: Platform, now: Date): Promise<ChannelDigest[]>;
}

/** The channel a digest command is about, and who asked. */
export interface DigestChannel {
  platform: Platform;
  channelId: string;
  userId: string;
}

/** What `subscribe` asks for, already checked: HH:MM, an IANA zone, a resolved person. */
export interface DigestChoice {
  time: string;
  timezone: string;
  filter: ChannelFilter;
  quiet: boolean;
  /** A short parent with the details in its thread (default); false: one message (`thread:off`). */
  threaded: boolean;
}

/** A channel's digest as commands show it. */
export interface DigestSubscription extends DigestChoice {
  status: SubscriptionStatus;
  /** Why it is paused (e.g. the bot can no longer post there). */
  statusReason: string | null;
}

export interface DigestSchedule {
  subscription: DigestSubscription;
  /** When the next digest goes out; null while paused. */
  nextRun: Date | null;
}

/** A channel's digest in an overview: which channel, and its schedule. */
export interface ChannelDigest extends DigestSchedule {
  channelId: string;
}

export interface DigestRunSummary {
  scheduledAt: Date;
  state: RunState;
  /** Why it failed or was skipped; for a sent digest, how it went out when not as asked (no thread). */
  detail: string | null;
}

export interface DigestDescription extends DigestSchedule {
  /** The previous digest the channel received. */
  lastSent: DigestRunSummary | null;
  /** The newest run, whatever became of it (a failure is worth showing). */
  lastRun: DigestRunSummary | null;
}
