import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Made-up sentences, one shape of news writing each, with the statement a reader would file. */
const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('reported statements: a short claim followed by a paragraph with "that"', () => {
  it('keeps both unnamed sources’ statements in consecutive paragraphs', () => {
    expect(
      reported(
        'Trade talks update\n\nOfficials said the talks would resume next week.\n\nSources warned that the deadline could slip.\n',
      ),
    ).toEqual([
      { speaker: 'officials', text: 'the talks would resume next week' },
      { speaker: 'sources', text: 'the deadline could slip' },
    ]);
  });

  it('keeps a named speaker’s short claim before a sentence that opens a "that" clause', () => {
    expect(
      reported('Trade talks update\n\nAkazawa said talks went well. Bessent noted that a deal was close.\n'),
    ).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'talks went well' },
      { speaker: 'Scott Bessent', text: 'a deal was close' },
    ]);
  });
});

describe('reported statements: commitments and appeals after a main clause', () => {
  it('reads "…, vowing to …" as the main subject’s pledge', () => {
    expect(
      reported('Ishiba struck a defiant tone on Monday, vowing to protect Japanese farmers from any deal.'),
    ).toEqual([{ speaker: 'Shigeru Ishiba', text: 'to protect Japanese farmers from any deal' }]);
  });

  it('reads "…, pledging to …" as the main subject’s pledge', () => {
    expect(reported('Akazawa left for Washington on Sunday, pledging to defend the auto industry.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'to defend the auto industry' },
    ]);
  });

  it('keeps a short infinitive that closes its sentence', () => {
    expect(reported('Ishiba rejected the new rate on Friday, vowing to take countermeasures.')).toEqual([
      { speaker: 'Shigeru Ishiba', text: 'to take countermeasures' },
    ]);
  });

  it('still drops a short infinitive that the excerpt cut off', () => {
    expect(reported('Ishiba rejected the new rate on Friday, vowing to take counter')).toEqual([]);
  });

  it('reads "…, urging X to …" past the one urged', () => {
    expect(reported('Akazawa met Lutnick in Washington, urging him to lower the tariff on cars.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'to lower the tariff on cars' },
    ]);
  });
});

describe('reported statements: the one urged is a country’s body', () => {
  it('reads past "the U.S. side" to the request', () => {
    expect(reported('Akazawa has been urging the U.S. side to review the Trump tariffs on cars.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'to review the Trump tariffs on cars' },
    ]);
  });
});

describe('reported statements: "called on X to …"', () => {
  it('reads the appeal past the one it is made of', () => {
    expect(reported('Bessent called on the European Union to reduce its trade surplus in goods.')).toEqual([
      { speaker: 'Scott Bessent', text: 'to reduce its trade surplus in goods' },
    ]);
  });

  it('reads "called upon" the same way', () => {
    expect(reported('Ishiba called upon the ruling coalition to back the tariff agreement.')).toEqual([
      { speaker: 'Shigeru Ishiba', text: 'to back the tariff agreement' },
    ]);
  });

  it('still reads a telephone call on a weekday as no statement', () => {
    expect(reported('Ishiba called on Monday to discuss the tariffs with the president.')).toEqual([]);
  });
});

describe('reported statements: a seat of government speaks under its own name', () => {
  it('names "Downing Street" as the news does, like the White House', () => {
    expect(reported('Downing Street said the talks with Washington were constructive.')).toEqual([
      { speaker: 'Downing Street', text: 'the talks with Washington were constructive' },
    ]);
  });
});

describe('reported statements: the reason an actor cites for an act', () => {
  it('reads "…, citing <reason>" as the statement of the act’s subject', () => {
    expect(
      reported('Trump imposed a further 40% tariff on Brazil in July, citing the trial of his ally.'),
    ).toEqual([{ speaker: 'Donald Trump', text: 'the trial of his ally' }]);
  });

  it('keeps a possessive reason and stops before the writer’s next clause', () => {
    expect(
      reported(
        'Akazawa delayed the trip to Washington, citing Japan’s need to review the text, as he told reporters on Monday.',
      ),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'Japan’s need to review the text' }]);
  });

  it('gives no second statement when a speech verb of the same subject carries the claim', () => {
    expect(
      reported('Trump threatened to impose a 50% tariff on Brazil, citing the trial of a former president.'),
    ).toEqual([
      {
        speaker: 'Donald Trump',
        text: 'to impose a 50% tariff on Brazil, citing the trial of a former president',
      },
    ]);
  });

  it('reads a cited source as relaying, not as a reason', () => {
    expect(reported('Bessent delayed the announcement, citing people familiar with the talks.')).toEqual([]);
    expect(reported('Lutnick raised the duty on steel, citing Bloomberg.')).toEqual([]);
  });
});

describe('reported statements: unnamed people opening a sentence', () => {
  it('reads "Analysts say …" as "analysts said" within a sentence reads', () => {
    expect(reported('Analysts say the shift could speed up a trade deal with India.')).toEqual([
      { speaker: 'analysts', text: 'the shift could speed up a trade deal with India' },
    ]);
  });

  it('reads "Diplomats said …" the same way', () => {
    expect(reported('Diplomats said the talks had stalled over rice imports.')).toEqual([
      { speaker: 'diplomats', text: 'the talks had stalled over rice imports' },
    ]);
  });

  it('names "An analyst" without the determiner', () => {
    expect(reported('An analyst said the talks were over for now.')).toEqual([
      { speaker: 'analyst', text: 'the talks were over for now' },
    ]);
  });
});

describe('reported statements: "warn" in the present plural', () => {
  it('reads "Analysts warn …" as a claim', () => {
    expect(reported('Analysts warn the tariff could deepen the pain of exporters.')).toEqual([
      { speaker: 'analysts', text: 'the tariff could deepen the pain of exporters' },
    ]);
  });

  it('reads "expected to warn" as no statement yet', () => {
    expect(reported('Trump is expected to warn Japan that the deadline is firm.')).toEqual([]);
  });
});
