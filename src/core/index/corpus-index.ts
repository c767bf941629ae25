import type { Article, Dataset, Person, Quote, TariffEvent } from '../article';
import { ownCopy } from '../compact';
import { buildDevelopments, type Development } from './developments';
import { PeopleLookup } from './people';
import { PostingMap } from './posting-map';
import { MAX_SHINGLE, phraseKey, shingles, tokenize } from './terms';
import { topicsOf } from './topics';

/** A quote with what every answer needs next to it, so no answer looks anything up twice. */
export interface IndexedQuote {
  quote: Quote;
  article: Article;
  /** The article's publication day: when the words were reported. */
  date: string | null;
  /** Normalised words between sentinels, for whole-word phrase checks. */
  words: string;
  topics: string[];
}

/**
 * Everything the answers precompute over a dataset. Quote postings hold positions in
 * `quotes`, which is sorted newest first, so every posting list is already in answer order and
 * a page is a slice.
 */
export interface CorpusIndex {
  articleById: Map<string, Article>;
  /** Dated articles, oldest first (binary-searchable by day), then undated ones. */
  articlesByDate: Article[];
  /** How many of `articlesByDate` carry a date. */
  datedArticles: number;
  quotes: IndexedQuote[];
  quotesBySpeaker: PostingMap<string>;
  /** Postings of every word and every run of two and three words in quotes. */
  quotesByTerm: PostingMap<string>;
  quotesByTopic: PostingMap<string>;
  /** `speaker|topic` → postings, so `who X about Y` needs no intersection for a known topic. */
  quotesBySpeakerTopic: PostingMap<string>;
  quotesByArticle: PostingMap<string>;
  /** Events merged across articles, dated ones oldest first, then undated. */
  events: TariffEvent[];
  datedEvents: number;
  /** How many distinct rounds the events name. */
  roundCount: number;
  /** Positions in `events` of each article's events; read through `eventsOfArticle`. */
  eventsByArticle: PostingMap<string>;
  /**
   * For events many articles mention (a round), their sentences by article id; read through
   * `mentionSentences`, which scans the few mentions of any other event instead.
   */
  mentionsByEventArticle: Map<TariffEvent, PostingMap<string>>;
  /** Held events grouped by round, oldest first by day. */
  developments: Development[];
  /** Development key of each article's newest held event. */
  developmentOfArticle: Map<string, string>;
  developmentByKey: Map<string, Development>;
  people: Person[];
  lookup: PeopleLookup;
  /** How many articles name or quote each person (canonical name). */
  articlesByPerson: Map<string, number>;
}

const byDay = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

const newestFirst = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a > b ? -1 : 1;

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Above this many mentions an event's sentences are kept by article rather than scanned. */
const SCAN_MENTIONS_UP_TO = 16;

/** The sentences an article wrote about an event, in the order the event lists them. */
export function mentionSentences(index: CorpusIndex, e: TariffEvent, articleId: string): readonly string[] {
  const byArticle = index.mentionsByEventArticle.get(e);
  if (byArticle) {
    const at = byArticle.get(articleId);
    return at ? Array.from(at, (i) => e.mentions[i]!.sentence) : NONE;
  }
  const out: string[] = [];
  for (const m of e.mentions) if (m.articleId === articleId) out.push(m.sentence);
  return out;
}

const NONE: readonly string[] = Object.freeze([]);

/** The events an article reports, in the index's order. */
export function eventsOfArticle(index: CorpusIndex, articleId: string): TariffEvent[] {
  return Array.from(index.eventsByArticle.get(articleId) ?? [], (i) => index.events[i]!);
}

/** How often each person is quoted, without keeping anything else of the build alive. */
const quoteCount =
  (bySpeaker: PostingMap<string>) =>
  (name: string): number =>
    bySpeaker.get(name)?.length ?? 0;

export function buildIndex(dataset: Dataset): CorpusIndex {
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const articlesByDate = [...dataset.articles].sort(
    (a, b) => byDay(a.published, b.published) || a.id.localeCompare(b.id),
  );
  const datedArticles = articlesByDate.filter((a) => a.published !== null).length;

  const quotes = indexQuotes(dataset.quotes, articleById);
  const postings = quotePostings(quotes);
  const { events, datedEvents, roundCount, eventsByArticle, mentionsByEventArticle } = indexEvents(
    dataset.events,
  );

  const developments = buildDevelopments(events, articleById);
  const developmentByKey = new Map(developments.map((d) => [d.key, d]));
  const developmentOfArticle = new Map<string, string>();
  for (const d of developments) for (const a of d.articles) developmentOfArticle.set(a.id, d.key);

  const people = withSpeakers(dataset.people, quotes);
  const articlesByPerson = countArticlesByPerson(dataset.articles, quotes, postings.quotesByArticle);
  const bySpeaker = new PostingMap(postings.quotesBySpeaker);
  const lookup = new PeopleLookup(people, quoteCount(bySpeaker));

  return {
    articleById,
    articlesByDate,
    datedArticles,
    quotes,
    quotesBySpeaker: bySpeaker,
    quotesByTerm: new PostingMap(postings.quotesByTerm),
    quotesByTopic: new PostingMap(postings.quotesByTopic),
    quotesBySpeakerTopic: new PostingMap(postings.quotesBySpeakerTopic),
    quotesByArticle: new PostingMap(postings.quotesByArticle),
    events,
    datedEvents,
    roundCount,
    eventsByArticle,
    mentionsByEventArticle,
    developments,
    developmentOfArticle,
    developmentByKey,
    people,
    lookup,
    articlesByPerson,
  };
}

/** Each quote of a known article with its date, search words and topics, newest first. */
function indexQuotes(all: readonly Quote[], articleById: ReadonlyMap<string, Article>): IndexedQuote[] {
  const quotes: IndexedQuote[] = [];
  // Quotes share a handful of topic lists; one frozen copy of each.
  const topicLists = new Map<string, string[]>();
  for (const q of all) {
    const article = articleById.get(q.articleId);
    if (!article) continue;
    const tokens = tokenize(q.text);
    const found = [...new Set([...q.topics, ...topicsOf(tokens)])];
    const key = found.join('|');
    let topics = topicLists.get(key);
    if (!topics) {
      topics = Object.freeze(found) as string[];
      topicLists.set(key, topics);
    }
    quotes.push({
      quote: q,
      article,
      date: article.published,
      // Own copy: tokens cut from text with a dash or curly quote are two bytes a character.
      words: ownCopy(phraseKey(tokens)),
      topics,
    });
  }
  // Newest first, undated last; within an article, in reading order.
  quotes.sort(
    (a, b) =>
      newestFirst(a.date, b.date) ||
      a.article.id.localeCompare(b.article.id) ||
      a.quote.start - b.quote.start,
  );
  return quotes;
}

/** The quotes' positions by speaker, article, term (words and shingles), topic and speaker with topic. */
function quotePostings(quotes: readonly IndexedQuote[]) {
  const quotesBySpeaker = new Map<string, number[]>();
  const quotesByTerm = new Map<string, number[]>();
  const quotesByTopic = new Map<string, number[]>();
  const quotesByArticle = new Map<string, number[]>();
  const quotesBySpeakerTopic = new Map<string, number[]>();
  quotes.forEach((iq, i) => {
    if (iq.quote.speaker) push(quotesBySpeaker, iq.quote.speaker, i);
    push(quotesByArticle, iq.article.id, i);
    const tokens = iq.words.trim().split(' ').filter(Boolean);
    for (const t of tokens) push(quotesByTerm, t, i);
    for (let n = 2; n <= MAX_SHINGLE; n++) for (const s of shingles(tokens, n)) push(quotesByTerm, s, i);
    for (const t of iq.topics) {
      push(quotesByTopic, t, i);
      if (iq.quote.speaker) push(quotesBySpeakerTopic, `${iq.quote.speaker}|${t}`, i);
    }
  });
  return { quotesBySpeaker, quotesByTerm, quotesByTopic, quotesByArticle, quotesBySpeakerTopic };
}

/**
 * The dataset's events in day order, with what the index keeps to find them by article. They come
 * merged across articles by the parser (merge-events.ts), which keeps apart what only looks alike:
 * two partners' letters of one day, a meeting whose casts differ. Merging again here by type and
 * day would undo exactly those decisions.
 */
function indexEvents(all: readonly TariffEvent[]) {
  const events = [...all].sort(
    (a, b) => byDay(a.date, b.date) || (a.round ?? 0) - (b.round ?? 0) || a.id.localeCompare(b.id),
  );
  const datedEvents = events.filter((e) => e.date !== null).length;
  const roundCount = new Set(events.filter((e) => e.round !== null).map((e) => e.round)).size;
  const eventsOf = new Map<string, number[]>();
  const mentionsByEventArticle = new Map<TariffEvent, PostingMap<string>>();
  events.forEach((e, at) => {
    // Only events with many mentions get a map: a short list is scanned faster than looked up.
    if (e.mentions.length > SCAN_MENTIONS_UP_TO) {
      const byArticle = new Map<string, number[]>();
      e.mentions.forEach((m, i) => {
        add(byArticle, m.articleId, i);
      });
      mentionsByEventArticle.set(e, new PostingMap(byArticle));
    }
    for (const id of e.articleIds) add(eventsOf, id, at);
  });
  return {
    events,
    datedEvents,
    roundCount,
    eventsByArticle: new PostingMap(eventsOf),
    mentionsByEventArticle,
  };
}

/** In how many articles each person appears. */
function countArticlesByPerson(
  articles: readonly Article[],
  quotes: readonly IndexedQuote[],
  quotesByArticle: ReadonlyMap<string, number[]>,
): Map<string, number> {
  const articlesByPerson = new Map<string, number>();
  // Named in the article or quoted in it: an organisation's statement counts as appearing.
  for (const a of articles) {
    const names = new Set(a.people);
    for (const i of quotesByArticle.get(a.id) ?? []) {
      const speaker = quotes[i]!.quote.speaker;
      if (speaker) names.add(speaker);
    }
    for (const name of names) articlesByPerson.set(name, (articlesByPerson.get(name) ?? 0) + 1);
  }
  return articlesByPerson;
}

/** A speaker the people list missed (an organisation, an anonymous source) is still findable. */
function withSpeakers(people: readonly Person[], quotes: readonly IndexedQuote[]): Person[] {
  const known = new Set(people.map((p) => p.name));
  const out = [...people];
  for (const { quote } of quotes) {
    if (quote.speaker && !known.has(quote.speaker)) {
      known.add(quote.speaker);
      out.push({ name: quote.speaker, aliases: [], role: null, kind: 'person' });
    }
  }
  return out;
}

/** First position in a day-sorted list whose day is ≥ `day` (lists of dated items only). */
export function lowerBound<T>(
  items: readonly T[],
  count: number,
  day: string,
  dayOf: (t: T) => string | null,
): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dayOf(items[mid]!) ?? '') < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
