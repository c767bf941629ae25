import { answer, type Reply } from '../src/core/reply';
import { formatInZone } from '../src/scheduler/local-time';
import { nextRunOf } from '../src/scheduler/scheduler';
import type { CommandContext } from './define';
import { digestAccess, isReply } from './digest-access';

/**
 * `digest now`: this channel's next digest as it stands now — everything that arrived since the
 * previous digest. It changes nothing: the scheduled digest still covers the same articles, so
 * anyone may ask for it.
 */
export async function digestNow(ctx: CommandContext): Promise<Reply> {
  const access = digestAccess(ctx, { needsDelivery: false });
  if (isReply(access)) return access;
  const { digests, channel } = access;
  const sub = await digests.store.findSubscription(channel.platform, channel.channelId);
  if (!sub) {
    return answer({
      title: 'No daily digest in this channel',
      lead: '`digest now` shows what the next daily digest would hold, and this channel has none. `digest 24h` shows what changed in the last day.',
      suggestions: ['digest 24h', 'subscribe 08:00 Asia/Tokyo'],
    });
  }
  const { reply } = await digests.scheduler.preview(sub);
  const note =
    sub.status === 'active'
      ? `The daily digest at ${formatInZone(nextRunOf(sub, ctx.now), sub.timezone)} will include these, and anything that arrives before then.`
      : 'This channel’s daily digest is paused; `subscribe` resumes it.';
  return { ...reply, notes: [...reply.notes, note] };
}
