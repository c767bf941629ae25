import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_SEQ } from '../../../src/core/parse/people/candidates';
import { allFromCapital, startsNameRun } from '../../../src/core/text/capital-scan';

// The patterns the name and mention scans use, in their global form, as the reference.
const MENTION = String.raw`(?<![\p{L}\p{N}.'’@-])[@\p{Lu}][\p{L}\p{N}.'’-]*`;
const NAME_PAIR = String.raw`(?<![\p{L}\p{N}.'’-])\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3}`;

const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]] as const);

/** Text mixing ASCII, accented capitals, astral capitals (𝐀), handles and punctuation. */
const textArb = fc
  .array(
    fc.constantFrom(
      'a',
      'B',
      ' ',
      '\t',
      '.',
      "'",
      '’',
      '-',
      '@',
      '7',
      'É',
      'é',
      'Ş',
      '\u00aa',
      '𝐀',
      '𝐚',
      '\ud835',
      '\udc00',
      'Ishiba',
      'McDonald',
      'U.S.',
      'J.',
      ' von ',
      ' de ',
      ' al ',
      '\u00a0',
      ',',
      '\n',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('scanning for capitalised words', () => {
  it('finds exactly the matches the plain global pattern finds, astral and accented capitals included', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(spans(allFromCapital(new RegExp(MENTION, 'uy'), text, true))).toEqual(
          spans([...text.matchAll(new RegExp(MENTION, 'gu'))]),
        );
        expect(spans(allFromCapital(new RegExp(NAME_PAIR, 'uy'), text))).toEqual(
          spans([...text.matchAll(new RegExp(NAME_PAIR, 'gu'))]),
        );
        // The name scan skips capitals that cannot start a run of name words.
        expect(spans(allFromCapital(new RegExp(NAME_SEQ, 'uy'), text, false, startsNameRun))).toEqual(
          spans([...text.matchAll(new RegExp(NAME_SEQ, 'gu'))]),
        );
      }),
      { numRuns: 5000, seed: 20250606 },
    );
  });

  it('reads names after accented and astral capitals, and handles only when asked to', () => {
    const text = 'Talks: Émile Zola met @realDonaldTrump and 𝐀lpha Beta in Tokyo.';
    expect(allFromCapital(new RegExp(NAME_PAIR, 'uy'), text).map((m) => m[0])).toEqual([
      'Émile Zola',
      '𝐀lpha Beta',
    ]);
    expect(allFromCapital(new RegExp(MENTION, 'uy'), text, true).map((m) => m[0])).toContain(
      '@realDonaldTrump',
    );
    expect(allFromCapital(new RegExp(MENTION, 'uy'), text).map((m) => m[0])).not.toContain(
      '@realDonaldTrump',
    );
  });
});
