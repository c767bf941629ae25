/**
 * What the digests need from a database, and nothing else. Every method is async so that a
 * PostgreSQL store can implement the same interface later without touching commands or the
 * scheduler; SQLite (sqlite-store.ts) is the default.
 */
import type { ChannelPlatform } from '../platforms/names';

/** The platform of a subscription's channel: any channel platform, named once in src/platforms/names.ts. */
export type Platform = ChannelPlatform;
export type SubscriptionStatus = 'active' | 'paused' | 'removed';
export type RunState = 'claimed' | 'sent' | 'failed' | 'skipped';

export interface DigestFilter {
  person: string | null;
  topic: string | null;
}

export interface Subscription {
  id: string;
  platform: Platform;
  channelId: string;
  /** Local time of day, HH:MM (24-hour). */
  time: string;
  /** IANA zone name. */
  timezone: string;
  filter: DigestFilter;
  /** A digest posts a short parent with the details in its thread; false keeps one message. */
  threaded: boolean;
  /** Post nothing (rather than "nothing new since …") when nothing changed. */
  quiet: boolean;
  status: SubscriptionStatus;
  /** Why it is paused (e.g. the bot can no longer post there). */
  statusReason: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What a channel asks for; the store adds the id, status and times. */
export type SubscriptionInput = Pick<
  Subscription,
  'platform' | 'channelId' | 'time' | 'timezone' | 'filter' | 'quiet' | 'createdBy'
> & {
  /** Default true: a digest in a thread. */
  threaded?: boolean;
};

export interface DigestRun {
  /** Also the idempotency key handed to the platform when posting (per part for a thread). */
  id: string;
  subscriptionId: string;
  platform: Platform;
  channelId: string;
  scheduledAt: Date;
  state: RunState;
  /**
   * The message posted: once sent, the digest (or a thread's parent); while still claimed, a
   * thread's parent already posted, so a resumed run replies under it rather than posting anew.
   */
  messageId: string | null;
  attempts: number;
  /** The process holding the claim, and until when; an expired claim may be taken over. */
  owner: string | null;
  leaseUntil: Date | null;
  /** The digest covers articles that arrived up to this instant (fixed at claim time). */
  coversUntil: Date;
  detail: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ClaimRequest {
  subscription: Subscription;
  scheduledAt: Date;
  owner: string;
  now: Date;
  leaseMs: number;
}

export type RunOutcome =
  | { state: 'sent'; messageId: string; detail?: string }
  | { state: 'failed'; detail: string }
  | { state: 'skipped'; detail: string };

export interface DigestStore {
  /** Creates this channel's subscription, or changes it (and resumes it when paused). */
  saveSubscription(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean }>;
  findSubscription(platform: Platform, channelId: string): Promise<Subscription | null>;
  getSubscription(id: string): Promise<Subscription | null>;
  /** Stops the channel's digests; its run history is kept. False when there was none. */
  removeSubscription(platform: Platform, channelId: string, now: Date): Promise<boolean>;
  activeSubscriptions(): Promise<Subscription[]>;
  pauseSubscription(id: string, reason: string, now: Date): Promise<void>;

  /**
   * Claims the run of `subscription` at `scheduledAt` for `owner`: null when any process has
   * already claimed, sent or skipped it. Unique per (subscription, scheduled instant).
   */
  claimRun(request: ClaimRequest): Promise<DigestRun | null>;
  /** Takes over a claimed run whose lease has expired (its process died); null when not possible. */
  takeOverRun(runId: string, owner: string, now: Date, leaseMs: number): Promise<DigestRun | null>;
  /** Counts a send attempt and extends the lease; false when the claim is no longer this owner's. */
  recordAttempt(runId: string, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /**
   * Notes the thread parent a claimed run has posted (message_id while still claimed); false when
   * the claim is no longer this owner's. A run taken over later finds it in `messageId`.
   */
  recordParent(runId: string, owner: string, messageId: string, now: Date): Promise<boolean>;
  /** Keeps the claim while waiting (a platform's retry-after); false when it is no longer this owner's. */
  renewLease(runId: string, owner: string, until: Date): Promise<boolean>;
  /** Confirms a claimed run; false when the claim is no longer this owner's. */
  finishRun(runId: string, owner: string, outcome: RunOutcome, now: Date): Promise<boolean>;
  /** Records a run that will not be sent (too late, paused…); null when it already existed. */
  skipRun(
    subscription: Subscription,
    scheduledAt: Date,
    detail: string,
    now: Date,
  ): Promise<DigestRun | null>;
  getRun(subscriptionId: string, scheduledAt: Date): Promise<DigestRun | null>;
  /** Claimed runs whose lease expired before `now`: their process died before confirming. */
  abandonedRuns(now: Date): Promise<DigestRun[]>;
  /** The newest sent run: the previous digest a channel received. */
  lastSentRun(subscriptionId: string): Promise<DigestRun | null>;
  recentRuns(subscriptionId: string, limit: number): Promise<DigestRun[]>;

  /** Notes when each article was first seen; already-known ids keep their first time. Returns how many are new. */
  recordArrivals(articleIds: readonly string[], at: Date): Promise<number>;
  /** Articles first seen after `after` and at or before `upTo`. */
  arrivalsBetween(after: Date, upTo: Date): Promise<string[]>;

  close(): Promise<void>;
}
