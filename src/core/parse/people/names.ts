/**
 * The canonical spelling of a person's name. Readers, the gold sets and other tools key people by
 * one plain spelling whatever the page wrote: "Ömer Bolat" is "Omer Bolat", "Cristina A. Roque"
 * is "Cristina Roque", "Marcos Jr" is "Marcos Jr.". The written forms stay as aliases.
 */

/** Letters that Unicode decomposition leaves whole (a stroke, a ligature), spelt as English news spells them. */
const UNDECOMPOSED: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
};
const UNDECOMPOSED_RE = /[øØłŁđĐðÐßæÆœŒıþÞ]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Combining marks, made once: esbuild (tsx, target node20) turns a literal with a Unicode property
 * escape into `new RegExp(...)` where it stands, so inside a function it was rebuilt on every call. */
const COMBINING_MARKS = /\p{M}+/gu;

/** "Šefčovič" → "Sefcovic", "Støre" → "Store"; ASCII text comes back as it is. */
export function foldDiacritics(s: string): string {
  if (ASCII_ONLY.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]!);
}

/** Generational suffixes that end a name ("Ferdinand Marcos Jr."). */
export const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// No suffix with its full stop is longer than four letters, and lower-casing never shortens a word:
// the length alone answers for nearly every word asked about.
export const isSuffix = (word: string): boolean =>
  word.length <= 4 && SUFFIXES.has(word.toLowerCase().replace(/\.$/, ''));

const INITIAL = /^\p{Lu}\.?$/u;
/** U+2010 and U+2011 (hyphen, no-break hyphen), written "-" in the canonical name ("Koo Yun‑cheol"). */
const ODD_HYPHENS = /[\u2010\u2011]/g;

/**
 * The canonical form of a name as written: diacritics folded, middle initials dropped (a name
 * that starts with initials keeps them: "J. D. Vance"), a generational suffix written with its full stop.
 */
export function canonicalName(written: string): string {
  // Every name candidate of every article is asked, and the same names recur from article to article.
  let known = canonicalMemo.get(written);
  if (known === undefined) {
    known = canonicalOf(written);
    if (canonicalMemo.size >= CANONICAL_MEMO_SIZE) canonicalMemo.clear();
    canonicalMemo.set(written, known);
  }
  return known;
}

const CANONICAL_MEMO_SIZE = 8192;
const canonicalMemo = new Map<string, string>();

function canonicalOf(written: string): string {
  const words = foldDiacritics(written).replace(ODD_HYPHENS, '-').split(/\s+/).filter(Boolean);
  // "J. D. Vance" goes by his initials: only initials after a given name are dropped.
  const byInitials = INITIAL.test(words[0] ?? '');
  const out = words.filter((w, i) => byInitials || i === 0 || i === words.length - 1 || !INITIAL.test(w));
  const last = out.length - 1;
  if (last > 0 && /^(?:Jr|Sr)$/.test(out[last]!)) out[last] = `${out[last]}.`;
  return out.join(' ');
}
