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
const LOWER_START = /^\p{Ll}/u;
const SMALL_LOWER = /^[a-z]{1,3}$/;
const TAG_WORD = /^[\p{Lu}\d][\p{L}\d'’&-]*$/u;
const ONE_WORD = /^\p{L}[\p{L}\d]*$/u;

/** Whether the character at `i` is a letter, for telling a whole word from part of one. */
function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(s[i]!);
}

/** How often `word` stands in `s` as a whole word, in exactly this case. */
function wholeWordCount(s: string, word: string): number {
  let n = 0;
  for (let i = s.indexOf(word); i !== -1; i = s.indexOf(word, i + 1))
    if (!isLetterAt(s, i - 1) && !isLetterAt(s, i + word.length)) n++;
  return n;
}

/** `cap` stands in `page` as a whole word after a word in lower case or a comma. */
function capitalisedMidSentence(cap: string, page: string): boolean {
  for (let i = page.indexOf(` ${cap}`); i !== -1; i = page.indexOf(` ${cap}`, i + 1)) {
    if (isLetterAt(page, i + 1 + cap.length)) continue;
    if (page[i - 1] === ',') return true;
    let k = i - 1;
    while (k > 0 && isLetterAt(page, k - 1)) k--;
    if (isLetterAt(page, k) && LOWER_START.test(page[k]!)) return true;
  }
  return false;
}

/**
 * A word the page writes as a name: capitalised in running text (after a word in lower case or a
 * comma, so not at a sentence's start nor inside a title-case line), and never in lower case
 * outside the line asked about. The first test fails fast for most words (few pages capitalise
 * "with" or "talks" mid-sentence), so the page is counted through only for likely names.
 */
function writtenAsName(word: string, line: string, page: string): boolean {
  if (!capitalisedMidSentence(`${word[0]!.toUpperCase()}${word.slice(1)}`, page)) return false;
  return wholeWordCount(page, word) <= wholeWordCount(line, word);
}

/**
 * A tag list: a short line without punctuation in which at least two different words that the
 * page itself writes only as names stand in lower case ("us china donald trump tariffs"). A
 * headline in sentence case keeps its names capitalised, so it never reads as one.
 */
export function isKeywordLine(line: string, page: string): boolean {
  const t = line.trim();
  if (t.length > 120 || TERMINAL.test(t) || QUOTE.test(t)) return false;
  const words = t.split(WORD_SPLIT);
  if (words.length < 3 || words.length > 12) return false;
  // A sentence or a headline needs small words ("to", "of", "the"); a list of tags has none.
  for (const w of words) if (w.length <= 3 && SMALL_LOWER.test(w)) return false;
  let lowerNames = 0;
  const seen = new Set<string>();
  for (const w of words) {
    if (w.length < 4 || seen.has(w) || !LOWER_WORD.test(w)) continue;
    seen.add(w);
    if (writtenAsName(w, t, page) && ++lowerNames >= 2) return true;
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

const NO_CAPITAL_TAGS = /^[\p{Ll}][\p{Ll}'’-]*(?:\s+[\p{Ll}][\p{Ll}'’-]*){1,9}$/u;

/**
 * A line of tags in lower case between the paragraphs ("tags trade talks harbour minister", "the
 * harbour duties row"): a few words, not one capital (no sentence opens so, and no name or country
 * in it is written as one), no digit, no punctuation. Prose never stands so on a line of its own;
 * the caller checks that it is no item of a list and no wrapped piece of the paragraph before.
 */
export function isLowerCaseTagLine(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a && line.length <= 60 && NO_CAPITAL_TAGS.test(line);
}
