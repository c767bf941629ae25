import { z } from 'zod';
import { timeline as timelineAnswer } from '../src/core/answers/timeline';
import { defineCommand } from './define';

export const timeline = defineCommand({
  name: 'timeline',
  summary: 'The rounds and key events in date order, with participants and sources',
  usage: 'timeline',
  examples: ['timeline', 'timeline --page 2'],
  options: [],
  input: z.object({}),
  run: (_input, ctx) => timelineAnswer(ctx.corpus, ctx),
});
