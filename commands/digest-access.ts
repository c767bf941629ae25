import { errorReply, type Reply } from '../src/core/reply';
import { type DigestServices, digestServicesOf } from '../src/scheduler/services';
import type { Platform } from '../src/storage/store';
import type { ChannelContext, CommandContext } from './define';

export interface DigestAccess {
  digests: DigestServices;
  channel: ChannelContext & { platform: Platform };
}

/**
 * The digest services and the channel a digest command is about, or the reply explaining why
 * there is none here (the one-shot console keeps no schedule; the console cannot receive posts).
 */
export function digestAccess(ctx: CommandContext, opts: { needsDelivery: boolean }): DigestAccess | Reply {
  if (opts.needsDelivery && ctx.channel?.noDigests) return noDigestsHere(ctx.channel.noDigests);
  const digests = digestServicesOf(ctx.services);
  if (!digests || !ctx.channel) {
    return errorReply(
      'Daily digests are not running here',
      'Digests are kept by the running bot (`npm start`) for Slack and Discord channels; a one-shot answer cannot hold a schedule.',
      { suggestions: ['digest 24h', 'latest'] },
    );
  }
  if (opts.needsDelivery && !digests.scheduler.canDeliverTo(ctx.channel.platform)) {
    return errorReply(
      'Digests cannot be posted here',
      ctx.channel.platform === 'console'
        ? 'Daily digests are posted to Slack and Discord channels; run `subscribe` there. Here, `digest 24h` shows what changed.'
        : `This bot is not connected to ${ctx.channel.platform} for posting, so it cannot deliver digests to this channel.`,
      { suggestions: ['digest 24h'] },
    );
  }
  return { digests, channel: ctx.channel };
}

/** The refusal where the platform says no digest can be set up (a DM, a server the bot is not in). */
export function noDigestsHere(why: string): Reply {
  return errorReply('Daily digests need a server channel', why, { suggestions: ['digest 24h', 'latest'] });
}

export const isReply = (v: DigestAccess | Reply): v is Reply => 'kind' in v;
