import { webApi } from '@slack/bolt';
import { z } from 'zod';
import {
  type ReplySender,
  SendError,
  type SendFailure,
  type ThreadOpening,
  type ThreadSender,
} from '../../app/platform';
import type { Reply } from '../../core/reply';
import type { Logger } from '../../log';
import { renderReply, type SlackMessage } from './blocks';

/** Slack errors that mean this channel will not take the post, however often it is tried. */
const GONE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'account_inactive',
]);
const TRANSIENT = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

/** Any Web API failure → why it failed, so the caller (the digest scheduler) can retry, wait or give up. */
export function toSendFailure(err: unknown): SendFailure {
  const e = err as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    statusCode?: number;
    headers?: Record<string, string>;
    original?: Error;
    message?: string;
  };
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { kind: 'rate-limited', retryAfterMs: (e.retryAfter ?? 1) * 1000 };
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (code === 'ratelimited') return { kind: 'rate-limited', retryAfterMs: 1000 };
      if (TRANSIENT.has(code)) return { kind: 'transient', detail: code };
      if (GONE.has(code)) return { kind: 'gone', detail: code };
      return { kind: 'gone', detail: code };
    }
    case webApi.ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      if (status === 429) {
        const after = Number(e.headers?.['retry-after']);
        return { kind: 'rate-limited', retryAfterMs: Number.isFinite(after) ? after * 1000 : 1000 };
      }
      return status >= 500
        ? { kind: 'transient', detail: `HTTP ${status}` }
        : { kind: 'gone', detail: `HTTP ${status}` };
    }
    case webApi.ErrorCode.RequestError: {
      // The WebClient reports "still rate limited after its own retries" as a request error.
      const limited = /rate limit was exceeded.*retry-after: (\d+)/.exec(e.original?.message ?? '');
      if (limited) return { kind: 'rate-limited', retryAfterMs: Number(limited[1]) * 1000 };
      return { kind: 'transient', detail: e.original?.message ?? 'request failed' };
    }
    default:
      return { kind: 'transient', detail: e.message ?? String(err) };
  }
}

/** Names the bot's own posts in message metadata, so they can be found again by key. */
export const POST_EVENT = 'tariffs_bot_post';
/** A retry comes within minutes of the first attempt; the post is among the last messages. */
const HISTORY_LOOKBACK = 100;
const postPayload = z.object({ idempotency_key: z.string(), part: z.number() });

/**
 * Posts a Reply outside any request (scheduled digests). The idempotency key travels as message
 * metadata, so a duplicate can be recognised in the channel's history (or the thread's replies);
 * a reply longer than one message continues in a thread under the first. A digest in a thread
 * posts its parent with `post` and each detail with `postInThread` (`thread_ts` = the parent's ts).
 */
export class SlackSender implements ReplySender, ThreadSender {
  readonly platform = 'slack' as const;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
  ) {}

  /**
   * The first message of an earlier post with this idempotency key among the channel's recent
   * messages (or the thread's replies), or null. Asked only before re-sending a part that may
   * already have gone out.
   */
  async findPosted(
    channelId: string,
    idempotencyKey: string,
    threadId?: string,
  ): Promise<{ messageId: string } | null> {
    try {
      const res = threadId
        ? await this.client.conversations.replies({
            channel: channelId,
            ts: threadId,
            limit: HISTORY_LOOKBACK,
            include_all_metadata: true,
          })
        : await this.client.conversations.history({
            channel: channelId,
            limit: HISTORY_LOOKBACK,
            include_all_metadata: true,
          });
      const hit = res.messages?.find((m) => {
        if (m.metadata?.event_type !== POST_EVENT) return false;
        const payload = postPayload.safeParse(m.metadata.event_payload);
        return payload.success && payload.data.idempotency_key === idempotencyKey && payload.data.part === 0;
      });
      return hit?.ts ? { messageId: hit.ts } : null;
    } catch (err) {
      const failure = toSendFailure(err);
      this.log.warn({ platform: 'slack', channelId, idempotencyKey, failure }, 'slack history lookup failed');
      throw new SendError(failure);
    }
  }

  post(channelId: string, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }> {
    return this.postMessages(channelId, reply, idempotencyKey, undefined);
  }

  /** Every Slack message can carry a thread: the parent's ts is the thread. */
  async openThread(_channelId: string, messageId: string): Promise<ThreadOpening> {
    return { ok: true, threadId: messageId };
  }

  postInThread(
    channelId: string,
    threadId: string,
    reply: Reply,
    idempotencyKey: string,
  ): Promise<{ messageId: string }> {
    return this.postMessages(channelId, reply, idempotencyKey, threadId);
  }

  /** The message becomes the reply's first message; any continuation goes into its thread. */
  async replaceMessage(channelId: string, messageId: string, reply: Reply): Promise<void> {
    const [first, ...rest] = renderReply(reply);
    try {
      if (first)
        await this.client.chat.update({
          channel: channelId,
          ts: messageId,
          text: first.text,
          blocks: first.blocks,
        });
    } catch (err) {
      throw new SendError(toSendFailure(err));
    }
    for (const message of rest) await this.postOne(channelId, message, `${messageId}:update`, 0, messageId);
  }

  private async postMessages(
    channelId: string,
    reply: Reply,
    idempotencyKey: string,
    threadTs: string | undefined,
  ): Promise<{ messageId: string }> {
    let first: string | undefined;
    for (const [part, message] of renderReply(reply).entries()) {
      const ts = await this.postOne(channelId, message, idempotencyKey, part, threadTs ?? first);
      first ??= ts;
    }
    if (!first) throw new SendError({ kind: 'transient', detail: 'Slack returned no message ts' });
    return { messageId: first };
  }

  private async postOne(
    channelId: string,
    message: SlackMessage,
    idempotencyKey: string,
    part: number,
    threadTs: string | undefined,
  ): Promise<string | undefined> {
    try {
      const res = await this.client.chat.postMessage({
        channel: channelId,
        text: message.text,
        blocks: message.blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        metadata: {
          event_type: POST_EVENT,
          event_payload: { idempotency_key: idempotencyKey, part },
        },
      });
      return res.ts;
    } catch (err) {
      const failure = toSendFailure(err);
      this.log.warn({ platform: 'slack', channelId, idempotencyKey, part, failure }, 'slack post failed');
      throw new SendError(failure);
    }
  }
}
