import { describe, expect, it } from 'vitest';
import type { TariffEvent } from '../../../src/core/article';
import { extractEvents } from '../../../src/core/parse/events';
import { article, fixturePeople, person } from './speakers.fixture';

/**
 * Made-up sentences in shapes met on the earlier practice pages (round 7, events7): talks told as
 * held between two named people without a day, told again later in the article.
 */
const people = fixturePeople([
  person('Mara Lind', ['Lind'], 'trade minister'),
  person('Ana Kolb', ['Kolb'], 'commerce secretary'),
  person('Tomas Vey', ['Vey'], 'president'),
  person('Jon Ruud', ['Ruud'], 'finance minister'),
]);

const eventsOf = (body: string, published: string | null = null): TariffEvent[] =>
  extractEvents(article(body, published), people);
const talks = (events: TariffEvent[]) => events.filter((e) => e.type === 'meeting' || e.type === 'round');

describe('talks held between two named people, without a day', () => {
  it.each([
    [
      'On the sidelines of the ministerial in Paris, Lind met with Kolb to discuss the talks.',
      ['Ana Kolb', 'Mara Lind'],
    ],
    [
      'Lind held a direct session with both Secretary Kolb and President Vey.',
      ['Ana Kolb', 'Mara Lind', 'Tomas Vey'],
    ],
    ['Lind and Kolb held a one-on-one meeting after the first day of the forum.', ['Ana Kolb', 'Mara Lind']],
    ['Vey held talks with Kolb and Ruud.', ['Ana Kolb', 'Jon Ruud', 'Tomas Vey']],
    ['After his last meeting with Kolb in May, Vey emerged without progress.', ['Ana Kolb', 'Tomas Vey']],
    [
      'Lind says she is feeling “encouraged” after meeting with Kolb in Washington, ahead of next week’s deadline.',
      ['Ana Kolb', 'Mara Lind'],
    ],
  ])('"%s" is a meeting of its people', (body, who) => {
    const found = talks(eventsOf(body));
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBeNull();
    expect(found[0]!.planned).toBe(false);
    expect(found[0]!.participants).toEqual(who);
  });

  it.each([
    'Lind will meet with Kolb in Paris.',
    'The talks with Kolb are progressing, Lind said.',
    'Lind met with reporters at the station after the talks.',
  ])('"%s" is no held meeting', (body) => {
    expect(talks(eventsOf(body))).toHaveLength(0);
  });

  it('joins the dated talks of the same people told earlier', () => {
    const events = eventsOf(
      'Lind met Kolb on Thursday in Seoul. Lind and Kolb held a one-on-one meeting at around 7:30 p.m.',
      '2025-05-16',
    );
    expect(talks(events)).toHaveLength(1);
    expect(talks(events)[0]!.date).toBe('2025-05-15');
  });

  it('joins the numbered round it tells again, naming more of its people', () => {
    const events = eventsOf(
      'Lind held the first round of trade negotiations in Washington. She said the mood was good. ' +
        'Officials described the atmosphere as friendly. Tariffs on cars were discussed at length. ' +
        'Lind held talks with Kolb and Ruud and also met with Vey at the White House.',
    );
    expect(talks(events)).toHaveLength(1);
    expect(talks(events)[0]!.round).toBe(1);
    expect(talks(events)[0]!.participants).toEqual(['Ana Kolb', 'Jon Ruud', 'Mara Lind', 'Tomas Vey']);
  });
});

describe('a trip the headline or lead tells and the body tells again', () => {
  const trips = (events: TariffEvent[]) => events.filter((e) => e.type === 'trip');

  it('joins a present-tense headline trip to the body’s planned trip', () => {
    const found = trips(
      eventsOf(
        'Trade chief heads to Washington for tariff talks\nBRUSSELS - The top negotiator Mara Lind is jetting to Washington for talks, her office said.',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).toEqual(['Mara Lind']);
  });

  it('gives the lead’s traveller to the one dated visit that names nobody', () => {
    const found = trips(
      eventsOf(
        'Trade Minister Mara Lind will visit the U.S. next week, the ministry said.\nThe visit is set to take place from March 9 to March 11, the ministry said Friday.',
        '2025-03-08',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2025-03-09');
    expect(found[0]!.endDate).toBe('2025-03-11');
    expect(found[0]!.participants).toEqual(['Mara Lind']);
  });

  it('keeps the lead’s trip apart when the article dates two visits naming nobody', () => {
    const found = trips(
      eventsOf(
        'Trade Minister Mara Lind will visit the U.S. next week, the ministry said.\nA first visit is set for March 9. A second visit is planned for March 20.',
        '2025-03-08',
      ),
    );
    expect(found.find((e) => e.date === null)?.participants).toEqual(['Mara Lind']);
  });
});

describe('a measure with the day it starts', () => {
  it.each([
    [
      'Kolb threatened a 30-percent levy on European goods from August 1 if no deal is reached.',
      '2025-07-14',
      '2025-08-01',
    ],
    ['A further 25% levy that kicked in on August 27 doubled the rate.', '2025-09-16', '2025-08-27'],
    ['Washington finalizes a fresh round of reciprocal tariffs due on April 2.', '2025-03-25', '2025-04-02'],
  ])('"%s" is a measure of that day, with no parties', (body, published, day) => {
    const events = eventsOf(body, published);
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('other');
    expect(events[0]!.date).toBe(day);
    expect(events[0]!.participants).toEqual([]);
  });

  it('leaves the letter that announced a hike undated: the day is the hike’s', () => {
    const events = eventsOf(
      'The Philippines faces a tariff hike on Aug. 1 as per the letter Vey sent earlier this month.',
      '2025-07-20',
    );
    expect(events.find((e) => e.type === 'letter')?.date).toBeNull();
    expect(events.find((e) => e.type === 'other')?.date).toBe('2025-08-01');
  });

  it('makes no measure of rates that range from one figure to another', () => {
    expect(eventsOf('The rates range from 20% to 50%, Kolb said on Monday.', '2025-07-14')).toHaveLength(0);
  });
});

describe('talks told again name their people', () => {
  it('takes "he" after an opening phrase as the person named before', () => {
    const events = eventsOf(
      'Lind held the fifth round of talks in Washington on June 6.\nLind was visiting for the third week.\nThis time around, he met with Kolb for 45 minutes and then with Vey for an hour.',
      '2025-06-07',
    );
    const round = events.find((e) => e.round === 5)!;
    expect(round.participants).toEqual(['Ana Kolb', 'Mara Lind', 'Tomas Vey']);
  });

  it('does not give undated talks to dated talks the article tells only after them', () => {
    const events = eventsOf(
      'Trade talks go on\nKolb held talks with Vey and Ruud in Geneva. Days later, Lind met with Kolb on Tuesday.',
      '2025-05-16',
    );
    const dated = events.find((e) => e.date !== null)!;
    expect(dated.participants).toEqual(['Ana Kolb', 'Mara Lind']);
    expect(talks(events)).toHaveLength(2);
  });
});

describe('a day told from the event just told', () => {
  it.each([
    'Earlier in the day, Lind met with Kolb to discuss the offer.',
    'Later that day, Lind met with Kolb to discuss the offer.',
  ])('"%s" is the day of the departure told before', (second) => {
    const events = eventsOf(`Lind will depart Washington at 6 p.m. on August 6.\n${second}`);
    expect(talks(events)[0]!.date).toBe('2025-08-06');
  });
});

describe('"the two" who took part', () => {
  it('are the sentence’s one person and the one named just before', () => {
    const events = eventsOf(
      'Lind traveled to Washington without a formal invite.\nThe two spoke on the phone last Thursday, with Vey telling CNBC that she did not listen.',
    );
    expect(events.find((e) => e.type === 'call')?.participants).toEqual(['Mara Lind', 'Tomas Vey']);
  });

  it('are the sentence’s two people, even the one who speaks of it', () => {
    const events = eventsOf(
      'Vey said Lind could not have been nicer when the two leaders spoke by phone last week.',
    );
    expect(events.find((e) => e.type === 'call')?.participants).toEqual(['Mara Lind', 'Tomas Vey']);
  });

  it('are not parties to what one of them did afterwards', () => {
    const events = eventsOf(
      'Lind thanked Vey for an excellent call.\nAfter the two spoke today, Vey announced that Lind’s exports would be exempt.',
    );
    for (const e of events.filter((x) => x.type === 'other'))
      expect(e.participants).not.toContain('Mara Lind');
  });
});
