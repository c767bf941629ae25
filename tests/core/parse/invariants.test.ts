import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/** Text shaped like pages: words, quote marks, furniture lines, dates, odd whitespace. */
const pageText = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Advertisement',
        'Related Articles',
        'March 3, 2025 at 09:15 JST',
        'date 2025-02-11 ',
        '“We will win,” Tanaka said.',
        'Finance Minister Aiko Tanaka said on Tuesday that talks went well.',
        '©2025 Example Media',
        '\r\n',
        '\uFEFF',
        '---\ntitle: x\n---\n',
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join('\n'));

describe('loading never fails and keeps its offsets honest', () => {
  it('builds a dataset from any text without throwing, and every sentence points into its body', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const d = buildDataset([{ file: 'any.txt', raw: text }]);
        expect(d.articles.length + d.problems.length).toBeGreaterThan(0);
        for (const a of d.articles) {
          for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
          expect(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published)).toBe(true);
        }
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
