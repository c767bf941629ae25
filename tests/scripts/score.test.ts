import { describe, expect, it } from 'vitest';
import type { Gold } from '../../scripts/eval/gold';
import { normaliseQuote, normaliseSpeaker, scoreDataset } from '../../scripts/eval/score';
import { formatMisses, formatTable } from '../../scripts/eval/table';
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

  const reportedQuote = (id: string, speaker: string, text: string) => ({
    id,
    articleId: 'a',
    speaker,
    text,
    kind: 'reported' as const,
    start: 0,
    end: 0,
    topics: [],
  });

  it('matches reported statements by speaker one-to-one, for recall and for precision', () => {
    const ds: Dataset = {
      ...emptyDataset(),
      articles: [article({})],
      quotes: [
        reportedQuote('r1', 'Ann Lee', 'talks will resume in May'),
        reportedQuote('r2', 'Bob Ray', 'the levy stays'),
        reportedQuote('r3', 'Bob Ray', 'Sept. 16 in Tokyo'),
      ],
    };
    const card = scoreDataset(
      ds,
      [
        {
          id: 'a',
          gold: gold({
            reported: [
              { speaker: 'Ann Lee', gist: 'talks resume in May' },
              { speaker: 'Ann Lee', gist: 'a deal is near' },
              { speaker: 'Bob Ray', gist: 'the levy stays in place' },
            ],
          }),
        },
      ],
      new Map(),
    );
    expect(card.reportedRecall).toEqual({ hit: 2, total: 3 });
    expect(card.reportedPrecision).toEqual({ hit: 2, total: 3 });
    // Within a speaker the pairs follow shared words, so the misses listed are the unlike ones.
    expect(card.misses.filter((m) => m.kind === 'reported: missed').map((m) => m.text)).toEqual([
      'Ann Lee: a deal is near',
    ]);
    expect(card.misses.filter((m) => m.kind === 'reported: spurious').map((m) => m.text)).toEqual([
      'Bob Ray: "Sept. 16 in Tokyo"',
    ]);
  });

  it('files each miss under its kind and article', () => {
    const ds: Dataset = {
      ...emptyDataset(),
      articles: [article({ people: ['Ann Lee', 'Cal Moe'], published: '2025-02-02' })],
    };
    const card = scoreDataset(
      ds,
      [
        {
          id: 'a',
          gold: gold({
            people: ['Ann Lee', 'Bob Ray'],
            published: '2025-02-03',
            quotes: [{ speaker: 'Ann Lee', text: 'never', kind: 'direct' }],
          }),
        },
      ],
      new Map(),
    );
    const kinds = card.misses.map((m) => `${m.kind} ${m.article}`);
    expect(kinds).toContain('people: missed a');
    expect(kinds).toContain('people: spurious a');
    expect(kinds).toContain('published: wrong a');
    expect(kinds).toContain('quotes: missed a');
    expect(kinds).not.toContain('published: invented a');
  });
});

describe('the eval table', () => {
  it('groups misses by kind in the listed order, each line naming its article', () => {
    const lines = formatMisses([
      { kind: 'people: missed', article: 'b', text: 'Bob Ray' },
      { kind: 'quotes: missed', article: 'a', text: '"no"' },
      { kind: 'rates: missed', article: 'a', text: '15% autos' },
      { kind: 'people: missed', article: 'c', text: 'Cal Moe' },
    ]);
    expect(lines.filter((l) => l !== '')).toEqual([
      'quotes: missed (1):',
      '  - a: "no"',
      'people: missed (2):',
      '  - b: Bob Ray',
      '  - c: Cal Moe',
      'rates: missed (1):',
      '  - a: 15% autos',
    ]);
  });

  it('renders extra rows after the scorecard rows', () => {
    const card = scoreDataset(
      { ...emptyDataset(), articles: [article({})] },
      [{ id: 'a', gold: gold({}) }],
      new Map(),
    );
    const table = formatTable(card, false, [
      { label: 'rates: recall', ratio: { hit: 1, total: 4 }, target: 0.8 },
    ]);
    expect(table).toMatch(/reported: precision by speaker\s+n\/a/);
    expect(table.split('\n').at(-1)).toMatch(/^rates: recall\s+25\.0%\s+1\/4\s+≥ 80%\s+✗$/);
  });
});

describe('speaker names in the scorer', () => {
  it('compare without case, a leading article or diacritics', () => {
    expect(normaliseSpeaker('Ömer Bolat')).toBe(normaliseSpeaker('omer bolat'));
    expect(normaliseSpeaker('The White House')).toBe(normaliseSpeaker('White House'));
    expect(normaliseSpeaker('Omer Bolat')).not.toBe(normaliseSpeaker('Omar Bolat'));
  });
});
