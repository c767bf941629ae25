import { z } from 'zod';
import { whoSaid } from '../src/core/answers/who';
import { defineCommand } from './define';
import { requiredText } from './input';

export const who = defineCommand({
  name: 'who',
  summary: 'What a person said: direct quotes and reported statements, newest first',
  usage: 'who <person>',
  examples: ['who akazawa', 'who bessent', 'who trump'],
  options: [
    {
      name: 'person',
      description: 'A name, surname or alias (akazawa, ryozei, bessent)',
      required: true,
      type: 'string',
      rest: true,
      autocomplete: 'people',
    },
  ],
  input: z.object({ person: requiredText('The person', 'who akazawa') }),
  run: ({ person }, ctx) => whoSaid(ctx.corpus, person),
});
