import { z } from 'zod';
import { digestSince } from '../src/core/answers/digest';
import { parseSince } from '../src/core/time-spec';
import { defineCommand } from './define';
import { digestNow } from './digest-now';
import { optionalText } from './input';

/** With no time given, a digest covers the last week. */
const DEFAULT_SINCE = '7d';

export const digest = defineCommand({
  name: 'digest',
  summary: 'What changed since a time (24h, 7d, 2025-06-01, June 1), grouped by development',
  usage: 'digest [since]',
  examples: ['digest 24h', 'digest 7d', 'digest June 1'],
  options: [
    {
      name: 'since',
      description: 'A span (24h, 7d, 2w) or a date (2025-06-01, June 1); default 7d',
      required: false,
      type: 'string',
      rest: true,
      autocomplete: 'dates',
    },
  ],
  input: z.object({ since: optionalText('The time') }),
  run({ since }, ctx) {
    // `digest now`: this channel's next scheduled digest as it stands (commands/digest-now.ts).
    if (since?.toLowerCase() === 'now') return digestNow(ctx);
    const from = parseSince(since ?? DEFAULT_SINCE, ctx.now);
    return digestSince(ctx.corpus, from, ctx.now, {}, ctx);
  },
});
