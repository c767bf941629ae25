import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Made-up sentences, one shape of news writing each, with the statement a reader would file. */
const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('reported statements: another subject inside the clause', () => {
  it('reads past a coordinated subject that has a verb of its own', () => {
    expect(reported('Akazawa said he and President Trump agreed that talks should resume in May.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'he and President Trump agreed that talks should resume in May' },
    ]);
  });

  it('keeps an offer inside a claim as the claimant’s account, not the offerer’s statement', () => {
    expect(reported('Lutnick claimed Japan had offered to cut its rice tariff to zero.')).toEqual([
      { speaker: 'Howard Lutnick', text: 'Japan had offered to cut its rice tariff to zero' },
    ]);
  });

  it('reads past a relative clause with a verb of threatening', () => {
    expect(
      reported('Trump said he had agreed to lower the tariff he had threatened on cars to 15%.'),
    ).toEqual([
      { speaker: 'Donald Trump', text: 'he had agreed to lower the tariff he had threatened on cars to 15%' },
    ]);
  });

  it('stops at a trailing attribution after a comma inside the closing quote mark', () => {
    expect(
      reported(
        'Akazawa asked Greer to cut the duties on cars and parts in “the coming weeks,” the Foreign Ministry said.',
      ),
    ).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'to cut the duties on cars and parts in “the coming weeks,”' },
    ]);
  });

  it('still stops at a second speaker after a finished clause', () => {
    expect(reported('Bessent said the talks stalled and Akazawa said the offer was final.')).toEqual([
      { speaker: 'Scott Bessent', text: 'the talks stalled' },
      { speaker: 'Ryosei Akazawa', text: 'the offer was final' },
    ]);
  });

  it('drops the writer’s "even after …" clause cut before the next speaker', () => {
    expect(
      reported(
        'The White House stated on Monday that it intends to press for lower duties, even after President Trump announced plans to double them.',
      ),
    ).toEqual([{ speaker: 'White House', text: 'it intends to press for lower duties' }]);
  });

  it('keeps a name that opens a relative clause of its own and files that clause apart', () => {
    expect(
      reported(
        'Akazawa explained that the trip was made at the request of Ishiba, who stressed that rice was not on the table.',
      ),
    ).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'the trip was made at the request of Ishiba' },
      { speaker: 'Shigeru Ishiba', text: 'rice was not on the table' },
    ]);
  });
});

describe('reported statements: telephone calls are no statements', () => {
  it('files nothing for "called" with a person or an infinitive of purpose', () => {
    expect(reported('Ishiba called President Trump on Thursday ahead of the new tariffs on steel.')).toEqual(
      [],
    );
    expect(reported('Akazawa and Greer have called to launch talks on trade and investment.')).toEqual([]);
  });
});

describe('reported statements: more frames of saying', () => {
  it('reads "made clear that" and a trailing "affirmed"', () => {
    expect(reported('Greer made clear that the levy on steel would stay in place.')).toEqual([
      { speaker: 'Jamieson Greer', text: 'the levy on steel would stay in place' },
    ]);
    expect(reported('Talks with Tokyo will resume next week, Greer affirmed.')).toEqual([
      { speaker: 'Jamieson Greer', text: 'Talks with Tokyo will resume next week' },
    ]);
  });

  it('reads "highlighting that", "expressing confidence that", "proposing …"', () => {
    expect(
      reported('Akazawa said the meeting was useful, highlighting that exports of cars had grown.'),
    ).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'the meeting was useful' },
      { speaker: 'Ryosei Akazawa', text: 'exports of cars had grown' },
    ]);
    expect(
      reported(
        'The talks went on for hours, the Foreign Ministry said, expressing confidence that a deal would come soon.',
      ),
    ).toEqual([
      { speaker: 'Japanese Foreign Ministry', text: 'The talks went on for hours' },
      { speaker: 'Japanese Foreign Ministry', text: 'a deal would come soon' },
    ]);
    expect(reported('Akazawa sent a letter to Lutnick, proposing a pause on the new duties.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'a pause on the new duties' },
    ]);
  });

  it('files nothing for "highlighting" with only a noun: it names a topic', () => {
    expect(reported('Trump pointed to the market, highlighting long-standing concerns about rice.')).toEqual(
      [],
    );
  });

  it('gives a relayed position and the participle after the trailing attribution to its speaker', () => {
    expect(
      reported(
        'Japan has made it clear that the Diet must approve the deal, Ishiba said, stressing that rice was not on the table.',
      ),
    ).toEqual([
      { speaker: 'Shigeru Ishiba', text: 'Japan has made it clear that the Diet must approve the deal' },
      { speaker: 'Shigeru Ishiba', text: 'rice was not on the table' },
    ]);
  });
});

describe('reported statements: sources and bodies', () => {
  it('reads state media as the claimant of a trailing "reported"', () => {
    expect(
      reported('Japan’s trade minister spoke to Greer by phone on Wednesday, state-run media reported.'),
    ).toEqual([
      { speaker: 'state-run media', text: 'Japan’s trade minister spoke to Greer by phone on Wednesday' },
    ]);
  });

  it('ends a ministry’s "of" list at its final "and": a country after the comma is the claim’s', () => {
    expect(
      reported(
        'According to the Ministry of Industry and Trade, Japan and the US are two complementary economies.',
      ),
    ).toEqual([
      { speaker: 'Ministry of Industry and Trade', text: 'Japan and the US are two complementary economies' },
    ]);
    expect(
      reported('According to the Ministry of Economy, Trade and Industry, exports of cars fell in May.'),
    ).toEqual([{ speaker: 'Ministry of Economy, Trade and Industry', text: 'exports of cars fell in May' }]);
  });

  it('keeps a claim that "according to X" interrupts', () => {
    expect(reported('The measure, according to Trump, responds to an unfair trade relationship.')).toEqual([
      {
        speaker: 'Donald Trump',
        text: 'The measure, according to Trump, responds to an unfair trade relationship',
      },
    ]);
    expect(reported('The measure will hit cars, according to Trump.')).toEqual([
      { speaker: 'Donald Trump', text: 'The measure will hit cars' },
    ]);
  });

  it('reads "its ministry" as the ministry of the country named before it', () => {
    expect(
      reported(
        'Malaysia is keeping up efforts to negotiate on tariffs, its trade ministry said.\nThe nation is committed to a balanced agreement, it added.',
      ),
    ).toEqual([
      { speaker: 'Malaysian trade ministry', text: 'Malaysia is keeping up efforts to negotiate on tariffs' },
      { speaker: 'Malaysian trade ministry', text: 'The nation is committed to a balanced agreement' },
    ]);
  });

  it('reads a group of ministers named by where they come from, not bare "the ministers"', () => {
    expect(
      reported('European Union ministers said on Monday they would focus on negotiations with Washington.'),
    ).toEqual([
      { speaker: 'European Union ministers', text: 'they would focus on negotiations with Washington' },
    ]);
    expect(reported('The ministers said they would meet again in June.')).toEqual([]);
  });
});
