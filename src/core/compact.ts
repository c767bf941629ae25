import type { Article, Dataset, Quote, TariffEvent } from './article';

/**
 * Makes a freshly parsed dataset small to keep in memory, without changing any value in it.
 *
 * Two things make a parsed dataset far bigger than its text. V8 keeps a substring as a pointer
 * into its parent, so a title or a boilerplate line cut from the raw file keeps the whole raw
 * file alive next to the body that replaced it; those are copied out, and paragraphs and
 * sentences become cuts of the body (which stays anyway) instead of the raw file. And every
 * quote, event and article carries its own copy of the same few strings and lists (a speaker's
 * name, a day, a topic list); equal ones are shared. Shared lists are frozen, so code that
 * tried to change one in place would fail loudly instead of changing every holder.
 */
export function compactDataset(dataset: Dataset): Dataset {
  const pool = new Pool();
  const bodies = new Map<string, string>();
  for (const a of dataset.articles) {
    compactArticle(a, pool);
    bodies.set(a.id, a.body);
  }
  for (const q of dataset.quotes) compactQuote(q, pool, bodies.get(q.articleId));
  for (const e of dataset.events) compactEvent(e, pool);
  return dataset;
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

/** Equal strings and lists as one shared instance; lives only while one dataset is compacted. */
export class Pool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

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
    // Keys of lists whose items hold NUL could collide, hence the check of the items on a hit.
    const key = xs.join('\u0000');
    const own = this.lists.get(key);
    if (own !== undefined && own.length === xs.length && own.every((x, i) => x === xs[i]))
      return own as string[];
    const made = Object.freeze(xs.map((x) => this.string(x)));
    if (own === undefined) this.lists.set(key, made);
    return made as string[];
  }
}

/** `text` as a cut of `body` when it is the body's text at `start`; otherwise its own copy. */
function cutOf(body: string, text: string, start: number): string {
  return start >= 0 && body.startsWith(text, start) ? body.slice(start, start + text.length) : ownCopy(text);
}

function compactArticle(a: Article, pool: Pool): void {
  a.title = ownCopy(a.title);
  a.outlet = pool.maybe(a.outlet);
  a.url = a.url === null ? null : ownCopy(a.url);
  a.published = pool.maybe(a.published);
  // The body is the paragraphs joined by blank lines: each paragraph is a cut of it.
  let at = 0;
  a.paragraphs = a.paragraphs.map((p) => {
    const cut = cutOf(a.body, p, at);
    at += p.length + 2;
    return cut;
  });
  for (const s of a.sentences) s.text = cutOf(a.body, s.text, s.start);
  a.people = pool.list(a.people);
  if (a.organisations) a.organisations = pool.list(a.organisations);
  a.topics = pool.list(a.topics);
  if (a.figures) a.figures = pool.list(a.figures);
  a.boilerplate = pool.list(a.boilerplate);
}

function compactQuote(q: Quote, pool: Pool, body: string | undefined): void {
  q.articleId = pool.string(q.articleId);
  q.speaker = pool.maybe(q.speaker);
  if (body !== undefined) q.text = cutOf(body, q.text, q.start);
  q.topics = pool.list(q.topics);
}

function compactEvent(e: TariffEvent, pool: Pool): void {
  e.date = pool.maybe(e.date);
  e.endDate = pool.maybe(e.endDate);
  e.place = pool.maybe(e.place);
  e.participants = pool.list(e.participants);
  e.articleIds = pool.list(e.articleIds);
  for (const m of e.mentions) m.articleId = pool.string(m.articleId);
  // A title that is its sentence verbatim can be that sentence rather than a copy of it.
  const same = e.mentions.find((m) => m.sentence === e.title);
  e.title = same ? same.sentence : pool.string(e.title);
}
