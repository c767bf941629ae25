import { z } from 'zod';
import { answer, field, type Item } from '../src/core/reply';
import { formatInZone } from '../src/core/schedule/local-time';
import { defineCommand } from './define';
import { digestAccess, isReply } from './digest-access';
import { scheduleFields } from './digest-fields';
import type { DigestRunSummary } from './digest-port';
import { postedAs } from './subscribe';

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
    const found = await digests.describe(channel, ctx.now);
    if (!found) {
      return answer({
        title: 'No daily digest in this channel',
        lead: 'A channel manager can set one up with `subscribe`, at any time and in any time zone.',
        suggestions: ['subscribe 08:00 Asia/Tokyo', 'subscribe 18:30 America/New_York'],
      });
    }
    const { subscription: sub, lastSent, lastRun } = found;
    const items: Item[] = [
      ...scheduleFields(found),
      field('On a day with nothing new', sub.quiet ? 'nothing is posted' : 'a one-line “nothing new” note'),
      field('Posted as', postedAs(sub.threaded)),
      field(
        'Last digest',
        lastSent
          ? `${formatInZone(lastSent.scheduledAt, sub.timezone)}${lastSent.detail ? ` (${lastSent.detail})` : ''}`
          : 'none yet',
      ),
    ];
    if (lastRun && lastRun.state !== 'sent')
      items.push(field('Last run', describeRun(lastRun, sub.timezone)));
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

function describeRun(run: DigestRunSummary, zone: string): string {
  const when = formatInZone(run.scheduledAt, zone);
  if (run.state === 'claimed') return `${when}: being sent`;
  return `${when}: ${run.state}${run.detail ? ` (${run.detail})` : ''}`;
}
