import { describe, expect, it } from 'vitest';
import { ratesIn } from './helpers';

/** A capital standing for its country as a tariff's target; made-up sentences with known answers. */
const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => `${r.goods} ${r.rate} ${r.appliesTo}`).sort();

describe('a tariff put on a capital', () => {
  it('reads the capital after "on" as the country, not as goods', () => {
    expect(
      pick(ratesIn('2025-09-13', 'Trump put 50% tariffs on New Delhi over its purchases of Russian oil.')),
    ).toEqual(['all goods 50 India']);
    expect(pick(ratesIn('2025-09-13', 'He imposed 35 per cent tariffs on Ottawa last month.'))).toEqual([
      'all goods 35 Canada',
    ]);
  });

  it('reads a capital hit with the tariff as the country', () => {
    expect(pick(ratesIn('2025-09-13', 'The US slammed Hanoi with a massive 46pc tariff.'))).toEqual([
      'all goods 46 Vietnam',
    ]);
  });

  it('keeps lowercase goods after "on" as goods', () => {
    expect(pick(ratesIn('2025-09-13', 'The US put a 25% tariff on toy trucks from Peru.'))[0]).not.toMatch(
      /^all goods/,
    );
  });
});
