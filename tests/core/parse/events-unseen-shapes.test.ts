import { describe, expect, it } from 'vitest';
import { findDates, resolveHint } from '../../../src/core/parse/event-dates';
import { extractEvents } from '../../../src/core/parse/events';
import { findTriggers, roundsIn } from '../../../src/core/parse/events-triggers';
import { article, fixturePeople, person } from './speakers.fixture';

/**
 * Made-up sentences in shapes the team met on pages the parser had never seen (datelines, remarks
 * about talks, names that only date or own something, trips by "heads to", measures with a start
 * day). Each states what a reader would take from it.
 */
const people = fixturePeople([
  person('Mara Lind', ['Lind'], 'trade minister'),
  person('Ana Kolb', ['Kolb'], 'commerce secretary'),
  person('Tomas Vey', ['Vey'], 'president'),
  person('Jon Ruud', ['Ruud'], 'prime minister'),
]);
/** An index that, like the real one, reads "Vey's" as the name. */
const gluing = fixturePeople([
  person('Mara Lind', ['Lind']),
  person('Ana Kolb', ['Kolb']),
  person('Tomas Vey', ['Vey', "Vey's"]),
]);

const events = (body: string, published: string | null = '2025-06-14', index = people) =>
  extractEvents(article(body, published), index).map((e) => ({
    type: e.type,
    date: e.date,
    round: e.round,
    planned: e.planned,
    participants: e.participants,
    place: e.place,
  }));
const types = (body: string, published?: string | null) => events(body, published).map((e) => e.type);
const dates = (body: string, published?: string | null) =>
  events(body, published)
    .map((e) => e.date)
    .filter((d) => d !== null);

describe('a dateline dates the story, not what it reports', () => {
  it('gives the meeting its own weekday, not the dateline day', () => {
    const found = events(
      'HARBOR CITY, August 22 (Wire) - Lind met Kolb in Washington on Thursday, ahead of next week’s summit.',
      '2025-08-22',
    );
    expect(found.find((e) => e.type === 'meeting')?.date).toBe('2025-08-21');
    expect(
      dates('HARBOR CITY, August 22 (Wire) - Lind met Kolb in Washington on Thursday.', '2025-08-22'),
    ).not.toContain('2025-08-22');
  });

  it('keeps the dateline day where the lead has no day of its own but a remark', () => {
    expect(
      dates(
        'ISLAND BAY, April 8 (Wire)--Kolb said Tuesday that she testified on the negotiations.',
        '2025-04-09',
      ),
    ).toContain('2025-04-08');
  });
});

describe('weekdays still to come', () => {
  it('reads a weekday after a modal and a participle as future', () => {
    const [d] = findDates('He said the pause could be extended beyond Tuesday.');
    expect(d && resolveHint(d.hint, '2025-07-06', null, 2025)?.date).toBe('2025-07-08');
  });

  it('reads "Monday’s summit" that details are "to be addressed during" as the coming Monday', () => {
    const found = events(
      'The talks on Thursday focused on details to be addressed during Monday’s summit at the White House.',
      '2025-08-22',
    );
    expect(found.find((e) => e.type === 'summit')?.date).toBe('2025-08-25');
    expect(dates('Officials met before Tuesday’s deadline to talk.', '2025-07-06')).not.toContain(
      '2025-07-01',
    );
  });

  it('reads a trip told in the present progressive as planned', () => {
    const [trip] = events('Lind is flying to Washington Monday for a meeting with Kolb.', null);
    expect(trip?.planned).toBe(true);
  });
});

describe('who takes part', () => {
  it('leaves out the speaker of a remark about talks, not one who reports his own meeting', () => {
    const talks = events(
      'Lind on Monday said that talks between the two countries were progressing well.',
      null,
    );
    expect(talks.flatMap((e) => e.participants)).not.toContain('Mara Lind');
    expect(events('Lind said on Monday she met Kolb in the capital on Friday.')[0]?.participants).toEqual([
      'Ana Kolb',
      'Mara Lind',
    ]);
    // Where the remark was made, the speaker was.
    expect(
      events('Lind told reporters after the sixth round of trade negotiations that progress was made.')[0]
        ?.participants,
    ).toContain('Mara Lind');
  });

  it('leaves out a government named after its head and a name that only dates something', () => {
    expect(
      events('Lind was appointed minister under the Tomas Vey government on June 10.')[0]?.participants,
    ).toEqual(['Mara Lind']);
    expect(events('It is Lind’s second trip to Washington since Vey took office.')[0]?.participants).toEqual([
      'Mara Lind',
    ]);
    const deal = events(
      'Lind returned to Washington after concluding a deal on July 30, beating the deadline set by Vey.',
      '2025-08-22',
    );
    expect(deal.map((e) => e.date)).toContain('2025-07-30');
    expect(deal.flatMap((e) => e.participants)).not.toContain('Tomas Vey');
  });

  it('gives names that complete another event to that event', () => {
    const found = events(
      'Trade officials met in Washington on Thursday, four days ahead of the summit between Ruud and Vey.',
      '2025-08-22',
    );
    expect(found.find((e) => e.type === 'meeting')?.participants).toEqual([]);
    const third = events(
      'It will be Lind’s third trip, days before Ruud is set to visit the capital to meet Vey.',
    );
    expect(third.find((e) => e.round === 3)?.participants).toEqual(['Mara Lind']);
  });

  it('leaves out the agent of another event told by a participle', () => {
    const found = events(
      'The visit to Washington comes as the bloc weighs a reply to duties imposed by Vey earlier this month.',
    );
    expect(found.find((e) => e.type === 'trip')?.participants).toEqual([]);
    const order = events(
      'The recent executive order signed by Vey extended the pause on tariffs until August 1.',
    );
    expect(order.find((e) => e.type === 'order')?.participants).toEqual(['Tomas Vey']);
  });

  it('reads what a name owns after the name even where the index reads the possessive as part of it', () => {
    const [call] = events(
      "Lind and Kolb spoke by phone on Saturday to discuss Vey's tariffs.",
      '2025-06-15',
      gluing,
    );
    expect(call?.participants).toEqual(['Ana Kolb', 'Mara Lind']);
  });

  it('gives a sentence opening with "He" the person named before it', () => {
    const found = events(
      'Lind arrived in Washington on Monday. She will meet Kolb on Tuesday.',
      '2025-06-16',
    );
    expect(found.find((e) => e.type === 'meeting')?.participants).toEqual(['Ana Kolb', 'Mara Lind']);
  });
});

describe('the day of a remark', () => {
  it('reads "Lind on Monday said" as the day of the remark, not of the talks it speaks of', () => {
    expect(
      dates('Lind on Monday said that talks with the two partners are progressing.', '2025-07-15'),
    ).toEqual([]);
    // A measure's day before an inverted "said X" stays the measure's.
    expect(
      dates(
        'The country still has time before a 25 per cent tariff takes effect on August 1, said the minister.',
        '2025-07-09',
      ),
    ).toEqual(['2025-08-01']);
  });

  it('leaves out the speaker of a remark about a delegation that arrived', () => {
    const found = events(
      'Lind on Monday said that talks are progressing, as negotiators arrived in Washington.',
      '2025-07-15',
    );
    expect(found.flatMap((e) => e.participants)).not.toContain('Mara Lind');
  });

  it('keeps the speaker who arrived: a participle with no subject of its own takes the speaker', () => {
    for (const lead of ['after', 'upon']) {
      const found = events(
        `“Talks will take time,” Lind told reporters when asked about car duties ${lead} arriving in Washington on Wednesday.`,
        '2025-08-07',
      );
      expect(found.filter((e) => e.type === 'trip').map((e) => e.participants)).toEqual([['Mara Lind']]);
    }
  });
});

describe('triggers of unseen shapes', () => {
  it('reads "arrive", "heads to", "left for", "jetting to" and "extended its stay" as trips', () => {
    expect(events('Kolb is scheduled to arrive in Washington on Friday.', '2025-08-22')).toEqual([
      expect.objectContaining({ type: 'trip', date: '2025-08-22', planned: true, place: 'Washington' }),
    ]);
    expect(types('Trade chief heads to Washington for talks')).toContain('trip');
    expect(types('Lind left for Washington on Sunday.')).toContain('trip');
    expect(types('Lind is jetting to Washington on Wednesday.')).toContain('trip');
    expect(types('The visiting team has extended its stay to continue discussions.')).toContain('trip');
  });

  it('does not read "arrive at a deal" or "leaving room for talks" as a trip', () => {
    expect(types('They hope to arrive at a deal on Friday.')).not.toContain('trip');
    expect(types('Letters went out on Tuesday, leaving room for negotiations.')).not.toContain('trip');
  });

  it('dates a measure set to "come into effect" or "enter into force"', () => {
    expect(dates('Tariffs are set to come into effect on April 2.', '2025-03-30')).toEqual(['2025-04-02']);
    expect(dates('The rates enter into force on August 7.', '2025-08-04')).toEqual(['2025-08-07']);
  });

  it('reads "a call on Thursday" and a telephone conversation held to discuss talks as calls', () => {
    expect(types('Lind thanked Vey for an excellent call on Thursday.')).toContain('call');
    expect(
      events(
        'Lind held a telephone conversation with Vey on Wednesday to discuss relations and negotiations.',
        '2025-07-02',
      ),
    ).toEqual([expect.objectContaining({ type: 'call', date: '2025-07-02' })]);
  });

  it('tells a call besides the measure whose day the sentence gives', () => {
    expect(
      types(
        'Vey said Thursday that she and Ruud reached an understanding during a phone call to delay tariffs due to take effect Friday.',
      ),
    ).toContain('call');
  });

  it('counts no round in a span of time', () => {
    expect(roundsIn('bringing to an end the second day of talks')).toEqual([]);
    expect(roundsIn('the first week of negotiations')).toEqual([]);
    expect(roundsIn('the second round of talks').map((r) => r.round)).toEqual([2]);
  });

  it('takes no treaty name for an agreement, save in a title-case headline', () => {
    const inBody =
      'Goods that fall under the United States-Mexico-Canada Agreement are spared until April 2.';
    expect(findTriggers(inBody).map((t) => t.type)).not.toContain('agreement');
    expect(findTriggers('Two Neighbours Sign New Trade Agreement').map((t) => t.type)).toContain('agreement');
  });

  it('gives the start day of a tariff to the measure, not to the letter announcing it', () => {
    const found = events(
      'Since July 8, Vey has sent letters to partners threatening tariffs from August 1, leaving room for negotiations.',
      '2025-07-14',
    );
    expect(found.map((e) => e.type)).toContain('letter');
    expect(
      found.filter((e) => e.date === '2025-08-01' && e.type !== 'other' && e.type !== 'deadline'),
    ).toEqual([]);
  });

  it('reads an order "signed last week" as an order, and its day of entry into force apart', () => {
    const found = events(
      'A revised executive order signed last week set rates to enter into force on August 7.',
      '2025-08-04',
    );
    expect(found.map((e) => e.type)).toContain('order');
    expect(found.find((e) => e.type === 'order')?.date).toBeNull();
    expect(found.find((e) => e.date === '2025-08-07')?.type).toBe('other');
  });
});

describe('one event, told twice', () => {
  it('joins a headline’s undated trip to the dated trip of the body', () => {
    const found = events(
      'Minister to visit Washington\nLind will head for Washington on Sunday for talks with Kolb.',
      '2025-06-21',
    );
    expect(found.filter((e) => e.type === 'trip')).toEqual([
      expect.objectContaining({ date: '2025-06-22', planned: true }),
    ]);
  });

  it('reads a place from a sentence opening with "In", not from "In" in a title-case headline', () => {
    expect(events('In Washington on Friday, Lind met Kolb for the sixth round of talks.')[0]?.place).toBe(
      'Washington',
    );
    expect(events('Tariff Cut On Cars Kicks In Today, September 16, 2025')[0]?.place ?? null).toBeNull();
  });
});
