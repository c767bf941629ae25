import { describe, expect, it } from 'vitest';
import { ratesIn } from './helpers';

/** Made-up sentences in the shapes news writing uses to tell whose a threat is; answers by reading. */
const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => `${r.appliesTo} ${r.rate} ${r.status}`).sort();

describe('a threat word names the rate it stands by, not every figure of the clause', () => {
  it('reads the new rate of a deal that lowers "threatened tariffs" as agreed', () => {
    expect(
      pick(ratesIn('2025-07-24', 'Peru secured a deal to reduce the threatened tariffs to 15 percent.')),
    ).toEqual(['Peru 15 agreed']);
    expect(
      pick(
        ratesIn(
          '2025-07-24',
          'Trump said he had agreed to lower tariffs he had threatened on goods entering the US from Peru to 19%.',
        ),
      ),
    ).toEqual(['Peru 19 agreed']);
  });

  it('keeps the threat on the figure the threat word stands by', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-24',
          'Trump announced a deal that would lower the threatened 25 percent tariff for Peru to 15 percent.',
        ),
      ),
    ).toEqual(['Peru 15 announced', 'Peru 25 threatened']);
    expect(
      pick(
        ratesIn(
          '2025-07-24',
          'Peru struck a deal and will face tariffs of 15 percent, down from a previous threat of 30 percent.',
        ),
      ),
    ).toEqual(['Peru 15 announced', 'Peru 30 threatened']);
    // A threat told as the verb of the clause still makes its figure a threat.
    expect(
      pick(ratesIn('2025-07-24', 'The US had earlier threatened to impose a 36% tariff on Peru.')),
    ).toEqual(['Peru 36 threatened']);
  });

  it('reads a threat told by a noun or by the want of a deal as a threat', () => {
    expect(
      pick(ratesIn('2025-07-24', 'Peru has been facing the prospect of a 36% US tariff on its goods.')),
    ).toEqual(['Peru 36 threatened']);
    expect(
      pick(ratesIn('2025-07-01', 'In the absence of a deal, Washington could impose a 36% tariff on Peru.')),
    ).toEqual(['Peru 36 threatened']);
    expect(
      pick(
        ratesIn(
          '2025-06-01',
          'Failure to reach a deal would leave Peruvian goods facing a 26% tariff in July.',
        ),
      ),
    ).toEqual(['Peru 26 threatened']);
  });

  it('reads a threat that was suspended as paused', () => {
    expect(
      pick(ratesIn('2025-02-04', 'Trump on Monday suspended his threat of 25% tariffs on Peru for 30 days.')),
    ).toEqual(['Peru 25 paused']);
  });
});

describe('a start still to come', () => {
  it('reads "is still set to go into effect" as announced, not charged', () => {
    expect(
      pick(
        ratesIn('2025-02-03', 'The 10% tariff that Trump ordered on Peru is still set to go into effect.'),
      ),
    ).toEqual(['Peru 10 announced']);
    expect(pick(ratesIn('2025-02-03', 'The 10% tariff on Peru is still in place.'))).toEqual([
      'Peru 10 in effect',
    ]);
  });
});

describe('countries joined after the figure', () => {
  it('gives the rate to each country joined by "and" after the preposition', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-13',
          'Trump will slap a 30% tariff on all imports from Mexico and the European Union.',
        ),
      ),
    ).toEqual(['European Union 30 announced', 'Mexico 30 announced']);
    expect(
      pick(ratesIn('2025-03-05', "Trump's 25% tariffs on Canadian and Mexican goods took effect Tuesday.")),
    ).toEqual(['Canada 25 in effect', 'Mexico 25 in effect']);
    // A country named for another reason after the figure is not joined to it.
    expect(pick(ratesIn('2025-03-05', 'A 25% tariff on Mexico took effect, Canada said.'))).toEqual([
      'Mexico 25 in effect',
    ]);
  });
});

describe('a pause told of the figure in its own sentence', () => {
  it('reads a delayed imposition, a threat then delayed, and "currently paused" as paused', () => {
    expect(
      pick(
        ratesIn(
          '2025-04-20',
          'Talks follow the decision to delay the imposition of a 46 percent tariff on Vietnamese goods until July.',
        ),
      ),
    ).toEqual(['Vietnam 46 paused']);
    expect(
      pick(
        ratesIn(
          '2025-02-10',
          'He also threatened to impose 25% tariffs on all goods from Peru last week, but delayed them for a month.',
        ),
      ),
    ).toEqual(['Peru 25 paused']);
    expect(
      pick(
        ratesIn(
          '2025-04-20',
          'Vietnam has been slapped with 46 percent reciprocal tariffs, currently paused until July, which could hurt growth.',
        ),
      ),
    ).toEqual(['Vietnam 46 paused']);
    // A clause after the figure that tells of something else leaves it alone.
    expect(
      pick(ratesIn('2025-04-20', 'Vietnam faces a 46 percent tariff, which was announced in April.')),
    ).not.toContain('Vietnam 46 paused');
  });
});

describe('countries named before the figure with a longer link', () => {
  it('gives the rate to each of "A and B continue to face", "have been hit with", "face tariffs of"', () => {
    expect(
      pick(ratesIn('2025-05-20', 'Canada and Mexico continue to face 25% tariffs, except for some goods.')),
    ).toEqual(['Canada 25 in effect', 'Mexico 25 in effect']);
    expect(pick(ratesIn('2025-05-20', 'Japan and South Korea have been hit with 25% tariffs.'))).toEqual([
      'Japan 25 in effect',
      'South Korea 25 in effect',
    ]);
    expect(
      pick(
        ratesIn('2025-05-20', 'Both Thailand and Cambodia have been facing the prospect of a 36% US tariff.'),
      ),
    ).toEqual(['Cambodia 36 threatened', 'Thailand 36 threatened']);
  });
});

describe('a figure qualified as the one charged now', () => {
  it('reads "the current 36%" as in effect whatever wish or deal the clause tells of', () => {
    expect(pick(ratesIn('2025-07-10', 'Thailand wants the US to lower the current 36% tariff.'))).toEqual([
      'Thailand 36 in effect',
    ]);
    expect(
      pick(
        ratesIn(
          '2025-07-10',
          'Until a deal is signed, Indonesian exports will continue to be subject to the current 10 percent tariff rate.',
        ),
      ),
    ).toEqual(['Indonesia 10 in effect']);
  });

  it('reads "will be facing" as a rate still to come', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-10',
          'Imports from Brunei will face a 25% tariff, while the Philippines will be facing 20%.',
        ),
      ),
    ).toEqual(['Brunei 25 announced', 'Philippines 20 announced']);
  });
});

describe('a bound the rate passed', () => {
  it('takes no rate from "well above 100%", "exceeded 100%" or "at least 20%"', () => {
    expect(pick(ratesIn('2025-07-10', 'Tariffs on Chinese goods are well above 100%.'))).toEqual([]);
    expect(
      pick(
        ratesIn(
          '2025-07-10',
          'Both sides agreed to back off tit-for-tat tariffs on Chinese goods that exceeded 100%.',
        ),
      ),
    ).toEqual([]);
    expect(
      pick(ratesIn('2025-07-10', 'Trump has slapped tariffs of at least 20% on a dozen countries.')),
    ).toEqual([]);
    // A figure the rate reaches is still a rate.
    expect(pick(ratesIn('2025-07-10', 'Tariffs on Chinese goods rose to 145%.'))).toEqual([
      'China 145 in effect',
    ]);
  });
});

describe('rates told right after letters were sent', () => {
  it('reads the rates of the next sentences as the letters’ threats', () => {
    expect(
      pick(
        ratesIn(
          '2025-07-08',
          'Trump sent letters to 14 countries on Monday. Japan and South Korea will face 25% tariffs from Aug 1, while Laos will face 40%.',
        ),
      ),
    ).toEqual(['Japan 25 threatened', 'Laos 40 threatened', 'South Korea 25 threatened']);
    expect(
      pick(
        ratesIn(
          '2025-07-10',
          'Trump sent letters on Wednesday. As per the letters, the US will impose a 30% tariff on goods imported from Algeria, Iraq and Libya.',
        ),
      ),
    ).toEqual(['Algeria 30 threatened', 'Iraq 30 threatened', 'Libya 30 threatened']);
    // "will be charged": the country named is the one charged, not the one charging.
    const brazil = ratesIn(
      '2025-07-10',
      'Trump posted a letter on Wednesday. Brazil will be charged a 50% tariff from August 1.',
    );
    expect(brazil.map((r) => `${r.imposedBy} ${r.appliesTo} ${r.status}`)).toEqual([
      'United States Brazil threatened',
    ]);
    // Without the letters, the same sentence is an announcement.
    expect(pick(ratesIn('2025-07-08', 'Laos will face a 40% tariff from Aug 1.'))).toEqual([
      'Laos 40 announced',
    ]);
  });

  it('leaves a comma run that "and" does not close alone', () => {
    expect(pick(ratesIn('2025-03-05', 'A 25% tariff on Mexico, Canada said, took effect.'))).toEqual([
      'Mexico 25 in effect',
    ]);
  });
});
