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

describe('a rate a deal sets', () => {
  it('reads the deal as the subject of the charging verb as agreed, past an appositive or in the plural', () => {
    for (const sentence of [
      'The agreement with Peru, formalized in separate talks, imposes a 19 percent tariff on Peruvian exports.',
      'Both agreements impose a 19% tariff on goods from Peru.',
      'A tentative trade arrangement imposes a 15% import tariff on most Peruvian goods.',
    ])
      expect(
        pick(ratesIn('2025-07-23', sentence)).filter((r) => r.includes(' 19 ') || r.includes(' 15 ')),
      ).toEqual([expect.stringMatching(/ agreed$/)]);
  });

  it('reads what "these agreements" set as agreed', () => {
    expect(
      pick(
        ratesIn('2025-07-23', 'Under these agreements, tariffs on Peruvian goods will be reduced to 19%.'),
      ),
    ).toEqual(['all goods 19 agreed']);
  });

  it('still reads a deal reached after a rate was charged as leaving that rate charged', () => {
    expect(
      pick(ratesIn('2025-07-23', 'The deal was reached after Trump imposed a 25% tariff on Peruvian goods.')),
    ).toEqual(['all goods 25 in effect']);
  });
});

describe('a threat word after the figure that names the rate compared with', () => {
  it('leaves the figure compared with a threatened rate unthreatened', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-23',
          'The agreement imposes a 19 percent tariff on Peruvian exports, down from the previously threatened 32 percent.',
        ),
      ),
    ).toEqual(['all goods 19 agreed', 'all goods 32 threatened']);
    expect(
      pick(
        ratesIn(
          '2025-07-23',
          'The 20% tariff on Peruvian goods is less than half the 46% the administration threatened.',
        ),
      ),
    ).toEqual(['all goods 20 in effect', 'all goods 46 threatened']);
  });

  it('keeps a threat told by a speech verb after a comparison', () => {
    expect(
      pick(
        ratesIn('2025-07-23', 'Peru faces a 36% tariff, far higher than any rate it has seen, Trump warned.'),
      ),
    ).toEqual(['all goods 36 threatened']);
  });

  it('reads a goal as a proposal', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-23',
          'Peru calls the 15% tariff a poor outcome compared to its goal of a zero-for-zero tariff arrangement.',
        ),
      ),
    ).toContain('all goods 0 proposed');
  });
});

describe('the rate a change starts from, once announced or planned', () => {
  it('reads "from the 17% previously announced" and "from a previously planned 32 percent" as superseded', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-10',
          'Trump hiked the planned tariff on Peruvian goods to 20% from the 17% previously announced in April.',
        ),
      ),
    ).toContain('all goods 17 superseded');
    expect(
      pick(
        ratesIn(
          '2025-07-23',
          'They reached an agreement to reduce the US tariff on Peruvian goods from a previously planned 32 percent to 19 percent.',
        ),
      ),
    ).toEqual(['all goods 19 agreed', 'all goods 32 superseded']);
  });

  it('keeps a previously threatened rate a threat', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-23',
          'The deal lowers the tariff on Peruvian goods from the previously threatened 32 percent to 19 percent.',
        ),
      ),
    ).toEqual(['all goods 19 agreed', 'all goods 32 threatened']);
  });
});
