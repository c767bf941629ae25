/**
 * The characters the pattern `\s` matches (ECMAScript WhiteSpace and LineTerminator), tested on a
 * character code: hot loops over every line ask this instead of running a pattern or splitting.
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where the first white space in `s` is (as `s.search(/\s/)`), or -1. */
export function firstSpace(s: string): number {
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return i;
  return -1;
}
