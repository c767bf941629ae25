import type { Dataset } from './article';
import { buildCorpus, type Corpus } from './corpus';

/**
 * The corpus as if only `ids` had been loaded; small, so indexing it per digest is cheap.
 * Articles and quotes are reached through the index, so the cost follows what is kept, not the
 * corpus size; events and rates keep only their links to kept articles.
 */
export function corpusSubset(corpus: Corpus, ids: ReadonlySet<string>): Corpus {
  const d = corpus.dataset;
  const { index } = corpus;
  const articles = [...ids].flatMap((id) => {
    const a = index.articleById.get(id);
    return a ? [a] : [];
  });
  const quotes = articles.flatMap((a) =>
    Array.from(index.quotesByArticle.get(a.id) ?? [], (i) => index.quotes[i]!.quote),
  );
  const touches = (x: { articleIds: string[] }) => x.articleIds.some((id) => ids.has(id));
  const dataset: Dataset = {
    ...d,
    articles,
    quotes,
    events: d.events.filter(touches).map((e) => ({
      ...e,
      articleIds: e.articleIds.filter((id) => ids.has(id)),
      mentions: e.mentions.filter((m) => ids.has(m.articleId)),
    })),
    rates: d.rates.filter(touches),
  };
  return buildCorpus(dataset, corpus.loadedAt);
}
