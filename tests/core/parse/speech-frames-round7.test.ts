import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up articles in shapes of news writing that a fresh set of pages (round 7: EU, Canadian,
 * Australian, Indian, Japanese, Chinese and US outlets) and the earlier practice pages got wrong:
 * the speech frame in each, with what a reader would file under whom.
 */
function readFiles(files: { file: string; raw: string }[]) {
  const ds = buildDataset(files);
  return ds.quotes.map((q) => ({ kind: q.kind, speaker: q.speaker, text: q.text }));
}
const read = (...paragraphs: string[]) => readFiles([{ file: 'x.txt', raw: paragraphs.join('\n\n') }]);
const direct = (...p: string[]) => read(...p).filter((q) => q.kind === 'direct');

describe('a surname alone, where another article of the folder gives the full name', () => {
  const full = [
    'Thai minister heads home after tariff talks',
    'Finance Minister Somchai Rattanakul said on Sunday that Thailand had sent a new offer on tariffs.',
    '“We sent our proposal to Washington,” Somchai Rattanakul told reporters.',
  ].join('\n\n');
  const bare = [
    'Thailand waits for US reply on tariffs',
    'Speaking at Government House on Monday, Somchai gave an update on the tariff talks.',
    '“There are still many areas under review on the US side,” Somchai said.',
    'Asked about a zero tariff, Somchai laughed and replied, “Our principle is an open discussion.”',
  ].join('\n\n');

  it('files the quotes of the surname-only article under the full name, not the government', () => {
    const got = readFiles([
      { file: 'a.txt', raw: full },
      { file: 'b.txt', raw: bare },
    ]).filter((q) => q.kind === 'direct');
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Somchai Rattanakul',
      text: 'There are still many areas under review on the US side,',
    });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Somchai Rattanakul',
      text: 'Our principle is an open discussion.',
    });
  });
});

describe('a second predicate after "and", with a name in between that is an object', () => {
  it('gives the quote to the subject of the first verb, not to the name in the object', () => {
    const got = direct(
      'EU vows to defend wine makers from US tariffs',
      'US President Donald Trump threatened a 200% levy on European wine on Thursday.',
      'At a press conference, the spokesman, John Roe, assured that the bloc "will take all possible steps" to help sectors hurt by Trump\'s decisions and urged the United States to end a trade war "that helps no one".',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'will take all possible steps' });
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'that helps no one' });
  });

  it('keeps a name that stands between "and" and the verb as that verb\'s subject', () => {
    const got = direct(
      'Trade talks resume',
      'John Roe said the talks were “useful” and Mary Doe warned that “nothing is agreed yet.”',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Mary Doe', text: 'nothing is agreed yet.' });
  });
});

describe('verbs of summing up and assuring', () => {
  it('attribute the quote before them ("…", summarized Roe.)', () => {
    const got = direct(
      'EU ready to answer US tariffs',
      'Trade spokesman John Roe spoke to the press on Friday about the tariffs.',
      '"When it is time to protect our sectors, we take every step; we have tools if necessary", summarized Roe.',
      '"It helps nobody," he summed up.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'John Roe',
      text: 'When it is time to protect our sectors, we take every step; we have tools if necessary',
    });
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'It helps nobody,' });
  });
});
