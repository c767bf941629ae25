import { describe, expect, it } from 'vitest';
import type { TariffEvent } from '../../../src/core/article';
import { extractEvents } from '../../../src/core/parse/events';
import { mergeEvents } from '../../../src/core/parse/merge-events';
import { article, cast } from './speakers.fixture';

const from = (id: string, body: string, published: string | null): TariffEvent[] =>
  extractEvents(article(body, published, id), cast);

describe('merging events across articles', () => {
  it('makes one event of the same dated round reported by two articles, with both article ids', () => {
    const a = from('a', 'Akazawa met Bessent on Friday for the sixth round.', '2025-06-14');
    const b = from('b', 'Akazawa and Bessent held talks in Washington on June 13.', '2025-06-15');
    const merged = mergeEvents([...a, ...b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ date: '2025-06-13', round: 6, place: 'Washington' });
    expect(merged[0]!.articleIds).toEqual(['a', 'b']);
    expect(merged[0]!.mentions).toHaveLength(2);
  });

  it('makes one event of an undated and a dated report of the same numbered round', () => {
    const a = from('a', 'Akazawa held the fifth round of talks with Lutnick.', null);
    const b = from('b', 'Akazawa met Lutnick on June 6 for the fifth round.', '2025-06-07');
    const merged = mergeEvents([...a, ...b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ date: '2025-06-06', round: 5 });
  });

  it('keeps apart events of different types or different days', () => {
    const a = from('a', 'Akazawa and Lutnick spoke by phone on June 6.', '2025-06-07');
    const b = from('b', 'Akazawa met Lutnick on June 6.', '2025-06-07');
    const c = from('c', 'Akazawa met Lutnick on June 9.', '2025-06-10');
    expect(mergeEvents([...a, ...b, ...c])).toHaveLength(3);
  });

  it('keeps apart same-day meetings of people who have nobody in common', () => {
    const a = from('a', 'Ishiba met Trump on June 6.', '2025-06-07');
    const b = from('b', 'Akazawa met Lutnick on June 6.', '2025-06-07');
    expect(mergeEvents([...a, ...b])).toHaveLength(2);
  });

  it('gives a meeting on the day of a numbered round that round number', () => {
    const a = from('a', 'Akazawa met Bessent on Friday for the sixth round.', '2025-06-14');
    const b = from('b', 'Akazawa spoke by phone with Bessent on June 13.', '2025-06-14');
    const merged = mergeEvents([...a, ...b]);
    expect(merged.find((e) => e.type === 'call')?.round).toBe(6);
  });

  it('does not change the events it is given', () => {
    const a = from('a', 'Akazawa met Bessent on Friday for the sixth round.', '2025-06-14');
    const b = from('b', 'Akazawa and Bessent held talks on June 13.', '2025-06-15');
    mergeEvents([...a, ...b]);
    expect(a[0]!.articleIds).toEqual(['a']);
  });
});
