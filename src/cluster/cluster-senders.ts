import type { ReplySender } from '../app/platform';
import type { OpenedStore } from '../storage/open-store';
import type { Platform } from '../storage/store';
import {
  DISCORD_DIGEST_REQUESTS_PER_SECOND,
  rateLimitedSender,
  SharedRateLimiter,
} from './shared-rate-limit';

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
export function clusterSenders(
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
