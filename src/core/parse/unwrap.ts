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

const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 30;

/**
 * The width the text was filled to, or 0 when it was not: the longest line that could have been
 * broken (it has a space) is at most 100 characters, and several lines come close to it.
 */
export function wrapWidth(lines: readonly string[]): number {
  let width = 0;
  let nonBlank = 0;
  for (const l of lines) {
    const t = l.trimEnd();
    if (!t.trim()) continue;
    nonBlank++;
    if (t.length > width && t.trim().includes(' ')) width = t.length;
  }
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return 0;
  let full = 0;
  for (const l of lines) {
    const n = l.trimEnd().length;
    if (n >= width - 15 && n <= width) full++;
  }
  return full >= 3 && full * 4 >= nonBlank ? width : 0;
}

const SENTENCE_END = /[.!?]["”’)]?$|[”"]$/;
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
  if (p.length + 1 + firstWord.length <= width) return false;
  return !(SENTENCE_END.test(p) && STARTS_UPPER.test(n));
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
