import { describe, expect, it } from 'vitest';
import type { RateStatement } from '../../../src/core/article';
import { ratesIn } from './helpers';

/**
 * Shapes of rate statements met on unseen pages about many countries (session 5, #17). Every
 * sentence is made up; each test states what a reader of that sentence would say.
 */

const find = (rates: RateStatement[], rate: number, goods?: string) =>
  rates.filter((r) => r.rate === rate && (goods === undefined || r.goods === goods));
const one = (rates: RateStatement[], rate: number, goods?: string) => {
  const hits = find(rates, rate, goods);
  expect(hits.map((r) => `${r.goods} ${r.rate}% ${r.status}`)).toHaveLength(1);
  return hits[0]!;
};

describe('goods routed through a country', () => {
  it('a penalty on transshipped goods is its own kind, not the country-wide rate', () => {
    const rates = ratesIn(
      null,
      'The deal will see Washington impose a 18 percent tariff on Thai goods.',
      'Goods deemed to be transshipped via Thailand would face a far higher levy of 45 percent.',
    );
    expect(one(rates, 18).goods).toBe('all goods');
    expect(one(rates, 45).goods).toBe('transshipped goods');
  });

  it('"a 40% duty on transshipments" names the transshipped goods', () => {
    const rates = ratesIn(
      null,
      'The order sets a 40% duty on transshipments from third countries into Canada.',
    );
    expect(one(rates, 40).goods).toBe('transshipped goods');
  });
});

describe('who charges the rate', () => {
  it('"a 15% US tariff on European imports" is the US rate, whatever else the headline says', () => {
    const r = one(
      ratesIn(null, 'Deal Sets 15% US Tariff on Most European Imports as Brussels Drops Duties on US Goods'),
      15,
    );
    expect(r.imposedBy).toBe('United States');
    expect(r.appliesTo).toBe('European Union');
  });

  it("a rate on exports to the United States is the US's, even when the clause tells of the other side's retaliation", () => {
    const r = one(
      ratesIn(
        null,
        'The letter warned that any Canadian retaliatory tariffs would be met with an additional 25% duty on exports to the United States.',
      ),
      25,
    );
    expect(r.imposedBy).toBe('United States');
    expect(r.appliesTo).toBe('Canada');
    expect(r.status).toBe('threatened');
  });

  it('"China will cut its tax on US imports to 10% from 125%": China charges both, on US goods', () => {
    const rates = ratesIn(
      '2025-05-12',
      'Under the agreement, US tariffs will fall to 30% from 145%, while China will cut its tax on US imports to 10% from 125%.',
    );
    const ten = one(rates, 10);
    expect([ten.imposedBy, ten.appliesTo]).toEqual(['China', 'United States']);
    const old = one(rates, 125);
    expect([old.imposedBy, old.appliesTo, old.status]).toEqual(['China', 'United States', 'in effect']);
    expect(one(rates, 30).imposedBy).toBe('United States');
  });

  it('"the rate for medicines could reach 180 per cent" is a threatened rate on medicines', () => {
    const r = one(
      ratesIn(
        '2025-07-08',
        'The president on Tuesday said he would announce tariffs on imported medicines, saying the rate for medicines could reach 180 per cent.',
      ),
      180,
    );
    expect(r.goods).toBe('pharmaceuticals');
    expect(r.status).toBe('threatened');
    // "on Tuesday said" is when it was said, not when anything starts.
    expect(r.effective).toBeNull();
  });
});

describe('stages', () => {
  it('"could have triggered a 30% tariff" and "avoids the 30% tariffs" tell of a threat, not a deal', () => {
    const a = ratesIn(
      null,
      'The deal was signed shortly before a deadline that could have triggered a 35% blanket tariff on Freedonian goods.',
    );
    expect(one(a, 35).status).toBe('threatened');
    const b = ratesIn(
      '2025-07-31',
      'The agreement avoids the 35% tariffs on Freedonia that had been set to come into force on Friday.',
    );
    expect(one(b, 35).status).toBe('threatened');
  });

  it('a deal that imposes a rate has agreed it, not charged it', () => {
    const r = one(
      ratesIn(
        null,
        'The two sides have agreed to a new trade deal that imposes a 12% tariff on most Freedonian goods.',
      ),
      12,
    );
    expect(r.status).toBe('agreed');
  });

  it('an order signed in "following through on his threat" is signed, not a threat', () => {
    const r = one(
      ratesIn(
        null,
        'The president signed an executive order on Wednesday imposing an additional 20% tariff on Freedonia, following through on his threat to punish its oil purchases.',
      ),
      20,
    );
    expect(r.status).toBe('signed');
  });

  it('"announced new tariffs, imposing a 20% duty along with a 40% levy": both only announced', () => {
    const rates = ratesIn(
      null,
      'The president has announced new tariffs on Ruritanian exports, imposing a 22 percent duty along with a 44 percent levy on goods deemed to be transshipped.',
    );
    expect(one(rates, 22).status).toBe('announced');
    expect(one(rates, 44).status).toBe('announced');
  });

  it('a rate slapped on goods whose start the next sentences put ahead is announced, with that start', () => {
    const rates = ratesIn(
      '2025-08-01',
      'Freedonia is reeling after the president slapped a surprise 37% tariff on its exports.',
      'The move hit watchmakers hard.',
      'The tariffs, announced early on Friday, are set to kick in on Thursday.',
    );
    const r = one(rates, 37);
    expect(r.status).toBe('announced');
    expect(r.effective).toBe('2025-08-07');
  });

  it('a rate scheduled to apply from this week is announced', () => {
    const r = one(
      ratesIn('2025-08-05', 'Freedonian items are scheduled to see tariffs of 21% beginning this week.'),
      21,
    );
    expect(r.status).toBe('announced');
  });

  it('"will still face a 25% tariff on automobiles" is charged now', () => {
    const r = one(
      ratesIn(null, 'The president confirmed that Freedonia will still face a 25% tariff on automobiles.'),
      25,
    );
    expect(r.goods).toBe('autos');
    expect(r.status).toBe('in effect');
  });

  it('"had expected to secure a 10% tariff" is what one side sought, not a rate charged before', () => {
    const r = one(
      ratesIn(null, 'Freedonian negotiators had expected to secure a 10% tariff after months of talks.'),
      10,
    );
    expect(r.status).toBe('proposed');
  });
});

describe('figures and their goods', () => {
  it('"the 46 percent initially threatened" is a rate even with no tariff word beside it', () => {
    const rates = ratesIn(
      null,
      'Trump announced a 20 percent tariff on Ruritanian goods.',
      'With the official rates far lower than the 46 percent initially threatened, both sides claimed a win.',
    );
    expect(one(rates, 46).status).toBe('threatened');
  });

  it('"from 25% down to 15%" pairs the old and new rate on the goods named', () => {
    const rates = ratesIn(
      null,
      'Both governments agreed to reduce tariffs on Freedonian automobile exports from 25% down to 15%.',
    );
    expect(one(rates, 15, 'autos').status).toBe('agreed');
    expect(find(rates, 25, 'autos')).toHaveLength(1);
  });

  it('"reducing the 145% announced in April to 30%" reads the 30% as the new rate', () => {
    const rates = ratesIn(
      null,
      'Washington has decided to lower tariffs on Freedonian goods, reducing the additional 125% announced by the president in April to 35%.',
    );
    expect(find(rates, 35)).toHaveLength(1);
    expect(find(rates, 35)[0]!.previousRate).toBe(125);
  });

  it('"the 15 percent rate would apply to vehicles" is a rate on vehicles', () => {
    const r = one(
      ratesIn(
        null,
        'Under the deal, Korean goods will be subject to a 16 percent tariff.',
        'Officials confirmed that the 16 percent rate would apply to vehicles, a win for carmakers.',
      ),
      16,
      'autos',
    );
    expect(r.goods).toBe('autos');
  });

  it('non-tariff percentages beside tariffs stay out', () => {
    const rates = ratesIn(
      null,
      'The tariff will impact 55 per cent of exports, the federation said.',
      'The stock market plunged 1.8% when it reopened, while the trade deficit rose 5.4 percent in 2024.',
    );
    expect(rates).toEqual([]);
  });
});

describe('starts, own tariffs and evaders', () => {
  it('"the new rates were slated to begin Wednesday" dates the rates just agreed', () => {
    const rates = ratesIn(
      '2025-05-12',
      'Under the agreement, US tariffs on Chinese goods will fall to 30% from 145%.',
      'The new rates were slated to begin Wednesday.',
    );
    expect(one(rates, 30).effective).toBe('2025-05-14');
  });

  it('"would go into effect 21 days from Wednesday" counts the days', () => {
    const rates = ratesIn(
      '2025-08-06',
      'The president on Wednesday imposed an additional 20% tariff on imports from Brazil.',
      'The new tariffs would go into effect 21 days from Wednesday.',
    );
    const r = one(rates, 20);
    expect(r.status).toBe('announced');
    expect(r.effective).toBe('2025-08-27');
  });

  it('"China raised its tariff to 84%" is a Chinese tariff', () => {
    const r = one(ratesIn(null, 'In retaliation, China raised its tariff to 84%.'), 84);
    expect(r.imposedBy).toBe('China');
  });

  it('goods rerouted to evade one rate face the other', () => {
    const rates = ratesIn(
      null,
      'Goods found to have been transshipped to evade the 30% tariff on Mexico will face a 45% tariff.',
    );
    expect(one(rates, 45).goods).toBe('transshipped goods');
    expect(one(rates, 30).goods).toBe('all goods');
  });

  it('a cap that applies "in the event that" tariffs are raised is conditional, not charged', () => {
    const r = one(
      ratesIn(
        null,
        'In the event that the United States raises tariffs on Korean chips, the tariffs will be capped at 15 percent.',
      ),
      15,
    );
    expect(r.status).toBe('threatened');
  });

  it('a headline "US Raising Canada Tariff to 35%" tells of a change under way, not one made', () => {
    const r = one(ratesIn(null, 'US Raising Canada Tariff to 35%; Some Goods Still Exempt'), 35);
    expect(r.status).toBe('announced');
  });

  it('an additional rate threatened on retaliation leaves the announced rate announced', () => {
    const rates = ratesIn(
      null,
      'Starting August 1, a 35% levy will apply to Canadian imports.',
      'His letter warned that any Canadian retaliatory tariffs would be met with an additional 35% duty on exports to the United States.',
    );
    expect(rates.map((r) => r.status).sort()).toEqual(['announced', 'threatened']);
  });

  it('a deal whose start is announced a few sentences on is announced for that day', () => {
    const rates = ratesIn(
      '2025-05-12',
      'Under the agreement, US tariffs on Chinese goods will fall to 30% from 145%.',
      'Negotiators met in Geneva.',
      'Markets rallied on the news.',
      'The new rates were slated to begin Wednesday.',
    );
    const r = one(rates, 30);
    expect([r.status, r.effective]).toEqual(['announced', '2025-05-14']);
  });

  it('"which had previously responded with duties of 125%" is a rate of the past', () => {
    const rates = ratesIn(
      null,
      'Beijing, which had previously responded with retaliatory duties of 125% on US imports, has agreed to reduce them to 10%.',
    );
    expect(one(rates, 125).status).toBe('superseded');
  });

  it('"which had previously responded ..., has agreed to reduce them to 10%": the new rate is agreed', () => {
    const rates = ratesIn(
      null,
      'Beijing, which had previously responded with retaliatory duties of 125% on US imports, has agreed to reduce them to 10%.',
    );
    expect(one(rates, 10).status).toBe('agreed');
  });

  it('"had earlier planned to implement a 25% tariff" is a threat given up', () => {
    const r = one(
      ratesIn(
        null,
        'The president had earlier planned to implement a steeper 25% tariff on Korean exports starting August 1.',
      ),
      25,
    );
    expect(r.status).toBe('threatened');
  });

  it('"the phased tariff escalation to 250%" is a level planned, not charged', () => {
    const r = one(
      ratesIn(null, 'The president said a phased tariff escalation to 240% on medicines would follow.'),
      240,
    );
    expect(r.status).toBe('threatened');
  });

  it('a baseline proposed in talks between Washington and Brussels is a rate on the EU', () => {
    const r = one(
      ratesIn(
        null,
        'Earlier negotiations between Washington and Brussels had involved several proposals, including a baseline 10% duty.',
      ),
      10,
    );
    expect(r.appliesTo).toBe('European Union');
  });

  it('"The new levy, which will stack on a 25% tariff set to be implemented overnight, will take effect within 21 days"', () => {
    const rates = ratesIn(
      null,
      'The president imposed an additional 25% tariff on Indian goods.',
      'The new levy — which will stack on top of a 25% country-specific tariff set to be implemented overnight — will take effect within 21 days.',
    );
    // Neither is charged yet: one starts overnight, the other within three weeks.
    expect(rates.every((r) => r.status === 'announced')).toBe(true);
    expect(rates.flatMap((r) => r.mentions)).toHaveLength(2);
  });

  it('"excludes medicines, steel and copper (metals that remain subject to 50% tariffs)": the metals', () => {
    const rates = ratesIn(
      null,
      'Trump said the tariff deal excludes medicines, steel, and copper (metals that will remain subject to 50% tariffs).',
    );
    expect(rates.map((r) => r.goods).sort()).toEqual(['copper', 'steel']);
  });

  it('a cue past "in line with" belongs to the rate compared, not this one', () => {
    const rates = ratesIn(
      null,
      'The two sides reached a trade agreement on Sunday to impose 15% tariffs on European goods.',
      'The 15% tariff on European goods is in line with the surcharges that have been imposed on Japanese goods.',
    );
    expect(rates.map((r) => r.status)).toEqual(['agreed']);
  });

  it('"sectors such as pharmaceuticals and aircraft, which will continue under zero-tariff terms": a rate on the sectors', () => {
    const rates = ratesIn(
      null,
      'The new 15% tariff excludes key sectors such as pharmaceuticals and aircraft, which will continue under zero-tariff terms.',
    );
    expect(one(rates, 0).goods).toBe('pharmaceuticals');
  });

  it('"announced it had reached a deal, which will see Washington impose 20%": the 20% is agreed, not past', () => {
    const r = one(
      ratesIn(
        null,
        'The United States announced it had reached a trade deal with Thailand on Wednesday, which will see Washington impose a 19 per cent tariff on Thai goods.',
      ),
      19,
    );
    expect(r.status).toBe('agreed');
  });
});
