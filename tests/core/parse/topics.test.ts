import { describe, expect, it } from 'vitest';
import { figuresOf, topicsOf } from '../../../src/core/parse/topics';

describe('topics and figures for search', () => {
  it('tags the subjects a trade text turns on', () => {
    expect(
      topicsOf('Duties on cars and steel rose, and rice imports were discussed alongside chips.'),
    ).toEqual(['autos', 'steel', 'rice', 'semiconductors']);
  });

  it('lists percentages and money amounts once each, as written', () => {
    expect(figuresOf('A 15% levy, down from 27.5 percent, on $550 billion of goods; 15% again.')).toEqual([
      '15%',
      '27.5 percent',
      '$550 billion',
    ]);
  });
});
