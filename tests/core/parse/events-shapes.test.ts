import { describe, expect, it } from 'vitest';
import { findDates, resolveHint } from '../../../src/core/parse/event-dates';
import { extractEvents } from '../../../src/core/parse/events';
import { roundsIn } from '../../../src/core/parse/events-triggers';
import { article, cast } from './speakers.fixture';

/** Made-up sentences in the shapes news writing reports negotiation developments in. */
const events = (body: string, published: string | null = '2025-06-14') =>
  extractEvents(article(body, published), cast).map((e) => ({
    type: e.type,
    date: e.date,
    round: e.round,
    planned: e.planned,
    participants: e.participants,
    place: e.place,
  }));
const dates = (body: string, published: string | null = '2025-06-14') =>
  events(body, published)
    .map((e) => e.date)
    .filter((d) => d !== null)
    .sort();

describe('event triggers beyond meetings and trips', () => {
  it('dates a court ruling, but not the ruling party', () => {
    expect(dates('The country’s top court ruled on Friday that the levies were unlawful.')).toEqual([
      '2025-06-13',
    ]);
    expect(dates('Markets fell after the court ruling on Thursday.')).toEqual(['2025-06-12']);
    expect(dates('The ruling party met on Friday to discuss its leadership.')).toEqual(['2025-06-13']);
    expect(events('The ruling party lost its majority on Friday.')).toEqual([]);
  });

  it('dates a threatened or imposed tariff, a notification and a decision', () => {
    expect(dates('Trump threatened to impose a 30% tariff on the goods starting August 1.')).toEqual([
      '2025-08-01',
    ]);
    expect(dates('On May 12, Washington formally notified the ministry of a new proposal.')).toEqual([
      '2025-05-12',
    ]);
    expect(dates('The decision was made at a ceremony in the garden on Wednesday.')).toEqual(['2025-06-11']);
  });

  it('does not take a phone interview for a call', () => {
    expect(events('Trump spoke in a phone interview broadcast on Tuesday.').map((e) => e.type)).not.toContain(
      'call',
    );
    expect(events('Trump and Ishiba held a phone call on Tuesday.').map((e) => e.type)).toContain('call');
  });
});

describe('the tense of a weekday', () => {
  it('reads a weekday followed by a past verb as past, whatever the quote after it says', () => {
    expect(dates('Trump on Tuesday told a cabinet meeting: "We are going to make it 50 percent."')).toEqual([
      '2025-06-10',
    ]);
    // Without the past verb, the sentence's own future sets the direction.
    expect(dates('Trump will meet the cabinet on Tuesday.')).toEqual(['2025-06-17']);
  });

  it('reads the day of what an event follows as past', () => {
    expect(dates('Officials will watch the markets following the court ruling on Friday.')).toEqual([
      '2025-06-13',
    ]);
  });

  it('keeps a weekday before "expected to" in the future', () => {
    const [d] = findDates('Trump on Tuesday expected to sign the order.');
    expect(d && resolveHint(d.hint, '2025-06-14', null, 2025)?.date).toBe('2025-06-17');
  });
});

describe('the day a measure counts from', () => {
  it('is a second date beside the day it takes effect', () => {
    expect(
      dates(
        'The new order taking effect Tuesday will implement the cap, applying retroactively to August 7.',
        '2025-09-16',
      ),
    ).toEqual(['2025-08-07', '2025-09-16']);
  });

  it('is not split off when it is the only date', () => {
    expect(dates('The tariff takes effect starting August 1.')).toEqual(['2025-08-01']);
  });
});

describe('round numbers', () => {
  it('reads an ordinal with any describing words before its noun', () => {
    expect(events('Akazawa was on his eighth diplomatic trip to Washington.')[0]?.round).toBe(8);
    expect(events('Akazawa held the fifth closed-door ministerial talks with Bessent.')[0]?.round).toBe(5);
  });

  it('does not read an ordinal that modifies another phrase', () => {
    expect(roundsIn('It was the first step toward talks with Bessent.')).toEqual([]);
    expect(roundsIn('Tokyo braced for the second round of tariffs.')).toEqual([]);
    expect(roundsIn('Akazawa held the second round of talks.').map((r) => r.round)).toEqual([2]);
  });

  it('gives each event the number of the noun its trigger belongs to', () => {
    const body =
      'On his ninth trip, Akazawa arrived in Washington on Friday, a month after the seventh round.';
    expect(events(body).find((e) => e.type === 'trip')?.round).toBe(9);
  });
});

describe('the year of a day and month without one', () => {
  it('is the year that puts the day nearest the report', () => {
    expect(dates('The new rate takes effect on January 5.', '2025-12-20')).toEqual(['2026-01-05']);
    expect(dates('The deal was signed on December 12.', '2026-01-10')).toEqual(['2025-12-12']);
  });

  it('never puts what the report tells as done after the report', () => {
    expect(dates('Akazawa visited Washington on October 3.', '2025-07-10')).toEqual(['2024-10-03']);
    expect(dates('The deal was reached on July 22.', '2026-02-22')).toEqual(['2025-07-22']);
    // Told as to come, or in the present, the day stays ahead.
    expect(dates('Akazawa will visit Washington on October 3.', '2025-07-10')).toEqual(['2025-10-03']);
    expect(dates('The tariff takes effect on August 1.', '2025-07-10')).toEqual(['2025-08-01']);
  });
});

describe('participants', () => {
  it('leaves out the owner of something that is no event', () => {
    const [trip] = events("Trump's remarks coincided with a visit to Washington by Akazawa on Friday.");
    expect(trip?.participants).toEqual(['Ryosei Akazawa']);
    // The owner of the event itself takes part.
    expect(events("Akazawa's trip to Washington on Friday was cut short.")[0]?.participants).toEqual([
      'Ryosei Akazawa',
    ]);
  });

  it('leaves out the person a thing that is no event is of', () => {
    const [letter] = events(
      'In a letter dated Friday, Trump condemned the prosecution of former President Ishiba.',
    );
    expect(letter?.participants).toEqual(['Donald Trump']);
    expect(events('Bessent attended the meeting of Akazawa and Lutnick on Friday.')[0]?.participants).toEqual(
      ['Howard Lutnick', 'Ryosei Akazawa', 'Scott Bessent'],
    );
  });

  it('names no speaker as a participant of an event in the words quoted', () => {
    const [deal] = events('“Nothing about the July 22 agreement has changed,” Akazawa said.');
    expect(deal).toMatchObject({ date: '2025-07-22', participants: [] });
  });
});

describe('places', () => {
  it('takes no place from a building’s name or an owner', () => {
    expect(
      events('Akazawa departed from the Phnom Penh International Airport on Friday.')[0]?.place,
    ).toBeNull();
    expect(events('They met at Blair’s residence on Friday.')[0]?.place).toBeNull();
    expect(events('Akazawa met Bessent in Phnom Penh on Friday.')[0]?.place).toBe('Phnom Penh');
  });

  it('gives an event in the words quoted no place from the words around them', () => {
    expect(events('“The July 22 agreement stands,” Akazawa told reporters in Tokyo.')[0]?.place).toBeNull();
  });
});

describe('a done event and a day still to come', () => {
  it('keeps the year of a day the sentence puts ahead after a past verb', () => {
    expect(dates('Trump announced a pause, which will expire on July 9.', '2025-07-03')).toEqual([
      '2025-07-09',
    ]);
  });

  it('takes no remark’s day for an event', () => {
    expect(dates('Akazawa stressed on July 9 that the talks would continue.', '2025-07-10')).toEqual([]);
    expect(dates('Akazawa met Bessent on July 9, officials said.', '2025-07-10')).toEqual(['2025-07-09']);
  });
});

describe('one arrival, one date', () => {
  it("gives an arrival in Washington told by an Asian morning clock Washington's date", () => {
    expect(
      dates(
        'Akazawa told reporters after arriving in Washington on Wednesday morning Japan time.',
        '2025-08-06',
      ),
    ).toEqual(['2025-08-05']);
    // Without the clock, or elsewhere, the day stands.
    expect(dates('Akazawa arrived in Washington on Wednesday morning.', '2025-08-06')).toEqual([
      '2025-08-06',
    ]);
    expect(dates('Akazawa arrived in Manila on Wednesday morning Japan time.', '2025-08-06')).toEqual([
      '2025-08-06',
    ]);
  });
});

describe('a day after "since"', () => {
  it('dates the talks before, one round earlier, never the talks reported', () => {
    const found = events(
      'The two sides, meeting a week since the 23rd, held the fourth round of talks on the 30th.',
      '2025-05-31',
    );
    expect(found.map((e) => [e.date, e.round]).sort()).toEqual([
      ['2025-05-23', 3],
      ['2025-05-30', 4],
    ]);
  });

  it('does not date the meeting it follows', () => {
    const found = events('It was the first meeting since May 23.', '2025-06-10');
    expect(found.map((e) => e.date)).toEqual(['2025-05-23']);
    expect(found[0]?.round).toBeNull();
    // Not after a meeting word: no event at all from the day.
    expect(events('Tariffs have applied since May 23.', '2025-06-10')).toEqual([]);
  });
});
