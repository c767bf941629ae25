import type { ReplySender } from './reply-sender';

/** A sender that can tell whether a post with this idempotency key already reached the channel. */
export interface PostLookup {
  findPosted(channelId: string, idempotencyKey: string): Promise<{ messageId: string } | null>;
}

export const canLookUpPosts = (sender: ReplySender): sender is ReplySender & PostLookup =>
  typeof (sender as Partial<PostLookup>).findPosted === 'function';

/**
 * Guards a post that may already have happened. When an earlier attempt of this run was made —
 * by a process that died before confirming (`attemptedBefore`), or by this one before a
 * timeout or error — the channel is asked first, and a post found there is returned instead of
 * posting again. Platforms that drop duplicates themselves (Discord's enforced nonce) have no
 * lookup and pass straight through.
 */
export function withDuplicateCheck(sender: ReplySender, attemptedBefore: boolean): ReplySender {
  if (!canLookUpPosts(sender)) return sender;
  let mustCheck = attemptedBefore;
  return {
    platform: sender.platform,
    async post(channelId, reply, idempotencyKey) {
      if (mustCheck) {
        const found = await sender.findPosted(channelId, idempotencyKey);
        if (found) return found;
      }
      mustCheck = true;
      return sender.post(channelId, reply, idempotencyKey);
    },
  };
}
