import type { Article, Dataset } from './article';
import { defineParagraphs, hasLazyParagraphs, SentenceTable, sentenceEntryOf } from './article-text';
import { bodyCut } from './compact';

/**
 * A compact dataset in a form that serialises as it is held: articles whose sentences and
 * paragraphs are read from offsets keep them as offsets (one Int32Array per table) instead of
 * the full lists a serialiser would read out through their accessors. Restoring rebuilds the
 * accessors, so a dataset read back from disk is as small as one just parsed, without ever
 * holding its sentences as objects.
 */
export interface StoredDataset extends Omit<Dataset, 'articles'> {
  articles: StoredArticle[];
  tables: Int32Array[];
}

/** An article's own fields, with `sentences`/`paragraphs` set to null where they are lazy. */
interface StoredArticle {
  record: Record<string, unknown>;
  /** Table and entry of lazy sentences. */
  sentences: [table: number, at: number] | null;
  lazyParagraphs: boolean;
}

export function toStored(dataset: Dataset): StoredDataset {
  const tables = new Map<SentenceTable, number>();
  const articles = dataset.articles.map((a): StoredArticle => {
    const entry = sentenceEntryOf(a);
    const lazyParagraphs = hasLazyParagraphs(a);
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(a)) {
      // Kept in place (key order is the record's), without reading the accessor.
      if ((key === 'sentences' && entry) || (key === 'paragraphs' && lazyParagraphs)) record[key] = null;
      else record[key] = a[key as keyof Article];
    }
    let sentences: StoredArticle['sentences'] = null;
    if (entry) {
      const t = tables.get(entry.table) ?? tables.size;
      tables.set(entry.table, t);
      sentences = [t, entry.at];
    }
    return { record, sentences, lazyParagraphs };
  });
  return { ...dataset, articles, tables: [...tables.keys()].map((t) => t.offsets) };
}

/** The dataset again, with lazy sentences and paragraphs where it had them. */
export function fromStored(stored: StoredDataset): Dataset {
  const tables = stored.tables.map((offsets) => SentenceTable.fromOffsets(offsets));
  const articles = stored.articles.map(({ record, sentences, lazyParagraphs }) => {
    // Redefined in place: the null placeholders hold the keys' positions, and no copy is made.
    if (sentences) {
      const table = tables[sentences[0]];
      if (!table) throw new Error('stored article names a missing sentence table');
      table.attach(record, sentences[1]);
    }
    if (lazyParagraphs) defineParagraphs(record);
    return record as unknown as Article;
  });
  // Serialised, a cut of a body is a copy of its text: made cuts again, as after a parse.
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  for (const q of stored.quotes) q.text = bodyCut(bodies.get(q.articleId), q.text, q.start) ?? q.text;
  for (const e of stored.events)
    for (const m of e.mentions) m.sentence = bodyCut(bodies.get(m.articleId), m.sentence, -1) ?? m.sentence;
  return {
    articles,
    people: stored.people,
    quotes: stored.quotes,
    events: stored.events,
    rates: stored.rates,
    problems: stored.problems,
  };
}
