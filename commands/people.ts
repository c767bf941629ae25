import { z } from 'zod';
import { peopleList } from '../src/core/answers/people';
import { defineCommand } from './define';

export const people = defineCommand({
  name: 'people',
  summary: 'Who appears in the articles, with role and how often quoted',
  usage: 'people',
  examples: ['people'],
  options: [],
  input: z.object({}),
  run: (_input, ctx) => peopleList(ctx.corpus, ctx),
});
