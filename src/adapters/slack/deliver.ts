import type { RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../core/reply';
import { renderReply } from './blocks';

/**
 * Answers through a response_url: in the channel, or only to the asker for errors. With `replace`
 * (a More/Back click) the first message takes the place of the one clicked.
 */
export async function respondWith(respond: RespondFn, reply: Reply, replace = false): Promise<void> {
  const messages = renderReply(reply);
  for (const [i, message] of messages.entries()) {
    await respond({
      ...message,
      response_type: reply.ephemeral ? 'ephemeral' : 'in_channel',
      replace_original: replace && i === 0 && !reply.ephemeral,
    });
  }
}

/** Answers a mention or a DM in its thread; errors in a channel go only to the asker. */
export async function postInThread(
  client: webApi.WebClient,
  reply: Reply,
  where: { channel: string; threadTs: string; user: string; privateChannel: boolean },
): Promise<void> {
  for (const message of renderReply(reply)) {
    if (reply.ephemeral && !where.privateChannel) {
      await client.chat.postEphemeral({
        channel: where.channel,
        user: where.user,
        thread_ts: where.threadTs,
        ...message,
      });
    } else {
      await client.chat.postMessage({ channel: where.channel, thread_ts: where.threadTs, ...message });
    }
  }
}
