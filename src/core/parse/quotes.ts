import type { Quote } from '../article';
import type { CleanArticle, PeopleIndex } from './types';

/** Direct quotes and reported statements of one article, in body order. */
export function extractQuotes(_article: CleanArticle, _people: PeopleIndex): Quote[] {
  return [];
}
