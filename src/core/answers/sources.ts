import type { Corpus } from '../corpus';
import { type PageRequest, pageWindow } from '../paging';
import { answer, field, type Item, type Reply, type Section } from '../reply';
import { cite } from './cite';
import { countOf } from './quote-list';

/**
 * The files that failed to load, with the reason (first, because someone should act on them),
 * then the articles loaded, newest first, with outlet and date. Only the requested page is built, however many articles are loaded.
 */
export function sourcesList(corpus: Corpus, req: PageRequest): Reply {
  const { index, dataset } = corpus;
  const articles = index.articlesByDate;
  const failures = dataset.problems.length;
  const w = pageWindow(articles.length + failures, req);
  // Dated articles newest first, then undated ones, without copying the list.
  const at = (k: number) => (k < index.datedArticles ? articles[index.datedArticles - 1 - k]! : articles[k]!);
  const listed: Item[] = [];
  const failed: Item[] = [];
  for (let k = w.start; k < w.end; k++) {
    if (k < failures) {
      const p = dataset.problems[k]!;
      failed.push(field(p.file, p.message));
    } else {
      const a = at(k - failures);
      const when = a.published ? `${a.published}${a.publishedInferred ? ' (inferred)' : ''}` : 'undated';
      listed.push(field(when, `${a.title} — ${a.outlet ?? 'outlet not named'}`, [cite(a)]));
    }
  }
  const sections: Section[] = [
    ...(failed.length ? [{ heading: 'Not loaded', items: failed }] : []),
    ...(listed.length ? [{ heading: 'Articles', items: listed }] : []),
  ];
  return answer({
    title: 'Sources',
    lead: `${countOf(articles.length, 'article')} loaded${failures ? `, ${countOf(failures, 'file')} not loaded` : ''}.`,
    sections,
    page: w.info,
  });
}
