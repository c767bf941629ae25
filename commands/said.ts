import { z } from 'zod';
import { quotesSaying } from '../src/core/answers/said';
import { defineCommand } from './define';
import { requiredText } from './input';

export const said = defineCommand({
  name: 'said',
  summary: 'Quotes containing a phrase, with speaker, date and source',
  usage: 'said <phrase>',
  examples: ['said "common ground"', 'said agreement', 'said “candid”'],
  options: [
    {
      name: 'phrase',
      description: 'Words to find in quotes (case and quote marks do not matter)',
      required: true,
      type: 'string',
      rest: true,
    },
  ],
  input: z.object({ phrase: requiredText('The phrase', 'said "common ground"') }),
  run: ({ phrase }, ctx) => quotesSaying(ctx.corpus, phrase, ctx),
});
