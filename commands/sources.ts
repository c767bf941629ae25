import { z } from 'zod';
import { sourcesList } from '../src/core/answers/sources';
import { defineCommand } from './define';

export const sources = defineCommand({
  name: 'sources',
  summary: 'The articles loaded, with outlet and date, and any files that failed to load',
  usage: 'sources',
  examples: ['sources'],
  options: [],
  input: z.object({}),
  run: (_input, ctx) => sourcesList(ctx.corpus, ctx),
});
