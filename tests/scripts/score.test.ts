import { describe, expect, it } from 'vitest';
import type { Gold } from '../../scripts/eval/gold';
import { normaliseQuote, scoreDataset } from '../../scripts/eval/score';
import { type Article, type Dataset, emptyDataset } from '../../src/core/article';

const article = (over: Partial<Article>): Article => ({
  id: 'a',
  file: 'a.txt',
  title: 't',
  outlet: null,
  url: null,
  published: null,
  publishedInferred: false,
  body: '',
  paragraphs: [],
  sentences: [],
  people: [],
  topics: [],
  boilerplate: [],
  bytes: 0,
  ...over,
});

const gold = (over: Partial<Gold>): Gold => ({
  url: null,
  outlet: 'x',
  published: null,
  events: [],
  people: [],
  quotes: [],
  reported: [],
  boilerplate: [],
  ...over,
});

describe('the eval scorer', () => {
  it('matches quotes across curly/straight marks, line breaks and trailing punctuation', () => {
    expect(normaliseQuote('“We will\nwin,”')).toBe(normaliseQuote('"We will win"'));
  });

  it('counts a found quote once, checks its speaker, and flags extra quotes against precision', () => {
    const ds: Dataset = {
      ...emptyDataset(),
      articles: [article({ body: 'He said "we will win," and "no."' })],
      quotes: [
        {
          id: 'q1',
          articleId: 'a',
          speaker: 'Ann Lee',
          text: 'we will win,',
          kind: 'direct',
          start: 0,
          end: 0,
          topics: [],
        },
        {
          id: 'q2',
          articleId: 'a',
          speaker: 'Ann Lee',
          text: 'no.',
          kind: 'direct',
          start: 0,
          end: 0,
          topics: [],
        },
      ],
    };
    const card = scoreDataset(
      ds,
      [{ id: 'a', gold: gold({ quotes: [{ speaker: 'Bob Ray', text: 'we will win,', kind: 'direct' }] }) }],
      new Map(),
    );
    expect(card.quoteRecall).toEqual({ hit: 1, total: 1 });
    expect(card.quotePrecision).toEqual({ hit: 1, total: 2 });
    expect(card.speakerAccuracy).toEqual({ hit: 0, total: 1 });
  });

  it('treats a date where gold has none as invented, and a wrong date as not right', () => {
    const ds: Dataset = {
      ...emptyDataset(),
      articles: [
        article({ id: 'a', published: '2025-01-01' }),
        article({ id: 'b', published: '2025-01-02' }),
      ],
    };
    const card = scoreDataset(
      ds,
      [
        { id: 'a', gold: gold({ published: null }) },
        { id: 'b', gold: gold({ published: '2025-01-03' }) },
      ],
      new Map(),
    );
    expect(card.publishedInvented).toEqual({ hit: 1, total: 1 });
    expect(card.publishedRight).toEqual({ hit: 0, total: 1 });
  });

  it('counts boilerplate as removed only when the line is gone from the body', () => {
    const ds: Dataset = { ...emptyDataset(), articles: [article({ body: 'Story.\nAdvertisement' })] };
    const card = scoreDataset(
      ds,
      [{ id: 'a', gold: gold({ boilerplate: ['Advertisement', 'Photo credit'] }) }],
      new Map([['a', 'Photo credit\nStory.\nAdvertisement\n']]),
    );
    expect(card.boilerplateRemoved).toEqual({ hit: 1, total: 2 });
  });

  it('matches reported statements by speaker one-to-one', () => {
    const ds: Dataset = {
      ...emptyDataset(),
      articles: [article({})],
      quotes: [
        {
          id: 'r',
          articleId: 'a',
          speaker: 'Ann Lee',
          text: 'x',
          kind: 'reported',
          start: 0,
          end: 0,
          topics: [],
        },
      ],
    };
    const card = scoreDataset(
      ds,
      [
        {
          id: 'a',
          gold: gold({
            reported: [
              { speaker: 'Ann Lee', gist: 'x' },
              { speaker: 'Ann Lee', gist: 'y' },
            ],
          }),
        },
      ],
      new Map(),
    );
    expect(card.reportedRecall).toEqual({ hit: 1, total: 2 });
  });
});
