import { describe, expect, it } from 'vitest';
import { scoreRates, statusClass } from '../../scripts/eval/score-rates';
import type { RateStatement } from '../../src/core/article';

const stmt = (over: Partial<RateStatement>): RateStatement => ({
  goods: 'all goods',
  goodsText: 'goods',
  rate: 15,
  status: 'in effect',
  imposedBy: 'United States',
  appliesTo: 'Japan',
  effective: null,
  said: null,
  notes: [],
  articleIds: ['a'],
  mentions: [],
  ...over,
});

describe('rate scoring', () => {
  it('puts statuses in the README classes', () => {
    expect(statusClass('agreed')).toBe('future');
    expect(statusClass('signed')).toBe('future');
    expect(statusClass('proposed')).toBe('conditional');
    expect(statusClass('superseded')).toBe('past');
    expect(statusClass('in effect')).toBe('now');
  });

  it('matches on goods kind and rate, then compares status classes', () => {
    const score = scoreRates(
      [
        stmt({ rate: 15, status: 'agreed' }),
        stmt({ goods: 'autos', rate: 27.5, status: 'in effect' }),
        stmt({ goods: 'steel', rate: 50, status: 'in effect' }),
      ],
      [
        {
          id: 'a',
          rates: [
            { goods: 'all goods', rate: 15, status: 'signed' },
            { goods: 'autos', rate: 27.5, status: 'superseded' },
            { goods: 'autos', rate: 15, status: 'announced' },
          ],
        },
      ],
    );
    expect(score.recall).toEqual({ hit: 2, total: 3 });
    expect(score.precision).toEqual({ hit: 2, total: 3 });
    expect(score.status).toEqual({ hit: 1, total: 2 });
    const misses = score.misses.get('a')!;
    expect(misses.some((m) => m.startsWith('rate not found: autos 15%'))).toBe(true);
    expect(misses.some((m) => m.startsWith('extra rate: steel 50%'))).toBe(true);
    expect(misses.some((m) => m.includes('autos 27.5% want superseded, got in effect'))).toBe(true);
  });

  it('folds the baseline into all goods and pairs same-class statuses first', () => {
    const score = scoreRates(
      [stmt({ goods: 'baseline', rate: 10, status: 'threatened' }), stmt({ goods: 'baseline', rate: 10 })],
      [
        {
          id: 'a',
          rates: [
            { goods: 'all goods', rate: 10, status: 'in effect' },
            { goods: 'all goods', rate: 10, status: 'threatened' },
          ],
        },
      ],
    );
    expect(score.status).toEqual({ hit: 2, total: 2 });
  });

  it('counts rates of an article with no gold rates against precision only', () => {
    const score = scoreRates([stmt({ articleIds: ['b'] })], [{ id: 'b', rates: [] }]);
    expect(score.precision).toEqual({ hit: 0, total: 1 });
    expect(score.recall).toEqual({ hit: 0, total: 0 });
  });
});
