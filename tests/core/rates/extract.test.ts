import { describe, expect, it } from 'vitest';
import { extractRates } from '../../../src/core/rates/extract';
import { buildTracks, standing } from '../../../src/core/rates/history';
import { article, datasetOf, ratesIn } from './helpers';

const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => ({ goods: r.goods, rate: r.rate, status: r.status }));

describe('reading tariff rates from sentences', () => {
  it('reads a rate in effect with who charges it and whose goods it hits', () => {
    const [r, ...rest] = ratesIn('2025-05-02', 'The United States imposes a 25% tariff on Japanese steel.');
    expect(rest).toHaveLength(0);
    expect(r).toMatchObject({
      goods: 'steel',
      goodsText: 'steel',
      rate: 25,
      status: 'in effect',
      imposedBy: 'United States',
      appliesTo: 'Japan',
      said: '2025-05-02',
      articleIds: ['a1'],
    });
  });

  it('reads "percent", "per cent" and "pc" as well as the % sign', () => {
    const rates = ratesIn(
      '2025-05-02',
      'Washington slapped a 27.5 percent levy on Japanese cars.',
      'Tokyo also faces a duty of 15 per cent on beef shipments under current rules.',
      'The president said Japan would pay 30pc in tariffs without a deal.',
    );
    expect(pick(rates)).toEqual(
      expect.arrayContaining([
        { goods: 'autos', rate: 27.5, status: 'in effect' },
        { goods: 'beef', rate: 15, status: 'in effect' },
        { goods: 'all goods', rate: 30, status: 'threatened' },
      ]),
    );
  });

  it('reads a hyphenated figure: "a 24-percent tariff"', () => {
    const rates = ratesIn('2025-04-20', 'A 24-percent tariff was announced for Japanese goods on April 9.');
    expect(pick(rates)).toEqual([{ goods: 'all goods', rate: 24, status: 'announced' }]);
  });

  it('marks a threatened rate as threatened, with the day it would start', () => {
    const [r] = ratesIn(
      '2025-07-10',
      'The president threatened a 35% tariff on Japanese goods from August 1 if no deal is reached.',
    );
    expect(r).toMatchObject({ goods: 'all goods', rate: 35, status: 'threatened', effective: '2025-08-01' });
    expect(r!.notes).toContain('if there is no deal');
  });

  it('dates a threat "by the deadline" with the deadline the article names elsewhere', () => {
    const [r] = ratesIn(
      '2025-07-22',
      'Negotiators hope to finish by Aug. 1, the deadline set by the White House.',
      'Without an agreement by the deadline, Japan would face a 25 percent tariff on its goods.',
    );
    expect(r).toMatchObject({ rate: 25, status: 'threatened', effective: '2025-08-01' });
  });

  // Status as of the article (corpus README): announced, then paused, is paused by the article's day.
  it('reports an announced rate that was later paused as paused', () => {
    const rates = ratesIn(
      '2025-04-20',
      'The White House announced reciprocal tariffs of 24% on Japan on April 2, but paused them a week later.',
    );
    expect(pick(rates)).toEqual([{ goods: 'all goods', rate: 24, status: 'paused' }]);
  });

  it('keeps "on top of" the existing duty as a note', () => {
    const [r] = ratesIn(
      '2025-05-02',
      'The new 10% levy on Japanese machinery comes on top of existing duties.',
    );
    expect(r!.notes).toContain('on top of the existing duty');
  });

  it('reads "to 27.5% from 2.5%" as a rise, keeping the rate it replaced', () => {
    const rates = ratesIn(
      '2025-06-28',
      'The tariff on imported automobiles was raised in April to 27.5 percent from 2.5 percent.',
    );
    const raised = rates.find((r) => r.rate === 27.5)!;
    expect(raised).toMatchObject({
      goods: 'autos',
      status: 'in effect',
      effective: '2025-04-01',
      previousRate: 2.5,
    });
    expect(raised.effectivePrecision).toBe('month');
    // Raised from 2.5%: the 2.5% no longer applies as of the article.
    expect(rates.find((r) => r.rate === 2.5)).toMatchObject({ goods: 'autos', status: 'superseded' });
  });

  it('keeps a ceiling as a note: "a maximum 15% tariff"', () => {
    const [r] = ratesIn(
      '2025-09-10',
      'The executive order sets a maximum 15% tariff on most Japanese products, including machinery.',
    );
    expect(r).toMatchObject({ goods: 'all goods', rate: 15, status: 'signed' });
    expect(r!.notes).toContain('maximum 15%');
  });

  it('splits one rate over a list of goods into one statement per kind', () => {
    const rates = ratesIn('2025-05-23', 'Japan is subject to a 25% levy on autos, steel and aluminium.');
    expect(rates.map((r) => r.goods).sort()).toEqual(['aluminium', 'autos', 'steel']);
    expect(new Set(rates.map((r) => r.rate))).toEqual(new Set([25]));
  });

  it('names another country as the one a rate applies to', () => {
    const [r] = ratesIn('2025-04-12', 'Washington raised tariffs on Chinese goods to 145%.');
    expect(r).toMatchObject({ rate: 145, appliesTo: 'China', imposedBy: 'United States' });
  });

  it("reads Japan's own tariff on American goods the other way round", () => {
    const [r] = ratesIn('2025-06-01', 'Japan keeps a 700% tariff on American rice above the quota.');
    expect(r).toMatchObject({ goods: 'rice', rate: 700, imposedBy: 'Japan', appliesTo: 'United States' });
  });

  it('ignores percentages that are not tariff rates', () => {
    const rates = ratesIn(
      '2025-06-01',
      'The central bank held its interest rate at 0.5% despite tariffs.',
      'Exports grew 3.2% in June even as the tariff talks dragged on.',
      'The investment fund would send 90% of the profits to the United States, the tariff deal says.',
      'The agreement removes 99% of tariff barriers on industrial goods.',
      'The Topix index rose 1.5% after the tariff news.',
      'Support for the cabinet fell to 25% in a poll on the tariff negotiations.',
    );
    expect(rates).toEqual([]);
  });

  it('gives "the latter" the goods of the rate named just before', () => {
    const rates = ratesIn(
      '2025-05-23',
      'Washington charges a 25% levy on cars and a 10% across-the-board tariff.',
      'The latter is set to return to 24% in early July, barring a trade deal.',
    );
    // "set to return to 24%": the 24% is suspended now.
    expect(rates.find((r) => r.rate === 24)).toMatchObject({ goods: 'all goods', status: 'paused' });
  });

  it('does not read a goal as a fact: seeking to eliminate a tariff does not revoke it', () => {
    const [r] = ratesIn(
      '2025-05-31',
      "Tokyo's position is to eliminate, rather than reduce, the 25% tariff on cars.",
    );
    expect(r).toMatchObject({ goods: 'autos', rate: 25, status: 'in effect' });
  });

  it('merges the same rate from several articles into one entry with all its sources', () => {
    const rates = extractRates([
      article('a1', '2025-05-01', 'The United States imposes a 25% tariff on Japanese steel.'),
      article('a2', '2025-05-09', 'Japanese steel faces a 25% US tariff that is already in effect.'),
    ]);
    const steel = rates.filter((r) => r.goods === 'steel' && r.status === 'in effect');
    expect(steel).toHaveLength(1);
    expect(steel[0]!.articleIds).toEqual(['a1', 'a2']);
    expect(steel[0]!.said).toBe('2025-05-01');
  });

  it('keeps contradicting reports apart, each with its own source', () => {
    const rates = extractRates([
      article('a1', '2025-05-01', 'The United States imposes a 25% tariff on Japanese steel.'),
      article('a2', '2025-05-02', 'The United States imposes a 50% tariff on Japanese steel.'),
    ]);
    expect(rates.map((r) => [r.rate, r.articleIds])).toEqual([
      [25, ['a1']],
      [50, ['a2']],
    ]);
  });

  it('leaves undated relative dates unresolved in an article without a date', () => {
    const [r] = ratesIn(null, 'A 15% levy agreed last month on Japanese imports replaces the threat.');
    expect(r).toMatchObject({ rate: 15, status: 'agreed', said: null, effective: null });
  });
});

describe('reading rate changes and bare rates', () => {
  it('reads "15%, down from the previous 25%" as a cut from 25%', () => {
    const rates = ratesIn('2025-07-23', 'Japanese cars will face a 15% tariff, down from the previous 25%.');
    expect(rates.find((r) => r.rate === 15)).toMatchObject({ goods: 'autos', previousRate: 25 });
  });

  it('reads "the 15% rate" in a text about tariffs, but not an interest rate', () => {
    const rates = ratesIn(
      '2025-08-08',
      'Tariffs on Japanese goods changed this week.',
      'The 15% rate took effect on Aug. 7.',
      'The Bank of Japan kept its 0.5% policy interest rate.',
    );
    expect(rates.map((r) => [r.rate, r.status, r.effective])).toEqual([[15, 'in effect', '2025-08-07']]);
  });
});

describe('telling stages apart', () => {
  // A letter's rate applies only without a deal: threatened (corpus README "rates").
  it('reads a rate set by letter as threatened, dated the day it was said, starting later', () => {
    const [r] = ratesIn(
      '2025-07-08',
      'Trump announced on July 7 that Japan would face a 25% tariff starting Aug. 1, in a letter.',
    );
    expect(r).toMatchObject({ rate: 25, status: 'threatened', effective: '2025-08-01' });
  });

  it('reads a rate set "under the agreement" as agreed, even when it will be imposed later', () => {
    const [r] = ratesIn(
      '2025-07-23',
      'Under the agreement reached on July 22, the US will impose a 15% tariff on Japanese imports.',
    );
    expect(r).toMatchObject({ goods: 'all goods', rate: 15, status: 'agreed', said: '2025-07-22' });
  });

  it('keeps the old figure of "down from the 25% Trump had threatened" a threat', () => {
    const rates = ratesIn(
      '2025-07-23',
      'Tokyo agreed to a 15% tariff rate, down from the 25% that Trump had threatened.',
    );
    expect(rates.map((r) => [r.rate, r.status])).toEqual([
      [15, 'agreed'],
      [25, 'threatened'],
    ]);
  });

  it('dates a pause by the words after it, not the announcement', () => {
    const rates = ratesIn(
      '2025-04-20',
      'The reciprocal tariff on Japan, initially set at 24%, was paused for 90 days on April 9.',
    );
    expect(rates.map((r) => [r.status, r.said])).toEqual([['paused', '2025-04-09']]);
  });

  it('reads "will remain at 27.5%" as the rate in effect, not as the order it waits for', () => {
    const [r] = ratesIn(
      '2025-08-10',
      'Auto tariffs will remain at 27.5% until an executive order is signed.',
    );
    expect(r).toMatchObject({ goods: 'autos', rate: 27.5, status: 'in effect' });
  });

  it('ignores a threshold such as "duties of 15% or more"', () => {
    expect(ratesIn('2025-09-05', 'Goods that already face duties of 15% or more get no extra levy.')).toEqual(
      [],
    );
  });

  it('keeps goods it has no name for in their own words rather than calling them goods in general', () => {
    const rates = ratesIn(
      '2025-09-30',
      'Lumber imports will face a 10% tariff from Oct. 14, while kitchen cabinets face 25%.',
    );
    expect(rates.map((r) => [r.goods, r.rate, r.effective])).toEqual([
      ['kitchen cabinets', 25, '2025-10-14'],
      ['lumber', 10, '2025-10-14'],
    ]);
  });

  it('takes "capped at" and "higher than" as a ceiling', () => {
    const [r] = ratesIn(
      '2025-09-05',
      'The US agreed not to impose tariffs higher than 15% on Japanese chips.',
    );
    expect(r).toMatchObject({ goods: 'semiconductors', rate: 15, status: 'agreed' });
    expect(r!.notes).toContain('maximum 15%');
  });
});

describe('sums, ranges and whose tariff it is', () => {
  it('reads "25% on top of an existing 2.5%, bringing the total to 27.5%" as one rate of 27.5%', () => {
    const ds = datasetOf(
      article(
        'x1',
        '2025-06-01',
        'The U.S. imposed a 25% tariff on imported automobiles in April, on top of an existing 2.5% tariff, bringing the total to 27.5%.',
      ),
    );
    expect(ds.rates.map((r) => [r.goods, r.rate])).toEqual([
      ['autos', 2.5],
      ['autos', 25],
      ['autos', 27.5],
    ]);
    const st = standing(buildTracks(ds).tracks[0]!, '2025-06-01', true);
    expect([st.current?.rate, st.previous, st.disputed]).toEqual([27.5, 2.5, []]);
  });

  it('reads a range "25% to 35%" as two rates', () => {
    const rates = ratesIn('2025-07-01', 'Trump said he would impose tariffs of 25% to 35% on Japan.');
    expect(rates.map((r) => [r.rate, r.status])).toEqual([
      [25, 'announced'],
      [35, 'announced'],
    ]);
  });

  it("reads a country's tariff on imported goods as charged by that country", () => {
    const [r] = ratesIn('2025-06-01', "Japan's 778 percent tariff on imported rice protects its farmers.");
    expect(r).toMatchObject({ goods: 'rice', rate: 778, imposedBy: 'Japan', appliesTo: 'all countries' });
  });

  it('reads a minimum or baseline rate as one on every country, apart from a country named after it', () => {
    const rates = ratesIn(
      '2025-07-18',
      'The minimum rate was set at 10%, while higher tariffs were applied to some countries, with Ruritania facing 40%.',
    );
    expect(rates.find((r) => r.rate === 10)).toMatchObject({ appliesTo: 'all countries' });
    const [own] = ratesIn(
      '2025-09-05',
      'Washington will apply a baseline 15% tariff on nearly all Japanese imports.',
    );
    expect(own).toMatchObject({ rate: 15, appliesTo: 'Japan' });
  });

  it('reads a rate a deal may yet avert before it takes effect as a threat', () => {
    const [r] = ratesIn(
      '2025-07-09',
      'Ruritania still has time to negotiate with Washington before a newly announced 30% tariff takes effect on August 1.',
    );
    expect(r).toMatchObject({ rate: 30, status: 'threatened' });
    const [done] = ratesIn(
      '2025-08-02',
      'A 30% tariff on Ruritania took effect on August 1, before talks resumed.',
    );
    expect(done).toMatchObject({ rate: 30, status: 'in effect' });
  });

  it('reads a tariff imposed in an announcement, or among measures announced, as announced', () => {
    const [a] = ratesIn(
      '2025-04-07',
      'Days after Trump slapped a 17% tariff on Peru in his "Liberation Day" announcement last week.',
    );
    expect(a).toMatchObject({ rate: 17, status: 'announced' });
    const [british] = ratesIn(
      '2025-04-07',
      'Days after Trump slapped a 17% tariff on Peru in his ‘Liberation Day’ announcement.',
    );
    expect(british).toMatchObject({ rate: 17, status: 'announced' });
    const [b] = ratesIn(
      '2025-04-06',
      'Lima acknowledges the tariff measures announced by the United States, including imposing a 14 per cent tariff on Peruvian exports.',
    );
    expect(b).toMatchObject({ rate: 14, status: 'announced' });
    const [c] = ratesIn('2025-05-01', 'Trump slapped a 17% tariff on Peru in April.');
    expect(c).toMatchObject({ rate: 17, status: 'in effect' });
  });

  it('reads "if the tariff stays at N%" as a supposition, not a rate charged', () => {
    const [r] = ratesIn(
      '2025-04-29',
      'If the tariff stays at 29% there may be a decline in Peru’s exports to the US.',
    );
    expect(r).toMatchObject({ rate: 29, status: 'threatened' });
    const [plain] = ratesIn('2025-04-29', 'The tariff on Peru stays at 29%.');
    expect(plain).toMatchObject({ rate: 29, status: 'in effect' });
  });

  it('does not take "now" as the day a rate started', () => {
    const [r] = ratesIn('2025-09-20', 'Tariffs on Japanese cars are now 15%, down from 27.5%.');
    expect(r).toMatchObject({ goods: 'autos', rate: 15, effective: null, previousRate: 27.5 });
  });
});

describe('which country a rate applies to', () => {
  it('does not take a country named for comparison as the one charged', () => {
    const [r] = ratesIn(
      '2025-07-23',
      'Japanese exporters in every sector now face a 15% tariff like the EU.',
    );
    expect(r).toMatchObject({ rate: 15, appliesTo: 'Japan' });
  });
});

describe('rates still to come', () => {
  it('reads "would take effect" without a date as announced, not in effect', () => {
    const [r] = ratesIn('2025-07-30', 'Lutnick said the 15% tariff would take effect within weeks.');
    expect(r).toMatchObject({ rate: 15, status: 'announced', effective: null });
  });

  // Announced for a later day as of the article; the timeline counts it in effect from that day.
  it('reads "is expected to take effect on Aug. 7" as announced from that day', () => {
    const [r] = ratesIn('2025-07-30', 'The 15% tariff is expected to take effect on Aug. 7.');
    expect(r).toMatchObject({ rate: 15, status: 'announced', effective: '2025-08-07' });
  });

  it('reads a rate given "in exchange for" an investment as agreed', () => {
    const [r] = ratesIn(
      '2025-07-23',
      'Japan will invest $550 billion in exchange for a 15% tariff on its goods.',
    );
    expect(r).toMatchObject({ goods: 'all goods', rate: 15, status: 'agreed' });
  });
});

describe('which figures a tariff word governs', () => {
  it('needs the tariff word in the figure’s own clause', () => {
    expect(ratesIn('2025-08-01', 'Despite the tariffs, auto exports saw a 3% increase in July.')).toEqual([]);
    expect(ratesIn('2025-08-01', 'Toyota reported a 16% drop in profit because of tariffs.')).toEqual([]);
  });

  it('accepts a tariff set off just before the figure: "the tariff on cars, currently 27.5%"', () => {
    const [r] = ratesIn(
      '2025-07-30',
      'The tariff on Japanese cars, currently 27.5%, is the main sticking point.',
    );
    expect(r).toMatchObject({ goods: 'autos', rate: 27.5, status: 'in effect' });
  });
});

describe('wishes and conditions', () => {
  it('reads a rate someone hopes for as proposed', () => {
    const [r] = ratesIn('2025-06-01', 'Japanese officials hoped the tariff on autos would be cut to 12.5%.');
    expect(r).toMatchObject({ goods: 'autos', rate: 12.5, status: 'proposed' });
  });

  // A letter's rate would apply without a deal: threatened (corpus README), never in effect.
  it('keeps a rate from a letter with a start date threatened, never in effect', () => {
    const [r] = ratesIn(
      '2025-07-08',
      'In his letter, Trump said Japanese products would be charged a 25% tariff from Aug. 1.',
    );
    expect(r).toMatchObject({ rate: 25, status: 'threatened', effective: '2025-08-01' });
  });
});

describe('stages as of the article, read from the sentence (issue 17)', () => {
  it('reads a rate compared with a tariff ("lower than the 25%…") as a rate of the same goods, with its own stage', () => {
    const rates = ratesIn(
      '2025-07-23',
      'The deal sets a 12% tariff on Ruritanian goods, lower than the 20% Washington had proposed earlier.',
    );
    expect(pick(rates)).toEqual(
      expect.arrayContaining([
        { goods: 'all goods', rate: 12, status: 'agreed' },
        { goods: 'all goods', rate: 20, status: 'proposed' },
      ]),
    );
  });

  it('keeps a threat in a relative clause off the rate it follows', () => {
    const rates = ratesIn(
      '2025-07-01',
      'Japanese imports were already subject to a 10% tariff, which the president had threatened to raise to 30% unless talks succeeded.',
    );
    expect(pick(rates)).toEqual(
      expect.arrayContaining([
        { goods: 'all goods', rate: 10, status: 'in effect' },
        { goods: 'all goods', rate: 30, status: 'threatened' },
      ]),
    );
  });

  it('reads a replaced rate as superseded once the new one is charged, as still in effect while it is only agreed', () => {
    const cut = ratesIn(
      '2025-09-20',
      'Cars from Japan now face a 15% tariff instead of the previous 27.5% rate.',
    );
    expect(cut.find((r) => r.rate === 27.5)?.status).toBe('superseded');
    const agreed = ratesIn(
      '2025-08-01',
      'Both sides agreed to reduce tariffs on cars to 15% from the current 27.5%.',
    );
    expect(agreed.find((r) => r.rate === 27.5)?.status).toBe('in effect');
    expect(agreed.find((r) => r.rate === 15)?.status).toBe('agreed');
  });

  it('puts a rate told in the past perfect or "at the time" in the past', () => {
    expect(
      ratesIn('2025-05-01', 'Before the new duties, the US had a 3.3% tariff in place.')[0]?.status,
    ).toBe('superseded');
    expect(ratesIn('2025-11-01', 'Ruritania at the time was hit with a 10% tariff.')[0]?.status).toBe(
      'superseded',
    );
  });

  it('reads "the 30% tariff would mark…" as a threat and a reported "would take effect" as announced', () => {
    expect(ratesIn('2025-07-09', 'The 30% tariff would mark a sharp rise for exporters.')[0]?.status).toBe(
      'threatened',
    );
    expect(
      ratesIn('2025-07-30', 'Officials said the 15% tariff would take effect within weeks.')[0]?.status,
    ).toBe('announced');
  });

  it('reads a rate named with "the minimum rate was set at" and goods "at" a figure', () => {
    expect(
      ratesIn('2025-07-18', 'Tariffs rose in April, while the minimum rate was set at 10%.')[0]?.rate,
    ).toBe(10);
    const beef = ratesIn('2025-09-01', 'Tariffs stay high for goods such as beef at 26.4%.');
    expect(pick(beef)).toEqual([{ goods: 'beef', rate: 26.4, status: 'in effect' }]);
  });

  it('never reads a share, growth or price change as a rate', () => {
    expect(
      ratesIn('2025-07-23', 'Tariffs aside, 99% of US goods enter duty-free and exports grew 3%.'),
    ).toEqual([]);
  });
});
