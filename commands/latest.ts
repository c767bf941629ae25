import { z } from 'zod';
import { latestBriefing } from '../src/core/answers/latest';
import { defineCommand } from './define';

export const latest = defineCommand({
  name: 'latest',
  summary: 'A short briefing on the newest development, every point cited',
  usage: 'latest',
  examples: ['latest'],
  options: [],
  input: z.object({}),
  run: (_input, ctx) => latestBriefing(ctx.corpus, ctx.now),
});
