import type { OpenedStore } from '../storage/open-store';
import { SharedRateLimiter } from '../storage/postgres/shared-rate-limiter';
import type { Platform } from '../storage/store';
import { canThread, type ReplySender, type ThreadSender } from './reply-sender';

/**
 * Digests in flight per process on PostgreSQL. Most of a digest's time is waiting (Slack takes
 * one message a second per channel, so a digest in several parts holds its slot for seconds),
 * not CPU, so the bound is wide; the database pool (8) and the platforms' limits pace the rest.
 */
export const CLUSTER_DIGEST_CONCURRENCY = 128;

/**
 * The digest senders of a process that shares its database with others: on PostgreSQL,
 * Discord posts draw on one budget for all processes (Discord's limit is per bot). Slack's
 * limit is per channel, and one channel's digest is posted by one process, so Slack needs none.
 */
export function digestSenders(
  opened: OpenedStore,
  senders: Partial<Record<Platform, ReplySender>>,
): { senders: Partial<Record<Platform, ReplySender>>; concurrency: number } {
  if (opened.kind !== 'postgres' || !opened.pool) return { senders, concurrency: 1 };
  const out = { ...senders };
  if (out.discord) {
    const budget = new SharedRateLimiter(opened.pool, 'discord-global', DISCORD_DIGEST_REQUESTS_PER_SECOND);
    out.discord = rateLimitedSender(out.discord, budget);
  }
  return { senders: out, concurrency: CLUSTER_DIGEST_CONCURRENCY };
}

/** A sender that takes one request from the shared budget before each post. */
export function rateLimitedSender(sender: ReplySender, limiter: { take(): Promise<void> }): ReplySender {
  const limited: ReplySender = {
    platform: sender.platform,
    async post(channelId, reply, idempotencyKey) {
      await limiter.take();
      return sender.post(channelId, reply, idempotencyKey);
    },
  };
  // Threads draw on the same budget: opening one and each reply are requests too.
  if (canThread(sender)) {
    const threads: ThreadSender = {
      async openThread(channelId, messageId, name) {
        await limiter.take();
        return sender.openThread(channelId, messageId, name);
      },
      async postInThread(channelId, threadId, reply, idempotencyKey) {
        await limiter.take();
        return sender.postInThread(channelId, threadId, reply, idempotencyKey);
      },
      async replaceMessage(channelId, messageId, reply) {
        await limiter.take();
        return sender.replaceMessage(channelId, messageId, reply);
      },
    };
    Object.assign(limited, threads);
  }
  // Keep the history lookup (Slack) visible through the wrapper.
  const lookup = (sender as { findPosted?: unknown }).findPosted;
  if (typeof lookup === 'function') Object.assign(limited, { findPosted: lookup.bind(sender) });
  return limited;
}

/** Discord allows 50 requests a second per bot; a few are left for interaction follow-ups. */
export const DISCORD_DIGEST_REQUESTS_PER_SECOND = 45;
