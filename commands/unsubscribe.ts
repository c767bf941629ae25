import { z } from 'zod';
import { answer } from '../src/core/reply';
import { defineCommand } from './define';
import { digestAccess, isReply, noDigestsHere } from './digest-access';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  summary: "Stop this channel's daily digest",
  usage: 'unsubscribe',
  examples: ['unsubscribe'],
  options: [],
  input: z.object({}),
  managesChannel: true,
  async run(_input, ctx) {
    const access = digestAccess(ctx, { needsDelivery: false });
    if (isReply(access)) return access;
    const { digests, channel } = access;
    const removed = await digests.unsubscribe(channel, ctx.now);
    // Checked after the removal so a digest set up here before this rule can still be stopped.
    if (!removed && channel.noDigests) return noDigestsHere(channel.noDigests);
    return removed
      ? answer({
          title: 'Daily digest stopped',
          lead: 'This channel will get no more daily digests.',
          suggestions: ['subscribe 08:00 Asia/Tokyo'],
        })
      : answer({
          title: 'Nothing to stop',
          lead: 'This channel has no daily digest.',
          suggestions: ['subscribe 08:00 Asia/Tokyo'],
        });
  },
});
