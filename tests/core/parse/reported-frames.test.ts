import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Made-up sentences, one shape of news writing each, with the statement a reader would file. */
const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('reported statements: shapes that report no words', () => {
  it('files nothing for a passive infinitive after a participle that describes a thing', () => {
    // "proposed" here modifies "levies"; nobody proposed anything in this sentence.
    expect(
      reported(
        'The ministry began talks aimed at cutting the levies proposed to be imposed by Washington on its rice.',
      ),
    ).toEqual([]);
  });

  it('still files an active infinitive after a verb of commitment', () => {
    expect(reported('Lutnick pledged to review the steel quota before the end of the year.')).toEqual([
      { speaker: 'Howard Lutnick', text: 'to review the steel quota before the end of the year' },
    ]);
  });

  it('leaves a short object named in closing quoted words to the direct quote', () => {
    const quotes = extractQuotes(
      article('Ishiba called the new levy “a slap in the face of an ally.”'),
      cast,
    );
    expect(quotes.filter((q) => q.kind === 'reported')).toEqual([]);
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Shigeru Ishiba']);
  });

  it('still files what someone called something when no quote marks carry the words', () => {
    expect(reported('Ishiba called Trump a tough negotiator.')).toEqual([
      { speaker: 'Shigeru Ishiba', text: 'Trump a tough negotiator' },
    ]);
  });
});

describe('reported statements: a free relative before a colon', () => {
  it('gives the clause after the colon to the verb that takes the free relative, not to its inner speaker', () => {
    expect(
      reported(
        'Ishiba on Thursday confirmed what President Trump announced Monday: that the rice deal had been signed.',
      ),
    ).toEqual([{ speaker: 'Shigeru Ishiba', text: 'the rice deal had been signed' }]);
  });
});

describe('reported statements: a relative clause between the subject and its verb', () => {
  it('finds the subject before a relative clause that holds a speech verb of its own', () => {
    expect(
      reported(
        'Ishiba, whom Trump has praised as a great leader, has said he is ready to leave the rice pact.',
      ),
    ).toEqual([{ speaker: 'Shigeru Ishiba', text: 'he is ready to leave the rice pact' }]);
  });

  it('does so when the relative clause closes with quoted words', () => {
    const quotes = extractQuotes(
      article(
        'Ishiba, whom Trump has praised as a “great leader,” has said he is ready to leave the rice pact.',
      ),
      cast,
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Donald Trump'],
      ['reported', 'Shigeru Ishiba'],
    ]);
  });

  it('files no act a relative clause names as a statement ("who announced the levies")', () => {
    expect(reported('Lutnick, who announced the levies in April, said the rate would stay.')).toEqual([
      { speaker: 'Howard Lutnick', text: 'the rate would stay' },
    ]);
  });
});

describe('reported statements: a document as the source of an account', () => {
  it('gives "according to a statement" to the organisation that spoke before', () => {
    const body = [
      'The Foreign Ministry said talks on rice would resume in June.',
      'The delegation will press for a lower rate on steel, according to a cabinet statement.',
    ].join('\n\n');
    expect(reported(body)).toEqual([
      { speaker: 'Japanese Foreign Ministry', text: 'talks on rice would resume in June' },
      { speaker: 'Japanese Foreign Ministry', text: 'The delegation will press for a lower rate on steel' },
    ]);
  });

  it('gives nothing when no organisation has spoken for the statement to come from', () => {
    expect(
      reported('The delegation will press for a lower rate on steel, according to a cabinet statement.'),
    ).toEqual([]);
  });
});

describe('reported statements: headlines', () => {
  it('files nothing from a title-case headline line run into the lines after it', () => {
    const body =
      'Rice Talks Resume\nLutnick Says He Has a Rice Deal With Tokyo\nEDT\n\nLutnick said the rice quota would double.';
    expect(reported(body)).toEqual([{ speaker: 'Howard Lutnick', text: 'the rice quota would double' }]);
  });

  it('files nothing from a sentence-case headline paragraph that attributes with "says"', () => {
    const body =
      'Rice quota will double next year, says Lutnick\n\nLutnick said on Friday that the rice quota would double next year.';
    expect(reported(body)).toEqual([
      { speaker: 'Howard Lutnick', text: 'the rice quota would double next year' },
    ]);
  });

  it('still files a present-tense attribution inside a hard-wrapped paragraph', () => {
    const body =
      'The quota on rice imports will double next year, says Lutnick, who\nled the talks in Washington this week.\n\nThe yen rose.';
    expect(reported(body).map((r) => r.speaker)).toEqual(['Howard Lutnick']);
  });
});

describe('reported statements: a subordinate clause first', () => {
  it('opens the statement with a finite subordinate clause set off by a comma', () => {
    expect(
      reported('Akazawa said while the letter was a surprise, the later date gave Japan time to negotiate.'),
    ).toEqual([
      {
        speaker: 'Ryosei Akazawa',
        text: 'while the letter was a surprise, the later date gave Japan time to negotiate',
      },
    ]);
  });

  it('files nothing when "while" opens only an adverbial', () => {
    expect(reported('Akazawa told reporters while visiting Osaka on Friday.')).toEqual([]);
  });
});
