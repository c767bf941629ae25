import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('reported statements', () => {
  it('takes the clause after "told reporters that"', () => {
    expect(reported('Akazawa told reporters that the talks would resume next week.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'the talks would resume next week' },
    ]);
  });

  it('takes the clause after "said" without "that", past a day of the week', () => {
    expect(reported('Greer said Tuesday he will push for wider farm access.')).toEqual([
      { speaker: 'Jamieson Greer', text: 'he will push for wider farm access' },
    ]);
  });

  it('does not report the description after "said <name>," that follows a direct quote', () => {
    expect(
      reported(
        '“We made progress,” said Akazawa, the minister for revitalization, after meeting Bessent in Washington.',
      ),
    ).toEqual([]);
  });

  it('reports a claim once when a second speech verb inside it would repeat part of it', () => {
    expect(
      reported('Akazawa told reporters that he had called strongly for an end to the car levies.'),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'he had called strongly for an end to the car levies' }]);
  });

  it('takes the clause before a trailing attribution', () => {
    expect(reported('The deal is close to done, Bessent said.')).toEqual([
      { speaker: 'Scott Bessent', text: 'The deal is close to done' },
    ]);
  });

  it('reads other speech verbs: urged, stressed, pledged', () => {
    const body =
      'Ishiba urged ministers to move faster on the plan.\nLutnick stressed that steel stays out of any deal.\nAkazawa pledged to visit Washington again soon.';
    expect(reported(body).map((r) => r.speaker)).toEqual([
      'Shigeru Ishiba',
      'Howard Lutnick',
      'Ryosei Akazawa',
    ]);
  });

  it('credits "according to X" to X as the claimant', () => {
    expect(reported('Akazawa will fly out on Friday, according to a senior Japanese official.')).toEqual([
      { speaker: 'Japanese official', text: 'Akazawa will fly out on Friday' },
    ]);
  });

  it('credits each person of a plural subject', () => {
    const body = 'Akazawa met Lutnick and Bessent.\nThey explained they would fix the order within weeks.';
    expect(reported(body).map((r) => r.speaker)).toEqual(['Howard Lutnick', 'Scott Bessent']);
  });

  it('credits words relayed by a speaker to the one who said them first', () => {
    const body = 'Ishiba said the White House noted that the letter could still be revised.';
    expect(reported(body).map((r) => r.speaker)).toContain('White House');
  });

  it('leaves a sentence whose speech is only a direct quote to the direct quote', () => {
    expect(reported('Akazawa said, “We will not give up our rice farmers.”')).toEqual([]);
  });

  it('leaves out narration with no speaker', () => {
    expect(reported('The yen rose sharply after the talks ended on Friday.')).toEqual([]);
  });
});
