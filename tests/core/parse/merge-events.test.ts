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

describe('what ties two reports of one day together', () => {
  it('keeps apart two letters of one sender to different recipients on one day', () => {
    const a = from('a', 'Trump sent a letter to Ishiba on July 7.', '2025-07-08');
    const b = from('b', 'Trump sent a letter to Lutnick on July 7.', '2025-07-08');
    expect(mergeEvents([...a, ...b]).filter((e) => e.type === 'letter')).toHaveLength(2);
    const c = from('c', 'Ishiba received a letter from Trump on July 7.', '2025-07-08');
    expect(mergeEvents([...a, ...c]).filter((e) => e.type === 'letter')).toHaveLength(1);
  });

  it('does not join a meeting that names nobody to another country’s meeting of the same day', () => {
    const a = from('a', 'Officials held a virtual meeting on July 18.', '2025-07-18');
    const b = from('b', 'Ishiba met Bessent in Tokyo on July 18.', '2025-07-19');
    const merged = mergeEvents([...a, ...b]);
    expect(merged).toHaveLength(2);
    expect(merged.find((e) => e.articleIds.includes('a'))?.participants).toEqual([]);
    // The same place ties them.
    const c = from('c', 'Officials held a meeting in Tokyo on July 18.', '2025-07-18');
    expect(mergeEvents([...b, ...c])).toHaveLength(1);
  });

  it('joins an unnamed report of a deadline to a named one of the same day', () => {
    const a = from('a', 'The deadline on August 1 looms.', '2025-07-10');
    const b = from('b', "Trump's deadline on August 1 looms.", '2025-07-10');
    expect(mergeEvents([...a, ...b]).filter((e) => e.type === 'deadline')).toHaveLength(1);
  });
});
