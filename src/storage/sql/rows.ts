import { z } from 'zod';
import { channelPlatformSchema as platform } from '../../platforms/names';
import type { ClaimRequest, DigestRun, RunOutcome, Subscription, SubscriptionInput } from '../store';

/**
 * The one mapping between the store's objects and the tables' rows, both ways, for SQLite and
 * PostgreSQL alike. Rows are checked on the way out of the database, so a hand-edited or corrupt
 * row fails loudly. The databases keep instants and flags differently (ISO text and 0/1 against
 * timestamptz and boolean): each store hands in its codecs, and nothing else differs.
 */
export interface ColumnCodecs {
  instant: z.ZodType<Date>;
  flag: z.ZodType<boolean>;
  /** The other way: an instant and a flag as this database's driver takes them. */
  writeInstant: (at: Date) => string | Date;
  writeFlag: (on: boolean) => number | boolean;
}

export type RowValues = Record<string, string | number | boolean | Date | null>;

export function rowMapping(codecs: ColumnCodecs) {
  const { writeInstant, writeFlag } = codecs;
  return {
    // Rows read back: one checked schema per table, below.
    subscriptionRow: subscriptionRowSchema(codecs),
    runRow: runRowSchema(codecs),
    // Rows written: the named parameters of the statements, in the driver's instants and flags.
    /** A subscription as saved; a new one also gets `id` and `created_by` from these. */
    subscriptionValues: (id: string, input: SubscriptionInput, now: Date): RowValues => ({
      id,
      platform: input.platform,
      channel_id: input.channelId,
      time: input.time,
      timezone: input.timezone,
      filter_person: input.filter.person,
      filter_topic: input.filter.topic,
      quiet: writeFlag(input.quiet),
      // A thread unless the subscription says thread:off.
      threaded: writeFlag(input.threaded !== false),
      created_by: input.createdBy,
      now: writeInstant(now),
    }),
    claimValues: (
      id: string,
      { subscription, scheduledAt, owner, now, leaseMs }: ClaimRequest,
    ): RowValues => ({
      ...runKey(writeInstant, id, subscription, scheduledAt),
      owner,
      lease_until: writeInstant(new Date(now.getTime() + leaseMs)),
      now: writeInstant(now),
    }),
    skipValues: (id: string, subscription: Subscription, scheduledAt: Date, detail: string, now: Date) => ({
      ...runKey(writeInstant, id, subscription, scheduledAt),
      detail,
      now: writeInstant(now),
    }),
    /** A lease of `leaseMs` from `now` for the claim of `owner` on run `id`. */
    leaseValues: (id: string, owner: string, now: Date, leaseMs: number): RowValues => ({
      id,
      owner,
      now: writeInstant(now),
      lease_until: writeInstant(new Date(now.getTime() + leaseMs)),
    }),
    outcomeValues: (id: string, owner: string, outcome: RunOutcome, now: Date): RowValues => ({
      id,
      owner,
      state: outcome.state,
      message_id: outcome.state === 'sent' ? outcome.messageId : null,
      detail: outcome.detail ?? null,
      now: writeInstant(now),
    }),
    instant: writeInstant,
  };
}

/** The run of `subscription` at `scheduledAt`: the columns every new run row starts from. */
function runKey(
  writeInstant: ColumnCodecs['writeInstant'],
  id: string,
  subscription: Subscription,
  scheduledAt: Date,
): RowValues {
  return {
    id,
    subscription_id: subscription.id,
    platform: subscription.platform,
    channel_id: subscription.channelId,
    scheduled_at: writeInstant(scheduledAt),
  };
}

/** A `subscriptions` row, checked, as the store's Subscription. */
function subscriptionRowSchema({ instant, flag }: ColumnCodecs) {
  return z
    .object({
      id: z.string().min(1),
      platform,
      channel_id: z.string().min(1),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      timezone: z.string().min(1),
      filter_person: z.string().nullable(),
      filter_topic: z.string().nullable(),
      quiet: flag,
      threaded: flag,
      status: z.enum(['active', 'paused', 'removed']),
      status_reason: z.string().nullable(),
      created_by: z.string(),
      created_at: instant,
      updated_at: instant,
    })
    .transform(
      (r): Subscription => ({
        id: r.id,
        platform: r.platform,
        channelId: r.channel_id,
        time: r.time,
        timezone: r.timezone,
        filter: { person: r.filter_person, topic: r.filter_topic },
        quiet: r.quiet,
        threaded: r.threaded,
        status: r.status,
        statusReason: r.status_reason,
        createdBy: r.created_by,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }),
    );
}

/** A `digest_runs` row, checked, as the store's DigestRun. */
function runRowSchema({ instant }: ColumnCodecs) {
  return z
    .object({
      id: z.string().min(1),
      subscription_id: z.string().min(1),
      platform,
      channel_id: z.string().min(1),
      scheduled_at: instant,
      state: z.enum(['claimed', 'sent', 'failed', 'skipped']),
      message_id: z.string().nullable(),
      attempts: z.number().int().min(0),
      owner: z.string().nullable(),
      lease_until: instant.nullable(),
      covers_until: instant,
      detail: z.string().nullable(),
      created_at: instant,
      updated_at: instant,
    })
    .transform(
      (r): DigestRun => ({
        id: r.id,
        subscriptionId: r.subscription_id,
        platform: r.platform,
        channelId: r.channel_id,
        scheduledAt: r.scheduled_at,
        state: r.state,
        messageId: r.message_id,
        attempts: r.attempts,
        owner: r.owner,
        leaseUntil: r.lease_until,
        coversUntil: r.covers_until,
        detail: r.detail,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }),
    );
}

export type RowMapping = ReturnType<typeof rowMapping>;
