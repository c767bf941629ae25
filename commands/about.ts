import { z } from 'zod';
import { quotesAbout } from '../src/core/answers/about';
import { defineCommand } from './define';
import { requiredText } from './input';

export const about = defineCommand({
  name: 'about',
  summary: 'Quotes on a topic (autos, rice, steel, investment, 15%), with speaker, date and source',
  usage: 'about <topic>',
  examples: ['about autos', 'about rice', 'about 15%'],
  options: [
    {
      name: 'topic',
      description: 'A topic or figure: autos, rice, steel, aluminium, investment, semiconductors, 15%',
      required: true,
      type: 'string',
      rest: true,
      autocomplete: 'topics',
    },
  ],
  input: z.object({ topic: requiredText('The topic', 'about autos') }),
  run: ({ topic }, ctx) => quotesAbout(ctx.corpus, topic, ctx),
});
