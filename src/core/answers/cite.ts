import type { Article } from '../article';
import type { Citation } from '../reply';

export const cite = (a: Article): Citation => ({
  articleId: a.id,
  title: a.title,
  outlet: a.outlet,
  published: a.published,
  url: a.url,
});
