import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { extractEvents } from '../../../src/core/parse/events';
import { inferPublished } from '../../../src/core/parse/infer-published';
import { mergeEvents } from '../../../src/core/parse/merge-events';
import type { CleanArticle } from '../../../src/core/parse/types';
import { article, cast } from './speakers.fixture';

const asArticle = (c: CleanArticle): Article => ({
  ...c,
  publishedInferred: false,
  people: [],
  topics: [],
});

function run(docs: [string, string, string | null][]) {
  const clean = docs.map(([id, body, published]) => article(body, published, id));
  const events = mergeEvents(clean.flatMap((c) => extractEvents(c, cast)));
  const articles = inferPublished(clean.map(asArticle), events);
  return { articles, events };
}

describe('publication dates inferred from other articles', () => {
  it('dates an undated report of a round "on Friday" from the round another article dates', () => {
    const { articles, events } = run([
      ['dated', 'Akazawa met Bessent on June 13 for the sixth round.', '2025-06-14'],
      ['undated', 'Akazawa and Bessent held the sixth round of talks on Friday.', null],
    ]);
    const undated = articles.find((a) => a.id === 'undated')!;
    expect(undated).toMatchObject({ published: '2025-06-14', publishedInferred: true });
    expect(events.find((e) => e.round === 6)?.articleIds).toEqual(['dated', 'undated']);
  });

  it('dates a round between the dates of the rounds around it when one day fits', () => {
    const { articles, events } = run([
      ['third', 'Akazawa met Greer on May 23 for the third round.', '2025-05-24'],
      ['fifth', 'Akazawa met Lutnick on June 6 for the fifth round.', '2025-06-07'],
      ['fourth', 'On the 30th (local time), Akazawa held the fourth round of talks.', null],
    ]);
    expect(articles.find((a) => a.id === 'fourth')).toMatchObject({
      published: '2025-05-31',
      publishedInferred: true,
    });
    expect(events.find((e) => e.round === 4)).toMatchObject({ date: '2025-05-30', dateInferred: true });
  });

  it('resolves the other relative dates of an article it dates', () => {
    const { events } = run([
      ['dated', 'Akazawa met Bessent on June 13 for the sixth round.', '2025-06-14'],
      [
        'undated',
        'Akazawa held the sixth round of talks with Bessent on Friday.\nTrump and Ishiba spoke by phone yesterday.',
        null,
      ],
    ]);
    expect(events.find((e) => e.type === 'call')?.date).toBe('2025-06-13');
  });

  it('invents no date when several days would fit', () => {
    const { articles } = run([
      ['third', 'Akazawa met Greer on May 2 for the third round.', '2025-05-03'],
      ['fifth', 'Akazawa met Lutnick on June 6 for the fifth round.', '2025-06-07'],
      ['fourth', 'Akazawa held the fourth round of talks on Friday.', null],
    ]);
    expect(articles.find((a) => a.id === 'fourth')).toMatchObject({
      published: null,
      publishedInferred: false,
    });
  });

  it('does not date an article from a weekday the round number does not stand with', () => {
    const { articles } = run([
      ['fourth', 'Akazawa met Bessent on May 30 for the fourth round.', '2025-05-31'],
      ['sixth', 'Akazawa met Bessent on June 6 for the sixth round.', '2025-06-07'],
      [
        'fifth',
        'Akazawa held the fifth round of talks with Lutnick.\nAkazawa returned home on Sunday.',
        null,
      ],
    ]);
    expect(articles.find((a) => a.id === 'fifth')?.published).toBeNull();
  });

  it('does not date an article from events without a round number', () => {
    const { articles } = run([
      ['dated', 'Ishiba and Trump met at the summit on June 16.', '2025-06-17'],
      ['undated', 'Ishiba and Trump met at the summit on Monday.', null],
    ]);
    expect(articles.find((a) => a.id === 'undated')?.published).toBeNull();
  });

  it('leaves articles that have their own date alone', () => {
    const { articles } = run([
      ['dated', 'Akazawa met Bessent on June 13 for the sixth round.', '2025-06-14'],
      ['own', 'Akazawa and Bessent held the sixth round of talks on Friday.', '2025-06-15'],
    ]);
    expect(articles.find((a) => a.id === 'own')).toMatchObject({
      published: '2025-06-15',
      publishedInferred: false,
    });
  });
});
