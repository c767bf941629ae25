import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/article';
import { buildDataset } from '../../src/core/dataset';

/**
 * Hostile page text for the parser: any Unicode (including lone surrogates), control characters,
 * NUL bytes, BOMs, CRLF and lone CR, unbalanced and nested quote marks of every style, and lines
 * long enough to find quadratic scans. tests/core/parse/invariants.test.ts covers page-shaped text
 * and sentence offsets; this adds the nastier alphabet and the quote contract.
 */
const QUOTE_MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '「', '」', '„', '‹', '›'];

const quoted = fc
  .tuple(fc.constantFrom(...QUOTE_MARKS), fc.string({ maxLength: 80 }), fc.constantFrom(...QUOTE_MARKS))
  .map(([open, inner, close]) => `${open}${inner}${close}`);

const nested = fc
  .tuple(
    fc.constantFrom('Tanaka', 'Minister Kanzaki', 'the official', 'Bessent'),
    fc.string({ maxLength: 40 }),
  )
  .map(([who, w]) => `“We said ‘${w}’ and “they said 'no${w}'”,” ${who} said. 'Unclosed ${w}`);

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 3, arbitrary: quoted },
  { weight: 2, arbitrary: nested },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\uFEFF',
      '\r\n',
      '\r',
      '\n\n',
      '\u2028',
      '\t\v\f',
      '\u001b[31m',
      '\uD800',
      'Advertisement',
      'By Staff Writer',
      'June 8, 2025',
      'last Tuesday',
      '2025-13-45',
      '“We will not accept 25%,” Akazawa told reporters.',
      'Akazawa said: "the tariff is unacceptable',
      '“',
      '”',
      '"',
    ),
  },
  // Huge lines: one long run without a break, and a long run of quote marks.
  { weight: 1, arbitrary: fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n + 5_000)) },
  { weight: 1, arbitrary: fc.nat({ max: 3_000 }).map((n) => '“a” '.repeat(n + 500)) },
);

const hostileText = fc.array(fragment, { maxLength: 16 }).chain((parts) =>
  fc
    .array(fc.constantFrom('', ' ', '\n', '\r\n', '\u0000'), {
      minLength: parts.length,
      maxLength: parts.length,
    })
    .map((seps) => parts.map((p, i) => `${p}${seps[i]}`).join('')),
);

function checkQuotes(d: Dataset): void {
  const bodies = new Map(d.articles.map((a) => [a.id, a.body]));
  for (const q of d.quotes) {
    const body = bodies.get(q.articleId);
    expect(body, `quote ${q.id} belongs to an article in the dataset`).toBeDefined();
    if (q.kind !== 'direct') continue;
    // A direct quote is exactly the characters between the marks, and its offsets point at them.
    expect(body!.slice(q.start, q.end)).toBe(q.text);
    expect(body!.includes(q.text)).toBe(true);
  }
}

describe('the parser survives any text and never invents a quote', () => {
  it('parses hostile text without throwing, and every direct quote is verbatim in its body', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const d = buildDataset([{ file: 'hostile.txt', raw: text }]);
        expect(d.articles.length + d.problems.length).toBeGreaterThan(0);
        checkQuotes(d);
      }),
      { numRuns: 150, seed: 20250606 },
    );
  });

  it('parses several hostile files in one corpus, each file ending up an article or a named problem', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (texts) => {
        const d = buildDataset(texts.map((raw, i) => ({ file: `f${i}.txt`, raw })));
        expect(d.articles.length + d.problems.length).toBeGreaterThanOrEqual(texts.length);
        for (const p of d.problems) expect(p.message.length).toBeGreaterThan(0);
        checkQuotes(d);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('keeps direct quotes verbatim in realistic articles with every quote style', () => {
    const article = fc
      .array(fc.oneof(quoted, nested, fc.string({ maxLength: 40 })), { minLength: 1, maxLength: 8 })
      .map(
        (parts) =>
          `Tariff talks stall in Tokyo\nJune 8, 2025\n\n${parts
            .map((p, i) => `${i % 2 ? 'Akazawa said' : 'Officials told reporters'} ${p} on Friday.`)
            .join('\n\n')}\n`,
      );
    let direct = 0;
    fc.assert(
      fc.property(article, (raw) => {
        const d = buildDataset([{ file: 'a.txt', raw }]);
        direct += d.quotes.filter((q) => q.kind === 'direct').length;
        checkQuotes(d);
      }),
      { numRuns: 150, seed: 11 },
    );
    // The property means something only if quotes were actually found.
    expect(direct).toBeGreaterThan(50);
  });
});
