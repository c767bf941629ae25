import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up articles in shapes of news writing that round 9's practice pages (Reuters, AFP, China
 * Daily, SCMP, Swiss and South African reports) got wrong: who the words go to, as a reader would
 * file them.
 */
function load(...paragraphs: string[]) {
  return buildDataset([{ file: 'x.txt', raw: paragraphs.join('\n\n') }]);
}
const direct = (...p: string[]) =>
  load(...p)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('unnamed sources qualified by a bloc or country written in capitals', () => {
  it('keeps "EU" and "UK" in the source’s name, as the article names it', () => {
    const got = direct(
      'Brussels weighs US offer',
      'Two EU diplomats said the offer was “not good enough” for the bloc.',
      'Talks with London were going well, a UK official said on Monday.',
      '“We are close to a landing zone,” the official said.',
    );
    expect(got).toContainEqual({ speaker: 'EU diplomats', text: 'not good enough' });
    expect(got).toContainEqual({ speaker: 'UK official', text: 'We are close to a landing zone,' });
  });

  it('does not keep a sentence-opening determiner in the name', () => {
    const got = direct('Tokyo talks', 'Several Japanese officials said the terms were “hard to accept.”');
    expect(got).toContainEqual({ speaker: 'Japanese officials', text: 'hard to accept.' });
  });
});

describe('"the diplomat told AFP" after "according to an EU diplomat"', () => {
  it('is the source the article described in the according-to phrase', () => {
    const got = direct(
      'Deal in sight',
      'According to an EU diplomat briefed on the talks, the outline of a deal is in place.',
      '“The deal is on the table, but it needs a final yes,” the diplomat told AFP.',
    );
    expect(got).toEqual([
      {
        speaker: 'EU diplomat briefed on the talks',
        text: 'The deal is on the table, but it needs a final yes,',
      },
    ]);
  });

  it('does not take a country after "according to" for a source', () => {
    const ds = load(
      'Cambodia prepares',
      'The Cambodian government has set up a task force for the talks.',
      'Rates were set according to the US trade deficit with each country.',
      'In addition, the government says it will “fight transshipment” in every port.',
    );
    const q = ds.quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker).toBe('Cambodian government');
  });
});

describe('"the government said" where the article never names a government in words', () => {
  it('is the government of the country the article is about', () => {
    const got = direct(
      'Swiss ministers fly to Washington',
      'Zurich — President Anna Roe and Economy Minister Max Muster flew to Washington on Tuesday to avoid tariffs on Switzerland.',
      'The tariffs have sent Switzerland reeling; exports from Switzerland to the US fell.',
      'During the visit, Roe and Muster will “seek talks at short notice”, the government said in a statement.',
    );
    expect(got).toEqual([{ speaker: 'Swiss government', text: 'seek talks at short notice' }]);
  });

  it('names no government when no one country other than the U.S. stands out', () => {
    const got = direct(
      'Tariff talks',
      'Officials from Canada and Mexico met in Washington on Tuesday.',
      'The US wants both to cut duties, and Canada and Mexico are weighing offers.',
      'The measures are “under review”, the government said.',
    );
    expect(got.map((q) => q.speaker)).not.toContain('Canadian government');
    expect(got.map((q) => q.speaker)).not.toContain('Mexican government');
  });
});

describe('naming verbs: "characterised X as “…”"', () => {
  it('gives the quoted words to the subject, in both spellings and as a participle', () => {
    const got = direct(
      'Call with Mexico',
      'President Donald Trump spoke with Mexico’s president on Thursday.',
      'Shortly before her statement, Trump characterized the call as “very fruitful” and confirmed the pause.',
      'Trade Minister Anna Roe left early, characterising the talks as “difficult but useful.”',
    );
    expect(got).toContainEqual({ speaker: 'Donald Trump', text: 'very fruitful' });
    expect(got).toContainEqual({ speaker: 'Anna Roe', text: 'difficult but useful.' });
  });
});

describe('a hyphenated rank and title before a name ("Vice-Premier He Lifeng")', () => {
  it('reads the name after the title, a short family name included, and the later "He" as that person', () => {
    const ds = load(
      'Talks conclude',
      "China's Vice-Premier He Lifeng stressed the need for trust as the talks ended on Sunday.",
      'Leading the delegation, He urged both sides to keep the “hard-won outcomes” of the talks.',
    );
    expect(ds.people.map((p) => p.name)).toContain('He Lifeng');
    const q = ds.quotes.find((x) => x.kind === 'direct');
    expect(q).toMatchObject({ speaker: 'He Lifeng', text: 'hard-won outcomes' });
  });

  it('reads a speaker with a relative clause after the hyphenated title', () => {
    expect(
      direct(
        'Talks in Geneva',
        'Vice-Premier Wang Lin, who led the delegation, said: “The talks were candid and constructive.”',
      ),
    ).toEqual([{ speaker: 'Wang Lin', text: 'The talks were candid and constructive.' }]);
  });
});

describe('a spokesperson’s title right before the name', () => {
  it('gives the words to the named person after "according to" and after an inverted verb', () => {
    const got = direct(
      'Leaders speak',
      'President Jane Roe spoke to the US president on Tuesday.',
      'According to the presidency spokesperson Sam Moyo, “the two leaders agreed to keep talking.”',
      '“We want a solution,” said EU spokesperson Lars Berg.',
    );
    expect(got).toContainEqual({ speaker: 'Sam Moyo', text: 'the two leaders agreed to keep talking.' });
    expect(got).toContainEqual({ speaker: 'Lars Berg', text: 'We want a solution,' });
  });

  it('keeps an unnamed spokesperson when no name follows', () => {
    expect(direct('EU reacts', '“We regret the decision,” an EU spokesperson said on Monday.')).toEqual([
      { speaker: 'EU spokesperson', text: 'We regret the decision,' },
    ]);
  });
});

describe('a short given name that is also an English word, after a title ("Vice Premier Liu He")', () => {
  it('keeps the whole name as the person and the speaker', () => {
    const ds = load(
      'Chinese Vice Premier Chen He says the talks have not broken down',
      'Chen said the failure to reach a deal was “just a small setback.”',
    );
    expect(ds.people.map((p) => p.name)).toContain('Chen He');
    expect(ds.quotes.find((q) => q.kind === 'direct')).toMatchObject({
      speaker: 'Chen He',
      text: 'just a small setback.',
    });
  });

  it('does not read the pronoun "He" as that person', () => {
    const got = direct(
      'Talks',
      'Chinese Vice Premier Chen He met officials on Friday.',
      'President Donald Trump spoke to reporters. He said the talks were “very good.”',
    );
    expect(got).toEqual([{ speaker: 'Donald Trump', text: 'very good.' }]);
  });

  it('does not take the pronoun opening the next sentence into the name', () => {
    const ds = load('Talks', 'The delegation met Vice Premier Chen Bo. He said the talks were “candid.”');
    expect(ds.people.map((p) => p.name)).toContain('Chen Bo');
    expect(ds.people.map((p) => p.name)).not.toContain('Chen Bo He');
  });
});
