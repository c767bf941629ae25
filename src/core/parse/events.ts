import type { TariffEvent } from '../article';
import type { CleanArticle, PeopleIndex } from './types';

/** Negotiation events one article reports, with dates resolved against its published date. */
export function extractEvents(_article: CleanArticle, _people: PeopleIndex): TariffEvent[] {
  return [];
}
