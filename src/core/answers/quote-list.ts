import type { CorpusIndex } from '../index/corpus-index';
import type { Postings } from '../index/posting-map';
import { type PageRequest, pageWindow } from '../paging';
import { answer, type Reply, type Section } from '../reply';
import { quoteItem } from './quote-item';

/**
 * One page of quotes, newest first. Only the page's quotes are materialised, so a list of
 * 100,000 postings costs the same as one of eight.
 */
export function quoteListReply(opts: {
  index: CorpusIndex;
  postings: Postings;
  title: string;
  lead: string;
  req: PageRequest;
  /** A last test for candidates shown on this page (long phrases checked page by page). */
  accept?: ((i: number) => boolean) | undefined;
  /** Direct quotes and reported statements in separate sections (for `who`). */
  splitKinds?: boolean;
  notes?: string[];
  suggestions?: string[];
}): Reply {
  const { index, postings, req } = opts;
  const w = pageWindow(postings.length, req);
  const ids = postings.slice(w.start, w.end);
  const page = Array.from(opts.accept ? ids.filter(opts.accept) : ids, (i) => index.quotes[i]!);
  let sections: Section[];
  if (opts.splitKinds) {
    const direct = page.filter((q) => q.quote.kind === 'direct');
    const reported = page.filter((q) => q.quote.kind === 'reported');
    sections = [
      ...(direct.length ? [{ heading: 'In their own words', items: direct.map(quoteItem) }] : []),
      ...(reported.length ? [{ heading: 'Reported statements', items: reported.map(quoteItem) }] : []),
    ];
  } else {
    sections = [{ heading: null, items: page.map(quoteItem) }];
  }
  return answer({
    title: opts.title,
    lead: opts.lead,
    sections,
    page: w.info,
    notes: opts.notes ?? [],
    suggestions: opts.suggestions ?? [],
  });
}

/** "1 quote", "12,345 quotes"; digits grouped without Intl, which costs more than the query. */
export const countOf = (n: number, one: string, many = `${one}s`) =>
  `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;
