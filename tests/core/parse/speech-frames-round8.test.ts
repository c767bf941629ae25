import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up articles in shapes of news writing that round 8's practice pages (Swiss, British, Chinese,
 * Brazilian and US outlets) got wrong: the speech frame or title in each, with what a reader would
 * file under whom.
 */
function load(...paragraphs: string[]) {
  return buildDataset([{ file: 'x.txt', raw: paragraphs.join('\n\n') }]);
}
const direct = (...p: string[]) =>
  load(...p)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('a councillor’s title is not part of the name', () => {
  it('drops "Federal Councillor" and "Cllr" from the speaker and from people', () => {
    const ds = load(
      'Swiss minister returns from Washington',
      'Federal Councillor Anna Muster held talks with US officials in Washington on Friday.',
      'Muster said the meetings had been “constructive” but gave no details.',
      'In Leeds, Cllr John Bloggs (Lab) said the tariffs were “a blow to local jobs”.',
    );
    const names = ds.people.map((p) => p.name);
    expect(names).toContain('Anna Muster');
    expect(names).toContain('John Bloggs');
    expect(names.some((n) => /Councillor|Cllr/.test(n))).toBe(false);
    const quotes = ds.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text]);
    expect(quotes).toContainEqual(['Anna Muster', 'constructive']);
    expect(quotes).toContainEqual(['John Bloggs', 'a blow to local jobs']);
  });

  it('files the American spelling "Councilor" the same way', () => {
    const ds = load(
      'City reacts to tariffs',
      'Councilor Maria Lopez said the levies were “unfair to our port”.',
    );
    expect(ds.people.map((p) => p.name)).toContain('Maria Lopez');
    expect(ds.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Maria Lopez');
  });
});

describe('a body announcing right after the closing mark, with its article', () => {
  it('gives the words to the organisation', () => {
    expect(
      direct(
        'Bern keeps talking to Washington',
        'The Federal Council met in an extraordinary session on Thursday.',
        '“We will continue the talks beyond the deadline,” the Federal Council announced on Friday.',
      ),
    ).toContainEqual({ speaker: 'Federal Council', text: 'We will continue the talks beyond the deadline,' });
  });

  it('still does not read "announced" elsewhere as introducing the words', () => {
    const got = direct(
      'Tariff pause',
      'The White House announced a “90-day pause” on the new duties on Wednesday.',
    );
    expect(got).toEqual([]);
  });
});

describe('a participle after a "that" clause continues the main subject', () => {
  it('does not give the words to the subject inside the clause', () => {
    const got = direct(
      'Beijing weighs US overtures',
      'Beijing has officially acknowledged that the Trump administration made several attempts to open talks, stating that it is “still assessing the situation.”',
    );
    expect(got).toHaveLength(1);
    expect(got[0]!.speaker).not.toBe('Trump administration');
    expect(got[0]!.speaker).toBe('Chinese government');
  });

  it('keeps the clause subject when nothing stands before "that"', () => {
    const got = direct(
      'Minister on tariffs',
      'Trade Minister Anna Roe met reporters on Monday.',
      'Roe left the meeting early, saying she felt “very encouraged” by the talks.',
    );
    expect(got).toContainEqual({ speaker: 'Anna Roe', text: 'very encouraged' });
  });
});

describe('a promise or announcement that takes a clause reports words', () => {
  it('gives quoted words inside "promised the prime minister would …" to the one who promised', () => {
    const got = direct(
      'Leaders meet on trade',
      'US President Donald Trump hosted British Prime Minister Keir Starmer at the White House on Thursday.',
      'Trump promised the prime minister would walk away “very happy” from the talks.',
    );
    expect(got).toEqual([{ speaker: 'Donald Trump', text: 'very happy' }]);
  });

  it('gives quoted words inside "announced on Friday that …" to the body that announced', () => {
    const got = direct(
      'Beijing weighs US overtures',
      'The Chinese Commerce Ministry announced on Friday that it was “assessing” the recent US approaches.',
    );
    expect(got).toEqual([{ speaker: 'Chinese Commerce Ministry', text: 'assessing' }]);
  });

  it('leaves a thing announced (an object, no clause) alone', () => {
    expect(
      direct('Tariff pause', 'The White House announced a “90-day pause” on the new duties on Wednesday.'),
    ).toEqual([]);
  });
});

describe('a body criticising a thing "as" words of its own', () => {
  it('gives both coordinated words to the body, past the abbreviation in the object', () => {
    expect(
      direct(
        'Beijing hits back',
        'The Chinese commerce ministry has criticized U.S. tariffs as “vile” and “unilateralist,” accusing Washington of bullying.',
      ),
    ).toEqual([
      { speaker: 'Chinese commerce ministry', text: 'vile' },
      { speaker: 'Chinese commerce ministry', text: 'unilateralist,' },
    ]);
  });

  it('reads "condemned X as" and "calling them" after a country-modified object as the subject’s', () => {
    expect(direct('Mexico reacts', 'Mexico condemned the move as an “unfair deal” on Friday.')).toEqual([
      { speaker: 'Mexican government', text: 'unfair deal' },
    ]);
    const got = direct(
      'Beijing hits back',
      'The Chinese commerce ministry has sharply criticized U.S. tariffs, calling them “vile,” actions that worsen trade tensions.',
    );
    expect(got).toEqual([{ speaker: 'Chinese commerce ministry', text: 'vile,' }]);
  });

  it('keeps the nearer subject when a conjunction opens its own clause', () => {
    const got = direct(
      'Tariff row',
      'Trade Minister Anna Roe met reporters as China hit back, calling the levies “bullying”.',
    );
    expect(got).toEqual([{ speaker: 'Chinese government', text: 'bullying' }]);
  });
});

describe('a family name "He" mid-sentence', () => {
  it('reads "…, He Yongqian, a ministry spokesperson, said" as a person, and the spokesperson later as him', () => {
    const ds = load(
      'Beijing responds',
      'China is ready to work with other countries against protectionism, He Yongqian, a ministry spokesperson, said on Thursday.',
      'China will defend its interests against unilateralist “bullying”, the commerce ministry spokesperson said.',
      'He said China would also challenge the tariffs at the WTO.',
    );
    expect(ds.people.map((p) => p.name)).toContain('He Yongqian');
    const quote = ds.quotes.find((q) => q.kind === 'direct');
    expect(quote).toMatchObject({ speaker: 'He Yongqian', text: 'bullying' });
  });
});
