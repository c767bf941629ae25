import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up articles in shapes of news writing met on a fresh set of pages (Canadian, Thai, South
 * African, Korean, Indian, British and European outlets): the speech frame in each, with what a
 * reader would file under whom.
 */
function read(...paragraphs: string[]) {
  const ds = buildDataset([{ file: 'x.txt', raw: paragraphs.join('\n\n') }]);
  return ds.quotes.map((q) => ({ kind: q.kind, speaker: q.speaker, text: q.text }));
}
const reported = (...p: string[]) => read(...p).filter((q) => q.kind === 'reported');
const direct = (...p: string[]) => read(...p).filter((q) => q.kind === 'direct');

describe('a speaker the excerpt names by one word only', () => {
  const page = [
    'Tremblay told reporters after the meeting that the agreements would mark “the first step” toward wider talks.',
    'He added: “We had a useful conversation on steel,” Tremblay said. “We will keep working on this.”',
    'Tremblay stated that, by the end of the meeting, both leaders had instructed their ministers to finish the texts.',
  ];

  it('files the quotes under that name, pronouns and a stand-alone follow-up included', () => {
    const got = direct(...page);
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Tremblay', text: 'the first step' });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Tremblay',
      text: 'We had a useful conversation on steel,',
    });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Tremblay',
      text: 'We will keep working on this.',
    });
  });

  it('files the reported statements under it, and drops the comma after "that"', () => {
    const got = reported(...page);
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Tremblay',
      text: 'by the end of the meeting, both leaders had instructed their ministers to finish the texts',
    });
  });

  it('reads a one-name minister ("Somchai said") as a person, not as the government', () => {
    const got = direct(
      'Speaking at Government House on Monday, Somchai gave an update on the talks.',
      '“There are still many areas under review on the US side,” Somchai said.',
      'Asked about a zero tariff, Somchai laughed and replied, “Our principle is an open discussion.”',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Somchai',
      text: 'There are still many areas under review on the US side,',
    });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Somchai',
      text: 'Our principle is an open discussion.',
    });
  });

  it('does not make a name of a group that speaks ("Exporters said")', () => {
    const got = read(
      'Exporters said the duties would hurt sales. Exporters warned that orders had already fallen.',
      '“Orders are down,” one trader said.',
    );
    expect(got.map((q) => q.speaker)).not.toContain('Exporters');
  });
});

describe('a ministry named in full, then "the ministry"', () => {
  const page = [
    'SEOUL, July 25 -- Trade officials met their U.S. counterparts in Washington, Seoul’s Ministry of Trade, Industry and Energy said Friday.',
    'Minister Park Min-joon proposed cooperation in shipbuilding and chips, the ministry said in a statement.',
    'The two sides agreed to reach a “mutually beneficial” deal before the deadline, the ministry said.',
  ];

  it('files "the ministry said" under the ministry the article named, with its portfolios', () => {
    const got = read(...page);
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'South Korean Ministry of Trade, Industry and Energy',
      text: 'Minister Park Min-joon proposed cooperation in shipbuilding and chips',
    });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'South Korean Ministry of Trade, Industry and Energy',
      text: 'mutually beneficial',
    });
  });

  it('keeps a lower-case portfolio with its body ("the commerce ministry said")', () => {
    const got = direct(
      '“Both sides exchanged views on the deal,” the commerce ministry said in a statement.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'commerce ministry',
      text: 'Both sides exchanged views on the deal,',
    });
  });

  it('does not make an "official" speaker of "an official statement"', () => {
    const got = read(
      'The two countries discussed the “possible contours” of a deal, according to an official statement issued on Friday.',
    );
    expect(got.map((q) => q.speaker)).not.toContain('official');
  });
});

describe('a claim first, then ", says" and a name with a style inside it', () => {
  it('files the claim, not the name’s tail, under the minister', () => {
    const got = reported(
      'KUALA LUMPUR: Malaysia will not trade away its sovereignty in the tariff talks, says Trade Minister Tengku Datuk Seri Ahmad Rizal Hamid.',
      '“We cannot compromise on sovereignty,” he said at a press conference today.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Tengku Ahmad Rizal Hamid',
      text: 'Malaysia will not trade away its sovereignty in the tariff talks',
    });
    expect(got.map((q) => q.text)).not.toContain('Datuk Seri Ahmad Rizal Hamid');
  });
});

describe('words a speaker gives a thing ("describing it as “…”", "defended the deal as “…”")', () => {
  it('files the quoted name under the subject, past a day between subject and verb', () => {
    const got = direct(
      'President Jane Roe on Tuesday slammed the unilateral 30 per cent tariff, describing it as "not an accurate representation" of the trade data.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Jane Roe',
      text: 'not an accurate representation',
    });
  });

  it('gives a headline quote the speaker of the body quote that holds its words', () => {
    const got = direct(
      'EU’s Roe: 15% the ‘best we could get’',
      'BRUSSELS: European Commission President Jane Roe defended the trade deal clinched on Sunday as "the best we could get" given the threat of higher tariffs.',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Jane Roe', text: 'the best we could get' });
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Jane Roe', text: 'best we could get' });
  });
});

describe('more frames of reported speech', () => {
  it('reads "elaborated that" and a participle "pointing out that" as the speaker’s statements', () => {
    const got = reported(
      'Spokesman Budi Santoso said the minister was on his way to Washington.',
      'Budi Santoso elaborated that the minister had left Rio for talks on the 32 percent tariff.',
      'He played down the rise, pointing out that the rate remains lower than that of neighbouring countries.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Budi Santoso',
      text: 'the minister had left Rio for talks on the 32 percent tariff',
    });
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Budi Santoso',
      text: 'the rate remains lower than that of neighbouring countries',
    });
  });

  it('gives a sentence-opening "Adding that …" the subject of the verb that follows', () => {
    const got = reported(
      'Prime Minister Jane Roe spoke in parliament on Wednesday.',
      'Adding that she expected lawmakers would be pleased with the outcome, she said: “Let’s come back in a couple of weeks.”',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Jane Roe',
      text: 'she expected lawmakers would be pleased with the outcome',
    });
  });

  it('ends the attribution at a dash: "…, X promised today – after …" files the claim before it', () => {
    const got = reported(
      'The trade deal will be in force “within a very short time”, Prime Minister Jane Roe promised today – after the US raised steel tariffs to 50%.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Jane Roe',
      text: 'The trade deal will be in force “within a very short time”',
    });
  });

  it('leaves a dateline with its date out of the claim ("SEOUL, July 25 (UPI) --")', () => {
    const got = reported(
      'SEOUL, July 25 (UPI) -- Trade negotiators met U.S. officials in Washington, the Ministry of Trade said Friday.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Ministry of Trade',
      text: 'Trade negotiators met U.S. officials in Washington',
    });
  });

  it('does not read the relative clause of an announced thing as a statement', () => {
    const got = reported(
      'On Tuesday, President John Doe announced the deal with Tokyo that would lower the tariff to 15 percent.',
    );
    expect(got.map((q) => q.text)).not.toContain('would lower the tariff to 15 percent');
  });
});

describe('a role written with capitals or as an abbreviation', () => {
  it('reads "The South African President noted that …" as the president named before', () => {
    const got = reported(
      'South African President Jane Roe on Tuesday rejected the 30 per cent tariff.',
      'The South African President noted that the average tariff on goods entering South Africa is 7.6 per cent.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Jane Roe',
      text: 'the average tariff on goods entering South Africa is 7.6 per cent',
    });
  });

  it('reads "The PM had promised" as the prime minister and "the US President warned" as the president', () => {
    const got = reported(
      'Prime Minister Jane Roe spoke after US President John Doe raised steel tariffs to 50%.',
      'The PM had promised steel producers would be spared the tariffs under the May deal.',
      'But the US President warned the UK could be stung with the higher rate.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'Jane Roe',
      text: 'steel producers would be spared the tariffs under the May deal',
    });
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: 'John Doe',
      text: 'the UK could be stung with the higher rate',
    });
  });

  it('does not give "the Deputy Prime Minister" to the prime minister', () => {
    const got = reported(
      'The delegation left under the leadership of Prime Minister John Doe.',
      'Before departing, the Deputy Prime Minister highlighted the government’s efforts, noting that earlier talks had paved the way for formal negotiations.',
    );
    expect(got.map((q) => q.speaker)).not.toContain('John Doe');
  });
});

describe('offices, governments and questions', () => {
  it('files "Roe’s office said" and a following "it said in a statement" under the office', () => {
    const got = read(
      'The call on Wednesday was about bilateral trade matters, Roe’s office said.',
      '“The two leaders undertook to continue with further engagements,” it said in a statement.',
      '“Trade teams will take forward more detailed discussions.”',
      'President Jane Roe has been negotiating with Washington since May.',
    );
    expect(got).toContainEqual({
      kind: 'reported',
      speaker: "Jane Roe's office",
      text: 'The call on Wednesday was about bilateral trade matters',
    });
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: "Jane Roe's office",
      text: 'Trade teams will take forward more detailed discussions.',
    });
  });

  it('reads "the government said" as the one government the article names', () => {
    const got = direct(
      'President Jane Roe called President John Doe on Wednesday and the leaders agreed to “further engagements”, the government said.',
      'The South African government has been negotiating hard to avoid the tariffs.',
    );
    // The article's own words name it ("The South African government"); readers drop the "The".
    const speaker = got.find((q) => q.text === 'further engagements')?.speaker ?? '';
    expect(speaker.replace(/^The /, '')).toBe('South African government');
  });

  it('does not give the words of a question to the one who answers it', () => {
    const got = direct(
      'When asked whether Prime Minister Jane Roe would leave Washington “with a deal on tariffs,” President John Doe responded, “I think they’re going to be very happy.”',
    );
    expect(got).toEqual([
      { kind: 'direct', speaker: 'John Doe', text: 'I think they’re going to be very happy.' },
    ]);
  });
});

describe('"the statement noted" after a person spoke "in a statement"', () => {
  it('files the statement’s words under the person who issued it', () => {
    const got = direct(
      'In a statement following the tariff announcement, President Jane Roe responded by contesting the trade figures.',
      '"In our reading of the data, the average tariff stands at 7.6%," the statement noted.',
    );
    expect(got).toContainEqual({
      kind: 'direct',
      speaker: 'Jane Roe',
      text: 'In our reading of the data, the average tariff stands at 7.6%,',
    });
  });
});

describe('"“…”, X promised today": a promise right after the quote attributes its words', () => {
  it('files the quoted words under the one who promised', () => {
    const got = direct(
      'The trade deal will be in force “within a very short time”, Prime Minister Jane Roe promised today.',
      'Roe had promised to cut steel tariffs to zero.',
    );
    expect(got).toContainEqual({ kind: 'direct', speaker: 'Jane Roe', text: 'within a very short time' });
  });
});
