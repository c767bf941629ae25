import type { Article, Dataset, Quote, TariffEvent } from './article';
import { defineParagraphs, paragraphsFollowBody, SentenceTable } from './article-text';
import type { CleanArticle } from './parse/types';

export { SentenceTable } from './article-text';

/**
 * Makes a freshly parsed dataset small to keep in memory, without changing any value in it.
 *
 * Two things make a parsed dataset far bigger than its text. V8 keeps a substring as a pointer
 * into its parent, so a title or a boilerplate line cut from the raw file keeps the whole raw
 * file alive next to the body that replaced it; those are copied out, and paragraphs and
 * sentences become offsets into the body, read as cuts of it on demand. And every
 * quote, event and article carries its own copy of the same few strings and lists (a speaker's
 * name, a day, a topic list); equal ones are shared. Shared lists are frozen, so code that
 * tried to change one in place would fail loudly instead of changing every holder. Returns new
 * records; the ones given are left as they were.
 */
export function compactDataset(dataset: Dataset, pool = new Pool()): Dataset {
  const table = new SentenceTable();
  const articles = dataset.articles.map((a) => compactArticle(a, pool, table));
  table.seal();
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  return {
    ...dataset,
    articles,
    quotes: dataset.quotes.map((q) => compactQuote(q, pool, bodies.get(q.articleId))),
    events: dataset.events.map((e) => compactEvent(e, pool)),
  };
}

/**
 * A copy of `s` that owns its characters (V8 copies substrings shorter than 13 anyway). A trip
 * through UTF-8 forces a fresh string and stores Latin-1 text at one byte per character; text
 * with a lone surrogate, which UTF-8 cannot carry, goes through JSON instead.
 */
export function ownCopy(s: string): string {
  if (s.length < 13) return s;
  return LONE_SURROGATE.test(s) ? JSON.parse(JSON.stringify(s)) : Buffer.from(s, 'utf8').toString('utf8');
}

/** With the `u` flag a pair is one code point, so only an unpaired half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Marks a list a pool holds, with the pool's number: a hidden property set before the list is
 * frozen, not a WeakSet of every list (each entry costs the collector a pass), and a number, not
 * the pool, so a list kept after loading does not keep the pool's tables alive.
 */
const STORED = Symbol('pooled list');
type Marked = readonly string[] & { [STORED]?: number };
let pools = 0;

/** Equal strings and lists as one shared instance; lives only while one dataset is compacted. */
export class Pool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  /** Marks the lists `lists` holds: asked again for one (an article's boilerplate, at each stage), the pool returns it. */
  private readonly mark = ++pools;
  private readonly empty: readonly string[] = Object.freeze([]);

  string(s: string): string {
    let own = this.strings.get(s);
    if (own === undefined) {
      own = ownCopy(s);
      this.strings.set(own, own);
    }
    return own;
  }

  maybe(s: string | null): string | null {
    return s === null ? null : this.string(s);
  }

  list(xs: string[]): string[] {
    // Most lists of quotes and articles are empty (no topic, no figure): one shared empty list,
    // without a key to build and hash.
    if (xs.length === 0) return this.empty as string[];
    // A stored list is what its own key finds (entries are never replaced): no need to join it.
    if ((xs as Marked)[STORED] === this.mark) return xs;
    // Keys of lists whose items hold NUL could collide, hence the check of the items on a hit.
    const key = xs.length === 1 ? xs[0]! : xs.join('\u0000');
    const own = this.lists.get(key);
    if (own !== undefined && sameItems(own, xs)) return own as string[];
    const made = xs.map((x) => this.string(x));
    if (own === undefined) {
      Object.defineProperty(made, STORED, { value: this.mark });
      this.lists.set(key, made);
    }
    return Object.freeze(made) as string[];
  }
}

/** The same items in the same order (a loop, not `every` with a closure made per call). */
function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `text` as a cut of `body` when it is the body's text at `start`; otherwise its own copy. */
function cutOf(body: string, text: string, start: number): string {
  return bodyCut(body, text, start) ?? ownCopy(text);
}

/**
 * `text` as a cut of `body` (which costs a pointer, not the characters) where it stands there: at
 * `start`, or anywhere when `start` is -1. Null when it does not.
 */
export function bodyCut(body: string | undefined, text: string, start: number): string | null {
  if (!body) return null;
  if (start >= 0) {
    // The cut compared is the cut returned (see standsAt: cheaper than startsWith).
    const cut = body.slice(start, start + text.length);
    return cut === text ? cut : null;
  }
  const at = body.indexOf(text);
  return at < 0 ? null : body.slice(at, at + text.length);
}

// Each record is made afresh as a literal with every field in one order: the parser's records,
// grown by spreads and later additions, take up to three times the memory for the same fields.

/**
 * An article straight out of stage 1, with nothing cut from the raw file text any more: called
 * per article while loading, so each file's text can go before the next is read.
 */
export function compactClean(c: CleanArticle, pool: Pool): CleanArticle {
  const { body } = c;
  return {
    id: pool.string(c.id),
    file: ownCopy(c.file),
    title: ownCopy(c.title),
    outlet: pool.maybe(c.outlet),
    url: c.url === null ? null : ownCopy(c.url),
    published: pool.maybe(c.published),
    body,
    paragraphs: c.paragraphs.map((p, i) => cutOf(body, p, c.paragraphStarts[i] ?? -1)),
    paragraphStarts: c.paragraphStarts,
    sentences: c.sentences.map((x) => ({
      text: cutOf(body, x.text, x.start),
      start: x.start,
      end: x.end,
      paragraph: x.paragraph,
    })),
    boilerplate: pool.list(c.boilerplate),
    bytes: c.bytes,
  };
}

export function compactArticle(a: Article, pool: Pool, table: SentenceTable): Article {
  const { body, organisations, figures } = a;
  // Built field by field in the parser's order, so anything printing a record prints it as
  // before; sentences and paragraphs become offsets read on demand (see article-text.ts).
  const out = {} as Article;
  out.id = pool.string(a.id);
  out.file = ownCopy(a.file);
  out.title = ownCopy(a.title);
  out.outlet = pool.maybe(a.outlet);
  out.url = a.url === null ? null : ownCopy(a.url);
  out.published = pool.maybe(a.published);
  out.publishedInferred = a.publishedInferred;
  out.body = body;
  if (paragraphsFollowBody(body, a.paragraphs)) defineParagraphs(out);
  else out.paragraphs = a.paragraphs.map(ownCopy);
  if (!table.define(out, body, a.sentences))
    out.sentences = a.sentences.map((x) => ({ ...x, text: ownCopy(x.text) }));
  out.people = pool.list(a.people);
  if (organisations !== undefined) out.organisations = pool.list(organisations);
  out.topics = pool.list(a.topics);
  if (figures !== undefined) out.figures = pool.list(figures);
  out.boilerplate = pool.list(a.boilerplate);
  out.bytes = a.bytes;
  return out;
}

export function compactQuote(q: Quote, pool: Pool, body: string | undefined): Quote {
  return {
    articleId: pool.string(q.articleId),
    speaker: pool.maybe(q.speaker),
    text: body === undefined ? ownCopy(q.text) : cutOf(body, q.text, q.start),
    kind: q.kind,
    start: q.start,
    end: q.end,
    topics: pool.list(q.topics),
    id: ownCopy(q.id),
  };
}

/** A list of an event, shared or its own (see compactEvent); a module-level helper, not a closure per event. */
function eventList(xs: string[], pool: Pool, lists: 'shared' | 'own'): string[] {
  return lists === 'shared' ? pool.list(xs) : xs.map((x) => pool.string(x));
}

/**
 * `lists: 'own'` keeps the event's lists its own and unfrozen, for events that merging will still
 * add to; the final pass shares them.
 */
export function compactEvent(e: TariffEvent, pool: Pool, lists: 'shared' | 'own' = 'shared'): TariffEvent {
  const mentions = e.mentions.map((m) => ({ articleId: pool.string(m.articleId), sentence: m.sentence }));
  // A title that is its sentence verbatim can be that sentence rather than a copy of it.
  const same = mentions.find((m) => m.sentence === e.title);
  return {
    id: ownCopy(e.id),
    type: e.type,
    title: same ? same.sentence : pool.string(e.title),
    date: pool.maybe(e.date),
    dateInferred: e.dateInferred,
    endDate: pool.maybe(e.endDate),
    round: e.round,
    participants: eventList(e.participants, pool, lists),
    place: pool.maybe(e.place),
    planned: e.planned,
    articleIds: eventList(e.articleIds, pool, lists),
    mentions,
  };
}
