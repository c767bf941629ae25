import { describe, expect, it } from 'vitest';
import { findDates, resolveHint } from '../../../src/core/parse/event-dates';

/** The first date in `text`, resolved against a publication date (2025-06-14 is a Saturday). */
const first = (text: string, published: string | null = '2025-06-14', previous: string | null = null) => {
  const [d] = findDates(text);
  return d ? resolveHint(d.hint, published, previous, 2025) : null;
};

describe('event dates', () => {
  it('dates a month and day with the publication year', () => {
    expect(first('They met on April 16.', '2026-04-20')).toEqual({ date: '2026-04-16', endDate: null });
  });

  it('dates a month and day in an undated article with the default year', () => {
    expect(first('They met on Aug. 1.', null)).toEqual({ date: '2025-08-01', endDate: null });
  });

  it('puts a month and day far ahead of the publication date in the year before', () => {
    expect(first('The deal was struck on December 12.', '2026-01-10')?.date).toBe('2025-12-12');
  });

  it('reads an explicit year', () => {
    expect(first('It applies from September 16, 2024.')).toEqual({ date: '2024-09-16', endDate: null });
  });

  it('reads a range as a date and an end date', () => {
    expect(first('The summit runs June 15-17 in Canada.')).toEqual({
      date: '2025-06-15',
      endDate: '2025-06-17',
    });
  });

  it('puts a past-tense weekday on or before the publication date', () => {
    expect(first('The two ministers met on Friday.')?.date).toBe('2025-06-13');
    expect(first('They spoke by phone on Saturday.')?.date).toBe('2025-06-14');
  });

  it('puts a future weekday on or after the publication date', () => {
    expect(first('He will leave Tuesday for Washington.')?.date).toBe('2025-06-17');
  });

  it('reads a possessive weekday as past', () => {
    expect(first('The loss in Sunday’s election would make talks harder.')?.date).toBe('2025-06-08');
  });

  it('reads yesterday and today', () => {
    expect(first('Yesterday’s talks went long.')?.date).toBe('2025-06-13');
    expect(first('The tariff kicks in today.')?.date).toBe('2025-06-14');
  });

  it('reads "the 30th" as this month, or last month when that day is still to come', () => {
    expect(first('On the 13th (local time), they met.')?.date).toBe('2025-06-13');
    expect(first('On the 30th (local time), they met.')?.date).toBe('2025-05-30');
  });

  it('reads "the 15th to 16th of next month"', () => {
    expect(first('Talks are set for the 15th to 16th of next month.')).toEqual({
      date: '2025-07-15',
      endDate: '2025-07-16',
    });
  });

  it('reads "the day before" from the event told just before', () => {
    expect(first('He also met Lutnick the day before.', '2025-06-14', '2025-06-06')?.date).toBe('2025-06-05');
  });

  it('gives no date when a weekday has no publication date to count from', () => {
    expect(first('They met on Monday.', null)).toBeNull();
  });

  it('does not take percentages or rates for days', () => {
    expect(findDates('Tariffs rose to 25 percent in May 2025.')).toEqual([]);
  });

  it('reads "last week" and "earlier this week" as weeks that date nothing by themselves', () => {
    const weeks = findDates('Talks held last week and a call earlier this week, the previous week too.');
    expect(weeks.map((d) => d.hint)).toEqual([
      { kind: 'week', weeks: -1 },
      { kind: 'week', weeks: 0 },
      { kind: 'week', weeks: -1 },
    ]);
    expect(resolveHint(weeks[0]!.hint, '2025-06-14', null, 2025)).toBeNull();
    expect(findDates('They met last weekend, a week before the talks.')).toEqual([]);
  });
});

describe('day-first dates with ordinals', () => {
  it('reads "9th July" and "the 9th of July" as one date each', () => {
    expect(findDates('They met on 9th July.').map((d) => d.hint)).toEqual([
      { kind: 'monthDay', month: 7, day: 9, year: null },
    ]);
    expect(findDates('They met on the 9th of July 2025.').map((d) => d.hint)).toEqual([
      { kind: 'monthDay', month: 7, day: 9, year: 2025 },
    ]);
    // A day of the month alone still needs the article's month.
    expect(findDates('They met on the 9th.').map((d) => d.hint.kind)).toEqual(['dayOfMonth']);
  });
});
