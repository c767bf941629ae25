import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up articles in shapes of news writing seen across many outlets (agency leads, Korean and
 * Taiwanese papers, European wires): the speech frame in each, with what a reader would file.
 */
function read(...paragraphs: string[]) {
  const ds = buildDataset([{ file: 'x.txt', raw: paragraphs.join('\n\n') }]);
  return ds.quotes.map((q) => ({ kind: q.kind, speaker: q.speaker, text: q.text }));
}
const reported = (...p: string[]) => read(...p).filter((q) => q.kind === 'reported');
const direct = (...p: string[]) => read(...p).filter((q) => q.kind === 'direct');

describe('a claim first, then a long subject and a date before the comma', () => {
  it('reads "…, Seoul’s chief trade negotiator said Monday, as …" as the role holder’s claim', () => {
    const got = reported(
      'Seoul weighs farm offer',
      'Seoul must settle its farm position before the next round of talks, Seoul’s chief trade negotiator said Monday, as the country prepares for a final push.',
      'Trade Minister Park Min-joon spoke in Sejong after returning from Washington.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Park Min-joon',
      text: 'Seoul must settle its farm position before the next round of talks',
    });
  });

  it('reads a lower-case title before the name ("European Trade commissioner Jana Novakova said")', () => {
    const got = reported(
      'Brussels sees no deal',
      'The US side does not seem ready to strike a deal that would avert higher duties, European Trade commissioner Jana Novakova said on Monday.',
      'Novakova visited Washington last month.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Jana Novakova',
      text: 'The US side does not seem ready to strike a deal that would avert higher duties',
    });
  });

  it('reads "…, Minister X said on Friday amid …, an agency reported." as the minister’s', () => {
    const got = reported(
      'Delhi sets no deadline',
      'Delhi does not sign trade deals against deadlines, Union Commerce Minister Ravi Mehra said on Friday amid talks with Washington, an agency reported.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Ravi Mehra',
      text: 'Delhi does not sign trade deals against deadlines',
    });
  });
});

describe('"he" after a sentence about him that names someone else as an object', () => {
  it('keeps "he" on the minister when the sentence before opens with "He" and names his counterpart', () => {
    const got = direct(
      'Minister lands in Washington',
      'Trade Minister Park Min-joon arrived in Washington on Saturday with days left before the pause expires.',
      'He was set to resume talks with U.S. Trade Representative John Whitfield on the day.',
      '“We expect a short grace period,” he told reporters at the station.',
    );
    expect(got).toEqual([
      { kind: 'direct', speaker: 'Park Min-joon', text: 'We expect a short grace period,' },
    ]);
  });
});

describe('a headline with no article before its role noun', () => {
  it('gives the headline’s quoted words to the role holder the body names ("Trade minister says …")', () => {
    const got = direct(
      'Trade minister says Seoul seeks ‘practical gains’ in talks with U.S.',
      'Trade Minister Park Min-joon on Saturday stressed Seoul’s aim of “practical gains” in the talks with Washington.',
    );
    expect(got).toEqual([
      { kind: 'direct', speaker: 'Park Min-joon', text: 'practical gains' },
      { kind: 'direct', speaker: 'Park Min-joon', text: 'practical gains' },
    ]);
  });

  it('reads "Swiss president warns against ‘alarmism’" as the president’s word', () => {
    const got = direct(
      'Swiss president warns against tariff ‘alarmism’',
      'President Anna Keller-Moser said on Saturday that the country would negotiate calmly.',
    );
    expect(got).toEqual([{ kind: 'direct', speaker: 'Anna Keller-Moser', text: 'alarmism' }]);
  });
});

describe('names and marks of other conventions', () => {
  it('reads "spokesman He Yadong told reporters:" as a family-name-first name, not "he"', () => {
    const got = direct(
      'Beijing denies talks',
      'President Donald Trump said on Thursday that the two sides were meeting.',
      'Hours earlier, Commerce Ministry spokesman He Yadong told reporters: “There are no trade negotiations under way.”',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'He Yadong',
      text: 'There are no trade negotiations under way.',
    });
  });

  it('closes a quote whose closing mark was typed as an opening one (“…,“ she said)', () => {
    const got = direct(
      'Bern disappointed',
      'BERN: President Anna Keller-Moser spoke on Friday.',
      '“The council is disappointed,“ Keller-Moser told Reuters. “It is a pity that the rate is so high.”',
    );
    expect(got).toEqual([
      { kind: 'direct', speaker: 'Anna Keller-Moser', text: 'The council is disappointed,' },
      { kind: 'direct', speaker: 'Anna Keller-Moser', text: 'It is a pity that the rate is so high.' },
    ]);
  });

  it('takes "Keller Moser" for "Anna Keller-Moser" written without its hyphen', () => {
    const ds = buildDataset([
      {
        file: 'x.txt',
        raw: [
          'Bern weighs reply',
          'President Anna Keller-Moser said on Saturday that the country would negotiate.',
          '“We have a lot to offer,” Keller Moser told three newspapers.',
        ].join('\n\n'),
      },
    ]);
    expect(ds.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Anna Keller-Moser']);
  });
});

describe('what stands between the verb and the reported clause', () => {
  it('drops a dateline from a claim that opens the lead', () => {
    expect(
      reported(
        'Bern disappointed',
        'RUETLI (Switzerland): The government is disappointed by the new duties, President Anna Keller-Moser told Reuters on Friday.',
      ),
    ).toContainEqual({
      kind: 'reported',
      speaker: 'Anna Keller-Moser',
      text: 'The government is disappointed by the new duties',
    });
  });

  it('skips a date in brackets after the day ("told reporters on Wednesday (June 4) that")', () => {
    expect(
      reported(
        'Brussels regrets steel levy',
        'Commissioner Jana Novakova told reporters on Wednesday (June 4) that she had raised the steel levy with her counterpart.',
      ),
    ).toContainEqual({
      kind: 'reported',
      speaker: 'Jana Novakova',
      text: 'she had raised the steel levy with her counterpart',
    });
  });

  it('reads "telling him that …" past its object', () => {
    const got = reported(
      'Brussels regrets steel levy',
      'Commissioner Jana Novakova met the US envoy on Wednesday, telling him that she strongly regretted the levy.',
    );
    expect(got.map((q) => q.text)).toContain('she strongly regretted the levy');
  });

  it('files nothing for "warned against …" (a preposition, not a clause), and never cuts "against" to "st"', () => {
    const got = reported(
      'Bern calm',
      'President Anna Keller-Moser has warned against “giving in to alarmism” in an interview published on Saturday.',
    );
    expect(got.filter((q) => /^st\b/.test(q.text))).toEqual([]);
    expect(got).toEqual([]);
  });
});

describe('speakers named by a role, an epithet or a body', () => {
  it('reads "“…,” minister said." (no article) as the minister the article names', () => {
    const got = direct(
      'Delhi upbeat on talks',
      'Union Commerce Minister Ravi Mehra on Saturday said the talks were going well.',
      '“The talks are progressing very well and we will inform you when we reach a decision,” minister said.',
    );
    expect(got).toEqual([
      {
        kind: 'direct',
        speaker: 'Ravi Mehra',
        text: 'The talks are progressing very well and we will inform you when we reach a decision,',
      },
    ]);
  });

  it('reads "the Slovenian said" as the person just spoken of', () => {
    const got = direct(
      'Brussels ready to respond',
      'Commissioner Jana Novakova said she hoped for a constructive relationship with Washington.',
      '“We will always protect European workers from unjustified tariffs,” the Slovenian said.',
    );
    expect(got.map((q) => q.speaker)).toEqual(['Jana Novakova']);
  });

  it('never reads a masthead ("the Guardian said") as an epithet for the person just spoken of', () => {
    const got = direct(
      'London view',
      'Commissioner Jana Novakova said she hoped for a constructive relationship with Washington.',
      '“The talks are stuck,” the Guardian said.',
    );
    expect(got.filter((q) => q.speaker === 'Jana Novakova')).toEqual([]);
  });

  it('reads "he continued" as a speech verb', () => {
    const got = direct(
      'Trump on tariffs',
      '“Other countries have used tariffs against us for decades,” President Donald Trump told Congress.',
      '“It is very unfair,” he continued.',
    );
    expect(got.map((q) => q.speaker)).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('reads "The commissioner stressed that …" as the commissioner’s', () => {
    const got = reported(
      'Brussels warns',
      'Commissioner Jana Novakova spoke in Washington on Wednesday.',
      'The commissioner stressed that the bloc would do its best to avoid a trade war.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Jana Novakova',
      text: 'the bloc would do its best to avoid a trade war',
    });
  });

  it('names "sources familiar with the matter as saying" without the "as"', () => {
    const got = reported(
      'London deal',
      'A wire cited three sources familiar with the matter as saying that the statement would cover steel and beef.',
    );
    expect(got.map((q) => q.speaker)).toEqual(['sources familiar with the matter']);
  });

  it('gives nobody "The" for a name: "The readout from the government confirmed …"', () => {
    const got = reported(
      'Hanoi confirms',
      'The readout from the government confirmed that the US would cut tariffs on many export items.',
    );
    expect(got.map((q) => q.speaker)).not.toContain('The');
  });

  it('does not give "Trump’s Commerce secretary hinted …" to Trump', () => {
    // A second page names the president as a speaker, as a folder of tariff news does.
    const ds = buildDataset([
      {
        file: 'a.txt',
        raw: 'Trump on tariffs\n\nPresident Donald Trump said on Monday that the duties would stay.',
      },
      {
        file: 'b.txt',
        raw: [
          'Middle ground',
          'President Donald Trump’s Commerce secretary hinted at a further agreement with Canada, noting that the president wants to meet “somewhere in the middle.”',
        ].join('\n\n'),
      },
    ]);
    const b = ds.articles.find((a) => a.file === 'b.txt')!;
    expect(ds.quotes.filter((q) => q.articleId === b.id && q.speaker === 'Donald Trump')).toEqual([]);
  });
});

describe('single quotes with a plural possessive inside', () => {
  it('closes ‘…goods’ at the mark before "exported" when the next paragraph opens a new quote', () => {
    const got = direct(
      'Deal with Hanoi',
      "In a post, President Donald Trump said the deal would put a 20 percent tariff 'on any and all goods' exported to the U.S., while goods passing through would pay 40 percent.",
      "'It is my Great Honor to announce a deal with Vietnam,' Trump wrote.",
    );
    expect(got.map((q) => q.text)).toEqual([
      'on any and all goods',
      'It is my Great Honor to announce a deal with Vietnam,',
    ]);
  });
});

describe('clauses that belong to someone else, or to nobody', () => {
  it('files no statement for the question in "when asked if he had spoken …"', () => {
    const got = reported(
      'Talks with Beijing',
      'President Donald Trump was cagey when asked if he had spoken directly with the Chinese leader.',
      'Asked about the state of the talks, Trump maintained on Friday: “We have been meeting.”',
    );
    expect(got).toEqual([]);
  });

  it('gives an offer inside another’s that-clause to the one who tells of it', () => {
    const got = reported(
      'Mexico offer',
      'Treasury Secretary Scott Bessent said on Sunday that Mexico had offered to match the duties on Chinese goods.',
    );
    expect(got).toEqual([
      {
        kind: 'reported',
        speaker: 'Scott Bessent',
        text: 'Mexico had offered to match the duties on Chinese goods',
      },
    ]);
  });

  it('stops a clause before the next one’s conjunction and adverbial, or its relative head', () => {
    const got = reported(
      'Deals',
      'President Donald Trump had previously confirmed that several countries were seeking lower duties, but on May 31, he announced that steel duties would double.',
      'He added that Ruritania had agreed to cut its tariffs to zero, something that Trump said would help carmakers.',
    );
    const texts = got.map((q) => q.text);
    expect(texts).toContain('several countries were seeking lower duties');
    expect(texts).toContain('Ruritania had agreed to cut its tariffs to zero');
    expect(got.filter((q) => q.speaker !== 'Donald Trump')).toEqual([]);
  });

  it('files no statement for a frame before a quote or for a quote the excerpt cut off', () => {
    const got = reported(
      'Seoul back from Washington',
      'Trade Minister Park Min-joon returned on Thursday and noted that regarding the three-week delay, “Three weeks is a very short time.”',
      'He emphasized, “In particular, I felt there is a significant interest in how Korean firms can',
    );
    expect(got).toEqual([]);
  });
});

describe('clause openings and endings', () => {
  it('reads "said that talks on a deal were progressing" as a that-clause, not "that" as a determiner', () => {
    const got = reported(
      'Delhi on talks',
      'Union Commerce Minister Ravi Mehra on Saturday said that talks on a trade deal were progressing well.',
    );
    expect(got).toEqual([
      { kind: 'reported', speaker: 'Ravi Mehra', text: 'talks on a trade deal were progressing well' },
    ]);
  });

  it('stops at ", but declined to …" (the speaker’s next act, not the claim)', () => {
    const got = reported(
      'Delhi on talks',
      'Union Commerce Minister Ravi Mehra said the talks were cordial, but declined to give a deadline.',
    );
    expect(got.map((q) => q.text)).toEqual(['the talks were cordial']);
  });

  it('reads "as per X" as "according to X", and keeps a body’s name within its paragraph', () => {
    const got = reported(
      'Exports',
      'Textile exports to the United States fell sharply in May, as per the Indian Commerce Ministry.',
      'The Indian Commerce Ministry said on Monday that shipments would recover.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Indian Commerce Ministry',
      text: 'Textile exports to the United States fell sharply in May',
    });
    expect(got.map((q) => q.speaker)).toEqual(['Indian Commerce Ministry', 'Indian Commerce Ministry']);
  });
});

describe('a second predicate and an opening adverbial', () => {
  it('gives "…, but has previously said that …" to the subject that opens the sentence', () => {
    const got = reported(
      'Deals by autumn',
      'Treasury Secretary Scott Bessent said on Friday that deals were close.',
      'He did not mention any change to the July 9 deadline, but has previously said that partners negotiating in good faith could get deals.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Scott Bessent',
      text: 'partners negotiating in good faith could get deals',
    });
  });

  it('reads past "at some point" after the verb ("He says at some point officials won’t …")', () => {
    const got = reported(
      'Setting prices',
      'President Donald Trump said the talks were tough.',
      'He says at some point officials won’t be able to hold talks with every country.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Donald Trump',
      text: 'officials won’t be able to hold talks with every country',
    });
  });
});
