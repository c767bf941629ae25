import { describe, expect, it } from 'vitest';
import { ratesIn } from './helpers';

/** Goods named in a condition or an exchange after the figure; made-up sentences with known answers. */
const goods = (text: string) => [...new Set(ratesIn('2025-07-24', text).map((r) => r.goods))].sort();

describe('goods in the other side of a bargain are not the goods a rate is charged on', () => {
  it('"on the condition of opening the … rice markets" leaves the rate on the goods before it', () => {
    expect(
      goods(
        'Japan agreed to cut reciprocal tariffs and automobile tariffs from 25% to 15% on the condition of opening the automotive and rice markets.',
      ),
    ).not.toContain('rice');
  });

  it('"in exchange for" and "unless" clauses name the partner’s goods, not the taxed ones', () => {
    expect(
      goods('Washington will charge 15% in exchange for Japan opening its market to American rice.'),
    ).not.toContain('rice');
    expect(goods('The US will impose 25% unless Seoul buys more beef.')).not.toContain('beef');
  });

  it('still reads goods right after the figure', () => {
    expect(goods('Washington imposed a 25% tariff on steel and aluminum on Monday.')).toEqual([
      'aluminium',
      'steel',
    ]);
  });
});
