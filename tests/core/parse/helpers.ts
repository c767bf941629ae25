import { cleanArticle } from '../../../src/core/parse/clean-article';
import type { CleanArticle } from '../../../src/core/parse/types';

/** Stage 1 on a made-up article text, as the loader would run it. */
export function clean(text: string, id = 'sample'): CleanArticle {
  return cleanArticle({ id, file: `${id}.txt`, text, bytes: text.length, meta: null });
}
