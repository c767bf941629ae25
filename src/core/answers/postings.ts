import type { CorpusIndex } from '../index/corpus-index';
import { NO_POSTINGS as EMPTY, type Postings } from '../index/posting-map';
import { MAX_SHINGLE, phraseKey, shingles, tokenize } from '../index/terms';
import { findTopic } from '../index/topics';

/** Sorted-list intersection: a merge walk for lists of like size, galloping when one is far shorter. */
export function intersect(a: Postings, b: Postings): Postings {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Int32Array(small.length);
  let n = 0;
  if (small.length * 8 > large.length) {
    let i = 0;
    let j = 0;
    while (i < small.length && j < large.length) {
      const x = small[i]!;
      const y = large[j]!;
      if (x === y) {
        out[n++] = x;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return out.subarray(0, n);
  }
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
    if (large[lo] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

/** Above this many candidates a long phrase is checked page by page, not all at once. */
const CHECK_ALL_UP_TO = 1000;

export interface PhraseMatches {
  /** Newest first. Exact unless `check` is set. */
  postings: Postings;
  /**
   * For long phrases with many candidates: the test a candidate must still pass. Candidates
   * hold every three-word run of the phrase, so nearly all pass; the count is then "about".
   */
  check: ((i: number) => boolean) | null;
}

/**
 * Quotes containing a phrase as whole words, newest first. Up to three words is one posting
 * list; a longer phrase intersects its three-word runs, whose candidates are then checked
 * against the text (two runs can occur apart).
 */
export function phraseMatches(index: CorpusIndex, tokens: readonly string[]): PhraseMatches {
  if (tokens.length === 0) return { postings: EMPTY, check: null };
  if (tokens.length <= MAX_SHINGLE)
    return { postings: index.quotesByTerm.get(tokens.join(' ')) ?? EMPTY, check: null };
  // The first and last three words, plus runs in between every third word, cover the phrase.
  const runs = shingles(tokens, MAX_SHINGLE).filter(
    (_, k, all) => k % MAX_SHINGLE === 0 || k === all.length - 1,
  );
  const lists = runs.map((b) => index.quotesByTerm.get(b) ?? EMPTY);
  lists.sort((x, y) => x.length - y.length);
  let hits: Postings = lists[0]!;
  for (const list of lists.slice(1)) {
    if (hits.length === 0) break;
    hits = intersect(hits, list);
  }
  const key = phraseKey(tokens);
  const check = (i: number) => index.quotes[i]!.words.includes(key);
  return hits.length <= CHECK_ALL_UP_TO
    ? { postings: hits.filter(check), check: null }
    : { postings: hits, check };
}

/** Exact matches of a phrase, every candidate checked. */
export function phrasePostings(index: CorpusIndex, tokens: readonly string[]): Postings {
  const m = phraseMatches(index, tokens);
  return m.check ? m.postings.filter(m.check) : m.postings;
}

/** A named topic ("cars" → autos) or, failing that, the words themselves ("15 percent" → 15%). */
export function topicPostings(
  index: CorpusIndex,
  query: string,
  /** Only this speaker's quotes (canonical name). */
  speaker?: string,
): { label: string; postings: Postings } {
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
