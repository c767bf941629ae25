import { findFullDate, MONTH_NAME, readTimestampLine } from './dates';
import { firstSpace } from './white-space';

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

/** Numbers from largest to smallest, for sort. */
const DESCENDING = (x: number, y: number): number => y - x;

/**
 * The width the text was filled to, or 0 when it was not: among the longest lines of 50 to 100
 * characters that could have been broken (they have a space), the first that a quarter of all
 * lines fill as a wrap would.
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
  // The six largest distinct lengths, widest first: sorted in place, repeats skipped (no set).
  const candidates: number[] = [];
  lengths.sort(DESCENDING);
  for (const n of lengths) {
    if (candidates.length === 6) break;
    if (n !== candidates[candidates.length - 1]) candidates.push(n);
  }
  // Each line trimmed once, not once per width tried.
  const trimmed = candidates.length > 0 ? lines.map((l) => l.trimEnd()) : [];
  for (const width of candidates) {
    // Only lines at least width - 15 long can count as filled: too few of them, and the width
    // fails without a line being tried.
    let long = 0;
    for (let i = 0; i + 1 < lines.length; i++) if (trimmed[i]!.length >= width - 15) long++;
    if (long < 3 || long * 4 < nonBlank) continue;
    // A filled line is near the width and the next line's first word would not have fitted on it.
    // Most of them break mid-sentence, where whole lines end with a full stop, and many before a
    // word in lower case, where a headline, a byline or a list item is followed by a capital.
    let full = 0;
    let open = 0;
    let lower = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      const t = trimmed[i]!;
      const next = lines[i + 1]!;
      if (t.length < width - 15 || !mayRunOn(t, next, width)) continue;
      full++;
      if (!SENTENCE_END.test(t)) open++;
      if (/^[\p{Ll}\d]/u.test(next.trim())) lower++;
    }
    if (full >= 3 && full * 4 >= nonBlank && open * 2 > full && lower * 4 >= full) return width;
  }
  return 0;
}

/** A full stop that ends an abbreviation, not a sentence: "U.S.", "Japan-U.S.", "Mr.", "Sept.". */
const ABBREVIATION =
  /(?:^|[\s(/-])(?:(?:\p{Lu}\.){2,3}|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Atty)\.)$/u;
const STARTS_UPPER = /^["“‘([]?\p{Lu}/u;
/** An opening quotation mark: a paragraph of its own often starts with one. */
const OPENS_QUOTE = /^["“‘]/;
const PLACE_WORDS = "\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s+\\p{Lu}[\\p{L}.'’-]{0,30}){0,3}";
const CAPITALS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]{1,30}(?:\\s+\\p{Lu}[\\p{Lu}.'’-]{1,30}){0,3}";
/**
 * A dateline opening a story's first paragraph: "WASHINGTON —", "Metro Manila, Philippines -",
 * "TOKYO, July 8 (Reuters) -", "Tokyo (Kyodo) --". A line that starts with one starts a paragraph,
 * so a headline filled nearly to the edge is not run into it. A place in mixed case needs a
 * region, date or credit after it: "Trade Council — which …" is the middle of a sentence.
 */
const DATELINE_START = new RegExp(
  `^(?:${CAPITALS_PLACE}|${PLACE_WORDS}(?=,|\\s*\\())(?:,\\s*${PLACE_WORDS})?(?:,\\s*(?:${MONTH_NAME})\\s+\\d{1,2})?(?:\\s*\\([^()]{1,30}\\))?\\s*(?:--|[-–—])\\s+\\S`,
  'u',
);

/** A word longer than this (a link, a long figure) is not let decide a break on its own. */
const LONG_WORD = 20;

/**
 * Whether `prev` may have been broken at `width`: the first word of `next` would not have fitted
 * on it, and it is no wider than the fill itself. A link under a short line would fit on no line at
 * all, so the line above must still be close to full.
 */
function mayRunOn(prev: string, next: string, width: number): boolean {
  const p = prev.trimEnd();
  const n = next.trim();
  if (!p.trim() || !n) return false;
  // A line wider than the fill (and breakable) was not made by it: a caption or a post put in later.
  // The first word's end, found without a pattern or a split: this runs for many lines of every page.
  const space = firstSpace(n);
  if (next.trimEnd().length > width && space !== -1) return false;
  const firstWord = space === -1 ? n.length : space;
  return p.length <= width && p.length + 1 + Math.min(firstWord, LONG_WORD) > width;
}

/** A quotation closed after a comma runs on to its speaker: "“…,” she said." */
const QUOTE_RUNS_ON = /,["”’]$/;

const endsSentence = (line: string): boolean =>
  SENTENCE_END.test(line) && !ABBREVIATION.test(line) && !QUOTE_RUNS_ON.test(line);

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

/** The quotation marks and brackets a logical line leaves open so far, counted line by line. */
interface OpenMarks {
  curly: number;
  straight: number;
  single: number;
  brackets: number;
}

const noMarks = (): OpenMarks => ({ curly: 0, straight: 0, single: 0, brackets: 0 });

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, which would build the pattern again on every call.
const LETTER = /\p{L}/u;

/** Adds one physical line's marks. A ’ between letters is an apostrophe, not a closing mark. */
function countMarks(m: OpenMarks, line: string): void {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '“') m.curly++;
    else if (ch === '”') m.curly = Math.max(0, m.curly - 1);
    else if (ch === '"') m.straight++;
    else if (ch === '‘') m.single++;
    else if (ch === '’' && m.single > 0 && !LETTER.test(line[i + 1] ?? '')) m.single--;
    else if (ch === '[' || ch === '(') m.brackets++;
    else if (ch === ']' || ch === ')') m.brackets = Math.max(0, m.brackets - 1);
  }
}

const leftOpen = (m: OpenMarks): boolean =>
  m.curly > 0 || m.straight % 2 === 1 || m.single > 0 || m.brackets > 0;

/** The logical line being built, with the marks it leaves open. */
interface Group {
  line: LogicalLine;
  marks: OpenMarks;
}

/**
 * Whether a break between `prev` (the last physical line of the group so far) and `next` is a
 * wrap: the next line's first word would not have fitted on the previous line. A sentence ending
 * at the edge followed by a capital may be a paragraph's end as well as a wrap; it is a wrap when
 * the page marks its paragraphs with blank lines, or when a quotation or a bracket is still open
 * and the next line does not open a quotation of its own.
 */
function isWrapBreak(prev: string, next: string, sofar: Group, width: number, blankParas: boolean): boolean {
  if (!mayRunOn(prev, next, width)) return false;
  const n = next.trim();
  if (sofar.line.parts.length === 1 && DATELINE_START.test(n)) return false;
  // A whole timestamp line ("Posted Jul 15, 2025 5:26 PM") under a line without a date is a line
  // of its own; under a dated line it may be the end of a timestamp split in two.
  if (readTimestampLine(n) && !findFullDate(sofar.line.text)) return false;
  if (!(endsSentence(prev.trimEnd()) && STARTS_UPPER.test(n))) return true;
  return blankParas || (leftOpen(sofar.marks) && !OPENS_QUOTE.test(n));
}

export function logicalLines(lines: readonly string[]): LogicalLine[] {
  const width = wrapWidth(lines);
  const blankParas = width > 0 && blankLineParagraphs(lines, width);
  const out: LogicalLine[] = [];
  let group: Group | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (width && group && isWrapBreak(group.line.parts.at(-1)!, line, group, width, blankParas)) {
      group.line.parts.push(line);
      group.line.text = `${group.line.text} ${line.trim()}`;
      countMarks(group.marks, line);
      continue;
    }
    group = { line: { parts: [line], text: line.trim() }, marks: noMarks() };
    // Marks are only asked for on a wrapped page.
    if (width) countMarks(group.marks, line);
    out.push(group.line);
  }
  return out;
}
