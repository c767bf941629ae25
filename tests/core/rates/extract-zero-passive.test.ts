import { describe, expect, it } from 'vitest';
import { findPercents } from '../../../src/core/rates/percent';
import { ratesIn } from './helpers';

/** Rates brought to nothing, and cuts told in the passive future; made-up sentences with known answers. */
const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => `${r.imposedBy} ${r.goods} ${r.rate} ${r.status}`).sort();

describe('a rate brought to zero', () => {
  it('reads "to zero" and "at zero" as a rate of 0', () => {
    expect(findPercents('Peru will cut its tariffs on US goods to zero.').map((p) => p.value)).toEqual([0]);
    expect(findPercents('Tariffs on chips are currently at zero.').map((p) => p.value)).toEqual([0]);
    expect(findPercents('Duties are going down to ZERO.').map((p) => p.value)).toEqual([0]);
  });

  it('leaves "zero-sum", "zero tolerance" and a denied goal alone', () => {
    expect(findPercents('Trade is not a game brought to zero-sum terms.')).toEqual([]);
    expect(findPercents('The talks moved to zero tolerance for delays.')).toEqual([]);
    expect(findPercents('We aim to reduce tariffs, not necessarily to zero.')).toEqual([]);
  });

  it('reads a country agreeing or offering to cut its own tariffs to zero as its own rate', () => {
    expect(pick(ratesIn('2025-07-03', 'Peru had agreed to lower its tariffs on US goods to zero.'))).toEqual([
      'Peru all goods 0 agreed',
    ]);
    expect(pick(ratesIn('2025-07-03', 'Trump said Peru had offered to cut its tariffs to zero.'))).toEqual([
      'Peru all goods 0 proposed',
    ]);
  });
});

describe('a cut told in the passive future', () => {
  it('reads "will be reduced to", "will also be cut to", "will be capped at" as announced, the old rate still charged', () => {
    expect(pick(ratesIn('2025-08-08', 'Tariffs on Peruvian goods will be reduced to 19%.'))).toEqual([
      'United States all goods 19 announced',
    ]);
    expect(
      pick(ratesIn('2025-08-08', 'Duties on other Peruvian goods will also be cut to 15% from 25%.')),
    ).toEqual(['United States all goods 15 announced', 'United States all goods 25 in effect']);
    expect(
      pick(ratesIn('2025-08-08', 'Levies on Peruvian goods will be capped at 15%, the order says.')),
    ).toEqual(['United States all goods 15 announced']);
  });
});
