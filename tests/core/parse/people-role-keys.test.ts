import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';

/**
 * Made-up folder: one article names Korea's trade minister; another is about the EU's trade chief.
 * "Trade chief" is any country's trade minister: the phrase must not bring the Korean minister into
 * an article that never names him.
 */
const files = [
  {
    file: 'seoul.txt',
    raw: 'Seoul hopes to cut car tariff\n\nPublished July 14, 2025\n\nTrade Minister Min-jun Park will fly to Washington on Tuesday for tariff talks.\n\n“We hope to lower the 25% tariff,” Park told reporters.\n',
  },
  {
    file: 'brussels.txt',
    raw: "EU's Trade Chief to Meet US Officials\n\nPublished July 15, 2025\n\nEuropean Trade Commissioner Anna Lindqvist will meet U.S. officials in Washington on Wednesday, a commission spokesman said.\n\nLindqvist said the bloc wanted a deal before August.\n",
  },
];

describe('a department-chief phrase names its holder only where the article names them', () => {
  const byId = new Map(buildDataset(files).articles.map((a) => [a.id, a]));
  it('the EU article does not list the Korean trade minister', () => {
    expect(byId.get('brussels')?.people).toContain('Anna Lindqvist');
    expect(byId.get('brussels')?.people).not.toContain('Min-jun Park');
  });
  it('the Korean article still lists him', () => {
    expect(byId.get('seoul')?.people).toContain('Min-jun Park');
  });
});
