import { canThread, type ReplySender, type ThreadSender } from './reply-sender';

/** A sender that can tell whether a post with this idempotency key already reached the channel. */
export interface PostLookup {
  /** `threadId`: look among that thread's replies rather than the channel's messages. */
  findPosted(
    channelId: string,
    idempotencyKey: string,
    threadId?: string,
  ): Promise<{ messageId: string } | null>;
}

export const canLookUpPosts = (sender: ReplySender): sender is ReplySender & PostLookup =>
  typeof (sender as Partial<PostLookup>).findPosted === 'function';

/**
 * Guards a post that may already have happened. When an earlier attempt of this run was made —
 * by a process that died before confirming (`attemptedBefore`), or by this one before a
 * timeout or error — the channel (or the thread, for a reply) is asked first, and a post found
 * there is returned instead of posting again. Each key is checked on its own, so a thread's
 * parent and every reply are guarded alike. Platforms that drop duplicates themselves
 * (Discord's enforced nonce) have no lookup and pass straight through.
 */
export function withDuplicateCheck(sender: ReplySender, attemptedBefore: boolean): ReplySender {
  if (!canLookUpPosts(sender)) return sender;
  const tried = new Set<string>();
  const guard = async (
    key: string,
    find: () => Promise<{ messageId: string } | null>,
    post: () => Promise<{ messageId: string }>,
  ) => {
    if (attemptedBefore || tried.has(key)) {
      const found = await find();
      if (found) return found;
    }
    tried.add(key);
    return post();
  };
  const checked: ReplySender = {
    platform: sender.platform,
    post: (channelId, reply, key) =>
      guard(
        key,
        () => sender.findPosted(channelId, key),
        () => sender.post(channelId, reply, key),
      ),
  };
  if (!canThread(sender)) return checked;
  const threads: ThreadSender = {
    openThread: (channelId, messageId, name) => sender.openThread(channelId, messageId, name),
    replaceMessage: (channelId, messageId, reply) => sender.replaceMessage(channelId, messageId, reply),
    postInThread: (channelId, threadId, reply, key) =>
      guard(
        key,
        () => sender.findPosted(channelId, key, threadId),
        () => sender.postInThread(channelId, threadId, reply, key),
      ),
  };
  return Object.assign(checked, threads);
}
