import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { describedSources } from '../../../src/core/parse/source-names';
import { article, cast } from './speakers.fixture';

/** Made-up sentences, one shape of news writing each, with the statement a reader would file. */
const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('reported statements: the clause after the verb', () => {
  it('skips a date and a place after the verb', () => {
    expect(reported('Greer said Oct. 3 in Geneva that the levy on machine parts would stay.')).toEqual([
      { speaker: 'Jamieson Greer', text: 'the levy on machine parts would stay' },
    ]);
  });

  it('skips a venue after "told reporters"', () => {
    expect(
      reported('Lutnick told reporters at a briefing in the capital the rice quota would double.'),
    ).toEqual([{ speaker: 'Howard Lutnick', text: 'the rice quota would double' }]);
  });

  it('files nothing when only a date and a place follow a quote the verb introduces', () => {
    expect(reported('“We welcome the cut,” Akazawa said Sept. 9 in Osaka.')).toEqual([]);
  });

  it('reads a clause that goes on over a hard line break', () => {
    expect(reported('Bessent said the two sides would meet again\nbefore the end of the month.')).toEqual([
      { speaker: 'Scott Bessent', text: 'the two sides would meet again\nbefore the end of the month' },
    ]);
  });

  it('does not continue over a line break into a new sentence', () => {
    expect(reported('Bessent said the talks went well\nThe yen fell.')).toEqual([
      { speaker: 'Scott Bessent', text: 'the talks went well' },
    ]);
  });

  it('takes the infinitive after "pledged to", but not a preposition after "said"', () => {
    expect(reported('Akazawa pledged to visit Washington within the month.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'to visit Washington within the month' },
    ]);
    expect(reported('Akazawa said of the plan in Tokyo on a busy afternoon.')).toEqual([]);
  });

  it('reads "asked for X to …" as the request', () => {
    expect(reported('The White House asked for Tokyo to buy more American corn.')).toEqual([
      { speaker: 'White House', text: 'Tokyo to buy more American corn' },
    ]);
  });

  it('reads "announced" as a statement only with a clause, not with a noun phrase', () => {
    expect(reported('Trump announced that a deal on chips had been reached.')).toEqual([
      { speaker: 'Donald Trump', text: 'a deal on chips had been reached' },
    ]);
    expect(reported('Trump announced new tariffs on furniture from every country.')).toEqual([]);
  });

  it('treats "that" before a noun as a determiner, not a clause', () => {
    expect(reported('Akazawa repeated that stance on Monday in Tokyo.')).toEqual([]);
  });

  it('files a manner adverb after the verb as no statement', () => {
    expect(reported('Greer responded positively, although the timing stayed unclear.')).toEqual([]);
  });

  it('cuts "according to X" off a said-clause', () => {
    expect(
      reported('Lutnick said the fund would be run from Washington, according to the Financial Times.'),
    ).toEqual([{ speaker: 'Howard Lutnick', text: 'the fund would be run from Washington' }]);
  });

  it('ends the clause before a second predicate of the same subject', () => {
    expect(
      reported('Ishiba said he had doubts about the levy, and expressed his wish to keep talking.'),
    ).toContainEqual({ speaker: 'Shigeru Ishiba', text: 'he had doubts about the levy' });
  });
});

describe('reported statements: fragments and frames', () => {
  it('keeps no fronted frame as a statement ("At the same time, however, X said, “…”")', () => {
    expect(reported('At the same time, however, Greer said, “We can align export controls.”')).toEqual([]);
  });

  it('keeps no fronted participle phrase before a trailing attribution', () => {
    expect(reported('Speaking to reporters after the meeting, Akazawa said, “It went well.”')).toEqual([]);
  });

  it('keeps a claim after a fronted adverbial in a trailing attribution', () => {
    expect(reported('On Friday, the two sides agreed to keep talking, Bessent said.')).toEqual([
      { speaker: 'Scott Bessent', text: 'the two sides agreed to keep talking' },
    ]);
  });

  it('keeps no headline-shaped line as a statement', () => {
    expect(reported('Trump Says Japan Deal Could Be Model For Others\nThe yen rose.')).toEqual([]);
  });

  it('files the words after a speech participle once, under the participle', () => {
    expect(reported('Akazawa told reporters in Tokyo, saying he felt the deal was close.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'he felt the deal was close' },
    ]);
  });
});

describe('reported statements: who states it', () => {
  it('takes the speaker after the verb when a clause ends in a comma before it', () => {
    expect(
      reported('The White House did not negotiate the baseline rate, said Treasury Secretary Scott Bessent.'),
    ).toEqual([{ speaker: 'Scott Bessent', text: 'The White House did not negotiate the baseline rate' }]);
  });

  it('keeps the subject before the verb across a long appositive', () => {
    expect(
      reported('Akazawa, who flew in from Tokyo on Sunday night, said the auto rate would fall.'),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'the auto rate would fall' }]);
  });

  it('files a demand by A to B under A, not under B', () => {
    const got = reported(
      'Akazawa urged Lutnick and Bessent to ensure that a levy agreed last month was not stacked.',
    );
    expect(got).toEqual([{ speaker: 'Ryosei Akazawa', text: 'a levy agreed last month was not stacked' }]);
  });

  it('reads ", and X pointed out" as X speaking', () => {
    expect(
      reported('Trump could still add tariffs, and Akazawa pointed out that uncertainty will continue.'),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'uncertainty will continue' }]);
  });

  it('does not let a leading subordinate clause give "he" its referent', () => {
    const got = reported(
      'Akazawa spoke in Tokyo on Monday.\nWhile noting that Trump announced that tariffs would rise, he pointed out that talks will go on.',
    );
    expect(got).toContainEqual({ speaker: 'Ryosei Akazawa', text: 'talks will go on' });
  });

  it('files relayed words once, under the one who said them', () => {
    expect(reported('Trump reiterated his view that the treaty is unfair, the sources said.')).toEqual([
      { speaker: 'Donald Trump', text: 'the treaty is unfair' },
    ]);
  });

  it('files a reported commitment under the one who reports it', () => {
    expect(reported('The White House promised to amend the order, Akazawa said.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'The White House promised to amend the order' },
    ]);
  });

  it('gives "according to X" no statement where the sentence has its own speaker', () => {
    expect(
      reported('Bessent said the two countries keep talking, according to the Treasury Department.'),
    ).toEqual([{ speaker: 'Scott Bessent', text: 'the two countries keep talking' }]);
  });

  it('names bare "the sources" by the description the article gave them', () => {
    const body =
      'The deal is near, according to two people familiar with the matter.\nTokyo will buy more corn, the sources said.';
    expect(reported(body).map((r) => r.speaker)).toEqual([
      'sources familiar with the matter',
      'sources familiar with the matter',
    ]);
  });
});

describe('described sources', () => {
  it('reads the descriptions news writing gives unnamed sources', () => {
    expect(describedSources('well informed sources told the paper').map((d) => d.name)).toEqual([
      'well informed sources',
    ]);
    expect(
      describedSources('according to government sources close to the negotiations').map((d) => d.name),
    ).toEqual(['government sources close to the negotiations']);
    expect(describedSources('the sources said; officials declined to comment')).toEqual([]);
  });
});

describe('reported statements: "that" opening a clause', () => {
  it('reads "stated that <noun> and <noun> will …" as a clause, not a determiner', () => {
    expect(reported('Akazawa stated that aircraft and parts will be exempt from the levy.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'aircraft and parts will be exempt from the levy' },
    ]);
  });
});

describe('reported statements: organisations as trailing speakers', () => {
  it('reads "…, the White House said." with the determiner left out of the claim', () => {
    expect(reported('Trump signed the order on Thursday, the White House said.')).toEqual([
      { speaker: 'White House', text: 'Trump signed the order on Thursday' },
    ]);
  });
});

describe('reported statements: a quote with a frame around it', () => {
  it('files no statement for "“…” in the run-up to X, A told reporters"', () => {
    expect(
      reported('"We will do all we can" in the run-up to the summit in June, Akazawa told reporters.'),
    ).toEqual([]);
  });

  it('keeps a clause cut off by the end of the excerpt when it is long', () => {
    expect(
      reported('Ishiba said he had doubts about how the levies fit the trade agreement signed in 2019 and'),
    ).toEqual([
      {
        speaker: 'Shigeru Ishiba',
        text: 'he had doubts about how the levies fit the trade agreement signed in 2019',
      },
    ]);
  });
});

describe('reported statements: an attribution inside the claim', () => {
  it('reads "Some tariffs, Trump said, could be steeper" as one claim', () => {
    expect(reported('Some tariffs, Trump said, could be even steeper than announced.')).toEqual([
      { speaker: 'Donald Trump', text: 'Some tariffs, Trump said, could be even steeper than announced' },
    ]);
  });

  it('keeps a full fronted claim before a parenthetical attribution to itself', () => {
    expect(reported('The talks will resume in May, Greer said, as both sides prepare offers.')).toEqual([
      { speaker: 'Jamieson Greer', text: 'The talks will resume in May' },
    ]);
  });
});

describe('reported statements: objects that are no statements', () => {
  it('reads "revealed the call in a post" as an act, "revealed that …" as a statement', () => {
    expect(reported('Ishiba revealed the call in a late-night post on X.')).toEqual([]);
    expect(reported('Ishiba revealed that the call had lasted an hour.')).toEqual([
      { speaker: 'Shigeru Ishiba', text: 'the call had lasted an hour' },
    ]);
  });

  it('files no clause that opens with a preposition before a far "that"', () => {
    expect(
      reported('Bessent noted from the outset of the talks in May that rice was off the table.'),
    ).toEqual([]);
  });

  it('reads "told a cabinet meeting: “…”" as a direct quote only', () => {
    expect(reported('Trump told a cabinet meeting: "We will make it fifty percent."')).toEqual([]);
  });
});

describe('reported statements: after a quote', () => {
  it('files nothing for the circumstance after "“…,” DPM <Name> said at a dialogue moderated by X"', () => {
    expect(
      reported(
        'The rate was “not up for discussion,” Secretary Bessent said at a dialogue moderated by Mr Jon Doe.',
      ),
    ).toEqual([]);
  });

  it('reads the clause of a participle after a quote the main verb introduced', () => {
    expect(
      reported(
        '"We will fix it," Akazawa told reporters in Tokyo, saying he felt the order could change within weeks.',
      ),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'he felt the order could change within weeks' }]);
  });
});

describe('reported statements: names of any spelling as objects of telling', () => {
  it('skips an object with diacritics ("told Šefčovič that …")', () => {
    expect(reported('Akazawa told Maroš Šefčovič that the talks would resume in June.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'the talks would resume in June' },
    ]);
  });
});
