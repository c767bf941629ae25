import { describe, expect, it } from 'vitest';
import type { TariffEvent } from '../../../src/core/article';
import { extractEvents } from '../../../src/core/parse/events';
import { article, fixturePeople, person } from './speakers.fixture';

/**
 * Made-up sentences in shapes met on practice pages of round 9 (events9): a date that modifies the
 * event noun after it, a date moved to another, a measure scheduled to begin on a day, an
 * election told by its result, and an ordinal on a negotiator's trip.
 */
const people = fixturePeople([
  person('Mara Lind', ['Lind'], 'trade minister'),
  person('Ana Kolb', ['Kolb'], 'commerce secretary'),
  person('Tomas Vey', ['Vey'], 'president'),
]);

const eventsOf = (body: string, published: string | null = '2025-07-10') =>
  extractEvents(article(body, published), people).map((e: TariffEvent) => ({
    type: e.type,
    date: e.date,
    planned: e.planned,
    participants: e.participants,
  }));

describe('a date that modifies the noun after it', () => {
  it('dates the noun, not the verb standing nearer', () => {
    expect(eventsOf('Lind will travel to Oslo ahead of the Aug. 1 deadline.')).toEqual([
      { type: 'deadline', date: '2025-08-01', planned: true, participants: [] },
      { type: 'trip', date: null, planned: true, participants: ['Mara Lind'] },
    ]);
    expect(
      eventsOf('Lind said she would not fly to Oslo before the July 20 upper house election.')[0],
    ).toEqual({
      type: 'election',
      date: '2025-07-20',
      planned: true,
      participants: [],
    });
  });

  it('keeps talks held between two named people as an event of their own', () => {
    const events = eventsOf('Lind met Kolb in Oslo before the July 20 upper house election.');
    expect(events.map((e) => [e.type, e.date, e.participants])).toEqual([
      ['election', '2025-07-20', []],
      ['meeting', null, ['Ana Kolb', 'Mara Lind']],
    ]);
  });

  it('leaves a date that modifies nothing to the nearest event', () => {
    expect(eventsOf('Lind met Kolb in Oslo on July 8.').map((e) => [e.type, e.date])).toEqual([
      ['meeting', '2025-07-08'],
    ]);
  });
});

describe('an election', () => {
  it('has no participants: who speaks of it or loses it does not take part', () => {
    expect(
      eventsOf("Vey's coalition suffered a defeat in the July 20 election, Lind said.", '2025-07-22'),
    ).toEqual([{ type: 'election', date: '2025-07-20', planned: false, participants: [] }]);
  });
});

describe('a dated event beside a numbered trip', () => {
  it('stays an event of its own kind, without the round number', () => {
    const events = extractEvents(
      article("Lind's eighth trip to Oslo comes after the July 20 upper house election.", '2025-07-22'),
      people,
    ).map((e) => [e.type, e.date, e.round]);
    expect(events).toEqual([
      ['election', '2025-07-20', null],
      ['trip', null, 8],
    ]);
    const measure = extractEvents(
      article(
        'Lind said she intends to visit Oslo next week for an eighth round of talks, before a 25 percent tariff comes into effect on Aug. 1.',
        '2025-07-19',
      ),
      people,
    ).map((e) => [e.type, e.date, e.round]);
    expect(measure).toEqual([
      ['other', '2025-08-01', null],
      ['trip', null, 8],
    ]);
  });
});

describe('a day moved to another', () => {
  const days = (body: string, published = '2025-07-08') =>
    eventsOf(body, published).map((e) => [e.type, e.date, e.planned]);

  it('reads "from <day> to <day>" after a moving word as two days, not a span', () => {
    expect(days('Vey announced a delay, pushing the deadline from July 9 to August 1.')).toEqual([
      ['deadline', '2025-07-09', false],
      ['deadline', '2025-08-01', true],
    ]);
    expect(
      days('The start of the new tariffs has been delayed from August 1 to August 7.', '2025-08-02'),
    ).toEqual([
      ['other', '2025-08-01', false],
      ['other', '2025-08-07', true],
    ]);
  });

  it('gives up the day "instead of" or "originally" names, wherever it stands', () => {
    expect(
      days('Vey said the new tariffs will now begin on August 1, instead of the earlier date of July 9.'),
    ).toEqual([
      ['other', '2025-08-01', true],
      ['other', '2025-07-09', false],
    ]);
    expect(
      days('The levies were originally due to start on July 9 but were postponed until August 1.'),
    ).toEqual([
      ['other', '2025-07-09', false],
      ['other', '2025-08-01', true],
    ]);
  });

  it('reads the moving word anywhere in the clause before the span', () => {
    expect(
      days(
        'Vey has pushed back the start date for his wide-reaching tariff plan from July 9 to August 1, 2025.',
      ),
    ).toEqual([
      ['other', '2025-07-09', false],
      ['other', '2025-08-01', true],
    ]);
  });

  it('gives up a day told alone as first set, when the sentence moves it', () => {
    expect(
      days('Vey has postponed the tariffs, initially set to take effect on July 9, by nearly a month.'),
    ).toEqual([['other', '2025-07-09', false]]);
    expect(days('The tariffs, initially set to take effect on July 9, remain on course.')).toEqual([
      ['other', '2025-07-09', true],
    ]);
  });

  it('keeps a span of days that no word moves', () => {
    expect(eventsOf('Lind will visit Oslo from July 14 to July 16.').map((e) => e.date)).toEqual([
      '2025-07-14',
    ]);
  });
});

describe('a measure scheduled to begin on a day', () => {
  it('is a dated event, whatever the verb of its start', () => {
    expect(eventsOf('Vey delayed tariffs that had been scheduled to begin July 14.', '2025-07-20')).toEqual([
      { type: 'other', date: '2025-07-14', planned: false, participants: [] },
    ]);
    expect(
      eventsOf('The countermeasures, due to start on 7 August, will now be put on hold.', '2025-08-05'),
    ).toEqual([{ type: 'other', date: '2025-08-07', planned: true, participants: [] }]);
    expect(eventsOf('He later extended the pause, with the tariffs now scheduled for Aug. 1.')).toEqual([
      { type: 'other', date: '2025-08-01', planned: true, participants: [] },
    ]);
  });
});

describe('an election told by its result', () => {
  it('is an election on the day the majority was lost', () => {
    expect(
      eventsOf("Vey's coalition lost their majority in the 248-member upper house on Sunday.", '2025-07-23'),
    ).toEqual([{ type: 'election', date: '2025-07-20', planned: false, participants: [] }]);
    expect(
      eventsOf("The defeat cost Vey's coalition its majority in the upper chamber on July 20.", null),
    ).toEqual([{ type: 'election', date: '2025-07-20', planned: false, participants: [] }]);
    expect(eventsOf('Coalition falls short in upper house polls', null).map((e) => e.type)).toEqual([
      'election',
    ]);
  });

  it('is no election where a majority is merely held', () => {
    expect(eventsOf('The coalition, which has a majority in the lower house, backed the bill.')).toEqual([]);
  });
});

describe('an ordinal on a negotiator’s mission', () => {
  it('numbers the trip as a round', () => {
    const events = extractEvents(
      article('Lind arrived in Oslo on Monday on her eighth negotiating mission.', '2025-07-22'),
      people,
    );
    expect(events.map((e) => [e.type, e.date, e.round])).toEqual([['trip', '2025-07-21', 8]]);
  });
});
