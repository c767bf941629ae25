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
    // A width the text was really filled to leaves no room on a line that runs on for the next
    // line's first word; a wider one (set by a longer line added later, an embedded post) does.
    let full = 0;
    let open = 0;
    let roomy = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      const t = lines[i]!.trimEnd();
      if (t.length < width - 15 || t.length > width || lines[i + 1]!.trim() === '') continue;
      full++;
      if (SENTENCE_END.test(t)) continue;
      open++;
      if (t.length + 1 + lines[i + 1]!.trim().split(/\s/, 1)[0]!.length <= width) roomy++;
    }
    if (full >= 3 && full * 4 >= nonBlank && open * 2 > full && roomy * 2 < open) return width;
  }
  return 0;
}

/** A full stop that ends an abbreviation, not a sentence: "U.S.", "Mr.", "Sept.". */
const ABBREVIATION =
  /(?:^|[\s(])(?:(?:\p{Lu}\.){2,3}|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Atty)\.)$/u;
const STARTS_UPPER = /^["“‘(]?\p{Lu}/u;

/**
 * Whether a break between `prev` and `next` is a wrap: the next line's first word would not have
 * fitted on the previous line. A sentence ending at the edge followed by a capital is left as a
 * break: it may be a paragraph's end as well as a wrap, and a sentence boundary is safe to keep.
 */
function isWrapBreak(prev: string, next: string, width: number): boolean {
  const p = prev.trimEnd();
  const n = next.trim();
  if (!p.trim() || !n) return false;
  const firstWord = n.split(/\s/, 1)[0]!;
  if (p.length > width || p.length + 1 + firstWord.length <= width) return false;
  return !(SENTENCE_END.test(p) && !ABBREVIATION.test(p) && STARTS_UPPER.test(n));
}

export function logicalLines(lines: readonly string[]): LogicalLine[] {
  const width = wrapWidth(lines);
  const out: LogicalLine[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    const last = out[out.length - 1];
    const prevPart = last?.parts[last.parts.length - 1];
    if (width && last && prevPart !== undefined && isWrapBreak(prevPart, line, width)) {
      last.parts.push(line);
      last.text = `${last.text} ${line.trim()}`;
      continue;
    }
    out.push({ parts: [line], text: line.trim() });
  }
  return out;
}
