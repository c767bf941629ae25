import { createHash } from 'node:crypto';
import {
  type APIChannel,
  type APIMessage,
  DiscordAPIError,
  HTTPError,
  type RateLimitData,
  RateLimitError,
  type REST,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import { type ReplySender, SendError, type ThreadOpening, type ThreadSender } from '../../app/platform';
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

/** Discord's limit on a thread's name. */
export const MAX_THREAD_NAME = 100;
/** A digest's thread stays open a day after its last reply, then tidies itself away. */
const THREAD_ARCHIVE_MINUTES = 1440;

/** Errors that mean no thread can be started here, though the channel takes messages. */
const NO_THREADS = new Map<number, string>([
  [
    RESTJSONErrorCodes.MissingPermissions,
    'the bot lacks the Create Public Threads permission in this channel',
  ],
  [RESTJSONErrorCodes.MissingAccess, 'the bot lacks the Create Public Threads permission in this channel'],
  [RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType, 'this kind of channel has no threads'],
]);

/**
 * Posts a Reply outside any interaction (digests), over the client's REST and its rate limiter.
 * A digest in a thread: the parent with `post`, a public thread started from it, the details
 * posted to the thread (its id is the parent's), each with its own enforced nonce.
 */
export class DiscordReplySender implements ReplySender, ThreadSender {
  readonly platform = 'discord' as const;

  constructor(private readonly rest: REST) {}

  post(channelId: string, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }> {
    return this.postTo(channelId, reply, idempotencyKey);
  }

  async openThread(channelId: string, messageId: string, name: string): Promise<ThreadOpening> {
    try {
      const thread = (await this.rest.post(Routes.threads(channelId, messageId), {
        body: { name: threadName(name), auto_archive_duration: THREAD_ARCHIVE_MINUTES },
      })) as APIChannel;
      return { ok: true, threadId: thread.id };
    } catch (err) {
      if (err instanceof DiscordAPIError && typeof err.code === 'number') {
        // Opened before (a run resumed after its process died): the thread's id is the message's.
        if (err.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)
          return { ok: true, threadId: messageId };
        const reason = NO_THREADS.get(err.code);
        if (reason) return { ok: false, reason };
      }
      throw toSendError(err);
    }
  }

  postInThread(
    _channelId: string,
    threadId: string,
    reply: Reply,
    idempotencyKey: string,
  ): Promise<{ messageId: string }> {
    return this.postTo(threadId, reply, idempotencyKey);
  }

  async replaceMessage(channelId: string, messageId: string, reply: Reply): Promise<void> {
    try {
      await this.rest.patch(Routes.channelMessage(channelId, messageId), {
        body: { embeds: renderEmbeds(reply), allowed_mentions: { parse: [] } },
      });
    } catch (err) {
      throw toSendError(err);
    }
  }

  private async postTo(
    channelId: string,
    reply: Reply,
    idempotencyKey: string,
  ): Promise<{ messageId: string }> {
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

/** 1–100 characters, cut at a word where it must be cut. */
export function threadName(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim() || 'Daily digest';
  if (clean.length <= MAX_THREAD_NAME) return clean;
  const cut = clean.slice(0, MAX_THREAD_NAME - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}
