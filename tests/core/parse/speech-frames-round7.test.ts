import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up articles in shapes of news writing that a fresh set of pages (round 7: EU, Canadian,
 * Australian, Indian, Japanese, Chinese and US outlets) and the earlier practice pages got wrong:
 * the speech frame in each, with what a reader would file under whom.
 */
function readFiles(files: { file: string; raw: string }[]) {
  const ds = buildDataset(files);
  return ds.quotes.map((q) => ({ kind: q.kind, speaker: q.speaker, text: q.text }));
}
const read = (...paragraphs: string[]) => readFiles([{ file: 'x.txt', raw: paragraphs.join('\n\n') }]);
const direct = (...p: string[]) => read(...p).filter((q) => q.kind === 'direct');

describe('a surname alone, where another article of the folder gives the full name', () => {
  const full = [
    'Thai minister heads home after tariff talks',
    'Finance Minister Somchai Rattanakul said on Sunday that Thailand had sent a new offer on tariffs.',
    '“We sent our proposal to Washington,” Somchai Rattanakul told reporters.',
  ].join('\n\n');
  const bare = [
    'Thailand waits for US reply on tariffs',
    'Speaking at Government House on Monday, Somchai gave an update on the tariff talks.',
    '“There are still many areas under review on the US side,” Somchai said.',
    'Asked about a zero tariff, Somchai laughed and replied, “Our principle is an open discussion.”',
  ].join('\n\n');

  it('files the quotes of the surname-only article under the full name, not the government', () => {
    const got = readFiles([
      { file: 'a.txt', raw: full },
      { file: 'b.txt', raw: bare },
    ]).filter((q) => q.kind === 'direct');
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Somchai Rattanakul',
      text: 'There are still many areas under review on the US side,',
    });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Somchai Rattanakul',
      text: 'Our principle is an open discussion.',
    });
  });
});

describe('a second predicate after "and", with a name in between that is an object', () => {
  it('gives the quote to the subject of the first verb, not to the name in the object', () => {
    const got = direct(
      'EU vows to defend wine makers from US tariffs',
      'US President Donald Trump threatened a 200% levy on European wine on Thursday.',
      'At a press conference, the spokesman, John Roe, assured that the bloc "will take all possible steps" to help sectors hurt by Trump\'s decisions and urged the United States to end a trade war "that helps no one".',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'will take all possible steps' });
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'that helps no one' });
  });

  it('keeps a name that stands between "and" and the verb as that verb\'s subject', () => {
    const got = direct(
      'Trade talks resume',
      'John Roe said the talks were “useful” and Mary Doe warned that “nothing is agreed yet.”',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Mary Doe', text: 'nothing is agreed yet.' });
  });
});

describe('verbs of summing up and assuring', () => {
  it('attribute the quote before them ("…", summarized Roe.)', () => {
    const got = direct(
      'EU ready to answer US tariffs',
      'Trade spokesman John Roe spoke to the press on Friday about the tariffs.',
      '"When it is time to protect our sectors, we take every step; we have tools if necessary", summarized Roe.',
      '"It helps nobody," he summed up.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'John Roe',
      text: 'When it is time to protect our sectors, we take every step; we have tools if necessary',
    });
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'It helps nobody,' });
  });
});

describe('"the spokesperson" after a named spokesperson', () => {
  it('is the spokesperson the article named, not a nameless one', () => {
    const got = direct(
      'China slams US tariffs',
      'BEIJING - The commerce ministry said on Thursday the tariffs were “vile”.',
      'China is ready to work with other countries, Wang Jianguo, a ministry spokesperson, said at a regular news conference.',
      'China will take necessary measures against “bullying”, the Chinese commerce ministry spokesperson said.',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Wang Jianguo', text: 'bullying' });
  });

  it('stays a nameless spokesperson where the article names none', () => {
    const got = direct(
      'China slams US tariffs',
      'China will take necessary measures against “bullying”, the Chinese commerce ministry spokesperson said.',
    );
    expect(got.map((q) => q.speaker)).not.toContain('Wang Jianguo');
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Chinese commerce ministry spokesperson',
      text: 'bullying',
    });
  });
});

describe('a headline that opens with a quote and a colon', () => {
  it('gives the quote to the person named after the colon', () => {
    const got = direct(
      "'There's nothing suspicious': Trade Minister John Roe grilled over US beef decision",
      'Trade Minister John Roe has denied the beef decision has anything to do with tariffs.',
      "'We don't link biosecurity with trade,' the Trade Minister said.",
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: "There's nothing suspicious" });
  });

  it('files nothing when no person follows the colon', () => {
    const got = direct(
      "'Nothing suspicious': beef rules eased as tariff talks go on",
      'Trade Minister John Roe said the review took ten years and tariffs were separate.',
    );
    expect(got.map((q) => q.text)).not.toContain('Nothing suspicious');
  });
});

describe('a short quoted name owned by a capitalised possessor', () => {
  it('is a label (a policy, a programme), not words anyone said', () => {
    const got = direct(
      'Goyal upbeat on trade deal',
      'As the clock ticks towards US President Donald Trump’s ‘reciprocal tariffs’ to kick in on July 9, Commerce Minister Piyush Goyal said a deal was near.',
      'Dominic LeBlanc told CBS News’ “Face the Nation” that he was “disappointed” about the tariffs.',
      '“We are in continuous dialogue,” Goyal said.',
    );
    const texts = got.map((q) => q.text);
    expect(texts).not.toContain('reciprocal tariffs');
    expect(texts).not.toContain('Face the Nation');
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Dominic LeBlanc', text: 'disappointed' });
  });

  it('is a label after a possessive pronoun only when the quote is a title-case name', () => {
    const got = direct(
      'China raises tariffs',
      'US President Donald Trump said on Friday that “China wants a deal” after Beijing retaliated to his sweeping “Liberation Day” worldwide levies.',
      'Trump also praised his “very good” relationship with Xi, he said.',
    );
    const texts = got.map((q) => q.text);
    expect(texts).not.toContain('Liberation Day');
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Donald Trump', text: 'China wants a deal' });
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Donald Trump', text: 'very good' });
  });

  it('keeps a possessor’s quoted words that end the clause', () => {
    const got = direct(
      'Roe defends deal',
      'Prime Minister John Roe said the deal met his country’s “most important goals.”',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'most important goals.' });
  });
});

describe('"he" after an unnamed source spoke', () => {
  it('is the source, not a person named in its participial phrase', () => {
    const got = direct(
      'Swiss leaders rush to Washington over tariffs',
      'US President Donald Trump spoke with the Swiss president on Thursday about tariffs.',
      'An insider familiar with the talks said a deal was still possible.',
      '“The talks had some difficult moments,” the source said, referring to Trump’s call with the Swiss president.',
      '“Especially given the trade imbalance,” he continued.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'source',
      text: 'Especially given the trade imbalance,',
    });
  });

  it('stays the named person who spoke just before "the official"', () => {
    const got = direct(
      'Mexico calls US steel tariffs unfair',
      '“They cannot be sustained,” Economy Secretary John Roe stated.',
      'The official noted that the US has a surplus with Mexico. “It makes no sense,” he explained.',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'John Roe', text: 'It makes no sense,' });
  });
});

describe('a quote glued to the stop before it (".“…”")', () => {
  it('opens a new sentence, so the quote after it is not the previous speaker’s', () => {
    const got = direct(
      'EU and US strike deal',
      'European Commission President Ursula von der Leyen said “we have a deal” after meeting US President Donald Trump. “The two economies should trade,” she said.“It solves a lot of stuff,” said Trump, describing the agreement as “a powerful deal”.“We should give it a shot,” he had said before the meeting.',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Donald Trump', text: 'a powerful deal' });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Donald Trump',
      text: 'We should give it a shot,',
    });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Ursula von der Leyen',
      text: 'The two economies should trade,',
    });
  });
});

describe('a role after a quote that fits the person spoken of ("the former president added")', () => {
  it('is that person, not someone of the same title named since', () => {
    const got = direct(
      'Swiss president rushes to Washington',
      'Swiss President Anna Roe flew to Washington on Tuesday to avoid the tariffs.',
      'In an interview, former US President John Doe spoke about the tariffs.',
      '“I recently had a conversation with the Swiss side,” he said, referring to his call with Anna Roe. “The lady was polite, but showed reluctance,” the former president added.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'John Doe',
      text: 'The lady was polite, but showed reluctance,',
    });
  });
});

describe('"The … MP and former minister added: “…”" right after a person spoke', () => {
  it('is that person, when no registered role fits the description', () => {
    const got = direct(
      'UK steel tariffs row',
      'Shadow trade secretary Andrew Doe criticised the government, asking: “How have we got to this point?”',
      'The Conservative MP and former minister added: “Steel workers are hurting today.”',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Andrew Doe',
      text: 'Steel workers are hurting today.',
    });
  });
});

describe('a progressive speech verb ("officials are saying")', () => {
  it('attributes the quote to its subject, read back to the officials the article described', () => {
    const got = read(
      'Mexico calls US steel tariffs unfair',
      'Less than a day after the US imposed a 25% tariff on steel, Mexican officials say the measure is "unfair" and expect to negotiate it.',
      'In that context, officials are saying the decision to end country exceptions "was not justified."',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Mexican officials', text: 'was not justified.' });
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Mexican officials',
      text: 'the decision to end country exceptions "was not justified."',
    });
  });

  it('still reads "was told" as a passive that names no speaker', () => {
    const got = direct('Talks stall', 'John Roe was told the offer was “not enough” by the negotiators.');
    expect(got.map((q) => q.speaker)).not.toContain('John Roe');
  });
});

describe('a headline with a single-quoted phrase and no stop, then the lead', () => {
  it('keeps the lead’s own quote of the same words (the headline quote closes at its mark)', () => {
    const got = direct(
      'US wants to explore ‘creative solutions’ on trade with Singapore, says Deputy PM Gan',
      'SINGAPORE: The US wants to explore “creative solutions” for some critical exports, Deputy Prime Minister Gan Kim Yong said on Sunday.',
    );
    expect(got.filter((q) => q.text === 'creative solutions')).toEqual([
      { kind: 'direct', speaker: 'Gan Kim Yong', text: 'creative solutions' },
      { kind: 'direct', speaker: 'Gan Kim Yong', text: 'creative solutions' },
    ]);
  });
});
