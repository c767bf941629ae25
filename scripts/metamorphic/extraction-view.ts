import type { Dataset } from '../../src/core/article';
import { foldDiacritics } from '../../src/core/parse/people/names';

/**
 * What the extraction says about one article, as sorted lines that a transform's mapping can be
 * applied to: published date, people, direct quotes with speakers, reported statements by speaker,
 * events (kind, date, round, participants) and tariff rates. Whitespace and quote characters are
 * folded, since re-wrapping and re-quoting a page change exactly those.
 */
export interface ExtractionView {
  published: string;
  people: string[];
  quotes: string[];
  reported: string[];
  events: string[];
  rates: string[];
}

const QUOTE_CHARS = /[“”„‟"«»‘’‚‛']/gu;

/** Folds whitespace and quote characters, and trailing punctuation that may sit inside or outside the marks. */
export const fold = (s: string): string =>
  s
    .replace(QUOTE_CHARS, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s,.;:!?…—–-]+$/u, '');

/** How a transform rewrites names (people, speakers, participants) and the article's own text. */
export interface ViewMapping {
  name(s: string): string;
  text(s: string): string;
}

const IDENTITY: ViewMapping = { name: (s) => s, text: (s) => s };

/** Names compare without diacritics: canonical names are written plain ("Sefcovic" for "Šefčovič"). */
const plain = foldDiacritics;

/**
 * `map` rewrites every name and text as a transform would (a renaming) before folding, so the view of
 * the original extraction says what the transformed page's extraction must be.
 */
export function viewOf(
  dataset: Dataset,
  articleId: string,
  map: ViewMapping = IDENTITY,
): ExtractionView | null {
  const article = dataset.articles.find((a) => a.id === articleId);
  if (!article) return null;
  const quotes = dataset.quotes.filter((q) => q.articleId === articleId);
  const events = dataset.events.filter((e) => e.articleIds.includes(articleId));
  const rates = dataset.rates.filter((r) => r.articleIds.includes(articleId));
  const sorted = (xs: string[]): string[] => [...xs].sort();
  const who = (name: string | null): string => (name === null ? '?' : plain(map.name(name)));
  return {
    published: `${article.published ?? 'none'}${article.publishedInferred ? ' (inferred)' : ''}`,
    people: sorted(article.people.map(who)),
    quotes: sorted(
      quotes.filter((q) => q.kind === 'direct').map((q) => `${who(q.speaker)}: ${fold(map.text(q.text))}`),
    ),
    reported: sorted(
      quotes.filter((q) => q.kind === 'reported').map((q) => `${who(q.speaker)}: ${fold(map.text(q.text))}`),
    ),
    events: sorted(
      events.map(
        (e) =>
          `${e.type} ${e.date ?? 'undated'}${e.round === null ? '' : ` round ${e.round}`}${e.planned ? ' planned' : ''} [${e.participants.map(who).sort().join(', ')}]`,
      ),
    ),
    rates: sorted(
      rates.map(
        (r) =>
          `${r.goods} ${r.rate}% ${r.status} by ${map.name(r.imposedBy)} on ${map.name(r.appliesTo)}${r.effective ? ` from ${r.effective}` : ''}`,
      ),
    ),
  };
}

/** The lines on which two views differ, as "field: - expected" / "field: + got". */
export function diffViews(want: ExtractionView, got: ExtractionView): string[] {
  const out: string[] = [];
  if (want.published !== got.published)
    out.push(`published: - ${want.published}`, `published: + ${got.published}`);
  for (const field of ['people', 'quotes', 'reported', 'events', 'rates'] as const) {
    const left = [...want[field]];
    const right = [...got[field]];
    for (const line of want[field]) {
      const i = right.indexOf(line);
      if (i >= 0) {
        right.splice(i, 1);
        left.splice(left.indexOf(line), 1);
      }
    }
    for (const l of left) out.push(`${field}: - ${l}`);
    for (const r of right) out.push(`${field}: + ${r}`);
  }
  return out;
}
