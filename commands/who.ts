import { z } from 'zod';
import { whoSaid } from '../src/core/answers/who';
import { defineCommand } from './define';
import { optionalText, requiredText } from './input';

export const who = defineCommand({
  name: 'who',
  summary: 'What a person said, direct and reported apart, newest first; add `about <topic>` to narrow',
  // `about <topic>` is described in the summary and examples; the usage line stays the short form.
  usage: 'who <person>',
  examples: ['who akazawa', 'who bessent', 'who akazawa about autos'],
  options: [
    {
      name: 'person',
      description: 'A name, surname or alias (akazawa, ryozei, bessent)',
      required: true,
      type: 'string',
      autocomplete: 'people',
    },
    {
      name: 'topic',
      description: 'Only what they said about this (autos, rice, investment, 15%)',
      required: false,
      type: 'string',
      autocomplete: 'topics',
    },
  ],
  input: z.object({
    person: requiredText('The person', 'who akazawa'),
    topic: optionalText('The topic'),
  }),
  // `who akazawa about autos`: the words before "about" name the person, the rest the topic.
  parseText(words) {
    const named: Record<string, string | undefined> = {};
    const rest: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const flag = /^--(person|topic)(?:=(.*))?$/i.exec(w);
      if (flag) {
        named[flag[1]!.toLowerCase()] = flag[2] ?? words[++i];
        continue;
      }
      rest.push(w);
    }
    const at = rest.findIndex((w, i) => i > 0 && w.toLowerCase() === 'about');
    const person = (at >= 0 ? rest.slice(0, at) : rest).join(' ');
    const topic = at >= 0 ? rest.slice(at + 1).join(' ') : undefined;
    return { person: named.person ?? (person || undefined), topic: named.topic ?? topic };
  },
  run: ({ person, topic }, ctx) => whoSaid(ctx.corpus, person, ctx, topic),
});
