import type { Dataset } from '../../src/core/article';

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

export function viewOf(dataset: Dataset, articleId: string): ExtractionView | null {
  const article = dataset.articles.find((a) => a.id === articleId);
  if (!article) return null;
  const quotes = dataset.quotes.filter((q) => q.articleId === articleId);
  const events = dataset.events.filter((e) => e.articleIds.includes(articleId));
  const rates = dataset.rates.filter((r) => r.articleIds.includes(articleId));
  const sorted = (xs: string[]): string[] => [...xs].sort();
  return {
    published: `${article.published ?? 'none'}${article.publishedInferred ? ' (inferred)' : ''}`,
    people: sorted(article.people),
    quotes: sorted(
      quotes.filter((q) => q.kind === 'direct').map((q) => `${q.speaker ?? '?'}: ${fold(q.text)}`),
    ),
    reported: sorted(
      quotes.filter((q) => q.kind === 'reported').map((q) => `${q.speaker ?? '?'}: ${fold(q.text)}`),
    ),
    events: sorted(
      events.map(
        (e) =>
          `${e.type} ${e.date ?? 'undated'}${e.round === null ? '' : ` round ${e.round}`}${e.planned ? ' planned' : ''} [${[...e.participants].sort().join(', ')}]`,
      ),
    ),
    rates: sorted(
      rates.map(
        (r) =>
          `${r.goods} ${r.rate}% ${r.status} by ${r.imposedBy} on ${r.appliesTo}${r.effective ? ` from ${r.effective}` : ''}`,
      ),
    ),
  };
}

/** Applies a text mapping (a renaming) to every line of a view, then sorts again. */
export function mapView(view: ExtractionView, map: (s: string) => string): ExtractionView {
  const each = (xs: string[]): string[] => xs.map(map).sort();
  return {
    published: view.published,
    people: each(view.people),
    quotes: each(view.quotes),
    reported: each(view.reported),
    events: each(view.events),
    rates: each(view.rates),
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
