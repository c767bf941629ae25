/**
 * Finds the next match of a Unicode pattern that can only begin with a capital letter (or '@'),
 * trying it only where one stands. V8 tries a `\p{…}` pattern with a lookbehind at every position
 * of the text, and most positions are lower-case letters and spaces; a plain character test first
 * makes the scans for names and mentions several times cheaper and finds the same matches.
 */

/** Could a `\p{Lu}` code point (or '@') start at this UTF-16 unit? No capital sits in U+0080–U+00BF. */
function mayStart(c: number, at: boolean): boolean {
  if (c < 0xc0) return (c >= 65 && c <= 90) || (at && c === 64);
  // A trailing surrogate is the middle of a code point, never its start.
  return c < 0xdc00 || c > 0xdfff;
}

/**
 * The first match of `pattern` (flags `uy`, every match starting with a `\p{Lu}` code point, or
 * '@' when `at`) at or after `from` — what the same pattern with the `g` flag would find from there.
 */
export function execFromCapital(
  pattern: RegExp,
  text: string,
  from: number,
  at = false,
): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (!mayStart(text.charCodeAt(i), at)) continue;
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** Every match, in order, as `text.matchAll` would give them for the pattern with the `g` flag. */
export function allFromCapital(pattern: RegExp, text: string, at = false): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = execFromCapital(pattern, text, 0, at); m; ) {
    out.push(m);
    // A match is never empty (it holds its first letter), so the scan always moves on.
    m = execFromCapital(pattern, text, m.index + m[0].length, at);
  }
  return out;
}
