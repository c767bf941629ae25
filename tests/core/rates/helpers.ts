import { type Article, type Dataset, emptyDataset } from '../../../src/core/article';
import { extractRates } from '../../../src/core/rates/extract';

/** A made-up article: one paragraph per line, sentences split by the rates module's fallback. */
export function article(id: string, published: string | null, ...paragraphs: string[]): Article {
  return {
    id,
    file: `${id}.txt`,
    title: `Article ${id}`,
    outlet: 'Test Wire',
    url: null,
    published,
    publishedInferred: false,
    body: paragraphs.join('\n\n'),
    paragraphs,
    sentences: [],
    people: [],
    topics: [],
    boilerplate: [],
    bytes: paragraphs.join('\n\n').length,
  };
}

export function datasetOf(...articles: Article[]): Dataset {
  return { ...emptyDataset(), articles, rates: extractRates(articles) };
}

export const ratesIn = (published: string | null, ...paragraphs: string[]) =>
  extractRates([article('a1', published, ...paragraphs)]);
