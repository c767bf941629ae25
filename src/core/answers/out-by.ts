import type { Article, Dataset } from '../article';
import type { Corpus } from '../corpus';

/**
 * A replay (`--now`, `NOW=`) answers as if on an earlier day: what later articles report is not
 * known yet. Undated articles cannot be placed and count as out, as they do on any day.
 */
export const outBy = (a: Article, day: string): boolean => a.published === null || a.published <= day;

/** Whether an event was reported by an article out by `day`. */
export const reportedBy = (corpus: Corpus, articleIds: readonly string[], day: string): boolean =>
  articleIds.some((id) => {
    const a = corpus.index.articleById.get(id);
    return a !== undefined && outBy(a, day);
  });

/**
 * The dataset as it stood on `day`: rate statements only from articles out by then. The dataset
 * itself when no article is later (every day but a replay's), so the rates' per-dataset caches hold.
 */
export function datasetAsOf(corpus: Corpus, day: string): Dataset {
  const { dataset, index } = corpus;
  const newest = index.datedArticles ? index.articlesByDate[index.datedArticles - 1]!.published : null;
  if (newest === null || newest <= day) return dataset;
  let byDay = views.get(dataset);
  if (!byDay) {
    byDay = new Map();
    views.set(dataset, byDay);
  }
  let view = byDay.get(day);
  if (!view) {
    view = { ...dataset, rates: dataset.rates.filter((r) => reportedBy(corpus, r.articleIds, day)) };
    if (byDay.size >= DAYS_KEPT) byDay.delete(byDay.keys().next().value!);
    byDay.set(day, view);
  }
  return view;
}

const views = new WeakMap<Dataset, Map<string, Dataset>>();
const DAYS_KEPT = 4;
