import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, toChoices } from '../../../src/adapters/discord/autocomplete';

describe('autocomplete choices for Discord', () => {
  it('offers at most 25, names and text values within 100 characters', () => {
    const long = 'x'.repeat(250);
    const choices = toChoices(Array.from({ length: 40 }, (_, i) => ({ label: `${i} ${long}`, value: long })));
    expect(choices).toHaveLength(MAX_SUGGESTIONS);
    expect(MAX_SUGGESTIONS).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(String(c.value).length).toBeLessThanOrEqual(100);
    }
    expect(choices[0]?.name.startsWith('0 xxx')).toBe(true);
  });

  it('keeps a number a number for integer options', () => {
    expect(toChoices([{ label: 'three', value: 3 }])).toEqual([{ name: 'three', value: 3 }]);
  });
});
