import { errorReply, type Reply } from '../src/core/reply';
import type { ChannelContext, CommandContext } from './define';
import type { DigestPort } from './digest-port';

export interface DigestAccess {
  digests: DigestPort;
  channel: ChannelContext;
}

/**
 * The digests and the channel a digest command is about, or the reply explaining why there is
 * none here (the one-shot console keeps no schedule; the console cannot receive posts).
 */
export function digestAccess(ctx: CommandContext, opts: { needsDelivery: boolean }): DigestAccess | Reply {
  if (opts.needsDelivery && ctx.channel?.noDigests) return noDigestsHere(ctx.channel.noDigests);
  const { digests, channel } = ctx;
  if (!digests || !channel) {
    return errorReply(
      'Daily digests are not running here',
      'Digests are kept by the running bot (`npm start`) for Slack and Discord channels; a one-shot answer cannot hold a schedule.',
      { suggestions: ['digest 24h', 'latest'] },
    );
  }
  if (opts.needsDelivery && !digests.canDeliverTo(channel.platform)) {
    return errorReply(
      'Digests cannot be posted here',
      channel.platform === 'console'
        ? 'Daily digests are posted to Slack and Discord channels; run `subscribe` there. Here, `digest 24h` shows what changed.'
        : `This bot is not connected to ${channel.platform} for posting, so it cannot deliver digests to this channel.`,
      { suggestions: ['digest 24h'] },
    );
  }
  return { digests, channel };
}

/** The refusal where the platform says no digest can be set up (a DM, a server the bot is not in). */
export function noDigestsHere(why: string): Reply {
  return errorReply('Daily digests need a server channel', why, { suggestions: ['digest 24h', 'latest'] });
}

export const isReply = (v: DigestAccess | Reply): v is Reply => 'kind' in v;
