import type { CorpusIndex } from '../index/corpus-index';
import { type PageRequest, pageWindow } from '../paging';
import { answer, type Reply, type Section } from '../reply';
import { quoteItem } from './quote-item';

/**
 * One page of quotes, newest first. Only the page's quotes are materialised, so a list of
 * 100,000 postings costs the same as one of eight.
 */
export function quoteListReply(opts: {
  index: CorpusIndex;
  postings: readonly number[];
  title: string;
  lead: string;
  req: PageRequest;
  /** Direct quotes and reported statements in separate sections (for `who`). */
  splitKinds?: boolean;
  notes?: string[];
  suggestions?: string[];
}): Reply {
  const { index, postings, req } = opts;
  const w = pageWindow(postings.length, req);
  const page = postings.slice(w.start, w.end).map((i) => index.quotes[i]!);
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

export const countOf = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
