import { describe, expect, it } from 'vitest';
import type { TariffEvent } from '../../../src/core/article';
import { articleSides } from '../../../src/core/parse/event-sides';
import { extractEvents } from '../../../src/core/parse/events';
import { roundsIn } from '../../../src/core/parse/events-triggers';
import { mergeEvents } from '../../../src/core/parse/merge-events';
import { article, fixturePeople, person } from './speakers.fixture';

/**
 * Made-up sentences in shapes met on a second fresh set of pages (round 6, events2): rounds
 * numbered per negotiating partner, counts that are no round ("the first meeting between the two
 * countries since …", "his fourth trip within a month", "the first such visit by a leader"),
 * a headline's weekday against the body's, a sentence printed twice, a place that is a topic's.
 */
const people = fixturePeople([
  person('Mara Lind', ['Lind'], 'trade minister'),
  person('Ana Kolb', ['Kolb'], 'commerce secretary'),
  person('Tomas Vey', ['Vey'], 'president'),
  person('Jon Ruud', ['Ruud'], 'finance minister'),
]);

const eventsOf = (body: string, published: string | null = null, id = 'a1'): TariffEvent[] =>
  extractEvents(article(body, published, id), people);

describe('rounds are numbered per negotiating partner', () => {
  const korea =
    'Seoul team to fly to Washington\nThe tariff was suspended for 90 days following initial negotiations in late April, during which South Korea agreed to talks. South Korea faces the deadline on July 8.';
  const vietnam =
    'Vietnam and US hold talks\nVietnam’s minister met the trade representative on Jeju island. This discussion on Friday represents the first ministerial-level negotiation following their virtual meeting on April 12.';
  const a = article(korea, null, 'kr');
  const b = article(vietnam, null, 'vn');

  it('does not join one country’s first round to another country’s first round', () => {
    const events = [...extractEvents(a, people), ...extractEvents(b, people)];
    // Both name a first round and nobody: without partners they were one event.
    expect(mergeEvents(events).some((e) => e.articleIds.length === 2)).toBe(true);
    const merged = mergeEvents(events, articleSides([a, b]));
    for (const e of merged) expect(e.articleIds).toHaveLength(1);
  });

  it('still joins two reports of one country’s numbered round', () => {
    const c = article('Lind held the fifth round of talks with Kolb in Washington.', null, 'c');
    const d = article('Lind met Kolb on June 6 for the fifth round.', '2025-06-07', 'd');
    const merged = mergeEvents(
      [...extractEvents(c, people), ...extractEvents(d, people)],
      articleSides([c, d]),
    );
    expect(merged.filter((e) => e.round === 5)).toHaveLength(1);
  });

  it('keeps apart two partners’ rounds of the same number even when each names nobody', () => {
    const c = article(
      'Cambodia ends second round\nCambodia’s second round of talks took place on June 4-6.',
      null,
      'c',
    );
    const d = article(
      'Taiwan says talks progress\nThe second round of talks between Taiwan and the US made progress.',
      null,
      'd',
    );
    const merged = mergeEvents(
      [...extractEvents(c, people), ...extractEvents(d, people)],
      articleSides([c, d]),
    );
    const taiwan = merged.find((e) => e.articleIds.includes('d') && e.round === 2);
    expect(taiwan?.articleIds).toEqual(['d']);
    expect(taiwan?.date).toBeNull();
  });
});

describe('counts that number no round', () => {
  it('reads no round in "the first meeting between the two countries since …"', () => {
    expect(
      roundsIn('It will be the first meeting between the two countries since the tariff was imposed.'),
    ).toEqual([]);
  });

  it('reads no round in "the first such meeting by a leader"', () => {
    expect(roundsIn('The first such meeting by a Southeast Asian leader with the president.')).toEqual([]);
    expect(roundsIn('It was the first visit by a foreign leader this year.')).toEqual([]);
  });

  it('reads no round in "his fourth trip to the US within a month"', () => {
    expect(roundsIn('Lind left on Friday, his fourth trip to the US within a month.')).toEqual([]);
  });

  it('still reads "the third round of talks" and "the fourth trip to Washington"', () => {
    expect(roundsIn('They held the third round of talks.').map((r) => r.round)).toEqual([3]);
    expect(roundsIn('the fourth trip to Washington')[0]?.round).toBe(4);
  });
});

describe('a headline and the body name the same weekday', () => {
  it('dates the headline’s talks by the body’s tense: one planned meeting on the coming Thursday', () => {
    const events = eventsOf(
      'Trade talks start on Thursday in Harbor City\nLind will meet Kolb on Thursday, opening the negotiations.',
      '2025-06-30',
    );
    const talks = events.filter((e) => e.type === 'meeting' || e.type === 'round');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ date: '2025-07-03', planned: true });
  });
});

describe('a sentence printed twice', () => {
  it('tells its event once', () => {
    const events = eventsOf(
      'The visit follows talks on Wednesday between Lind and Kolb in Harbor City.\nRuud will travel next week.\nThe visit follows talks on Wednesday between Lind and Kolb in Harbor City.',
    );
    expect(events.filter((e) => e.type === 'meeting')).toHaveLength(1);
  });
});

describe('a place that belongs to a topic', () => {
  it('takes no place from "companies that operate businesses in <country>"', () => {
    const events = eventsOf(
      'Ruud met representatives of companies that operate businesses in Thailand on July 1, 2025.',
    );
    expect(events[0]).toMatchObject({ date: '2025-07-01', place: null });
  });

  it('takes no place from "LNG fields in Alaska"', () => {
    const events = eventsOf(
      'Lind flew to Harbor City on Friday to discuss investment in LNG fields in Alaska.',
    );
    expect(events.find((e) => e.type === 'trip')?.place ?? null).not.toBe('Alaska');
  });

  it('still takes the place of "met in Washington"', () => {
    const events = eventsOf('Lind met Kolb in Washington on July 3, 2025.');
    expect(events[0]).toMatchObject({ place: 'Washington', date: '2025-07-03' });
  });
});

describe('talks told again without a day name who took part', () => {
  it('takes the people of "The meeting took place between X and Y" for the dated meeting just told', () => {
    const events = eventsOf(
      'The two countries agreed to begin negotiations at a meeting held in Harbor City on April 10.\nThe meeting took place between Lind and Kolb.',
    );
    const talks = events.filter((e) => e.type === 'meeting');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ date: '2025-04-10', participants: ['Ana Kolb', 'Mara Lind'] });
  });

  it('takes the people of "X met Y on the sidelines" for the lead’s unnamed meeting', () => {
    const events = eventsOf(
      'The minister is more hopeful, he said on Thursday (May 15), after a meeting with his counterpart.\nLind met Kolb on the sidelines of a two-day gathering.',
      '2025-05-16',
    );
    expect(events.filter((e) => e.type === 'meeting')).toHaveLength(1);
    expect(events[0]!.participants).toEqual(['Ana Kolb', 'Mara Lind']);
  });

  it('leaves talks alone when the later sentence names other people entirely', () => {
    const events = eventsOf('Lind met Kolb on May 2, 2025.\nRuud held talks with Vey.');
    expect(events[0]!.participants).toEqual(['Ana Kolb', 'Mara Lind']);
  });
});

describe('a deadline drawing near', () => {
  it('dates "the deadline is coming on Wednesday" to the Wednesday ahead', () => {
    const events = eventsOf('The deadline is coming on Wednesday, when the pause expires.', '2025-07-07');
    expect(events[0]).toMatchObject({ type: 'deadline', date: '2025-07-09', planned: true });
  });

  it('dates "with the deadline looming on Friday" to the Friday ahead', () => {
    const events = eventsOf(
      'Lind is racing to clinch a deal, with the deadline looming on Friday.',
      '2025-07-28',
    );
    expect(events.find((e) => e.type === 'deadline')?.date).toBe('2025-08-01');
  });
});

describe('a spokesperson does not take part', () => {
  it('leaves "his spokesperson X said" out of the talks', () => {
    const people2 = fixturePeople([
      person('Mara Lind', ['Lind'], 'trade minister'),
      person('Olof Gill', ['Gill'], 'spokesperson'),
    ]);
    const events = extractEvents(
      article('Lind met the commerce secretary on Thursday, his spokesperson Olof Gill said.', '2025-07-05'),
      people2,
    );
    expect(events[0]!.participants).toEqual(['Mara Lind']);
  });

  it('leaves "X, a spokesman for the ministry," out of the call', () => {
    const people2 = fixturePeople([
      person('Mara Lind', ['Lind'], 'trade minister'),
      person('Olof Gill', ['Gill'], 'spokesperson'),
    ]);
    const events = extractEvents(
      article(
        'Olof Gill, a spokesman for the ministry, said Lind held a phone call with Kolb on Monday.',
        '2025-07-08',
      ),
      people2,
    );
    expect(events.find((e) => e.type === 'call')?.participants).not.toContain('Olof Gill');
  });
});

describe('talks that already name both sides', () => {
  it('take no one from a later remark that mentions a leader', () => {
    const events = eventsOf(
      'Lind held the fifth round of talks with Kolb in Harbor City.\nLind vowed to continue intensive talks, noting that Vey is likely to keep his stance.',
    );
    expect(events.find((e) => e.round === 5)?.participants).toEqual(['Ana Kolb', 'Mara Lind']);
  });
});
