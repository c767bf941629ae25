import { describe, expect, it } from 'vitest';
import { buildTracks, standing } from '../../../src/core/rates/history';
import { article, datasetOf, ratesIn } from './helpers';

/** Stages of a rate read from how news writing states them; made-up sentences with known answers. */
const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => `${r.goods} ${r.rate} ${r.status}`).sort();

describe('a rate held back by a pause', () => {
  it('reads a rate that applies once a moratorium or pause ends as paused, not threatened', () => {
    expect(
      pick(
        ratesIn(
          '2025-06-08',
          'Peru faces a 36% US tariff if a reduction cannot be negotiated before a moratorium expires in July.',
        ),
      ),
    ).toEqual(['all goods 36 paused']);
    expect(pick(ratesIn('2025-06-08', 'Peru faces a 36% tariff when the 90-day pause ends.'))).toEqual([
      'all goods 36 paused',
    ]);
    // A condition with no pause in sight stays a threat.
    expect(pick(ratesIn('2025-06-08', 'Peru faces a 36% tariff if no deal is reached.'))).toEqual([
      'all goods 36 threatened',
    ]);
  });

  it('leaves a rate charged now alone when only the clause after it speaks of the pause', () => {
    expect(
      pick(
        ratesIn(
          '2025-05-01',
          'He has imposed a 10% base tariff on most countries, with higher rates set to take effect after the three-month negotiation period.',
        ),
      ),
    ).toEqual(['all goods 10 in effect']);
  });

  it('reads an undated threat told just after a pause of the higher rates as paused', () => {
    const told = [
      'Peru is among 60 countries seeking a deal to avoid higher tariffs that were announced and then suspended for 90 days.',
      'Peru faces a 15% tariff if it fails to reach an agreement.',
    ];
    expect(pick(ratesIn(null, told.join(' ')))).toEqual(['all goods 15 paused']);
    // Without the pause before it, the same sentence is a threat.
    expect(pick(ratesIn(null, told[1]!))).toEqual(['all goods 15 threatened']);
    // A threat with a start date of its own is a new threat, whatever was paused before.
    expect(
      pick(
        ratesIn(
          '2025-07-09',
          `${told[0]} Peru faces a 25% tariff from August 1 if it fails to reach an agreement.`,
        ),
      ),
    ).toEqual(['all goods 25 threatened']);
  });

  it('lists a paused rate as paused until a newer step of the country overtakes it', () => {
    const paused = article(
      'p1',
      '2025-06-08',
      'Peru faces a 36% tariff if a reduction cannot be negotiated before a moratorium expires in July.',
    );
    const pausedOf = (...articles: ReturnType<typeof article>[]) => {
      const track = buildTracks(datasetOf(...articles), 'Peru').tracks.find((t) => t.group === 'all goods');
      return track ? standing(track, null, true).paused.map((s) => s.rate) : [];
    };
    expect(pausedOf(paused)).toEqual([36]);
    const letter = article(
      'p2',
      '2025-07-09',
      'Trump sent Peru a letter setting a 25% tariff from August 1.',
    );
    expect(pausedOf(paused, letter)).toEqual([]);
  });
});

describe('announced measures', () => {
  it('reads "announced by the U.S. Government, including imposing N%" as announced (the initials end no clause)', () => {
    expect(
      pick(
        ratesIn(
          '2025-04-06',
          'The government acknowledged the recent tariff measures announced by the U.S. Government, including imposing a 14 per cent tariff on Peruvian exports.',
        ),
      ),
    ).toEqual(['all goods 14 announced']);
  });
});

describe('a rate stated in a relative clause about countries', () => {
  const whose = (rates: ReturnType<typeof ratesIn>) =>
    rates.map((r) => `${r.appliesTo} ${r.goods} ${r.rate} ${r.status}`).sort();

  it('gives "A or B, who have N%" to each country, charged now', () => {
    const rates = ratesIn(
      '2025-08-01',
      'Tariffs will hurt us: our shirts cannot compete with Vietnam or Cambodia, who have 10%, the minister said.',
    );
    expect(whose(rates)).toEqual(['Cambodia all goods 10 in effect', 'Vietnam all goods 10 in effect']);
  });

  it('reads "in X’s case, which had N%" as the rate X paid before', () => {
    const rates = ratesIn(
      '2025-11-16',
      'Tariffs were cut for everyone, but in Peru’s case, which had 50%, we ended up with 40%.',
    );
    expect(whose(rates)).toContain('Peru all goods 50 superseded');
  });

  it('leaves shares and growth in such a clause alone', () => {
    expect(ratesIn('2025-08-01', 'On tariffs, Vietnam, which has 10% of the market, said nothing.')).toEqual(
      [],
    );
    expect(ratesIn('2025-08-01', 'On tariffs, Vietnam, which had 5% growth, said nothing.')).toEqual([]);
  });
});

describe('a court ruling and the tariffs that replace it', () => {
  const whose = (rates: ReturnType<typeof ratesIn>) =>
    rates.map((r) => `${r.appliesTo} ${r.rate} ${r.status}`).sort();

  it('reads a rate a court found the law does not allow as superseded, unless it stays in place', () => {
    expect(
      whose(
        ratesIn(
          '2026-02-22',
          'The court ruled that the act, under which the administration imposed 15% tariffs on Peruvian goods, does not grant the president the authority to impose such tariffs.',
        ),
      ),
    ).toEqual(['Peru 15 superseded']);
    expect(
      whose(
        ratesIn(
          '2025-05-29',
          'A court found the 15% tariffs on Peruvian goods unlawful, but they remain in place pending appeal.',
        ),
      ),
    ).toEqual(['Peru 15 in effect']);
  });

  it('reads "on its trading partners" as every country, and "the additional tariffs" as the ones just told of', () => {
    const rates = ratesIn(
      '2026-02-22',
      'Peru worries about the ruling. The administration announced that it would impose additional 10% tariffs on its trading partners. Trump later said that the additional tariffs will be raised to 15%.',
    );
    expect(whose(rates)).toEqual(['all countries 10 announced', 'all countries 15 announced']);
  });
});

describe('changes told of a rate', () => {
  it('reads what an order or directive does to a rate as signed', () => {
    const rates = ratesIn(
      '2025-09-05',
      "Officials said Trump's directive reduces tariffs on cars and car parts to 15 percent, without stacking onto the current rate.",
    );
    expect(pick(rates)).toEqual(['auto parts 15 signed', 'autos 15 signed']);
  });

  it('reads the rate a change was made to as superseded, even one only proposed before; a goal is no change', () => {
    expect(
      ratesIn(
        '2025-08-01',
        'The minister spoke a day after Trump lowered the initially proposed 50% tariff on Peru.',
      )[0]?.status,
    ).toBe('superseded');
    expect(
      ratesIn('2025-07-01', 'Peru hopes Trump will lower the initially proposed 50% tariff on its goods.')[0]
        ?.status,
    ).not.toBe('superseded');
    expect(
      ratesIn('2025-07-01', 'Peru asked Washington to cut the 50% tariff on its goods.')[0]?.status,
    ).not.toBe('superseded');
  });

  it('reads the parts of a total stated now as charged now, however "previous" the older part', () => {
    const rates = ratesIn(
      '2025-08-06',
      'US tariffs on Japanese cars are now set at 27.5%, a combination of a previous 2.5% rate and a new 25% applied by Trump.',
    );
    expect(pick(rates)).toEqual(['autos 2.5 in effect', 'autos 25 in effect', 'autos 27.5 in effect']);
    const track = buildTracks(
      datasetOf(
        article(
          'c1',
          '2025-08-06',
          'US tariffs on Japanese cars are now set at 27.5%, a combination of a previous 2.5% rate and a new 25% applied by Trump.',
        ),
      ),
      'Japan',
    ).tracks.find((t) => t.group === 'autos')!;
    expect(standing(track, null, true).current?.rate).toBe(27.5);
  });
});

describe('decisions and the words of a threat', () => {
  it('reads a decision to impose a rate as announced, not charged', () => {
    expect(
      ratesIn(
        '2025-07-10',
        'The US still decided to impose a 20 percent tariff on Peruvian exports, she said.',
      )[0]?.status,
    ).toBe('announced');
  });

  it('keeps a rate the article calls a threat a threat where it quotes the threat’s words', () => {
    const rates = ratesIn(
      '2025-07-09',
      'Trump has threatened to impose a 50% tariff on Peruvian imports starting August 1.',
      '“We will charge Peru a Tariff of 50% on any and all Peruvian products,” Trump wrote.',
    );
    // Both mentions are one threat (merged), never an announced 50%.
    expect(pick(rates)).toEqual(['all goods 50 threatened']);
    // Told on its own, the same quote is an announcement.
    expect(
      pick(
        ratesIn(
          '2025-07-09',
          '“We will charge Peru a Tariff of 50% on any and all Peruvian products,” Trump wrote.',
        ),
      ),
    ).toEqual(['all goods 50 announced']);
  });
});

describe('start dates', () => {
  it('reads "set for August 1" as the start, and a dated letter as no start', () => {
    const [set] = ratesIn(
      '2025-07-10',
      'Peru braces for the 20 percent tariff implementation set for August 1.',
    );
    expect(set).toMatchObject({ rate: 20, effective: '2025-08-01' });
    const [letter] = ratesIn(
      '2025-07-10',
      'Lima reacted to the July 9, 2025 letter from Trump threatening a 20 percent tariff on Peruvian exports.',
    );
    expect(letter).toMatchObject({ rate: 20, status: 'threatened', effective: null });
  });
});

describe('the rate an agreed change leaves behind', () => {
  it('reads "from X to Y" in an agreement as Y agreed and X still charged, the article telling no order of Y', () => {
    const told = ratesIn(
      '2025-09-05',
      'The agreement to lower the tariff on Peruvian goods from 25 percent to 15 percent was reached by both parties on July 22.',
    );
    expect(pick(told)).toEqual(['all goods 15 agreed', 'all goods 25 in effect']);
    const current = ratesIn(
      '2025-08-01',
      'Both sides agreed to reduce tariffs on Peruvian goods to 15% from the current 27.5%.',
    );
    expect(pick(current)).toEqual(['all goods 15 agreed', 'all goods 27.5 in effect']);
  });

  it('takes "applying retroactively to August 7" as the start of the rate', () => {
    const [r] = ratesIn(
      '2025-09-16',
      'The new order taking effect Tuesday will implement a 15% tariff cap on Peruvian goods, applying retroactively to August 7.',
    );
    expect(r).toMatchObject({ rate: 15, effective: '2025-08-07' });
  });
});
