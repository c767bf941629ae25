import { answer, type Reply } from '../src/core/reply';
import { formatInZone } from '../src/core/schedule/local-time';
import type { CommandContext } from './define';
import { digestAccess, isReply } from './digest-access';

/**
 * `digest now`: this channel's next digest as it stands now — everything that arrived since the
 * previous digest, composed exactly as it would be posted. It changes nothing: the scheduled
 * digest still covers the same articles, so anyone may ask for it.
 */
export async function digestNow(ctx: CommandContext): Promise<Reply> {
  const access = digestAccess(ctx, { needsDelivery: false });
  if (isReply(access)) return access;
  const { digests, channel } = access;
  const preview = await digests.preview(channel, ctx.now);
  if (!preview) {
    return answer({
      title: 'No daily digest in this channel',
      lead: '`digest now` shows what the next daily digest would hold, and this channel has none. `digest 24h` shows what changed in the last day.',
      suggestions: ['digest 24h', 'subscribe 08:00 Asia/Tokyo'],
    });
  }
  const { reply, nextRun, subscription } = preview;
  const note = nextRun
    ? `The daily digest at ${formatInZone(nextRun, subscription.timezone)} will include these, and anything that arrives before then.`
    : 'This channel’s daily digest is paused; `subscribe` resumes it.';
  return { ...reply, notes: [...reply.notes, note] };
}
