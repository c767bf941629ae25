import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { splitSentences } from '../../../src/core/parse/sentences';

/**
 * Made-up sentences in shapes of news writing that a held-out set of pages got wrong: a stop
 * glued to the next sentence, two speakers of one quote, a told-object that ends the sentence,
 * naming and posting verbs that state nothing, and a relative pronoun left at a cut.
 */
function read(...paragraphs: string[]) {
  const ds = buildDataset([{ file: 'x.txt', raw: paragraphs.join('\n\n') }]);
  return ds.quotes.map((q) => ({ kind: q.kind, speaker: q.speaker, text: q.text }));
}
const reported = (...p: string[]) => read(...p).filter((q) => q.kind === 'reported');
const direct = (...p: string[]) => read(...p).filter((q) => q.kind === 'direct');

describe('a full stop glued to the next sentence', () => {
  it('still ends the sentence before a capitalised word', () => {
    expect(
      splitSentences('The talks ended on Monday.The minister said “we are close.”She left.').map(
        (s) => s.text,
      ),
    ).toEqual(['The talks ended on Monday.', 'The minister said “we are close.”', 'She left.']);
  });

  it('leaves abbreviations, initials, decimals and web addresses whole', () => {
    const text =
      'Mr.Smith met J.Roe at 3.5 per cent in the U.S.Trade office and visited www.Example.com today.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });

  it('ends a reported statement at the glued stop', () => {
    const got = reported(
      'President John Roe said the chances of a deal were only “50-50” and that three points remained.Later in the day the two leaders met again.',
    );
    expect(got).toEqual([
      {
        kind: 'reported',
        speaker: 'John Roe',
        text: 'the chances of a deal were only “50-50” and that three points remained',
      },
    ]);
  });
});

describe('two people who say one quote together', () => {
  it('files "X and Y both said “…”" under the first, and the statement under both', () => {
    const page =
      'Trade Minister Jane Doe and Prime Minister John Roe yesterday both said they were “disappointed” by the move.';
    expect(direct(page)).toEqual([{ kind: 'direct', speaker: 'Jane Doe', text: 'disappointed' }]);
    const got = reported(page);
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Jane Doe',
      text: 'they were “disappointed” by the move',
    });
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'John Roe',
      text: 'they were “disappointed” by the move',
    });
  });

  it('reads "both" between the names and the verb as no obstacle', () => {
    const got = reported('Jane Doe and John Roe both said the talks went well.');
    expect(got.map((r) => r.speaker).sort()).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('frames that state nothing of their own', () => {
  it('"“…,” X told a regular briefing." reports no statement: the briefing is where, not what', () => {
    const page = '“The focus was on trade,” foreign ministry spokesperson Ana Lima told a regular briefing.';
    expect(reported(page)).toEqual([]);
    expect(direct(page)).toEqual([{ kind: 'direct', speaker: 'Ana Lima', text: 'The focus was on trade,' }]);
  });

  it('"after what he called a “…” by …" names a thing in his words; it is no statement', () => {
    const got = read(
      'President Donald Trump on Tuesday announced a new rate after what he called a “beautiful visit” by President Ana Lima to the White House.',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Donald Trump', text: 'beautiful visit' });
    expect(got.filter((q) => q.kind === 'reported')).toEqual([]);
  });

  it('"announced what he called reciprocal rates" names the act\'s object, no statement', () => {
    const got = reported(
      'President Donald Trump met leaders in April.',
      'The rate is above the 17% set when Trump announced what he called reciprocal tariff rates for dozens of countries.',
    );
    expect(got).toEqual([]);
  });

  it('"citing what he called …" keeps the claim the naming carries', () => {
    const got = reported(
      'President Donald Trump threatened a 50% tariff on Ruritania, citing what he called an “international disgrace” over the trial of its former leader.',
    );
    expect(got.some((r) => r.speaker === 'Donald Trump' && r.text.includes('international disgrace'))).toBe(
      true,
    );
  });

  it('"posted the news on his platform" reports an act, and a cut keeps no dangling "where"', () => {
    const got = reported(
      'President Donald Trump posted the news on his social media platform after meeting President Ana Lima in the Oval Office, where he had signaled a deal could be reached.',
    );
    expect(got.some((r) => /^the news/.test(r.text))).toBe(false);
    expect(got.some((r) => /\bwhere$/.test(r.text))).toBe(false);
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Donald Trump',
      text: 'a deal could be reached',
    });
  });

  it('"posted that …" still reports the words', () => {
    const got = reported('President Donald Trump posted that the new tariff would start on Friday.');
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Donald Trump',
      text: 'the new tariff would start on Friday',
    });
  });
});

describe('who "he" and a charge in quote marks belong to', () => {
  it('"he" after "Responding to reports quoting X as saying …, Y said …" is Y, the main verb\'s speaker', () => {
    const got = direct(
      'Finance Minister Pedro Diaz spoke on Thursday.',
      'Responding to reports quoting Commerce Secretary John Roe as saying that a deal had been concluded, Mr Diaz said his country was still working “a little bit more” on details.',
      '“Don’t make me say anything just yet,” he said in response to a query.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Pedro Diaz',
      text: 'Don’t make me say anything just yet,',
    });
  });

  it('files a named possessor\'s charge ("Roe’s claim that … “…”") under the possessor', () => {
    const got = direct(
      'President Pedro Diaz spoke on Monday.',
      'Diaz rejected Finance Minister John Roe’s claim that the talks were “a failure”.',
    );
    expect(got).toEqual([{ kind: 'direct', speaker: 'John Roe', text: 'a failure' }]);
  });

  it('never gives the accused the words of an accusation ("responding to the opposition’s accusation of “…”")', () => {
    const got = direct(
      'President Pedro Diaz spoke on Monday.',
      'The details cannot be published before the talks end, Diaz said when responding to the opposition’s accusation of “keeping the public in the dark.”',
    );
    expect(got.filter((q) => q.speaker === 'Pedro Diaz')).toEqual([]);
  });
});

describe('an -ing form after a possessive', () => {
  it('"at Diaz’s urging" is a noun: the statement runs on past it', () => {
    const got = reported(
      'Commerce Secretary John Roe said earlier that the two countries had reached trade agreements, days after they agreed to a ceasefire at President Pedro Diaz’s urging after clashes along their border.',
    );
    expect(got).toEqual([
      {
        kind: 'reported',
        speaker: 'John Roe',
        text: 'the two countries had reached trade agreements, days after they agreed to a ceasefire at President Pedro Diaz’s urging after clashes along their border',
      },
    ]);
  });
});
