import { z } from 'zod';
import type { DigestRun, Subscription } from './store';

/**
 * Rows are checked on the way out of the database, so a hand-edited or corrupt row fails loudly.
 * SQLite and PostgreSQL store instants and flags differently (ISO text and 0/1 against
 * timestamptz and boolean); the rows themselves, and what they become, are the same.
 */
export interface ColumnCodecs {
  instant: z.ZodType<Date>;
  flag: z.ZodType<boolean>;
}

const platform = z.enum(['slack', 'discord', 'console']);

export function rowSchemas({ instant, flag }: ColumnCodecs) {
  const subscriptionRow = z
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

  const runRow = z
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

  return { subscriptionRow, runRow };
}

/** SQLite: instants as ISO text, flags as 0/1. */
export const { subscriptionRow, runRow } = rowSchemas({
  instant: z.iso.datetime().transform((s) => new Date(s)),
  flag: z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1),
});
