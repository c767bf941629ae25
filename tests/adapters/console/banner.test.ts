import { describe, expect, it } from 'vitest';
import { loaded } from '../../../src/adapters/console/repl';
import type { Bot } from '../../../src/app/bot';

/** Just enough of a bot for the banner: the articles loaded, with their dates. */
const botWith = (published: (string | null)[]) =>
  ({
    corpus: { current: () => ({ dataset: { articles: published.map((p) => ({ published: p })) } }) },
  }) as unknown as Pick<Bot, 'corpus'>;

describe('the console banner', () => {
  it('says how many articles were loaded and the newest one’s date, as the start-up logs did', () => {
    expect(loaded(botWith(['2025-06-07', '2025-07-23T09:00:00Z', null]))).toBe(
      '3 articles loaded, newest 2025-07-23',
    );
    expect(loaded(botWith(['2025-06-07']))).toBe('1 article loaded, newest 2025-06-07');
    expect(loaded(botWith([]))).toBe('0 articles loaded');
  });
});
