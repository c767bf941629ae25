/**
 * Lines of topic tags and labels that a page prints around the article: a tag list over the
 * headline written the way a web address is ("us china donald trump tariffs"), a row of topic
 * links after the text ("Reciprocal Tax Donald Trump Vietnam"), and lone brand or widget words
 * between other furniture lines at the head ("Cryptopolitan", "coverImg"). Each is told by its
 * shape and place, never by its words.
 */

const TERMINAL = /[.!?:;,"”’)\]…]$/;
const QUOTE = /[“”"‘]/;
const WORD_SPLIT = /\s+/;
const LETTER = /\p{L}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const TAG_WORD = /^[\p{Lu}\d][\p{L}\d'’&-]*$/u;
const ONE_WORD = /^\p{L}[\p{L}\d]*$/u;

/** A word the page writes capitalised in running text, after a lower-case word or a comma. */
function capitalisedInText(word: string, page: string): boolean {
  const cap = ` ${word[0]!.toUpperCase()}${word.slice(1)}`;
  for (let i = page.indexOf(cap); i !== -1; i = page.indexOf(cap, i + 1)) {
    const before = page.charCodeAt(i - 1);
    const end = page.charCodeAt(i + cap.length);
    // A whole word ("China", not "Chinatown"), straight after a lower-case letter or a comma.
    const whole = Number.isNaN(end) || !LETTER.test(String.fromCharCode(end));
    if (whole && ((before >= 0x61 && before <= 0x7a) || before === 0x2c)) return true;
  }
  return false;
}

/**
 * A tag list: a short line without punctuation in which at least two words that the page
 * itself writes as names (capitalised mid-sentence) stand in lower case. A headline in sentence
 * case keeps its names capitalised, so it never reads as one.
 */
export function isKeywordLine(line: string, page: string): boolean {
  const t = line.trim();
  if (t.length > 120 || TERMINAL.test(t) || QUOTE.test(t)) return false;
  const words = t.split(WORD_SPLIT);
  if (words.length < 3 || words.length > 12) return false;
  let lowerNames = 0;
  for (const w of words) {
    if (w.length < 4 || !LOWER_WORD.test(w)) continue;
    if (capitalisedInText(w, page) && ++lowerNames >= 2) return true;
  }
  return false;
}

/**
 * A row of topic tags after the text: two to eight capitalised words (or numbers), no
 * punctuation, no small words a sentence or headline needs. Asked only of the last line kept, where
 * nothing of the article follows.
 */
export function isTagRow(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || TERMINAL.test(t) || QUOTE.test(t)) return false;
  const words = t.split(WORD_SPLIT);
  if (words.length < 2 || words.length > 8) return false;
  for (const w of words) if (!TAG_WORD.test(w)) return false;
  return true;
}

/**
 * A lone word of a brand or a widget ("Cryptopolitan", "coverImg") at the head. A word in capitals
 * is left alone: a dateline ("WASHINGTON") may stand on a line of its own.
 */
export function isLoneHeadWord(line: string): boolean {
  const t = line.trim();
  return t.length >= 2 && t.length <= 30 && ONE_WORD.test(t) && t !== t.toUpperCase();
}
