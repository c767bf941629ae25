import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { extractEvents } from '../../../src/core/parse/events';
import { inferPublished } from '../../../src/core/parse/infer-published';
import { mergeEvents } from '../../../src/core/parse/merge-events';
import type { CleanArticle } from '../../../src/core/parse/types';
import { newsDay } from '../../../src/core/parse/week-reference';
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

/** The made-up articles with their sentences, which the week rule reads for the days of remarks. */
function runWithSentences(docs: [string, string, string | null][]) {
  const clean = docs.map(([id, body, published]) => article(body, published, id));
  const events = mergeEvents(clean.flatMap((c) => extractEvents(c, cast)));
  const articles = inferPublished(
    clean.map((c) => ({ ...asArticle(c), sentences: sentencesOf(c.body) })),
    events,
  );
  return { articles, events, get: (id: string) => articles.find((a) => a.id === id)! };
}

function sentencesOf(body: string): Article['sentences'] {
  const out: Article['sentences'] = [];
  for (const m of body.matchAll(/[^.\n]+\./g))
    out.push({ text: m[0].trim(), start: m.index, end: m.index + m[0].length, paragraph: 0 });
  return out;
}

// 2025-03-13 is a Thursday; the week after it runs from Monday 17 (or Sunday 16) to 23 March.
const WHITE_HOUSE_TALKS: [string, string, string | null] = [
  'dated',
  'Akazawa met Bessent and Trump at the White House on Thursday.',
  '2025-03-14',
];

describe('publication dates inferred from talks "last week" that other articles date', () => {
  it('dates "said Tuesday" of talks in Washington last week to the Tuesday of the week after the talks', () => {
    const { get, events } = runWithSentences([
      WHITE_HOUSE_TALKS,
      [
        'undated',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well.',
        null,
      ],
    ]);
    expect(get('undated')).toMatchObject({ published: '2025-03-18', publishedInferred: true });
    const talks = events.filter((e) => e.articleIds.includes('undated'));
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ date: '2025-03-13', articleIds: ['dated', 'undated'] });
    // Ishiba spoke of the talks; he did not take part in them.
    expect(talks[0]!.participants).not.toContain('Shigeru Ishiba');
  });

  it('dates a remark about talks "earlier this week" to its day in the same week', () => {
    const { get } = runWithSentences([
      ['dated', 'Akazawa met Trump at the White House on Monday.', '2025-03-11'],
      [
        'undated',
        'Ishiba said Thursday that the talks Akazawa held with Trump in Washington earlier this week went well.',
        null,
      ],
    ]);
    expect(get('undated')).toMatchObject({ published: '2025-03-13', publishedInferred: true });
  });

  it('invents no date when talks in two different weeks fit', () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      ['later', 'Akazawa met Trump in Washington on Friday.', '2025-04-05'],
      [
        'undated',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well.',
        null,
      ],
    ]);
    expect(get('undated')).toMatchObject({ published: null, publishedInferred: false });
  });

  it('invents no date without the weekday of the remark, since a week is no day', () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      ['undated', 'Ishiba says the talks Akazawa held with Trump in Washington last week went well.', null],
    ]);
    expect(get('undated').published).toBeNull();
  });

  it('invents no date when no dated talks match the place or the people', () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      [
        'elsewhere',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in London last week went well.',
        null,
      ],
      ['others', 'Ishiba said Tuesday that the talks Greer held in Washington last week went well.', null],
    ]);
    expect(get('elsewhere').published).toBeNull();
    expect(get('others').published).toBeNull();
  });

  it('invents no date when the sentence names two places and so not the place of the talks', () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      [
        'undated',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well, speaking in Osaka.',
        null,
      ],
    ]);
    expect(get('undated').published).toBeNull();
  });

  it('invents no date for a remark "earlier this week" on a weekday before the talks', () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      [
        'undated',
        'Ishiba said Monday that the talks Akazawa held with Trump in Washington earlier this week went well.',
        null,
      ],
    ]);
    expect(get('undated').published).toBeNull();
  });

  it('does not count the speaker of the remark as a participant of the talks', () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      ['undated', 'Akazawa said Tuesday that the talks in Washington last week went well.', null],
    ]);
    expect(get('undated').published).toBeNull();
  });

  it("invents no date when the article's weekdays disagree with the talks or with each other", () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      // The dated talks were on Thursday, not Wednesday.
      [
        'wednesday',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington on Wednesday last week went well.',
        null,
      ],
      [
        'two-days',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well. Akazawa told reporters on Wednesday that more work is needed.',
        null,
      ],
    ]);
    expect(get('wednesday').published).toBeNull();
    expect(get('two-days').published).toBeNull();
  });

  it('does not date from talks whose date only an undated article gives', () => {
    const { get } = runWithSentences([
      ['undated-source', 'Akazawa met Bessent and Trump at the White House on March 13.', null],
      [
        'undated',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well.',
        null,
      ],
    ]);
    expect(get('undated').published).toBeNull();
  });

  it('invents no date when the article tells of a held event after the day found', () => {
    const { get } = runWithSentences([
      WHITE_HOUSE_TALKS,
      [
        'undated',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well. Akazawa departed for Washington on March 28.',
        null,
      ],
    ]);
    expect(get('undated').published).toBeNull();
  });
});

describe('a dated article that places talks by a week', () => {
  it('reports the one talks of that week, place and people when its own date is the remark day', () => {
    const { events } = runWithSentences([
      WHITE_HOUSE_TALKS,
      [
        'monday-paper',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well.',
        '2025-03-18',
      ],
    ]);
    const cited = events.filter((e) => e.articleIds.includes('monday-paper'));
    expect(cited).toHaveLength(1);
    expect(cited[0]).toMatchObject({ date: '2025-03-13', articleIds: ['dated', 'monday-paper'] });
  });

  it('keeps its report apart when its own date is not the day the week and weekday give', () => {
    const { events } = runWithSentences([
      WHITE_HOUSE_TALKS,
      [
        'later-paper',
        'Ishiba said Tuesday that the talks Akazawa held with Trump in Washington last week went well.',
        '2025-03-25',
      ],
    ]);
    const talks = events.find((e) => e.articleIds.includes('dated'))!;
    expect(talks.articleIds).toEqual(['dated']);
  });
});

describe('the day a remark about an event "last week" was made', () => {
  it('is the named weekday of the week after the event, however the week is counted', () => {
    // Wednesday 16 April → Monday 21 April, whether weeks start on Monday or on Sunday.
    expect(newsDay(['2025-04-16'], -1, 1)).toBe('2025-04-21');
    // Two days of one multi-day event fall in one week and agree.
    expect(newsDay(['2025-04-16', '2025-04-17'], -1, 1)).toBe('2025-04-21');
  });

  it('is unknown when the event fell on a Sunday, which one count puts in the week before', () => {
    expect(newsDay(['2025-04-20'], -1, 1)).toBeNull();
  });

  it('is unknown for "earlier this week" when the named weekday is not after the event', () => {
    expect(newsDay(['2025-04-16'], 0, 4)).toBe('2025-04-17');
    expect(newsDay(['2025-04-16'], 0, 1)).toBeNull();
  });
});
