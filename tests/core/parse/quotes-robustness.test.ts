import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/core/parse/events';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Text made of the pieces that trouble a quote parser: marks of every kind, names, verbs, dates. */
const pieces = fc.constantFrom(
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\n\n',
  '.',
  ',',
  ':',
  'Akazawa',
  'he',
  'said',
  'told reporters that',
  'the minister',
  'on Friday',
  'June 15-17',
  'the 30th',
  'fifth round',
  'met',
  'according to',
  'so-called',
  "don't",
  'officials',
  '\u0000',
  '🙂',
);
const text = fc.array(pieces, { maxLength: 120 }).map((a) => a.join(''));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('speech and event parsing on arbitrary text', () => {
  it('never throws, and every quote is exactly the body between its offsets', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constant('2025-06-14')), (body, published) => {
        const a = article(body, published);
        for (const q of extractQuotes(a, cast)) {
          expect(q.text).toBe(body.slice(q.start, q.end));
          expect(q.start).toBeLessThanOrEqual(q.end);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('never throws on events, and every date is a calendar day or null', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constant('2025-06-14')), (body, published) => {
        for (const e of extractEvents(article(body, published), cast)) {
          expect(e.date === null || ISO.test(e.date)).toBe(true);
          expect(e.endDate === null || ISO.test(e.endDate)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('reads an empty article as having nothing to say', () => {
    expect(extractQuotes(article(''), cast)).toEqual([]);
    expect(extractEvents(article(''), cast)).toEqual([]);
  });
});
