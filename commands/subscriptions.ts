import { z } from 'zod';
import { answer, field, type Item } from '../src/core/reply';
import { describeFilter } from '../src/scheduler/digest-content';
import { formatInZone } from '../src/scheduler/local-time';
import { nextRunOf } from '../src/scheduler/scheduler';
import type { DigestRun } from '../src/storage/store';
import { defineCommand } from './define';
import { digestAccess, isReply } from './digest-access';

export const subscriptions = defineCommand({
  name: 'subscriptions',
  summary: 'What daily digest this channel gets, and when the next one comes',
  usage: 'subscriptions',
  examples: ['subscriptions'],
  options: [],
  input: z.object({}),
  async run(_input, ctx) {
    const access = digestAccess(ctx, { needsDelivery: false });
    if (isReply(access)) return access;
    const { digests, channel } = access;
    const sub = await digests.store.findSubscription(channel.platform, channel.channelId);
    if (!sub) {
      return answer({
        title: 'No daily digest in this channel',
        lead: 'A channel manager can set one up with `subscribe`, at any time and in any time zone.',
        suggestions: ['subscribe 08:00 Asia/Tokyo', 'subscribe 18:30 America/New_York'],
      });
    }
    const [last] = await digests.store.recentRuns(sub.id, 1);
    const lastSent = await digests.store.lastSentRun(sub.id);
    const items: Item[] = [
      field('When', `every day at ${sub.time} ${sub.timezone}`),
      field(
        'Next digest',
        sub.status === 'active' ? formatInZone(nextRunOf(sub, ctx.now), sub.timezone) : 'none while paused',
      ),
      field('Filter', describeFilter(sub.filter) ?? 'none: every new article'),
      field('On a day with nothing new', sub.quiet ? 'nothing is posted' : 'a one-line “nothing new” note'),
      field('Last digest', lastSent ? formatInZone(lastSent.scheduledAt, sub.timezone) : 'none yet'),
    ];
    if (last && last.state !== 'sent') items.push(field('Last run', describeRun(last, sub.timezone)));
    return answer({
      title: sub.status === 'paused' ? 'Daily digest (paused)' : 'Daily digest',
      lead:
        sub.status === 'paused'
          ? `Paused: ${sub.statusReason ?? 'no reason recorded'}. \`subscribe\` again to resume it.`
          : null,
      sections: [{ heading: null, items }],
      suggestions: ['digest now'],
    });
  },
});

function describeRun(run: DigestRun, zone: string): string {
  const when = formatInZone(run.scheduledAt, zone);
  if (run.state === 'claimed') return `${when}: being sent`;
  return `${when}: ${run.state}${run.detail ? ` (${run.detail})` : ''}`;
}
