/**
 * One normalisation for indexed text and for what users type, so a phrase typed with straight
 * quotes, odd spacing or capitals finds the same words the article printed with curly quotes.
 */

const APOSTROPHES = /[’‘`´ʼ]/g;
/** "15 percent", "15 per cent", "15 %", "15pc" all become the one term "15%". */
const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b|pct\b|pc\b)/gi;
/** Letters (any script), digits, and a percent sign glued to a number. */
const TOKEN = /\d+(?:\.\d+)?%|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

export function normalizeText(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'").replace(PERCENT, '$1%');
}

/** The words of a text as index terms, in order; possessive 's and leading/trailing quotes dropped. */
export function tokenize(value: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(value).matchAll(TOKEN)) {
    let t = m[0];
    if (t.endsWith("'s")) t = t.slice(0, -2);
    if (t) out.push(t);
  }
  return out;
}

/**
 * Runs of `n` adjacent words, the unit of the phrase index: n = 3 over "not found any point" gives
 * "not found any", "found any point". Phrases up to three words are then one lookup.
 */
export function shingles(tokens: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** The longest phrase the index answers in one lookup. */
export const MAX_SHINGLE = 3;

/**
 * Tokens joined by single spaces with sentinels, so `includes(' a b ')` is a whole-word phrase
 * test. Made by one join: a template would leave two concatenation nodes per indexed quote.
 */
export const phraseKey = (tokens: readonly string[]): string =>
  tokens.length === 0 ? '  ' : ['', ...tokens, ''].join(' ');
