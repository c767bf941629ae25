import { z } from 'zod';
import type { DigestRun, Subscription } from '../store';

/**
 * Rows as node-postgres returns them (timestamptz → Date, boolean → boolean), checked on the
 * way out so a hand-edited or corrupt row fails loudly instead of sending a wrong digest.
 */
const platform = z.enum(['slack', 'discord', 'console']);

export const pgSubscriptionRow = z
  .object({
    id: z.string().min(1),
    platform,
    channel_id: z.string().min(1),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    timezone: z.string().min(1),
    filter_person: z.string().nullable(),
    filter_topic: z.string().nullable(),
    quiet: z.boolean(),
    status: z.enum(['active', 'paused', 'removed']),
    status_reason: z.string().nullable(),
    created_by: z.string(),
    created_at: z.date(),
    updated_at: z.date(),
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
      status: r.status,
      statusReason: r.status_reason,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }),
  );

export const pgRunRow = z
  .object({
    id: z.string().min(1),
    subscription_id: z.string().min(1),
    platform,
    channel_id: z.string().min(1),
    scheduled_at: z.date(),
    state: z.enum(['claimed', 'sent', 'failed', 'skipped']),
    message_id: z.string().nullable(),
    attempts: z.number().int().min(0),
    owner: z.string().nullable(),
    lease_until: z.date().nullable(),
    covers_until: z.date(),
    detail: z.string().nullable(),
    created_at: z.date(),
    updated_at: z.date(),
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

export const articleIdRows = z.array(z.object({ article_id: z.string() }));
