import { describe, expect, it } from 'vitest';
import type { TariffEvent } from '../../../src/core/article';
import { extractEvents } from '../../../src/core/parse/events';
import { article, fixturePeople, person } from './speakers.fixture';

/**
 * Made-up sentences in shapes met on practice pages of round 8 (events8): a sentence that tells a
 * second dated event of the same kind after "and" ("spoke to X on Monday and Y on Tuesday").
 */
const people = fixturePeople([
  person('Mara Lind', ['Lind'], 'trade minister'),
  person('Ana Kolb', ['Kolb'], 'commerce secretary'),
  person('Tomas Vey', ['Vey'], 'president'),
  person('Jon Ruud', ['Ruud'], 'finance minister'),
]);

const eventsOf = (body: string, published: string | null = '2025-06-14') =>
  extractEvents(article(body, published), people).map((e: TariffEvent) => ({
    type: e.type,
    date: e.date,
    endDate: e.endDate,
    participants: e.participants,
  }));

describe('two dated events told in one sentence', () => {
  it('gives each day its own event, and a name told between the days to the later one', () => {
    expect(eventsOf('Lind held phone talks with Kolb on Monday and Vey on Tuesday.')).toEqual([
      { type: 'call', date: '2025-06-09', endDate: null, participants: ['Ana Kolb', 'Mara Lind'] },
      { type: 'call', date: '2025-06-10', endDate: null, participants: ['Mara Lind', 'Tomas Vey'] },
    ]);
    expect(eventsOf('Lind said she would meet with Kolb on Thursday and Ruud on Friday.')).toEqual([
      { type: 'meeting', date: '2025-06-19', endDate: null, participants: ['Ana Kolb', 'Mara Lind'] },
      { type: 'meeting', date: '2025-06-20', endDate: null, participants: ['Jon Ruud', 'Mara Lind'] },
    ]);
  });

  it('reads "and again on" as the same people meeting a second time', () => {
    expect(eventsOf('Lind met Kolb in Oslo on June 2 and again on June 9.').map((e) => e.date)).toEqual([
      '2025-06-02',
      '2025-06-09',
    ]);
    expect(
      eventsOf('Lind held talks with Kolb on May 13-14, and again on June 4-6.').map((e) => [
        e.date,
        e.endDate,
        e.participants,
      ]),
    ).toEqual([
      ['2025-05-13', '2025-05-14', ['Ana Kolb', 'Mara Lind']],
      ['2025-06-04', '2025-06-06', ['Ana Kolb', 'Mara Lind']],
    ]);
  });

  it('keeps the days of one event together', () => {
    expect(eventsOf('Lind met Kolb in Oslo on Monday and Tuesday.')).toHaveLength(1);
    expect(eventsOf('Lind held talks with Kolb on June 2, and on June 3.')).toHaveLength(1);
  });
});

describe('a weekday told as done', () => {
  it('is the one before the report even when a later clause looks ahead', () => {
    // Published Saturday 2025-06-14: Tuesday's call was that week's; Wednesday's talk still to come
    // when the sentence was written, so read as the coming one.
    expect(
      eventsOf(
        'Lind, who has led the talks, spoke to US commerce secretary Ana Kolb on Tuesday, and was due to talk to trade representative Tomas Vey on Wednesday.',
      )[0],
    ).toMatchObject({ type: 'meeting', date: '2025-06-10', participants: ['Ana Kolb', 'Mara Lind'] });
  });

  it('keeps a weekday the words next to it put ahead, whatever verb it falls to', () => {
    // Published Sunday 2025-07-06: the pause runs out on the coming Wednesday.
    const dates = eventsOf(
      'Meanwhile, with the deadline for the pause on the tariffs imposed by the Vey administration coming on Wednesday, Lind is making last efforts.',
      '2025-07-06',
    ).map((e) => e.date);
    expect(dates).toContain('2025-07-09');
    expect(dates).not.toContain('2025-07-02');
  });

  it('reads "spoke to" a US or UK office holder as talks, not "spoke to US reporters"', () => {
    expect(
      eventsOf('Lind spoke on Monday with US Commerce Secretary Ana Kolb, a spokesperson said.'),
    ).toEqual([
      { type: 'meeting', date: '2025-06-09', endDate: null, participants: ['Ana Kolb', 'Mara Lind'] },
    ]);
    expect(eventsOf('Lind spoke to US reporters on Monday.')).toEqual([]);
  });
});
