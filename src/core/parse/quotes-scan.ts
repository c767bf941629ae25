/**
 * Finds quoted spans in a text: pairs of opening and closing marks, exactly the characters between
 * them. Curly and straight marks mix freely (an opening straight " may close with ”), single quotes
 * nest inside double ones and inside each other, and apostrophes (don't, Japan's, the '90s) are
 * never taken for marks. A span that is still open at the end of the text is dropped: an excerpt
 * cut off mid-quote is not a quote.
 */

export interface QuoteSpan {
  /** Offset of the first character after the opening mark. */
  start: number;
  /** Offset of the closing mark (exclusive end of the quoted text). */
  end: number;
  /** Offset of the opening mark itself. */
  open: number;
  /** 'double' for “ ” " ; 'single' for ‘ ’ '. */
  family: 'double' | 'single';
  /** The quote runs on into the next paragraph, which reopens it: there is no closing mark. */
  runOn?: boolean;
}

type Family = 'double' | 'single';

const CANDIDATE = /["“”„«»'‘’\n]/g;

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»']);
const SINGLE = new Set(["'", '‘', '’']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Characters that may stand right before an opening mark. */
const BEFORE_OPEN = /[\s([{—–\-/:;,]/;
/** Characters that may stand right after a closing mark. */
const AFTER_CLOSE = /[\s)\]}.,;:!?—–\-…/]/;

/** How a single mark may act at position i: as an opener, a closer, or neither. */
function roles(text: string, i: number): { canOpen: boolean; canClose: boolean } {
  const ch = text[i]!;
  const prev = i > 0 ? text[i - 1]! : '';
  const next = i + 1 < text.length ? text[i + 1]! : '';
  const prevIsWord = prev !== '' && LETTER_OR_DIGIT.test(prev);
  const nextIsWord = next !== '' && LETTER_OR_DIGIT.test(next);
  const startsLeft = prev === '' || BEFORE_OPEN.test(prev) || DOUBLE.has(prev) || SINGLE.has(prev);
  const endsRight = next === '' || AFTER_CLOSE.test(next) || DOUBLE.has(next) || SINGLE.has(next);
  // An opening mark typed where the closing one belongs ("disappointed,“ she said", or the German
  // „…“) closes: it stands right after the words and before a space or a stop.
  if (ch === '“')
    return { canOpen: next === '' || !SPACE.test(next), canClose: !prevIsSpace(prev) && endsRight };
  if (ch === '„' || ch === '«') return { canOpen: true, canClose: false };
  if (ch === '»') return { canOpen: false, canClose: true };
  if (ch === '‘') {
    // ‘90s is an elided year, not a quote.
    if (/^‘\d\ds\b/.test(text.slice(i, i + 5))) return { canOpen: false, canClose: false };
    return { canOpen: true, canClose: false };
  }
  if (ch === '”') return { canOpen: false, canClose: !SPACE.test(prev) || prev === '' };
  if (ch === '’' || ch === "'") {
    // Inside a word (don't, Japan's, Akazawa’s) it is an apostrophe.
    if (prevIsWord && nextIsWord) return { canOpen: false, canClose: false };
    if (/^['’]\d\ds\b/.test(text.slice(i, i + 5))) return { canOpen: false, canClose: false };
    return {
      canOpen: ch === "'" && startsLeft && next !== '' && !SPACE.test(next),
      canClose: prev !== '' && !SPACE.test(prev) && endsRight,
    };
  }
  // Straight double quote: decided by what stands on each side.
  return {
    canOpen: startsLeft && next !== '' && !SPACE.test(next),
    canClose: prev !== '' && !SPACE.test(prev) && endsRight,
  };
}

function prevIsSpace(prev: string): boolean {
  return prev === '' || SPACE.test(prev);
}

function familyOf(ch: string): Family | null {
  if (DOUBLE.has(ch)) return 'double';
  if (SINGLE.has(ch)) return 'single';
  return null;
}

/**
 * A single quote still open when its paragraph or the text ends closes at the plural possessive
 * read inside it (see scanQuotes). A module function, not a closure made per call: under tsx
 * every named closure costs a `__name` call each time it is made.
 */
function closeAtPossessive(
  spans: QuoteSpan[],
  stack: readonly { family: Family; open: number }[],
  possessive: number,
): void {
  const outer = stack[0];
  if (stack.length === 1 && outer?.family === 'single' && possessive > outer.open)
    spans.push({ open: outer.open, start: outer.open + 1, end: possessive, family: 'single' });
}

/**
 * Top-level quoted spans of `text`, in order. Nested quotes stay inside their outer span. A span
 * never crosses a blank line; it may cross a single line break (a hard-wrapped quote).
 */
export function scanQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { family: Family; open: number }[] = [];
  // The first mark after a plural ("the farmers' union") read as a possessive inside single
  // quotes; if the quote then never closes, that mark was its close ('room for talks' on the …).
  let possessive = -1;
  // Only marks and line breaks matter: jump from one to the next.
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
    const i = c.index;
    const ch = c[0];
    if (ch === '\n') {
      // A blank line (paragraph break) ends every open span; so does a line that ends a sentence
      // and is followed by a new paragraph-like line (capitalised or opening a new quote).
      if (stack.length > 0 && paragraphBreak(text, i)) {
        const outer = stack[0]!;
        // A mark read as a plural possessive ("all goods' exported") that would close a quote
        // opened in this paragraph closes it: a quote only runs on when nothing could close it.
        const closable = stack.length === 1 && outer.family === 'single' && possessive > outer.open;
        if (!opensWith(text, i, outer.family) || closable) closeAtPossessive(spans, stack, possessive);
        // A quote running on into a paragraph that opens with a mark of its family is the usual
        // way to quote several paragraphs: this paragraph's part is a span of its own.
        else if (opensWith(text, i, outer.family)) {
          let end = i;
          while (end > outer.open + 1 && /\s/.test(text[end - 1]!)) end--;
          if (end > outer.open + 1)
            spans.push({ open: outer.open, start: outer.open + 1, end, family: outer.family, runOn: true });
        }
        stack.length = 0;
        possessive = -1;
      } else if (
        stack.length === 1 &&
        stack[0]!.family === 'single' &&
        possessive > stack[0]!.open &&
        blankLineAt(text, i)
      ) {
        // "US wants ‘creative solutions’ on trade with …" as a headline with no stop, then a blank
        // line: a single quote that could close at the plural mark does not run on past the blank
        // line (its paragraph was only read as hard-wrapped), or it would swallow the next quotes.
        closeAtPossessive(spans, stack, possessive);
        stack.length = 0;
        possessive = -1;
      }
      continue;
    }
    const family = familyOf(ch);
    if (family === null) continue;
    const top = stack[stack.length - 1];
    const role = roles(text, i);
    // Inside single quotes a single mark opens a nested quote only before a capital ('We thank
    // you', as a British writer nests them); before a lower-case word it is an elision ('yan, 'em).
    const canOpen =
      role.canOpen &&
      !(family === 'single' && top?.family === 'single' && !UPPER_OR_DIGIT.test(text[i + 1] ?? ''));
    const canClose = role.canClose;
    // Inside single quotes, "the farmers' union" is a plural possessive, not the closing mark.
    if (family === 'single' && top?.family === 'single' && pluralPossessive(text, i)) {
      if (possessive < top.open) possessive = i;
      continue;
    }
    // Close the innermost open span of the same family; a closer of another family is ignored.
    if (canClose && top && top.family === family && !(canOpen && preferOpen(text, i))) {
      stack.pop();
      if (stack.length === 0) spans.push({ open: top.open, start: top.open + 1, end: i, family });
      continue;
    }
    if (canClose && top && top.family !== family) {
      // A closer of the outer family while an inner span is open: the inner one was an apostrophe.
      const outer = findOpen(stack, family);
      if (outer >= 0 && !canOpen) {
        const o = stack[outer]!;
        stack.length = outer;
        if (stack.length === 0) spans.push({ open: o.open, start: o.open + 1, end: i, family });
        continue;
      }
    }
    if (canOpen) stack.push({ family, open: i });
  }
  closeAtPossessive(spans, stack, possessive);
  return spans;
}

/** The line break at `i` starts a blank line (only spaces before the next break). */
function blankLineAt(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  return text[j] === '\n';
}

function pluralPossessive(text: string, i: number): boolean {
  return text[i - 1] === 's' && text[i + 1] === ' ' && /[a-z]/.test(text[i + 2] ?? '');
}

/** The next non-blank line starts with an opening mark of `family`. */
function opensWith(text: string, i: number, family: Family): boolean {
  let j = i + 1;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  const ch = text[j] ?? '';
  return familyOf(ch) === family && roles(text, j).canOpen;
}

function findOpen(stack: { family: Family }[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

/** A mark that could both open and close (`, 'We`) opens when a word follows right after it. */
function preferOpen(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  return SPACE.test(prev);
}

/**
 * A blank line after a long line that stops on a word, a comma or a semicolon, before a line that
 * goes on with text: a hard-wrapped line the page (or its cleaning) took for a paragraph's end.
 */
function wrapReadAsParagraph(text: string, i: number, j: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  const lineStart = text.lastIndexOf('\n', k) + 1;
  if (k - lineStart < 60 || !WORD_OR_COMMA.test(text[k] ?? '')) return false;
  let n = j;
  while (n < text.length && /\s/.test(text[n]!)) n++;
  return n < text.length && n - j <= 3 && LETTER_OR_DECIMAL.test(text[n]!);
}

/**
 * Whether the line break at `i` ends a paragraph for quoting purposes: a blank line, or a line that
 * ends a sentence while the next line starts a new one. A line that stops mid-sentence and carries
 * on in lower case is a hard wrap inside the same paragraph.
 */
function paragraphBreak(text: string, i: number): boolean {
  // The second break of a blank line was judged with the first.
  let p = i - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  if (p >= 0 && text[p] === '\n') return paragraphBreak(text, p);
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  if (j >= text.length) return true;
  if (text[j] === '\n') return !wrapReadAsParagraph(text, i, j);
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  const last = text[k] ?? '';
  const first = text[j]!;
  const midSentence = MID_SENTENCE_END.test(last) && !/[.!?:]/.test(last);
  // A long line stopping mid-sentence was wrapped, even before a capital ("… with\nJapan,'").
  const long = k - text.lastIndexOf('\n', k) > 50;
  return !(midSentence && (long || LOWER_OR_DIGIT.test(first)));
}

/**
 * Patterns with Unicode property escapes, made once: esbuild (tsx, target node20) turns such a
 * literal into `new RegExp(...)` where it stands, so inside a function it was rebuilt on every call.
 */
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const WORD_OR_COMMA = /[\p{L}\d,;]/u;
const LETTER_OR_DECIMAL = /[\p{L}\d]/u;
const MID_SENTENCE_END = /[\p{L}\p{N},;(\-–—]/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
