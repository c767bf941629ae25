import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/core/corpus';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Two made-up reports of one day: the U.S. president's tariff letters to two different countries.
 * They are two events; the index must not fold them into one because type and day agree.
 */
const files = [
  {
    file: 'letter-to-ph.txt',
    raw: 'Marcos receives tariff letter\n\nPublished July 10, 2025\n\nU.S. President Donald Trump sent a letter to Philippine President Ferdinand Marcos Jr. on July 9, 2025, setting a 20% tariff on Philippine goods.\n\nTrade Secretary Cristina Roque said the Philippines would keep negotiating.\n',
  },
  {
    file: 'letter-to-br.txt',
    raw: "Lula receives tariff letter\n\nPublished July 10, 2025\n\nU.S. President Donald Trump sent a letter to Brazilian President Luiz Inácio Lula da Silva on July 9, 2025, setting a 50% tariff on Brazilian goods.\n\nBrazil's government said it would respond.\n",
  },
];

describe('the index keeps the events the parser kept apart', () => {
  it('two letters of one day to two countries stay two events, each citing its own article', () => {
    const corpus = buildCorpus(buildDataset(files), new Date('2025-07-11T00:00:00Z'));
    const letters = corpus.index.events.filter((e) => e.type === 'letter' && e.date === '2025-07-09');
    expect(letters.map((e) => e.articleIds).sort()).toEqual([['letter-to-br'], ['letter-to-ph']]);
    const toPhilippines = letters.find((e) => e.articleIds[0] === 'letter-to-ph');
    expect(toPhilippines?.participants).toContain('Ferdinand Marcos Jr.');
    expect(toPhilippines?.participants).not.toContain('Luiz Inacio Lula da Silva');
  });
});
