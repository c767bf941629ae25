/**
 * Finds the next match of a Unicode pattern that can only begin with a capital letter (or '@'),
 * trying it only where one stands. V8 tries a `\p{…}` pattern with a lookbehind at every position
 * of the text, and most positions are lower-case letters and spaces; a plain character test first
 * makes the scans for names and mentions several times cheaper and finds the same matches.
 */

/**
 * Where a `\p{Lu}` code point (or '@') may start: A–Z, or any UTF-16 unit from U+00C0 up that
 * is not a trailing surrogate (no capital sits in U+0080–U+00BF; a trailing surrogate is the
 * middle of a code point). A plain class, so V8 finds the next one without a step per character.
 */
const MAY_START = /[A-Z\u00C0-\uDBFF\uE000-\uFFFF]/g;
const MAY_START_AT = /[@A-Z\u00C0-\uDBFF\uE000-\uFFFF]/g;

/**
 * The first match of `pattern` (flags `uy`, every match starting with a `\p{Lu}` code point, or
 * '@' when `at`) at or after `from` — what the same pattern with the `g` flag would find from there.
 * `mayMatchAt`, when given, is a cheaper condition every match at `i` meets.
 */
export function execFromCapital(
  pattern: RegExp,
  text: string,
  from: number,
  at = false,
  mayMatchAt?: (text: string, i: number) => boolean,
): RegExpExecArray | null {
  const starts = at ? MAY_START_AT : MAY_START;
  starts.lastIndex = from;
  for (let s = starts.exec(text); s !== null; s = starts.exec(text)) {
    const i = s.index;
    if (mayMatchAt && !mayMatchAt(text, i)) continue;
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m) return m;
    starts.lastIndex = i + 1;
  }
  return null;
}

/** Every match, in order, as `text.matchAll` would give them for the pattern with the `g` flag. */
export function allFromCapital(
  pattern: RegExp,
  text: string,
  at = false,
  mayMatchAt?: (text: string, i: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = execFromCapital(pattern, text, 0, at, mayMatchAt); m; ) {
    out.push(m);
    // A match is never empty (it holds its first letter), so the scan always moves on.
    m = execFromCapital(pattern, text, m.index + m[0].length, at, mayMatchAt);
  }
  return out;
}

/** Characters a name word can hold after its capital: ASCII letters, - ' ’ . and anything non-ASCII but a no-break space. */
function inWord(c: number): boolean {
  if (c >= 0x80) return c !== 0xa0;
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 39 || c === 46;
}

/**
 * Necessary for a run of two or more name words at `i` (what the name scan looks for): the first
 * word's characters end in spaces, tabs or no-break spaces, and after those comes a capital (or
 * anything non-ASCII) or the first letter of a lower-case particle ("von", "de", "la", "bin", "ibn", "al").
 */
export function startsNameRun(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && inWord(text.charCodeAt(j))) j++;
  let gap = j;
  while (gap < text.length) {
    const c = text.charCodeAt(gap);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
    gap++;
  }
  if (gap === j || gap >= text.length) return false;
  const c = text.charCodeAt(gap);
  return (
    (c >= 65 && c <= 90) ||
    c >= 0x80 ||
    c === 118 ||
    c === 100 ||
    c === 108 ||
    c === 98 ||
    c === 105 ||
    c === 97
  );
}
