/**
 * The shape of a headline printed as a line: a few words, most of the longer ones capitalised
 * (title case), no sentence end. Pages list other stories this way, before or after the text; an
 * article's own prose never reads so.
 */

const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /\p{L}/gu;
const EDGE_PUNCT = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;
const QUOTATION = /[“”"]/;

/** Letters in a word, counted without building a match array per word. */
function letters(w: string): number {
  LETTERS.lastIndex = 0;
  let n = 0;
  while (LETTERS.exec(w)) n++;
  return n;
}

/**
 * "UN Peacekeepers to Deploy Ceasefire Monitoring Team", "Wall Street Slides as Fed Nomination, Hot
 * Inflation, and Pre": three to twenty words, at least three of four words past the first with four
 * letters or more capitalised (small words may stay lower case), no full stop, colon or comma at
 * the end and no quotation.
 */
export function isTitleCaseLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 12 || t.length > 160 || QUOTATION.test(t) || /[.,;:…]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 3 || words.length > 20) return false;
  let long = 0;
  let capitalised = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.replace(EDGE_PUNCT, '');
    if (letters(w) < 4) continue;
    long++;
    if (CAPITALISED.test(w)) capitalised++;
  }
  return long >= 2 && capitalised * 4 >= long * 3;
}
