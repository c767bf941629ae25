import { describe, expect, it } from 'vitest';
import { compareWithKnown, hashOf, knownOf } from '../../scripts/metamorphic/known-differences';

describe('the list of known differences', () => {
  const diff = new Map([['a1', ['people: - X', 'people: + Y']]]);

  it('passes exactly the listed differences', () => {
    const known = knownOf(new Map([['t', diff]])).t;
    expect(compareWithKnown(diff, known)).toEqual({ added: [], gone: [] });
  });

  it('fails a new difference, and a listed one that is gone', () => {
    const known = { a1: [hashOf('people: - X')], a2: [hashOf('quotes: - Z')] };
    const { added, gone } = compareWithKnown(diff, known);
    expect(added).toEqual(['a1: people: + Y']);
    expect(gone).toEqual([`a2: ${hashOf('quotes: - Z')}`]);
  });

  it('counts a line that occurs twice twice', () => {
    const twice = new Map([['a1', ['rates: + r', 'rates: + r']]]);
    expect(compareWithKnown(twice, { a1: [hashOf('rates: + r')] }).added).toEqual(['a1: rates: + r']);
  });
});
