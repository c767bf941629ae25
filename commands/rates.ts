import { z } from 'zod';
import { UserError } from '../src/core/errors';
import { ratesAnswer } from '../src/core/rates/answer';
import { defineCommand } from './define';
import { optionalText } from './input';

/**
 * `rates autos as of July 1` reads like `rates autos --as-of "July 1"`. All other words go to
 * `goods`; the answer reads a leading country out of them ("eu autos", "south korea").
 */
function parseRatesText(words: string[]): Record<string, string | undefined> {
  const goods: string[] = [];
  let asOf: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const flag = /^--as-?of(?:=(.*))?$/i.exec(w) ?? /^as-?of:(.*)$/i.exec(w);
    if (flag) {
      const next = words[i + 1] ?? '';
      if (flag[1]) asOf = flag[1];
      else if (/^\d{4}-\d{2}-\d{2}$/.test(next)) {
        asOf = next;
        i++;
      } else {
        // "--as-of July 1": the date runs to the end.
        asOf = words.slice(i + 1).join(' ');
        if (!asOf) throw new UserError('--as-of needs a day, for example `rates --as-of 2025-07-01`.');
        break;
      }
      continue;
    }
    if (w.toLowerCase() === 'as' && words[i + 1]?.toLowerCase() === 'of') {
      asOf = words.slice(i + 2).join(' ');
      if (!asOf) throw new UserError('"as of" needs a day, for example `rates autos as of 2025-07-01`.');
      break;
    }
    if (/^--/.test(w))
      throw new UserError(`There is no option ${w.slice(0, 30)}.`, ['rates --as-of 2025-07-01']);
    goods.push(w);
  }
  return { goods: goods.length ? goods.join(' ') : undefined, 'as-of': asOf };
}

export const rates = defineCommand({
  name: 'rates',
  summary: 'Tariff rates by country and goods: the rate now, since when, what it replaced, what is pending',
  usage: 'rates [country] [goods] [--as-of <date>]',
  examples: ['rates', 'rates autos', 'rates india', 'rates eu autos', 'rates japan autos --as-of 2025-08-01'],
  options: [
    {
      name: 'country',
      description: 'Whose goods (India, EU, U.K., Korean…); the folder’s main country when left out',
      required: false,
      type: 'string',
    },
    {
      name: 'goods',
      description:
        'A kind of goods for its history step by step (autos, cars, steel, all); may start with a country',
      required: false,
      type: 'string',
      rest: true,
      autocomplete: 'goods',
    },
    {
      name: 'as-of',
      description: 'Show the rates as they stood on this day (2025-07-01, "July 1")',
      required: false,
      type: 'string',
      autocomplete: 'dates',
    },
  ],
  input: z.object({
    country: optionalText('The country'),
    goods: optionalText('The kind of goods'),
    'as-of': optionalText('The date'),
  }),
  parseText: parseRatesText,
  run: (input, ctx) =>
    ratesAnswer(ctx.corpus.dataset, { country: input.country, goods: input.goods, asOf: input['as-of'] }),
});
