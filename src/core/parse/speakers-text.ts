import type { QuoteSpan } from './quotes-scan';

/**
 * Text helpers the speech parser shares: a copy of the body with quoted words blanked out (so
 * attribution never reads words inside quotes), and sentence boundaries that treat a quoted span
 * as one opaque token.
 */

export interface Segment {
  start: number;
  end: number;
}

/** The body with every quoted span (marks included) replaced by '_' of equal length. */
export function maskQuotes(body: string, spans: QuoteSpan[]): string {
  if (spans.length === 0) return body;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += body.slice(at, s.open);
    const close = Math.min(body.length, s.end + 1);
    // Keep line breaks so paragraph boundaries survive the mask (most spans have none).
    const quoted = body.slice(s.open, close);
    out += quoted.includes('\n') ? quoted.replace(/[^\n]/g, '_') : '_'.repeat(quoted.length);
    at = close;
  }
  return out + body.slice(at);
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'no',
    'gov',
    'sen',
    'rep',
    'gen',
    'lt',
    'col',
    'prof',
    'inc',
    'corp',
    'co',
    'ltd',
    'vs',
    'etc',
    'approx',
    'dept',
    'pc',
  ].map((w) => w),
);

/**
 * Terminal punctuation (and the closing marks after it) with the space that follows; or a stop
 * glued to the next sentence ("… on Monday.She said"), as in sentences.ts: after a lower-case
 * word and before a capitalised one that is no web address, or before a quote ("she
 * said.“It solves …”": the quote is masked, so it reads as "_").
 */
const BOUNDARY = /[.!?]+["”’')\]]*\s+|[.!?](?<=[a-z]{2}[.!?])["”’]?(?=[A-Z][a-z]+\b(?!\.[a-z])|_)/g;

/**
 * Sentence segments of `masked` (offsets into the body). Every paragraph starts one; a line break
 * inside a paragraph is a hard wrap of the page and ends nothing, so a sentence or a quote wrapped
 * over lines stays whole. A full stop after an abbreviation or an initialism (U.S., D.C.) does not
 * end a sentence; a quoted span that ends a sentence inside its marks (“… agreement.” He said)
 * ends one.
 */
export function sentenceSegments(
  masked: string,
  body: string,
  spans: QuoteSpan[],
  paragraphStarts: readonly number[],
): Segment[] {
  const cuts = new Set<number>();
  for (let i = 0; i < paragraphStarts.length; i++) {
    const at = paragraphStarts[i]!;
    const from = i > 0 ? paragraphStarts[i - 1]! : 0;
    // The first paragraphs may be a headline and a standfirst, which end without a stop.
    if (i < 3 || !brokenMidSentence(body, from, at)) cuts.add(at);
  }
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(masked); m !== null; m = BOUNDARY.exec(masked)) {
    const endOfMatch = m.index + m[0].length;
    if (/\n[ \t\r]*\n/.test(m[0])) {
      cuts.add(endOfMatch);
      continue;
    }
    if (masked[m.index] === '.' && !endsSentence(masked, m.index, endOfMatch)) continue;
    cuts.add(endOfMatch);
  }
  for (const s of spans) {
    // “… agreement.” Next sentence — the stop is inside the marks, so the mask hid it.
    const inner = body.slice(s.start, s.end).trimEnd();
    if (!/[.!?]$/.test(inner)) continue;
    const after = masked.slice(s.end + 1, s.end + 4);
    if (SENTENCE_OPENS_AFTER.test(after)) {
      let j = s.end + 1;
      while (j < masked.length && /\s/.test(masked[j]!)) j++;
      cuts.add(j);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let start = 0;
  for (const c of sorted) {
    if (c > start) segments.push(trimSegment(body, start, c));
    start = c;
  }
  if (start < body.length) segments.push(trimSegment(body, start, body.length));
  return segments.filter((s) => s.end > s.start);
}

/**
 * A "paragraph" that stops mid-sentence (a long run of text ending on a word, a comma or a
 * semicolon) was split by a wrapped line read as a paragraph break: the sentence runs on.
 */
export function brokenMidSentence(body: string, from: number, at: number): boolean {
  let k = at - 1;
  while (k > from && /\s/.test(body[k]!)) k--;
  if (k - from < 60) return false;
  // "… with U.S.\n\nofficials": an initialism's stop is not a sentence's.
  return WORD_OR_COMMA.test(body[k]!) || INITIALS_END.test(body.slice(k - 8, k + 1));
}

function endsSentence(masked: string, dot: number, next: number): boolean {
  const before = masked.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  if (/^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(word)) {
    // U.S. / D.C. : a stop only when the next word looks like a sentence start, not a name.
    const following = /^[A-Z][a-z]+/.exec(masked.slice(next))?.[0] ?? '';
    return /^(?:The|It|He|She|They|We|But|This|That|In|On|At|A|An|And|However|Meanwhile)$/.test(following);
  }
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Single capital initial (Donald J. Trump).
  if (/^[A-Z]$/.test(word)) return false;
  const nextChar = masked[next] ?? '';
  // A capital of any alphabet opens the next sentence ("… security. Šefčovič directed …").
  return nextChar === '' || SENTENCE_OPENER.test(nextChar);
}

function trimSegment(body: string, start: number, end: number): Segment {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Patterns with Unicode property escapes, made once: esbuild (tsx, target node20) turns such a
 * literal into `new RegExp(...)` where it stands, so inside a function it was rebuilt on every call.
 */
/** After a quote that ends on a stop: a new sentence, or a next quote glued on ("… deal.”“This …"). */
const SENTENCE_OPENS_AFTER = /^\s+[\p{Lu}_“"‘']|^_/u;
const WORD_OR_COMMA = /[\p{L}\d,;]/u;
const INITIALS_END = /\s(?:\p{Lu}\.){2,}$/u;
const SENTENCE_OPENER = /[\p{Lu}0-9_“"‘'(]/u;
