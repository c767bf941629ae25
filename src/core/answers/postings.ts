import type { CorpusIndex } from '../index/corpus-index';
import { bigrams, phraseKey, tokenize } from '../index/terms';
import { findTopic } from '../index/topics';

const EMPTY: readonly number[] = [];

/** Sorted-list intersection; walks the shorter list and gallops through the longer. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out: number[] = [];
  let lo = 0;
  for (const x of small) {
    let step = 1;
    let hi = lo;
    while (hi < large.length && large[hi]! < x) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    hi = Math.min(hi, large.length);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (large[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= large.length) break;
    if (large[lo] === x) out.push(x);
  }
  return out;
}

/**
 * Quotes containing a phrase as whole words, newest first. One word is one posting list; longer
 * phrases intersect their word-pair lists, and only phrases of three or more words need a final
 * check of the candidates' text.
 */
export function phrasePostings(index: CorpusIndex, tokens: readonly string[]): readonly number[] {
  if (tokens.length === 0) return EMPTY;
  if (tokens.length === 1) return index.quotesByTerm.get(tokens[0]!) ?? EMPTY;
  const lists = bigrams(tokens).map((b) => index.quotesByTerm.get(b) ?? EMPTY);
  lists.sort((x, y) => x.length - y.length);
  let hits: readonly number[] = lists[0]!;
  for (const list of lists.slice(1)) {
    if (hits.length === 0) break;
    hits = intersect(hits, list);
  }
  if (tokens.length === 2) return hits;
  const key = phraseKey(tokens);
  return hits.filter((i) => index.quotes[i]!.words.includes(key));
}

/** A named topic ("cars" → autos) or, failing that, the words themselves ("15 percent" → 15%). */
export function topicPostings(
  index: CorpusIndex,
  query: string,
  /** Only this speaker's quotes (canonical name). */
  speaker?: string,
): { label: string; postings: readonly number[] } {
  const topic = findTopic(query);
  if (topic) {
    const postings = speaker
      ? index.quotesBySpeakerTopic.get(`${speaker}|${topic.id}`)
      : index.quotesByTopic.get(topic.id);
    return { label: topic.label, postings: postings ?? EMPTY };
  }
  const tokens = tokenize(query);
  const postings = phrasePostings(index, tokens);
  const own = speaker ? index.quotesBySpeaker.get(speaker) : undefined;
  return { label: tokens.join(' '), postings: speaker ? intersect(own ?? EMPTY, postings) : postings };
}
