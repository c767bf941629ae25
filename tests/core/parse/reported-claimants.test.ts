import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Made-up sentences, one shape of news writing each, with the statement a reader would file. */
const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));
const speakers = (body: string) => reported(body).map((r) => r.speaker);

describe('reported statements: news outlets as claimants', () => {
  it('files "<wire> reported that …" under the wire', () => {
    expect(reported('Reuters reported that the minister would fly to Ottawa next week.')).toEqual([
      { speaker: 'Reuters news agency', text: 'the minister would fly to Ottawa next week' },
    ]);
  });

  it('files a trailing "…, Bloomberg reported" under the outlet', () => {
    expect(speakers('The delegation was served rice and fish at the banquet, Bloomberg reported.')).toEqual([
      'Bloomberg News',
    ]);
  });

  it('names a paper by its masthead or its foreign article', () => {
    expect(speakers('The Harbour Times reported that port fees would double in May.')).toEqual([
      'The Harbour Times',
    ]);
    expect(speakers('El Cronista reported that the envoy had left the talks early.')).toEqual([
      'El Cronista',
    ]);
  });

  it('reads "the news outlet" as the outlet named before', () => {
    expect(
      speakers(
        'La Voz reported that the envoy left early. The Andean news outlet added that the dinner was tense.',
      ),
    ).toEqual(['La Voz', 'La Voz']);
  });

  it('leaves "the newspaper" to the ordinary source rule when no outlet was named', () => {
    expect(speakers('The newspaper added that the dinner was tense.')).not.toContain('La Voz');
  });

  it('does not take a dateline credit "(Reuters)" for a subject', () => {
    expect(
      speakers(
        '(Reuters) - The two sides agreed to talk, according to four people familiar with the matter.',
      ),
    ).not.toContain('Reuters news agency');
  });

  it('gives "According to <outlet>, X said …" to X, and a bare "…, according to <outlet>" to the outlet', () => {
    expect(speakers('According to Kyodo News, Akazawa said the talks would resume in June.')).toEqual([
      'Ryosei Akazawa',
    ]);
    expect(
      speakers('The envoy plans to return to Washington in May, according to a Yomiuri newspaper report.'),
    ).toEqual(['The Yomiuri Shimbun']);
  });
});

describe('reported statements: trailing attributions', () => {
  it('cuts a title off the claim ("…, Prime Minister X said during a visit")', () => {
    expect(
      reported(
        'Japan will cut its rice tariff, Prime Minister Shigeru Ishiba said during a visit to Osaka, as markets fell.',
      ),
    ).toEqual([{ speaker: 'Shigeru Ishiba', text: 'Japan will cut its rice tariff' }]);
  });

  it('keeps a clause whose closing comma stands inside a quote', () => {
    expect(
      reported('There is no “written order from Washington,” said Akazawa, the chief negotiator.'),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'There is no “written order from Washington,”' }]);
  });

  it('files nothing for a quote alone before an inverted verb', () => {
    expect(reported('“We welcome the cut,” said Akazawa, the chief negotiator.')).toEqual([]);
  });

  it('reads "X told their counterparts, they said" as X\'s statement relayed', () => {
    expect(
      speakers(
        'The sources said the talks went well. The ministry could move fast, Japanese officials told their U.S. counterparts, they said.',
      ),
    ).toEqual(['sources', 'Japanese officials']);
  });
});

describe('reported statements: verbs and subjects', () => {
  it('takes an infinitive after "threatened"', () => {
    expect(reported('Trump threatened to raise the levy on cars to 25%.')).toEqual([
      { speaker: 'Donald Trump', text: 'to raise the levy on cars to 25%' },
    ]);
  });

  it('reads "hinted at" with its object', () => {
    expect(reported('Akazawa hinted at proposals on chips and rare earths.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'proposals on chips and rare earths' },
    ]);
  });

  it('does not read a compound adjective ("agreed-upon") as a speech verb', () => {
    expect(
      reported(
        'The trade officials said the White House will issue an order outlining a previously agreed-upon deal.',
      ),
    ).toEqual([
      {
        speaker: 'trade officials',
        text: 'the White House will issue an order outlining a previously agreed-upon deal',
      },
    ]);
  });

  it('counts "Two of the sources said" as the sources speaking, and "they said" after them', () => {
    expect(
      speakers(
        'The deal is close, according to people familiar with the matter. Two of the sources said a vote was likely. However, they said the date was open.',
      ),
    ).toEqual([
      'sources familiar with the matter',
      'sources familiar with the matter',
      'sources familiar with the matter',
    ]);
  });

  it('keeps "they" for a named pair after sources spoke', () => {
    expect(
      speakers(
        'The sources said a vote was likely. Lutnick and Bessent met on Monday. They said the date was open.',
      ),
    ).toEqual(['sources', 'Howard Lutnick', 'Scott Bessent']);
  });

  it('does not take a country inside a title for the speaker of an inverted verb', () => {
    expect(speakers('The rate is only a starting point, said Ambassador to the US Shigeru Ishiba.')).toEqual([
      'Shigeru Ishiba',
    ]);
    expect(speakers('The rate is only a starting point, said Japan.')).toEqual(['Japanese government']);
  });

  it('reads a capitalised "Sources revealed that …"', () => {
    expect(speakers('Sources revealed that Akazawa planned to sign the papers.')).toEqual(['sources']);
  });
});
