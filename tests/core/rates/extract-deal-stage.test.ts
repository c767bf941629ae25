import { describe, expect, it } from 'vitest';
import { ratesIn } from './helpers';

/** Stages of rates a deal changes, as news writing states them; made-up sentences with known answers. */
const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => `${r.goods} ${r.rate} ${r.status}`).sort();

describe('the rate a cut only agreed starts from', () => {
  it('stays charged while the cut is only agreed', () => {
    expect(
      pick(
        ratesIn('2025-07-31', 'The two governments agreed to cut tariffs on Korean cars from 25% to 15%.'),
      ),
    ).toEqual(['autos 15 agreed', 'autos 25 in effect']);
    expect(
      pick(
        ratesIn(
          '2025-05-12',
          'Under the agreement, US tariffs on Peruvian goods will fall to 30% from 145%.',
        ),
      ),
    ).toEqual(['all goods 145 in effect', 'all goods 30 agreed']);
  });

  it('is gone once the article tells the new rate as ordered', () => {
    expect(
      pick(
        ratesIn(
          '2025-09-05',
          'The agreement to lower the tariff on cars from 25% to 15% was reached in July.',
          'Trump has signed an order cutting tariffs on cars from 25% to 15%.',
        ),
      ),
    ).toEqual(['autos 15 agreed', 'autos 15 signed', 'autos 25 superseded']);
  });

  it('keeps the stage the article tells of the old rate elsewhere', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-23',
          'Trump had threatened a 25% tariff on Peruvian goods.',
          'The two sides agreed to lower the tariff on Peruvian goods from 25% to 15%.',
        ),
      ),
    ).toEqual(['all goods 15 agreed', 'all goods 25 threatened']);
  });
});
