import { describe, expect, it } from 'vitest';
import { buildTracks, standing } from '../../../src/core/rates/history';
import { article, datasetOf, ratesIn } from './helpers';

/** Rules of the second rates pass, each on made-up sentences whose answers are known. */
const pick = (rates: ReturnType<typeof ratesIn>) =>
  rates.map((r) => `${r.goods} ${r.rate} ${r.status} ${r.imposedBy}->${r.appliesTo}`).sort();

describe('news-writing patterns of rates', () => {
  it('reads "a zero tariff" as a rate of 0 on the goods given as an example, and not "zero-duty access"', () => {
    const rates = ratesIn(
      '2025-11-16',
      'Some Peruvian products, such as orange juice, would now have a zero tariff, the minister said.',
      'Lima seeks zero-duty access for its textiles.',
    );
    expect(pick(rates)).toEqual(['juice 0 in effect United States->Peru']);
  });

  it('takes "the metal" for the metal named before, on imports from anywhere', () => {
    const rates = ratesIn(
      '2025-07-09',
      'Peru, a large copper producer, said it awaits word on a 50 percent tariff on imports of the metal.',
    );
    expect(pick(rates)).toEqual(['copper 50 in effect United States->all countries']);
  });

  it('does not read "on US President X’s announcement" as a tariff on American goods', () => {
    const [r] = ratesIn(
      '2025-07-09',
      'Peru reacted on US President Donald Trump’s announcement of a 30% tariff on Peruvian goods.',
    );
    expect(r).toMatchObject({ imposedBy: 'United States', appliesTo: 'Peru', rate: 30 });
  });

  it('gives a rate told of "economies including A and B" to each, and "increased that 10% rate" is past', () => {
    const rates = ratesIn(
      '2025-09-16',
      'Trump has imposed a 10% duty on imports from nearly all trading partners.',
      'In August he increased that 10% rate to higher levels for goods from economies including the European Union and Japan.',
    );
    expect(pick(rates)).toEqual([
      'all goods 10 in effect United States->all countries',
      'all goods 10 superseded United States->European Union',
      'all goods 10 superseded United States->Japan',
    ]);
  });

  it('reads "automobiles and parts" as both kinds', () => {
    const rates = ratesIn('2025-09-16', 'Trump has also set a 25% duty on imported automobiles and parts.');
    expect(pick(rates)).toEqual([
      'auto parts 25 in effect United States->all countries',
      'autos 25 in effect United States->all countries',
    ]);
  });

  it('reads a proposal’s figure as proposed, and a question about a rate as no proposal', () => {
    const rates = ratesIn(
      '2025-07-18',
      'Washington notified Peru of a new tariff proposal reducing the rate to 30%.',
      'We wanted to know whether the tariff on Chilean goods will stay at 10%.',
    );
    expect(pick(rates)).toEqual([
      'all goods 10 in effect United States->Chile',
      'all goods 30 proposed United States->Peru',
    ]);
  });

  it('pauses a rate "imposed …, before agreeing to suspend their application"', () => {
    const rates = ratesIn(
      '2025-06-01',
      'Trump imposed a 30% tariff on Peru in April, before agreeing to suspend their application for 90 days.',
    );
    expect(pick(rates)).toContain('all goods 30 paused United States->Peru');
    expect(pick(rates)).not.toContain('all goods 30 in effect United States->Peru');
  });
});

describe('a country’s timeline across articles', () => {
  it('adds no rates of two articles into a sum neither states, and the newer report wins', () => {
    const dataset = datasetOf(
      article('p1', '2025-10-06', 'Lula asked Trump to end the 50% tariffs imposed on Brazilian products.'),
      article('p2', '2025-11-16', 'In July, Trump imposed a further 40% tariff on Brazilian goods.'),
    );
    const track = buildTracks(dataset, 'Brazil').tracks.find((t) => t.group === 'all goods')!;
    const now = standing(track, '2025-11-16', true);
    expect(now.current?.rate).toBe(40);
    expect(now.current?.notes.join(' ')).not.toMatch(/= 40% \+/);
  });

  it('prefers the country’s own rate to a rate on all countries reported later', () => {
    const dataset = datasetOf(
      article('q1', null, 'Lesotho now faces a 15% tariff on its goods.'),
      article(
        'q2',
        '2025-09-16',
        'Trump has imposed a 10% duty on imports from nearly all trading partners.',
      ),
    );
    const track = buildTracks(dataset, 'Lesotho').tracks.find((t) => t.group === 'all goods')!;
    expect(standing(track, '2025-09-16', true).current?.rate).toBe(15);
  });
});
