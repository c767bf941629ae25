import { describe, expect, it } from 'vitest';
import { readDates } from '../../../src/core/rates/dates';

// Made-up sentences with known answers.
describe('readDates without the article date', () => {
  it('keeps a date that writes out its year', () => {
    const [d] = readDates('The 25% tariff takes effect on August 1, 2025, officials said.', null);
    expect(d?.date).toBe('2025-08-01');
    expect(d?.precision).toBe('day');
  });

  it('places no date without a year, however clearly the day is named', () => {
    expect(readDates('The 25% tariff takes effect on August 1, officials said.', null)).toEqual([]);
    expect(readDates('The levy was announced on Friday and starts next week.', null)).toEqual([]);
  });

  it('reads the same yearless day once the article date is known', () => {
    const [d] = readDates('The 25% tariff takes effect on August 1, officials said.', '2025-07-09');
    expect(d?.date).toBe('2025-08-01');
  });
});
