import { describe, expect, it } from 'vitest';
import type { TariffEvent } from '../../../src/core/article';
import { extractEvents } from '../../../src/core/parse/events';
import { mergeEvents } from '../../../src/core/parse/merge-events';
import { numberLaterVisits } from '../../../src/core/parse/round-sequence';
import { article, cast } from './speakers.fixture';

/** Made-up reports, each an article of its own, merged and numbered as the dataset stage does. */
function numbered(reports: Array<[string, string | null]>): TariffEvent[] {
  const events = mergeEvents(
    reports.flatMap(([body, published], i) => extractEvents(article(body, published, `r${i}`), cast)),
  );
  numberLaterVisits(events);
  return events;
}

const roundOf = (events: TariffEvent[], articleId: string, type: TariffEvent['type'] = 'trip') =>
  events.find((e) => e.articleIds.includes(articleId) && e.type === type)?.round;

const SIXTH = 'Akazawa arrived in Washington on Thursday for the sixth round of talks with Bessent.';
const SEVENTH = 'Akazawa arrived in Washington on Thursday for his seventh round of talks with Lutnick.';

describe('numbering later visits from a stated round', () => {
  it('gives the next trip of the same negotiator, weeks later, the next number', () => {
    const events = numbered([
      [SIXTH, '2025-06-13'],
      [SEVENTH, '2025-06-27'],
      ['Akazawa arrived in Washington on Monday to press for lower car tariffs.', '2025-07-22'],
    ]);
    expect(roundOf(events, 'r1')).toBe(7);
    expect(roundOf(events, 'r2')).toBe(8);
  });

  it('counts each distinct visit once: a departure and an arrival two days apart are one trip', () => {
    const events = numbered([
      [SIXTH, '2025-06-13'],
      [SEVENTH, '2025-06-27'],
      ['Akazawa arrived in Washington on Saturday to press for lower car tariffs.', '2025-07-20'],
      ['Akazawa met Lutnick in Washington on Monday.', '2025-07-22'],
      ['Akazawa travelled to Washington on Tuesday for more talks.', '2025-08-06'],
    ]);
    expect(roundOf(events, 'r2')).toBe(8);
    expect(roundOf(events, 'r3', 'meeting')).toBe(8);
    expect(roundOf(events, 'r4')).toBe(9);
  });

  it('never counts back from a later round', () => {
    const events = numbered([
      ['Akazawa arrived in Washington on Monday to press for lower car tariffs.', '2025-06-03'],
      [SIXTH, '2025-06-13'],
      [SEVENTH, '2025-06-27'],
    ]);
    expect(roundOf(events, 'r0')).toBeNull();
  });

  it('leaves a visit unnumbered when more visits than the numbers leave room for fall between two rounds', () => {
    const events = numbered([
      [SIXTH, '2025-06-13'],
      ['Akazawa arrived in Washington on Friday to press for lower car tariffs.', '2025-06-21'],
      [SEVENTH, '2025-06-27'],
    ]);
    // Between the sixth and the seventh there is no number left for another visit.
    expect(roundOf(events, 'r1')).toBeNull();
  });

  it('does not number the trips of someone who only sometimes takes part', () => {
    const events = numbered([
      [
        'Akazawa met Trump and Lutnick in Washington on Thursday for the seventh round of talks.',
        '2025-06-27',
      ],
      ['Akazawa held the eighth round of talks with Lutnick in Washington on Monday.', '2025-07-22'],
      ['Trump flew back to Washington on Monday after a weekend in Scotland.', '2025-07-29'],
    ]);
    expect(roundOf(events, 'r2')).toBeNull();
  });

  it('does not number a trip elsewhere than where the rounds were held', () => {
    const events = numbered([
      [SIXTH, '2025-06-13'],
      [SEVENTH, '2025-06-27'],
      ['Akazawa arrived in Paris on Monday for an OECD meeting.', '2025-07-22'],
    ]);
    expect(roundOf(events, 'r2')).toBeNull();
  });

  it('does not number anything when two people are in every round (no one negotiator)', () => {
    const events = numbered([
      [SEVENTH, '2025-06-27'],
      ['Lutnick arrived in Washington on Monday from a trip to Asia.', '2025-07-22'],
    ]);
    expect(roundOf(events, 'r1')).toBeNull();
  });
});
