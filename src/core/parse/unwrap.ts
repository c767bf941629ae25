import { MONTH_NAME } from './dates';

/**
 * Hard-wrapped text ("filled" to a fixed width, as e-mail and wire copy are) splits one caption,
 * credit or timestamp over two lines, where no line alone has the shape of furniture. This finds
 * the width a text was filled to and groups its physical lines back into logical ones, so that
 * each line recogniser sees whole lines. A text that is not wrapped keeps one line per group.
 */

/** A group of physical lines that were one line before wrapping. */
export interface LogicalLine {
  /** The physical lines, trimmed at the right. */
  parts: string[];
  /** The parts joined by single spaces, trimmed. */
  text: string;
}

const SENTENCE_END = /[.!?;:)\]]["”’)]?$|[”"]$/;
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 50;

/**
 * The width the text was filled to, or 0 when it was not: among the longest lines of 50 to 100
 * characters that could have been broken (they have a space), the first that a quarter of all
 * lines come close to.
 */
export function wrapWidth(lines: readonly string[]): number {
  const lengths: number[] = [];
  let nonBlank = 0;
  for (const l of lines) {
    const t = l.trimEnd();
    if (!t.trim()) continue;
    nonBlank++;
    // A longer line is one the wrapping did not touch (added later, or a single long word).
    if (t.length <= MAX_WRAP_WIDTH && t.length >= MIN_WRAP_WIDTH && t.trim().includes(' '))
      lengths.push(t.length);
  }
  // The widest few lines are tried: a caption or a headline added to wrapped text may be wider.
  const candidates = [...new Set(lengths)].sort((x, y) => y - x).slice(0, 6);
  for (const width of candidates) {
    // A wrapped line always runs on: only near-full lines with text under them count.
    // and most of them break mid-sentence, where whole lines end with a full stop.
    let full = 0;
    let open = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      const t = lines[i]!.trimEnd();
      if (t.length < width - 15 || t.length > width || lines[i + 1]!.trim() === '') continue;
      full++;
      if (!SENTENCE_END.test(t)) open++;
    }
    if (full >= 3 && full * 4 >= nonBlank && open * 2 > full) return width;
  }
  return 0;
}

/** A full stop that ends an abbreviation, not a sentence: "U.S.", "Japan-U.S.", "Mr.", "Sept.". */
const ABBREVIATION =
  /(?:^|[\s(/-])(?:(?:\p{Lu}\.){2,3}|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Atty)\.)$/u;
const STARTS_UPPER = /^["“‘(]?\p{Lu}/u;
/** An opening quotation mark: a paragraph of its own often starts with one. */
const OPENS_QUOTE = /^["“‘]/;
const PLACE_WORDS = "\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s+\\p{Lu}[\\p{L}.'’-]{0,30}){0,3}";
/**
 * A dateline opening a story's first paragraph: "WASHINGTON —", "Metro Manila, Philippines -",
 * "TOKYO, July 8 (Reuters) -". A line that starts with one starts a paragraph, so a headline
 * filled nearly to the edge is not run into it.
 */
const DATELINE_START = new RegExp(
  `^${PLACE_WORDS}(?:,\\s*${PLACE_WORDS})?(?:,\\s*(?:${MONTH_NAME})\\s+\\d{1,2})?(?:\\s*\\([^()]{1,30}\\))?\\s*(?:--|[-–—])\\s+\\S`,
  'u',
);

/** Whether `prev` may have been broken at `width`: the first word of `next` would not have fitted on it. */
function mayRunOn(prev: string, next: string, width: number): boolean {
  const p = prev.trimEnd();
  const n = next.trim();
  if (!p.trim() || !n) return false;
  const firstWord = n.split(/\s/, 1)[0]!;
  return p.length <= width && p.length + 1 + firstWord.length > width;
}

const endsSentence = (line: string): boolean => SENTENCE_END.test(line) && !ABBREVIATION.test(line);

/**
 * Whether the page sets its paragraphs apart with blank lines: the lines that certainly end where
 * the writer ended them (a sentence's end, with room left for the next word) are followed by a
 * blank line, not by more text. On such a page a line filled to the edge runs on even after a
 * full stop, since a paragraph's end would have a blank line under it.
 */
function blankLineParagraphs(lines: readonly string[], width: number): boolean {
  let blankAfter = 0;
  let textAfter = 0;
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i]!.trimEnd();
    // Furniture ("Photo: X.") and one-word lines say nothing about the paragraphs.
    if (!endsSentence(p) || pieces(p) < 4) continue;
    const next = lines[i + 1] ?? '';
    if (next.trim() === '') blankAfter++;
    else if (!mayRunOn(p, next, width)) textAfter++;
  }
  return blankAfter >= 2 && textAfter * 3 < blankAfter;
}

function pieces(s: string): number {
  return s.trim().split(/\s+/).length;
}

/** Quotation marks and brackets the text so far leaves open (curly and straight double quotes). */
function leftOpen(text: string): boolean {
  let curly = 0;
  let straight = 0;
  let brackets = 0;
  for (const ch of text) {
    if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight++;
    else if (ch === '[' || ch === '(') brackets++;
    else if (ch === ']' || ch === ')') brackets = Math.max(0, brackets - 1);
  }
  return curly > 0 || straight % 2 === 1 || brackets > 0;
}

/**
 * Whether a break between `prev` (the last physical line of the logical line `sofar`) and `next`
 * is a wrap: the next line's first word would not have fitted on the previous line. A sentence
 * ending at the edge followed by a capital may be a paragraph's end as well as a wrap; it is a wrap
 * when the page marks its paragraphs with blank lines, or when a quotation or a bracket is still
 * open and the next line does not open a quotation of its own.
 */
function isWrapBreak(
  prev: string,
  next: string,
  sofar: LogicalLine,
  width: number,
  blankParas: boolean,
): boolean {
  if (!mayRunOn(prev, next, width)) return false;
  const n = next.trim();
  if (sofar.parts.length === 1 && DATELINE_START.test(n)) return false;
  if (!(endsSentence(prev.trimEnd()) && STARTS_UPPER.test(n))) return true;
  return blankParas || (leftOpen(sofar.text) && !OPENS_QUOTE.test(n));
}

export function logicalLines(lines: readonly string[]): LogicalLine[] {
  const width = wrapWidth(lines);
  const blankParas = width > 0 && blankLineParagraphs(lines, width);
  const out: LogicalLine[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    const last = out[out.length - 1];
    const prevPart = last?.parts[last.parts.length - 1];
    if (width && last && prevPart !== undefined && isWrapBreak(prevPart, line, last, width, blankParas)) {
      last.parts.push(line);
      last.text = `${last.text} ${line.trim()}`;
      continue;
    }
    out.push({ parts: [line], text: line.trim() });
  }
  return out;
}
