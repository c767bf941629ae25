/**
 * Near-duplicate test for sentences and quotes that several outlets print alike: most of the
 * shorter one's words appear in the longer one. Stop words are ignored so two different
 * sentences that share only "the" and "of" stay apart.
 */
const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'is',
  'are',
  'was',
  'were',
  'be',
  'that',
  'this',
  'it',
  'we',
  'with',
  'by',
  'as',
]);

/** A cheaper split than the index's tokenizer: comparing two sentences needs no normalisation of figures. */
const SPLIT = /[^\p{L}\p{N}%]+/u;

/**
 * Answers compare the same few hundred sentences and quotes again and again (every `latest`,
 * every digest of a day); their word sets are kept, up to a bound, instead of re-split each time.
 * Callers must not change the returned set.
 */
const cache = new Map<string, ReadonlySet<string>>();
const CACHE_LIMIT = 20_000;

export function contentWords(text: string): ReadonlySet<string> {
  const hit = cache.get(text);
  if (hit) return hit;
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(SPLIT)) if (w && !STOP.has(w)) out.add(w);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

export function nearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold = 0.7): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return large.size === 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= threshold;
}

/** Keeps the first of each group of near-duplicates, in the given order. */
export function dedupeBy<T>(items: readonly T[], textOf: (t: T) => string, threshold = 0.7): T[] {
  const kept: { item: T; words: ReadonlySet<string> }[] = [];
  for (const item of items) {
    const words = contentWords(textOf(item));
    if (!kept.some((k) => nearDuplicate(k.words, words, threshold))) kept.push({ item, words });
  }
  return kept.map((k) => k.item);
}

/**
 * Collapses near-identical texts from several articles into one, keeping the first wording and
 * citing every article that printed it: "said alike by three outlets" shows once, cited thrice.
 */
export function mergeNear<T extends { text: string }, C extends { articleId: string }>(
  items: readonly T[],
  citationsOf: (t: T) => C[],
  threshold = 0.7,
): { item: T; citations: C[] }[] {
  const kept: { item: T; citations: C[]; words: ReadonlySet<string> }[] = [];
  for (const item of items) {
    const words = contentWords(item.text);
    const same = kept.find((k) => nearDuplicate(k.words, words, threshold));
    if (!same) {
      kept.push({ item, citations: [...citationsOf(item)], words });
      continue;
    }
    for (const c of citationsOf(item)) {
      if (!same.citations.some((x) => x.articleId === c.articleId)) same.citations.push(c);
    }
  }
  return kept.map(({ item, citations }) => ({ item, citations }));
}
