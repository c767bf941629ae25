import { describe, expect, it } from 'vitest';
import { ratesIn } from './helpers';

/**
 * Rates told of several countries at once, and runs of country-rate pairs; the stage of a rate
 * charged now and going on. Made-up sentences of the shapes news writing uses, with known answers.
 */
const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => `${r.appliesTo} ${r.rate} ${r.status}`).sort();

describe('countries named right before a figure', () => {
  it('gives a rate told of two countries joined by "and" to each of them', () => {
    expect(
      pick(ratesIn(null, 'Both Peru and Chile face a 22% tariff on their goods from next month.')),
    ).toEqual(['Chile 22 in effect', 'Peru 22 in effect']);
  });

  it('reads a run of "country at N%" pairs as one rate per country', () => {
    expect(
      pick(
        ratesIn(
          null,
          'On the new tariff table, Norway sits at 18 per cent, Peru and Chile at 12 per cent, and Nigeria at 14 per cent.',
        ),
      ),
    ).toEqual(['Chile 12 in effect', 'Nigeria 14 in effect', 'Norway 18 in effect', 'Peru 12 in effect']);
  });

  it('gives each country of a parenthesised list its own figure and the stage of the list', () => {
    expect(
      pick(
        ratesIn(
          null,
          'The president warned Norway and Chile (a possible 21% tariff), Serbia (33%), Tunisia (27%) and Peru (17%).',
        ),
      ),
    ).toEqual([
      'Chile 21 threatened',
      'Norway 21 threatened',
      'Peru 17 threatened',
      'Serbia 33 threatened',
      'Tunisia 27 threatened',
    ]);
  });

  it('lets a pair with no verb of its own share the stage of the clause it continues', () => {
    expect(
      pick(
        ratesIn(
          null,
          'The letters warn Peru that it will face a 21% tariff, Iraq and Libya a 28% rate, and Algeria a 33% rate unless deals are struck.',
        ),
      ),
    ).toEqual(['Algeria 33 threatened', 'Iraq 28 threatened', 'Libya 28 threatened', 'Peru 21 threatened']);
  });

  it('reads "secured rates of N%" as agreed for each country named', () => {
    expect(
      pick(ratesIn(null, 'Neighbours felt the levy pressure after Peru and Chile secured rates of 16%.')),
    ).toEqual(['Chile 16 agreed', 'Peru 16 agreed']);
  });

  it('leaves a share of exports named after a country alone', () => {
    expect(pick(ratesIn(null, 'Tariffs aside, Peru sends 40% of its copper to China.'))).toEqual([]);
  });
});

describe('modal verbs of seeing and a charge going on', () => {
  it('reads "could see a N% levy" as a threat and "will see N%" as announced', () => {
    expect(pick(ratesIn(null, 'Serbia could see a 33% levy on its exports.'))).toEqual([
      'Serbia 33 threatened',
    ]);
    expect(pick(ratesIn(null, 'Tunisia will see a 27% levy on its exports.'))).toEqual([
      'Tunisia 27 announced',
    ]);
  });

  it('reads "will keep its tariff at N%" and "will continue imposing N%" as in effect', () => {
    expect(
      pick(ratesIn(null, 'Under the extension, the US will keep its tariff on Peruvian goods at 18%.')),
    ).toEqual(['Peru 18 in effect']);
    expect(
      pick(ratesIn(null, 'Chile, for its part, will continue imposing a 6% duty on imports from Peru.')).map(
        (r) => r.replace(/^\S+ /, ''),
      ),
    ).toEqual(['6 in effect']);
  });

  it('still reads "will impose N% from a later date" as announced', () => {
    expect(pick(ratesIn(null, 'The US will impose a 24% tariff on Peruvian goods.'))).toEqual([
      'Peru 24 announced',
    ]);
  });
});

describe('a stage told in the sentence after the rate', () => {
  it('pauses a rate announced one sentence before "The tariff was later paused for 90 days"', () => {
    expect(
      pick(
        ratesIn(
          '2025-08-01',
          'The president announced a 31% tariff on Chile.',
          'The tariff was later paused for 90 days.',
        ),
      ),
    ).toEqual(['Chile 31 paused']);
  });

  it('pauses a threatened rise when the next sentence pauses "them"', () => {
    expect(
      pick(
        ratesIn(
          null,
          'The president threatened to lift the tariff on Peru to 33%.',
          'These higher rates were due on Monday, but he paused them after a phone call.',
        ),
      ),
    ).toEqual(['Peru 33 paused']);
  });

  it('leaves the rate alone when the pause is denied or the rate is charged now', () => {
    expect(
      pick(
        ratesIn(
          null,
          'The president announced a 31% tariff on Chile.',
          'The tariff has not been paused, aides said.',
        ),
      ),
    ).toEqual(['Chile 31 announced']);
    expect(
      pick(ratesIn(null, 'Chile pays a 12% tariff.', 'The tariffs were suspended for goods under the pact.')),
    ).toEqual(['Chile 12 in effect']);
  });
});

describe('a rate negotiated by a country', () => {
  it('reads "the N% tariffs negotiated by X" as a rate agreed for X', () => {
    expect(
      pick(ratesIn(null, 'Its 31% rate compares badly with the 14% tariffs negotiated by Norway.')),
    ).toContain('Norway 14 agreed');
  });
});

describe('a letter told in the sentence after the rate', () => {
  it('makes a rate a threat when the next sentence says a letter set it', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-08',
          'Chile will face a 27% tariff from August 1.',
          'The rate was spelled out in a letter the president posted on Monday.',
        ),
      ),
    ).toEqual(['Chile 27 threatened']);
  });

  it('leaves a rate charged now, or a sentence with no letter, alone', () => {
    expect(
      pick(
        ratesIn(
          null,
          'The president imposed a 44% tariff on Chile.',
          'The tariff was first set out in a June letter.',
        ),
      ),
    ).toEqual(['Chile 44 in effect']);
    expect(
      pick(
        ratesIn(
          '2025-07-08',
          'Chile will face a 27% tariff from August 1.',
          'The rate is a threat to its farmers.',
        ),
      ),
    ).toEqual(['Chile 27 announced']);
  });
});
