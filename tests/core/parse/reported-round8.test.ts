import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Made-up sentences, one shape of news writing each, with the statement a reader would file. */
const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('reported statements: a fronted "According to" source phrase', () => {
  it('leaves the rest of the source phrase out of the claim', () => {
    const got = reported('According to a source from Canada, the meeting ran on for two hours.');
    expect(got.map((r) => r.text)).toEqual(['the meeting ran on for two hours']);
  });

  it('leaves the source’s relative clause out of the claim', () => {
    const got = reported(
      'According to the Foreign Ministry, which did not mention a delay, the dialogue will go on next month.',
    );
    expect(got.map((r) => r.text)).toEqual(['the dialogue will go on next month']);
  });

  it('leaves an apposition naming the source’s post out of the claim', () => {
    expect(
      reported('According to Akazawa, spokesperson for the cabinet office, the talks will resume in May.'),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'the talks will resume in May' }]);
  });

  it('keeps a claim whose subject is a role with a verb of its own', () => {
    expect(reported('According to Akazawa, the president still wants a deal.')).toContainEqual({
      speaker: 'Ryosei Akazawa',
      text: 'the president still wants a deal',
    });
  });
});

describe('reported statements: a past form after a determiner is an adjective', () => {
  it('reads "the proposed deal" as no statement, and finds the trailing source', () => {
    const got = reported(
      'Lutnick is arriving on Monday for talks on the proposed bilateral trade deal, according to a senior commerce ministry official.',
    );
    expect(got.map((r) => r.speaker)).not.toContain('Howard Lutnick');
    expect(got.map((r) => r.text)).toEqual([
      'Lutnick is arriving on Monday for talks on the proposed bilateral trade deal',
    ]);
  });
});

describe('reported statements: who "according to" names', () => {
  it('reads a name’s possessive before a past form as an adjective ("Japan’s proposed compromise")', () => {
    expect(
      reported(
        'According to local media, Trump kept Akazawa waiting before dismissing Japan’s proposed compromise.',
      ),
    ).toEqual([
      {
        speaker: 'local media',
        text: 'Trump kept Akazawa waiting before dismissing Japan’s proposed compromise',
      },
    ]);
  });

  it('gives the claim to the source when the sentence’s verb states nothing', () => {
    const got = reported(
      'Akazawa has continued meetings through the weekend with lawmakers, according to officials familiar with the schedule.',
    );
    expect(got).toEqual([
      {
        speaker: 'officials familiar with the schedule',
        text: 'Akazawa has continued meetings through the weekend with lawmakers',
      },
    ]);
  });

  it('leaves a quote’s speaker the speaker when a source relays the quote', () => {
    const got = reported(
      '“We have a deal,” Trump told reporters, according to the BBC, calling it historic.',
    );
    expect(got.map((r) => r.speaker)).not.toContain('BBC');
  });

  it('reads a person or individuals familiar with the matter as a source', () => {
    expect(
      reported(
        'According to individuals familiar with the discussion, there was consensus on a second round.',
      ),
    ).toEqual([
      {
        speaker: 'individuals familiar with the discussion',
        text: 'there was consensus on a second round',
      },
    ]);
  });

  it('names no source when the phrase’s head is unnamed and a country stands past the comma', () => {
    const got = reported(
      'According to reports, the trade team from the US will hold talks in Delhi on Tuesday.',
    );
    expect(got.map((r) => r.speaker)).not.toContain('U.S. government');
  });
});

describe('reported statements: people who "agreed to" a step', () => {
  it('reads a person agreeing to a step as an act, not a statement', () => {
    expect(reported('Trump agreed to a 30-day pause on the tariffs for Mexico and Canada.')).toEqual([]);
    expect(reported('Ishiba agreed to extend the trade agreement for 90 days.')).toEqual([]);
  });

  it('still reports what a person agreed that …', () => {
    expect(reported('Akazawa agreed that the talks should resume in May.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'the talks should resume in May' },
    ]);
  });

  it('gives the source the agreement it relays', () => {
    expect(
      reported('According to Akazawa, both governments also agreed to reduce tariffs on cars to 15%.'),
    ).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'both governments also agreed to reduce tariffs on cars to 15%' },
    ]);
  });
});
