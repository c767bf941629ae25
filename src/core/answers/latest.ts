import type { Corpus } from '../corpus';
import { answer, errorReply, type Reply, text } from '../reply';
import { cite } from './cite';

/** NOTE: first version — newest article's opening paragraphs; the answers issue replaces it. */
export function latestBriefing(corpus: Corpus): Reply {
  const articles = [...corpus.dataset.articles].sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? ''),
  );
  const newest = articles[0];
  if (!newest) return errorReply('No articles loaded', 'The seeds folder has no readable articles.');
  return answer({
    title: newest.title,
    sections: [{ heading: null, items: newest.paragraphs.slice(1, 4).map((p) => text(p, [cite(newest)])) }],
  });
}
