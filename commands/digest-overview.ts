import { answer, type Item, type Reply } from '../src/core/reply';
import type { Platform } from '../src/storage/store';
import { scheduleFields } from './digest-fields';
import type { DigestPort } from './digest-port';

/** One channel of an overview: the platform shows the channel its own way (a link, a name). */
export interface ChannelDigestSummary {
  channelId: string;
  items: Item[];
}

/** Which channels of a platform get a daily digest: a heading reply, then one entry per channel. */
export interface DigestOverview {
  reply: Reply;
  channels: ChannelDigestSummary[];
}

/**
 * The daily digests of every channel of `platform` this installation posts to, for a place that
 * shows them all at once (Slack's App Home). Says why the list is empty when it is.
 */
export async function digestOverview(
  digests: DigestPort | null,
  platform: Platform,
  now: Date,
): Promise<DigestOverview> {
  const title = 'Daily digests';
  if (!digests) {
    return {
      reply: answer({ title, lead: 'Daily digests are not running in this process, so none are listed.' }),
      channels: [],
    };
  }
  const found = await digests.channels(platform, now);
  if (found.length === 0) {
    return {
      reply: answer({
        title,
        lead: 'No channel gets a daily digest yet. A channel manager can set one up there with `subscribe`.',
        suggestions: ['subscribe 08:00 Asia/Tokyo'],
      }),
      channels: [],
    };
  }
  const count = found.length === 1 ? 'One channel gets' : `${found.length} channels get`;
  return {
    reply: answer({ title, lead: `${count} a daily digest, soonest first.` }),
    channels: found.map((d) => ({ channelId: d.channelId, items: scheduleFields(d) })),
  };
}
