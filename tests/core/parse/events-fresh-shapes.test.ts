import { describe, expect, it } from 'vitest';
import { findDates, resolveHint } from '../../../src/core/parse/event-dates';
import { extractEvents } from '../../../src/core/parse/events';
import { findTriggers, roundsIn } from '../../../src/core/parse/events-triggers';
import { article, fixturePeople, person } from './speakers.fixture';

/**
 * Made-up sentences in shapes met on a fresh set of pages (round 6): narrative day offsets,
 * headline infinitives, pauses that expire, remarks to the press, visits counted "for the Nth
 * time", counts within a government's term, relative clauses. Each states what a reader would
 * take from it.
 */
const people = fixturePeople([
  person('Mara Lind', ['Lind'], 'trade minister'),
  person('Ana Kolb', ['Kolb'], 'commerce secretary'),
  person('Tomas Vey', ['Vey'], 'president'),
  person('Jon Ruud', ['Ruud'], 'finance minister'),
  person('Ida Sand', ['Sand'], 'treasury secretary'),
]);

const events = (body: string, published: string | null = '2025-06-30') =>
  extractEvents(article(body, published), people).map((e) => ({
    type: e.type,
    date: e.date,
    round: e.round,
    planned: e.planned,
    participants: e.participants,
  }));

describe('"the previous day" counts from the event just told', () => {
  it('dates a meeting the day before the calls it preceded, not the day before the report', () => {
    const found = events(
      'Lind spoke by phone twice with Kolb on Saturday. The phone talks followed an in-person meeting between Lind and Kolb the previous day.',
      '2025-06-30',
    );
    expect(found.find((e) => e.type === 'call')?.date).toBe('2025-06-28');
    expect(found.map((e) => e.date)).toContain('2025-06-27');
    expect(found.map((e) => e.date)).not.toContain('2025-06-29');
  });

  it('still counts from the report when nothing was told before', () => {
    const [d] = findDates('The delegation arrived the previous day.');
    expect(d && resolveHint(d.hint, '2025-06-30', null, 2025)?.date).toBe('2025-06-29');
  });

  it('does not count back from a deadline still to come', () => {
    const [d] = findDates('They met the previous day.');
    expect(d && resolveHint(d.hint, '2025-06-30', '2025-07-09', 2025)?.date).toBe('2025-06-29');
  });
});

describe('a headline subject with an infinitive speaks of what is to come', () => {
  it('dates "to hold talks on Tuesday" on the coming Tuesday', () => {
    const found = events('Lind to hold day-long talks on Tuesday amid tariff tensions', '2025-09-15');
    expect(found[0]?.date).toBe('2025-09-16');
  });

  it('keeps a past verb before a place: "flew to Harbor City to hold talks on Tuesday"', () => {
    const [d] = findDates('Lind flew to Harbor City to hold talks on Tuesday.');
    expect(d?.hint).toMatchObject({ kind: 'weekday', direction: 'past' });
  });
});

describe('a pause that expires is a deadline', () => {
  it('gives the day to the expiry, and still reports the numbered talks', () => {
    const found = events(
      'Lind met Kolb on Friday. Their meeting, which preceded the July 9 expiration of a suspension of the tariffs, marked the seventh round of ministerial talks.',
      '2025-06-28',
    );
    const deadline = found.find((e) => e.type === 'deadline');
    expect(deadline?.date).toBe('2025-07-09');
    expect(deadline?.round).toBeNull();
    // One seventh round, on Friday, not also on July 9.
    const seventh = found.filter((e) => e.round === 7);
    expect(seventh).toHaveLength(1);
    expect(seventh[0]?.date).toBe('2025-06-27');
  });

  it('reads "the suspension expires on July 8" as a deadline', () => {
    expect(findTriggers('the suspension expires on July 8').map((t) => t.type)).toContain('deadline');
  });
});

describe('what is no meeting', () => {
  it('a minister meeting reporters', () => {
    expect(findTriggers('Lind met with reporters at the station.').map((t) => t.type)).not.toContain(
      'meeting',
    );
    expect(findTriggers('Lind meets the press in the capital.').map((t) => t.type)).not.toContain('meeting');
  });

  it('the name of an office', () => {
    expect(
      findTriggers('Lind, head of the Trade Negotiation Headquarters, said so.').map((t) => t.type),
    ).not.toContain('meeting');
  });
});

describe('more ways news tells talks and trips', () => {
  it('"spoke on Monday with <title> <name>" is a dated talk with both', () => {
    const found = events(
      'Lind spoke on Monday with Commerce Secretary Ana Kolb, a spokesperson said.',
      '2025-07-15',
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        type: 'meeting',
        date: '2025-07-14',
        participants: ['Ana Kolb', 'Mara Lind'],
      }),
    );
  });

  it('"spoke to reporters" is no talk', () => {
    expect(findTriggers('Lind spoke to reporters on Monday.').map((t) => t.type)).not.toContain('meeting');
  });

  it('"embarked for <place> for the seventh time" is the seventh visit', () => {
    const found = events('Lind embarked for the United States on Thursday for the seventh time.', null);
    expect(found).toContainEqual(
      expect.objectContaining({ type: 'trip', round: 7, participants: ['Mara Lind'] }),
    );
  });

  it('"held discussions" on a day is a meeting', () => {
    expect(events('Lind held discussions with Kolb on Wednesday.', '2025-07-03')[0]).toMatchObject({
      type: 'meeting',
      date: '2025-07-02',
    });
  });

  it('"repeated visits" is no one trip', () => {
    expect(
      events('Through his repeated visits to the capital, Lind has urged a review.').map((e) => e.type),
    ).not.toContain('trip');
  });
});

describe('numbers that are not rounds of the talks', () => {
  it('a first trip counted within a new government', () => {
    expect(
      roundsIn('This will be the first Washington trip by top officials appointed under President Vey.'),
    ).toEqual([]);
    expect(roundsIn('It is the first visit under the new administration.')).toEqual([]);
    expect(roundsIn('It is his first visit to the capital.').map((r) => r.round)).toEqual([1]);
  });

  it('a postponed round does not number the visit that leads up to it', () => {
    const found = events(
      'Lind is arriving late on Monday for talks. The sixth round of talks, scheduled from August 25-29, was postponed.',
      '2025-09-15',
    );
    expect(found.find((e) => e.type === 'trip')?.round).toBeNull();
    expect(found.find((e) => e.round === 6)?.date).toBe('2025-08-25');
  });
});

describe('dates and people that belong to something else', () => {
  it('the day a president took office dates no trip', () => {
    const found = events(
      'It will be the Washington trip by officials of President Vey, who took office June 4.',
      null,
    );
    expect(found.map((e) => e.date)).not.toContain('2025-06-04');
  });

  it('a speaker who says what he will do is no party to the deadline', () => {
    const found = events(
      'Ruud said Tuesday that he will hold talks this week, ahead of an Aug. 1 deadline.',
      null,
    );
    expect(found.find((e) => e.type === 'deadline')?.participants).toEqual([]);
  });

  it('names in a ", who met …" clause are that meeting\'s, not the trip\'s', () => {
    const found = events(
      'Lind and Ruud, who held talks with Commerce Secretary Ana Kolb last week, flew to the coast on the weekend as Kolb accompanied Vey on his trip.',
      null,
    );
    expect(found.find((e) => e.type === 'trip')?.participants).toEqual(['Jon Ruud', 'Mara Lind']);
  });

  it('"under President Vey" names no participant', () => {
    const found = events(
      'Ruud will travel to the capital, the first minister appointed under President Vey to go.',
      null,
    );
    expect(found.find((e) => e.type === 'trip')?.participants).toEqual(['Jon Ruud']);
  });
});

describe('one article tells one day once', () => {
  it('joins a deadline and the measure starting that day', () => {
    const found = events(
      'Kolb said on Sunday that Aug. 1 is a hard deadline. Vey threatened on July 12 to impose a 30% tariff starting on Aug. 1, after weeks of negotiations.',
      '2025-07-20',
    );
    expect(found.filter((e) => e.date === '2025-08-01')).toHaveLength(1);
    expect(found.find((e) => e.date === '2025-08-01')?.participants).toEqual([]);
    expect(found.map((e) => e.date)).toContain('2025-07-12');
  });

  it('joins two meetings of one day when one names nobody', () => {
    const found = events(
      'A virtual meeting is scheduled today between Lind and officials. Today’s virtual discussions will be chaired by a secretary.',
      '2025-07-18',
    );
    expect(found.filter((e) => e.type === 'meeting' && e.date === '2025-07-18')).toHaveLength(1);
  });
});

describe('what a remark says was just done, and what a question names', () => {
  it('dates "had just gotten off the phone" on the day of the remark before it', () => {
    const found = events(
      'Kolb said on Sunday she was confident of a deal. Kolb said she had just gotten off the phone with the negotiators.',
      '2025-07-20',
    );
    expect(found.find((e) => e.type === 'call')?.date).toBe('2025-07-20');
  });

  it('makes no event of a question put to a speaker', () => {
    expect(
      events(
        'Asked if the deadline might be extended again, Ruud said the government is focused on talks.',
        null,
      ),
    ).toEqual([]);
  });

  it('gives a measure taking effect no parties, and joins a deadline told again without its day', () => {
    const found = events(
      'As the tariff takes effect on August 1, Ruud heads for the capital. Ruud said that was a hard deadline.',
      '2025-07-28',
    );
    const aug1 = found.filter((e) => e.date === '2025-08-01');
    expect(aug1).toHaveLength(1);
    expect(aug1[0]?.participants).toEqual([]);
    expect(found.filter((e) => e.type === 'deadline' && e.date === null)).toEqual([]);
  });
});
