import { createHash } from 'node:crypto';
import {
  type APIMessage,
  DiscordAPIError,
  HTTPError,
  type RateLimitData,
  RateLimitError,
  type REST,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import { type ReplySender, SendError } from '../../app/platform';
import type { Reply } from '../../core/reply';
import { renderEmbeds } from './embeds';

/** Discord's nonce is at most 25 characters. */
export const MAX_NONCE = 25;

/** Waits longer than this on a channel post are the caller's to schedule, not discord.js's to sleep through. */
export const LONG_WAIT_MS = 10_000;

/** Route discord.js reports for a channel post, as its rate limiter names buckets. */
const POST_ROUTE = '/channels/:id/messages';

/**
 * For the client's `rest.rejectOnRateLimit`: discord.js keeps absorbing short waits, but a long
 * wait on a channel post (a digest fan-out) becomes a SendError the scheduler can act on.
 */
export function rejectLongPostWaits(data: RateLimitData): boolean {
  return data.method.toUpperCase() === 'POST' && data.route === POST_ROUTE && data.retryAfter > LONG_WAIT_MS;
}

/** A stable nonce from any idempotency key, so a retried post is dropped by Discord as a duplicate. */
export function nonceFor(key: string): string {
  if (key.length <= MAX_NONCE && /^[\w-]+$/.test(key)) return key;
  return createHash('sha256').update(key).digest('base64url').slice(0, MAX_NONCE);
}

const GONE = new Set<number>([
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingPermissions,
]);

/** discord.js's errors → what the caller should do: wait, retry later, or give the channel up. */
export function toSendError(err: unknown): unknown {
  if (err instanceof RateLimitError) {
    return new SendError({ kind: 'rate-limited', retryAfterMs: err.retryAfter });
  }
  if (err instanceof DiscordAPIError) {
    if (err.status === 429) return new SendError({ kind: 'rate-limited', retryAfterMs: LONG_WAIT_MS });
    if (err.status >= 500)
      return new SendError({ kind: 'transient', detail: `${err.status} ${err.message}` });
    if (typeof err.code === 'number' && GONE.has(err.code)) {
      return new SendError({ kind: 'gone', detail: `${err.code} ${err.message}` });
    }
    if (err.status === 404) return new SendError({ kind: 'gone', detail: `404 ${err.message}` });
    return err;
  }
  if (err instanceof HTTPError) {
    return new SendError({ kind: 'transient', detail: `${err.status} ${err.message}` });
  }
  if (
    err instanceof Error &&
    (err.name === 'AbortError' || /ECONN|ETIMEDOUT|socket|fetch failed/i.test(err.message))
  ) {
    return new SendError({ kind: 'transient', detail: err.message });
  }
  return err;
}

/** Posts a Reply outside any interaction (digests), over the client's REST and its rate limiter. */
export class DiscordReplySender implements ReplySender {
  readonly platform = 'discord' as const;

  constructor(private readonly rest: REST) {}

  async post(channelId: string, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }> {
    try {
      const message = (await this.rest.post(Routes.channelMessages(channelId), {
        body: {
          embeds: renderEmbeds(reply),
          nonce: nonceFor(idempotencyKey),
          enforce_nonce: true,
          allowed_mentions: { parse: [] },
        },
      })) as APIMessage;
      return { messageId: message.id };
    } catch (err) {
      throw toSendError(err);
    }
  }
}
