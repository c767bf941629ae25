import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * "The commission's trade spokesman, Olof Gill, said …": a role or body followed by a person's
 * name set off by commas names that person as the speaker, whether the words are quoted or
 * reported. Made-up sentences in that shape.
 */
function speakers(body: string) {
  const raw = `Talks update\n\nPublished July 9, 2025\n\n${body}\n`;
  const d = buildDataset([{ file: 'a.txt', raw }]);
  return d.quotes.map((q) => [q.kind, q.speaker, q.text]);
}

describe('a name in apposition after a role or body is the speaker', () => {
  it('a spokesman named after his title, reported', () => {
    expect(
      speakers('The commission’s trade spokesman, Pieter Aalbers, said the bloc was ready to retaliate.'),
    ).toEqual([['reported', 'Pieter Aalbers', 'the bloc was ready to retaliate']]);
  });

  it('an official named after a long title holding a ministry', () => {
    expect(
      speakers(
        'The director of the Trade Remedies Authority under the Ministry of Industry and Trade, Mai Thanh Son, said the talks had made progress.',
      ),
    ).toEqual([['reported', 'Mai Thanh Son', 'the talks had made progress']]);
  });

  it('a quote before the frame goes to the named official, and the frame adds no statement', () => {
    expect(
      speakers(
        '“We are ready for every outcome,” the European Commission’s trade spokesman, Pieter Aalbers, said on Tuesday.',
      ),
    ).toEqual([['direct', 'Pieter Aalbers', 'We are ready for every outcome,']]);
  });

  it('an appositive role after the name still leaves the name the speaker', () => {
    expect(
      speakers('Pieter Aalbers, the commission’s trade spokesman, said the bloc was ready to retaliate.'),
    ).toEqual([['reported', 'Pieter Aalbers', 'the bloc was ready to retaliate']]);
  });
});
