import type { Sentence } from '../article';

/**
 * Sentence boundaries for English news text. A full stop ends a sentence unless it belongs to
 * an abbreviation ("Mr.", "Sept.", "No. 2"), an initial ("J. Smith") or a decimal; "U.S." ends
 * one only when an obvious sentence opener follows.
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sen rep gov gen lt col sgt capt cmdr adm maj pres supt det insp rev fr ' +
    'jr sr inc corp co ltd plc llc bros dept est approx fig vol no nos vs etc al cf ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'a.m p.m e.g i.e u.s u.k u.n e.u u.s.a d.c n.y l.a mt ft'
  ).split(' '),
);

/** Words that start a new sentence after an abbreviation that can also end one ("… with the U.S. The talks"). */
const OPENERS = new Set(
  'the a an he she it they we i but however this that these those his her their its in on at after while when meanwhile yet and'.split(
    ' ',
  ),
);

/**
 * A stop, then space and a capital; or a stop glued to the next sentence with no space, as a
 * page's markup loses it ("… on Monday.She said"): after a lower-case word of two letters or more
 * and before a capitalised word, which no abbreviation, initial, decimal or web address has.
 */
const CANDIDATE =
  /[.!?…]+["”’')\]]*(?=\s+["“‘'([]?[A-Z0-9])|[.!?](?<=[a-z]{2}[.!?])["”’]?(?=[A-Z][a-z]+\b(?!\.[a-z]))/g;

function endsSentence(text: string, punctStart: number, punct: string): boolean {
  if (punct[0] !== '.') return true;
  // The word the full stop ends, found by walking back (a regex over the whole prefix would be quadratic).
  let from = punctStart;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  if (from === punctStart) return true;
  const word = text.slice(from, punctStart).replace(/^["“‘'([]+/, '');
  const lower = word.toLowerCase();
  const next =
    /^\s+["“‘'([]?(\S+)/.exec(text.slice(punctStart + punct.length, punctStart + punct.length + 40))?.[1] ??
    '';
  if (/^[A-Z]$/.test(word)) return false; // an initial
  if (ABBREVIATIONS.has(lower)) {
    // Dotted country abbreviations also end sentences; tell by the next word.
    return lower.includes('.') && OPENERS.has(next.toLowerCase().replace(/[^a-z]/g, ''));
  }
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return OPENERS.has(next.toLowerCase().replace(/[^a-z]/g, ''));
  return true;
}

/** Sentences of one paragraph, with offsets into the paragraph. */
export function splitSentences(paragraph: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(paragraph); m; m = CANDIDATE.exec(paragraph)) {
    const punct = /^[.!?…]+/.exec(m[0])![0];
    if (!endsSentence(paragraph, m.index, punct)) continue;
    const end = m.index + m[0].length;
    pushTrimmed(out, paragraph, start, end);
    start = end;
  }
  pushTrimmed(out, paragraph, start, paragraph.length);
  return out;
}

function pushTrimmed(
  out: { text: string; start: number; end: number }[],
  p: string,
  from: number,
  to: number,
): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(p[s]!)) s++;
  while (e > s && /\s/.test(p[e - 1]!)) e--;
  if (e > s) out.push({ text: p.slice(s, e), start: s, end: e });
}

/** Sentences of every paragraph, with offsets into the body the paragraphs were joined into. */
export function sentencesOf(paragraphs: string[], paragraphStarts: number[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    const base = paragraphStarts[i]!;
    for (const s of splitSentences(p))
      out.push({ text: s.text, start: base + s.start, end: base + s.end, paragraph: i });
  });
  return out;
}
