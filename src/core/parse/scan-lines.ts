import {
  endMarker,
  isCopyrightLine,
  isEndByline,
  isHeadByline,
  isNavigation,
  isPromo,
  isTruncatedTail,
  isUrlLine,
  nameOutletByline,
  outletLine,
  splitGluedCopyright,
  splitGluedSignoff,
  splitGluedWriter,
  wireSignoff,
} from './boilerplate';
import { isCaption, isCreditOnly, isNameCaption, isPictureCredit, splitTrailingCaption } from './captions';
import { findFullDate, isYearlessTimestamp, MONTH_NAME, readTimestampLine, timestampLineDate } from './dates';
import {
  authorBioName,
  isAdCopy,
  isAiLabel,
  isAuthorNameLine,
  isCountdown,
  isCreditLine,
  isImageFileName,
  isImageRow,
  isLinkLine,
  isMenuRow,
  isMetaField,
  isNavBar,
  isPostSignature,
  isPostText,
  isReadingTimeLabel,
  isRelativeTime,
  isShareRow,
  isSitePromo,
  isSlogan,
  isStampLabel,
} from './furniture-lines';
import { isTitleCaseLine } from './headline-shape';
import { normaliseOutlet } from './outlet';
import { isKeywordLine, isLoneHeadWord, isLowerCaseTagLine, isTagRow } from './tag-lines';
import { type LogicalLine, logicalLines } from './unwrap';
import { sourceLineUrl, urlDate } from './url-date';
import { isSpace } from './white-space';

/**
 * The line pass of stage 1: walks the page's lines (hard-wrapped lines joined back into logical
 * ones), keeps the article's own and collects the furniture around it, with the dates and outlet
 * names the furniture shows.
 */

export interface Line {
  text: string;
  /** Blank lines separate paragraphs. */
  blank: boolean;
  /** Taken back after it was kept (a caption's first copy, a kicker glued to the headline). */
  gone?: boolean;
}

export interface Scan {
  kept: Line[];
  boilerplate: string[];
  dates: { iso: string; rank: number }[];
  outlets: { name: string; rank: number }[];
}

/** Lower rank wins: the page's own timestamp beats a store's crawl date, a first date an update. */
export const RANK = {
  meta: 0,
  timestamp: 1,
  kicker: 2,
  url: 3,
  crawl: 4,
  dateline: 5,
  updated: 6,
  byline: 7,
  headline: 8,
} as const;

const CRAWL_MARKER = /^date (\d{4}-\d{2}-\d{2})\b[ \t]*/;
export const TERMINAL = /[.!?:;"”’)\]…]$/;
const HEAD_STAMP = new RegExp(
  `^(.{0,60}?)((?:${MONTH_NAME})\\s+\\d{1,2},\\s+\\d{4},?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,4}(?:[+-]\\d{1,2})?\\)?)?)\\s+(?=\\S)`,
  'i',
);
const QUOTE_MARK = /[“”"]/;
/** A sentence that leans on the one before: a pronoun or a connective opens it. */
const CONTINUATION =
  /^(?:He|She|They|It|His|Her|Their|Its|We|But|However|Meanwhile|Still|Yet|Also|And|Both|Instead|Earlier|Later|Separately)\b/;
/** Quotation marks, British single ones included, for telling a quoted remark from a teaser. */
const ANY_QUOTE = /[“”"‘’]|(?:^|\s)'|'(?:\s|$)/;
/** A site's title glued to the headline: "Headline | Example Times", "Headline – Example News". */
const TITLE_SUFFIX = /\s+[|–—-]\s+([^|–—]{2,60})$/;
// Module constants, not literals in the functions: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, built again on every call.
const LONG_WORD = /\p{L}{5,}/gu;
const STARTS_UPPER = /^\p{Lu}/u;
const LOWER_OPEN = /^\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const SECOND_SENTENCE = /[.!?]\s+\p{Lu}/u;
/** A word of three letters: a head line without one ("-6.5 C", "EN|FR|RU") is a widget or a menu. */
const THREE_LETTERS = /\p{L}{3}/u;

/** `s.split(/\s+/).length` without building the pieces: one more than the runs of white space. */
export function pieces(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    n++;
    while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** `pieces(s) >= k`, counting no further than `k` (most lines asked are long sentences). */
function piecesAtLeast(s: string, k: number): boolean {
  let n = 1;
  for (let i = 0; i < s.length && n < k; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    n++;
    while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
  }
  return n >= k;
}

/**
 * A head line that dates the page together with other furniture: "KYODO NEWS - Jul 22, 2025 -
 * 10:35 | World, All", "July 22, 2025 (Example Daily)". It needs a time, a separator or a
 * parenthesised credit besides the date, so a headline that names a date is not taken for one.
 */
function datedHeadLine(t: string, scan: Scan | null): string | null {
  if (t.length > 100 || /[.!?]$/.test(t)) return null;
  const date = findFullDate(t);
  if (!date) return null;
  const rest = t.slice(0, date.index) + t.slice(date.index + date.length);
  const credit = /^\s*\(([A-Z][\p{L}.&' -]{1,40})\)\s*$/u.exec(rest);
  if (credit) {
    scan?.outlets.push({ name: normaliseOutlet(credit[1]!), rank: 3 });
    return date.iso;
  }
  if (!/\b\d{1,2}:\d{2}\b|\s[|]\s|\s[-–—]\s/.test(rest)) return null;
  const lead = outletLine(t.slice(0, date.index).replace(/[\s|–—-]+$/, ''));
  if (lead) scan?.outlets.push({ name: normaliseOutlet(lead.outlet), rank: 3 });
  return date.iso;
}

const DECORATION_START = new Set(['#', '>', '-', '*', '•', '_']);

/** A word of a name as a byline prints it: capitalised, or a particle ("de", "van", "bin"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|the|de|da|van|von|bin|binti)$/u;

/**
 * "Jane Roe", "The Example Daily": two to four words of a name and nothing else, the shape of the
 * writer's or the paper's name printed on a line of its own.
 */
function isShortNameLine(t: string): boolean {
  if (t.length > 40 || TERMINAL.test(t) || !STARTS_UPPER.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w));
}

/** The page's stamp line ("May 1, 2025 | 10:54 am", "|July 15, 2025"), tested without noting anything. */
function isStampText(t: string): boolean {
  return readTimestampLine(t) !== null || datedHeadLine(t, null) !== null;
}

/** Markdown decoration a recogniser should not see: "## Related", "**Read more**", "* Photo: …". */
function undecorated(t: string): string {
  // Both patterns need one of these first (most lines are prose): no replace to run then.
  if (!DECORATION_START.has(t[0] ?? '')) return t.trim();
  return t
    .replace(/^(?:#{1,6}\s+|>\s*|[-*•]\s+)/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .trim();
}

/**
 * Answers of isLineFurniture for lines seen lately, one table per value of `head`: a line is
 * tested more than once in a page (the line pass, a links block's look-ahead), and furniture
 * repeats from page to page. Every test it makes depends on the line alone.
 */
const FURNITURE_MEMO_SIZE = 4096;
const furnitureMemo = [new Map<string, boolean>(), new Map<string, boolean>()] as const;

/** Single lines that are furniture wherever they stand. */
function isLineFurniture(t: string, head: boolean): boolean {
  // A line past every bounded test (most paragraphs of prose) takes a few scans, which cost less
  // than hashing it (a joined line must be flattened first) and a table entry for it.
  if (t.length > BOUNDED_FURNITURE_LONGEST) {
    const n = t.trim().length;
    if (n > BOUNDED_FURNITURE_LONGEST) return longLineFurniture(t, head, n);
  }
  const memo = furnitureMemo[head ? 1 : 0];
  const known = memo.get(t);
  if (known !== undefined) return known;
  if (memo.size >= FURNITURE_MEMO_SIZE) memo.clear();
  const furniture = testLineFurniture(t, head);
  memo.set(t, furniture);
  return furniture;
}

/**
 * Above this many characters (trimmed) a line is none of the short furniture: every test left out
 * of longLineFurniture has a bound of this length or less (most lines of prose are longer).
 */
const SHORT_FURNITURE_LONGEST = 250;
/** The bound of the longest of the tests with one (a caption, a post's text). */
const BOUNDED_FURNITURE_LONGEST = 400;

/** The tests of testLineFurniture that a line longer than SHORT_FURNITURE_LONGEST may pass, in its order. */
function longLineFurniture(t: string, head: boolean, n: number): boolean {
  return (
    isPromo(t) ||
    isUrlLine(t) ||
    isLinkLine(t) ||
    isImageRow(t) ||
    (n <= BOUNDED_FURNITURE_LONGEST && isCaption(t, head)) ||
    isStampLabel(t) ||
    (n <= BOUNDED_FURNITURE_LONGEST && isPostText(t)) ||
    timestampLineDate(t) !== null
  );
}

function testLineFurniture(t: string, head: boolean): boolean {
  const n = t.trim().length;
  if (n > SHORT_FURNITURE_LONGEST) return longLineFurniture(t, head, n);
  return (
    isNavigation(t) ||
    isPromo(t) ||
    isUrlLine(t) ||
    isLinkLine(t) ||
    isImageRow(t) ||
    isImageFileName(t) ||
    isCountdown(t) ||
    isPictureCredit(t) ||
    isCaption(t, head) ||
    isShareRow(t) ||
    isNavBar(t) ||
    isSlogan(t) ||
    isAdCopy(t) ||
    isSitePromo(t) ||
    isRelativeTime(t) ||
    isStampLabel(t) ||
    isAiLabel(t) ||
    isCreditLine(t) ||
    isPostText(t) ||
    isPostSignature(t) ||
    isYearlessTimestamp(t) ||
    timestampLineDate(t) !== null
  );
}

const STOPWORDS = new Set(
  'about above after again against their there these those which while would could should other being under where years since until every still first today later'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(LONG_WORD) ?? []) if (!STOPWORDS.has(w)) out.add(w);
  return out;
}

function sharesWords(line: string, keptWords: ReadonlySet<string>): boolean {
  for (const w of contentWords(line)) if (keptWords.has(w)) return true;
  return false;
}

/**
 * A line of article prose: a sentence of some length, not a truncated teaser ("…"), not a stamp
 * glued to another story's lead, and on the article's subject
 * (it shares a word with it) unless it carries a quotation.
 */
function isProse(line: string, keptWords: Set<string> | null, last: boolean): boolean {
  // The last sentence may carry a notice or a sign-off glued to it ("… the capital.© KYODO").
  const t = splitGluedCopyright(line)?.text ?? splitGluedSignoff(line)?.text.trimEnd() ?? line;
  if (!piecesAtLeast(t, 4) || /(?:\.\.\.|…)$/.test(t)) return false;
  // A British quotation closes with a straight or curly single mark.
  if (!TERMINAL.test(t) && !t.endsWith("'") && !(last && t.length >= 60)) return false;
  if (isLineFurniture(t, false) || HEAD_STAMP.test(t)) return false;
  if (ANY_QUOTE.test(t) || keptWords === null || CONTINUATION.test(t)) return true;
  return sharesWords(t, keptWords);
}

/** "By Jane Roe and John Poe | Example Wire" → the writers' names. */
function bylineNames(line: string): string[] {
  const names = line
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/\s*[|/–—]\s*.*$/, '')
    .split(/\s*,\s*|\s+(?:and|&)\s+/);
  return names.filter((n) => STARTS_UPPER.test(n) && pieces(n) >= 2);
}

/** One plain sentence describing a picture: no quotation, no second sentence. */
function isAltText(t: string): boolean {
  return t.length <= 200 && t.endsWith('.') && !ANY_QUOTE.test(t) && !SECOND_SENTENCE.test(t);
}

/**
 * The short line straight below a short unfinished one (no blank line between), which a hard wrap
 * may have cut from it: only such a pair is tried as one stamp or byline.
 */
function wrappedPartner(lines: LogicalLine[], i: number): LogicalLine | null {
  const t = lines[i]!.text;
  if (t.length > 30 || TERMINAL.test(t)) return null;
  const next = lines[i + 1];
  return next && next.text !== '' && next.text.length <= 60 ? next : null;
}

function nextNonBlank(lines: LogicalLine[], from: number): number {
  for (let k = from; k < lines.length; k++) if (lines[k]!.text !== '') return k;
  return -1;
}

function lastNonBlank(lines: LogicalLine[], from: number): number {
  for (let k = from; k >= 0; k--) if (lines[k]!.text !== '') return k;
  return -1;
}

/**
 * The line at `at` stands between paragraphs: the text kept before it ends a sentence (not a
 * list's lead-in with a colon, not a piece of a wrapped line), and the next line does not go on in
 * lower case (an item of the same list).
 */
function betweenParagraphs(groups: readonly Group[], lines: LogicalLine[], at: number): boolean {
  const before = groups[groups.length - 1]?.text ?? '';
  if (!TERMINAL.test(before) || before.endsWith(':')) return false;
  const next = nextNonBlank(lines, at + 1);
  return next === -1 || !LOWER_OPEN.test(lines[next]!.text);
}

/**
 * A marker word used as a sub-heading ("Comments", "Latest") is followed by more article
 * paragraphs; the furniture after a real end marker is short lines (links, names, comments).
 */
function articleGoesOn(lines: LogicalLine[], at: number): boolean {
  let long = 0;
  let seen = 0;
  for (let k = at + 1; k < lines.length && seen < 2; k++) {
    const t = lines[k]!.text;
    if (!t) continue;
    seen++;
    if (t.length > 250 && TERMINAL.test(t)) long++;
  }
  return seen === 2 && long === 2;
}

/** Removes `n` characters from the start of a logical line. */
function stripPrefix(l: LogicalLine, n: number): void {
  l.text = l.text.slice(n).trim();
}

/** Keeps the first `n` characters of a logical line. */
function keepPrefix(l: LogicalLine, n: number): void {
  l.text = l.text.slice(0, n).trim();
}

/** A kept logical line: where it is in `scan.kept`, its text, and its index among the lines. */
interface Group {
  start: number;
  end: number;
  text: string;
  line: number;
}

/**
 * The state of one line pass and the steps that change it. Methods of a class made once, not
 * closures made for every page: under tsx every named closure costs a `__name` call per page.
 */
class LinePass {
  readonly scan: Scan = { kept: [], boilerplate: [], dates: [], outlets: [] };
  /** What was dropped as furniture so far, trimmed. */
  readonly seen = new Set<string>();
  /** Each kept logical line. */
  readonly groups: Group[] = [];
  // The words of the kept text, gathered only when a links block asks whether the article resumes.
  private readonly keptWords = new Set<string>();
  private wordsUpTo = 0;

  constructor(readonly lines: LogicalLine[]) {}

  drop(s: string): void {
    const t = s.trim();
    if (t && !this.seen.has(t)) {
      this.seen.add(t);
      this.scan.boilerplate.push(t);
    }
  }

  wordsSoFar(): Set<string> {
    for (; this.wordsUpTo < this.groups.length; this.wordsUpTo++)
      for (const w of contentWords(this.groups[this.wordsUpTo]!.text)) this.keptWords.add(w);
    return this.keptWords;
  }

  keep(l: LogicalLine, line: number): void {
    const start = this.scan.kept.length;
    // A line wrapped at a fixed width is kept whole: what reads names, quotes and statements
    // then sees the text as it was before the wrap, one paragraph line per logical line.
    this.scan.kept.push({ text: l.text, blank: false });
    this.groups.push({ start, end: this.scan.kept.length, text: l.text, line });
  }

  /**
   * A line with this text was kept before. A page has a few dozen lines: comparing lengths first
   * costs less than a set of every line's text built for each page.
   */
  keptBefore(t: string): boolean {
    for (const g of this.groups) if (g.text.length === t.length && g.text === t) return true;
    return false;
  }

  /** Takes back a kept logical line, which turned out to be furniture. */
  unkeep(g: Group): void {
    for (let k = g.start; k < g.end; k++) this.scan.kept[k]!.gone = true;
    // The line taken back is nearly always the last one kept: search from the end.
    const at = this.groups.lastIndexOf(g);
    this.groups.splice(at, 1);
    if (at < this.wordsUpTo) this.wordsUpTo--;
    this.drop(g.text);
  }

  /** The next line of text after `from`, past any furniture of its own (a caption); -1 at the end. */
  nextText(from: number): number {
    let k = nextNonBlank(this.lines, from);
    while (k !== -1 && isLineFurniture(this.lines[k]!.text, false)) k = nextNonBlank(this.lines, k + 1);
    return k;
  }

  /**
   * Drops everything from `from` on, or the block of links from `from` when the article resumes
   * after it. Under a links header a line must be on the article's subject to end the block (other
   * stories' teasers are sentences too); a notice (a copyright line) heads no links, so any
   * sentence after it may resume the article.
   */
  skipBlock(from: number, notice: boolean): number {
    let j = from;
    for (; j < this.lines.length; j++) {
      const t = this.lines[j]!.text;
      if (!t) continue;
      if (endMarker(t) === 'end') return this.lines.length;
      // A sentence the unwrapping left broken (its next line opens in lower case) is read whole.
      let whole = t;
      let end = j;
      for (let n = 0; n < 4 && end + 1 < this.lines.length && LOWER_OPEN.test(this.lines[end + 1]!.text); n++)
        whole = `${whole} ${this.lines[++end]!.text}`;
      const last = nextNonBlank(this.lines, end + 1) === -1;
      if (isProse(whole, notice ? null : this.wordsSoFar(), last)) break;
      // A sentence the next paragraph leans on ("Both have said …") is the article's, even in
      // words it has not used yet; a teaser stands alone.
      const k = this.nextText(j + 1);
      if (
        k !== -1 &&
        isProse(t, null, last) &&
        CONTINUATION.test(this.lines[k]!.text) &&
        isProse(this.lines[k]!.text, null, false)
      )
        break;
    }
    if (j >= this.lines.length) return this.lines.length;
    // The line after it, past any furniture of its own (a caption), must be prose too; the page's
    // last line may be cut short, and then it must at least be on the article's subject.
    const k = this.nextText(j + 1);
    const next = k === -1 ? '' : this.lines[k]!.text;
    const nextIsLast = k !== -1 && nextNonBlank(this.lines, k + 1) === -1;
    const resumes =
      k === -1 ||
      splitGluedCopyright(this.lines[j]!.text) !== null ||
      isProse(next, null, nextIsLast) ||
      (nextIsLast && pieces(next) >= 6 && STARTS_UPPER.test(next) && sharesWords(next, this.wordsSoFar())) ||
      endMarker(next) !== null ||
      isCopyrightLine(next);
    return resumes ? j : this.lines.length;
  }

  dropRange(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.lines[k]!.text) this.drop(this.lines[k]!.text);
  }
}

// A timestamp under the headline is the page's own; one further down may be an update or a list.
function stampRank(bodyStarted: boolean, updated: boolean): number {
  return bodyStarted ? RANK.byline : updated ? RANK.updated : RANK.timestamp;
}

export function scanLines(text: string): Scan {
  const lines = logicalLines(text.split('\n'));
  const pass = new LinePass(lines);
  const { scan, seen, groups } = pass;

  // The crawl marker a page store glues to the first line: a date, then either the text or site junk.
  const first = nextNonBlank(lines, 0);
  if (first >= 0) {
    const l = lines[first]!;
    const m = CRAWL_MARKER.exec(l.text);
    if (m) {
      const iso = timestampLineDate(m[1]!);
      if (iso) scan.dates.push({ iso, rank: RANK.crawl });
      const rest = l.text.slice(m[0].length);
      // Two or three words without punctuation after the marker are the site's name, not a headline.
      if (rest === '' || (rest.split(/\s+/).length <= 3 && !TERMINAL.test(rest))) {
        pass.drop(l.text);
        l.text = '';
      } else {
        pass.drop(m[0]);
        stripPrefix(l, m[0].length);
      }
    }
  }

  let ended = false;
  let bodyStarted = false;
  /** Writers named by a byline or an author's note: their names standing alone are furniture too. */
  const authors: string[] = [];
  /** The line of the last timestamp read, or -1. */
  let stampLine = -1;

  let firstText: Group | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let t = l.text;
    if (t === '') {
      if (!ended) scan.kept.push({ text: '', blank: true });
      continue;
    }
    if (ended) {
      pass.drop(t);
      continue;
    }
    const glued = bodyStarted ? splitGluedCopyright(t) : null;
    if (glued) {
      scan.outlets.push({ name: normaliseOutlet(glued.notice), rank: 2 });
      pass.drop(glued.notice);
      keepPrefix(l, glued.text.length);
      pass.keep(l, i);
      ended = true;
      continue;
    }
    let plain = undecorated(t);
    const marker = endMarker(plain);
    // Both are asked again below, each a scan of the whole line: read once for the line as it is
    // now, and reused below while the line is unchanged (null: not read here).
    const asked = t;
    const endByline = bodyStarted && marker !== 'end' ? isEndByline(t) : null;
    const copyright = bodyStarted ? isCopyrightLine(t) : null;
    if (bodyStarted && (marker === 'end' || endByline) && !articleGoesOn(lines, i)) {
      ended = true;
      pass.drop(t);
      continue;
    }
    if (marker === 'block' || copyright) {
      if (copyright ?? isCopyrightLine(t)) scan.outlets.push({ name: normaliseOutlet(t), rank: 2 });
      pass.drop(t);
      if (!bodyStarted) continue;
      const resume = pass.skipBlock(i + 1, marker !== 'block');
      pass.dropRange(i + 1, resume);
      if (resume >= lines.length) ended = true;
      i = resume - 1;
      continue;
    }
    // "— Reuters" after the text, "- AFP" in the list of labels above it.
    const signoff = wireSignoff(t);
    if (signoff) {
      scan.outlets.push({ name: normaliseOutlet(signoff), rank: 1 });
      pass.drop(t);
      continue;
    }
    const gluedSignoff = bodyStarted ? splitGluedSignoff(t) : null;
    if (gluedSignoff) {
      scan.outlets.push({ name: normaliseOutlet(gluedSignoff.wire), rank: 1 });
      pass.drop(gluedSignoff.signoff);
      keepPrefix(l, gluedSignoff.text.trimEnd().length);
      t = l.text;
    }
    // "… on Philippine exports. — Jane Roe": the writer signs the last paragraph.
    const gluedWriter = bodyStarted && nextNonBlank(lines, i + 1) === -1 ? splitGluedWriter(t) : null;
    if (gluedWriter) {
      pass.drop(gluedWriter.signoff);
      keepPrefix(l, gluedWriter.text.length);
      t = l.text;
    }
    // A timestamp at the head of the first lines, after site junk, before the text ("News Site Jun 8, 2025 21:35 (JST) Tokyo, ...").
    const headStamp = !bodyStarted && !timestampLineDate(t) ? HEAD_STAMP.exec(t) : null;
    if (headStamp && !/[.!?“”"]/.test(headStamp[1]!)) {
      const iso = findFullDate(headStamp[2]!)?.iso;
      if (iso) {
        scan.dates.push({ iso, rank: RANK.timestamp });
        pass.drop(headStamp[0]);
        stripPrefix(l, headStamp[0].length);
        t = l.text;
      }
    }
    // Under a timestamp a byline is still the page's head, even below a long standfirst.
    const afterStamp = stampLine >= 0 && lastNonBlank(lines, i - 1) === stampLine;
    const wrapped = wrappedPartner(lines, i);
    if (wrapped) {
      // A stamp or byline hard-wrapped over two short lines ("July 27," / "2025 7:37 pm CET").
      const joined = `${t} ${wrapped.text}`;
      const wrappedStamp = readTimestampLine(joined);
      if (wrappedStamp || ((!bodyStarted || afterStamp) && isHeadByline(joined))) {
        if (wrappedStamp)
          scan.dates.push({ iso: wrappedStamp.iso, rank: stampRank(bodyStarted, wrappedStamp.updated) });
        pass.drop(t);
        pass.drop(wrapped.text);
        stampLine = i + 1;
        i++;
        continue;
      }
    }
    const stamp = readTimestampLine(t);
    const headDate = stamp || bodyStarted ? null : datedHeadLine(t, scan);
    if (stamp || headDate) {
      scan.dates.push({
        iso: stamp?.iso ?? headDate!,
        rank: stampRank(bodyStarted, stamp?.updated ?? false),
      });
      pass.drop(t);
      stampLine = i;
      continue;
    }
    const source = sourceLineUrl(t) ?? (!bodyStarted && !firstText && isUrlLine(t) ? t : null);
    if (source) {
      const iso = urlDate(source.startsWith('www.') ? `https://${source}` : source);
      if (iso) scan.dates.push({ iso, rank: RANK.url });
      pass.drop(t);
      continue;
    }
    const kicker = !bodyStarted || nextNonBlank(lines, i + 1) === -1 ? outletLine(t) : null;
    if (kicker) {
      scan.outlets.push({ name: normaliseOutlet(kicker.outlet), rank: 3 });
      if (kicker.date) scan.dates.push({ iso: kicker.date, rank: RANK.kicker });
      pass.drop(t);
      continue;
    }
    if (isPostSignature(t)) {
      // The post's own words stand just above its signature.
      const prev = groups[groups.length - 1];
      const above = lastNonBlank(lines, i - 1);
      if (prev && prev !== firstText && prev.line === above && prev.text.length <= 300) pass.unkeep(prev);
      pass.drop(t);
      continue;
    }
    // "Title: …" above the text (metadata printed as lines): the label goes, the headline stays.
    const label = !bodyStarted && !firstText ? /^(?:title|headline)\s*:\s*(?=\S)/i.exec(t) : null;
    if (label) {
      pass.drop(label[0]);
      stripPrefix(l, label[0].length);
      t = l.text;
    }
    // The caption a page printed at the end of a paragraph goes; the paragraph stays.
    const trailing = splitTrailingCaption(t);
    if (trailing) {
      pass.drop(trailing.caption);
      keepPrefix(l, trailing.text.length);
      t = l.text;
      plain = undecorated(t);
    }
    // "Watch: Leaders shake hands as talks open": a video page's headline, not a link to a video.
    const videoHeadline = !firstText && /^(?:watch|video)\s*:\s*\S/i.test(t) && pieces(t) >= 6;
    // Below a standfirst a byline still stands as a paragraph of its own (or under the stamp).
    const ownParagraph = lines[i - 1]?.text === '' && lines[i + 1]?.text === '';
    const headByline = (!bodyStarted || afterStamp || ownParagraph) && isHeadByline(t);
    if (headByline) authors.push(...bylineNames(t));
    const bioName = authorBioName(t);
    if (bioName) {
      authors.push(bioName);
      pass.drop(t);
      continue;
    }
    // A picture's description (its alt text) straight above its caption, the two a block of their
    // own between blank lines.
    const pictureBlock = lines[i + 1]?.text === '' && lines[i - 2]?.text === '';
    if (pictureBlock && isCaption(plain, !bodyStarted)) {
      const prev = groups[groups.length - 1];
      if (prev && prev !== firstText && prev.line === i - 1 && isAltText(prev.text)) pass.unkeep(prev);
    }
    const furniture = !videoHeadline && isLineFurniture(plain, !bodyStarted);
    // A caption hard-wrapped over short lines above the text: its first pieces were kept.
    if (furniture && !bodyStarted && wrapsKeptLine(pass, i) && isCaption(plain, true))
      unkeepWrappedStart(pass, i);
    if (
      furniture ||
      headByline ||
      (t === asked && endByline !== null ? endByline : isEndByline(t)) ||
      (t === asked && copyright !== null ? copyright : isCopyrightLine(t)) ||
      (!bodyStarted && isMetaField(t)) ||
      (!bodyStarted && firstText !== null && isNameCaption(t)) ||
      // Further down only with its credit, as a paragraph of its own.
      (ownParagraph && t.endsWith(')') && isNameCaption(t))
    ) {
      if (headByline) {
        const d = findFullDate(t);
        if (d) scan.dates.push({ iso: d.iso, rank: RANK.timestamp });
      }
      // "Picture: Alamy" under the caption it credits: the caption goes with it.
      if (furniture && lines[i - 1]?.text !== '' && isCreditOnly(plain))
        unkeepCaptionAbove(pass, i, firstText);
      pass.drop(t);
      continue;
    }
    // A line already dropped as furniture is furniture again ("Business" over each copy of a headline).
    if (seen.has(t)) continue;
    if (
      !bodyStarted &&
      (isHeadFurniture(t, lines, i, firstText?.text ?? null) ||
        isKeywordLine(t, text) ||
        isReadingTimeLabel(t) ||
        !THREE_LETTERS.test(t) ||
        (isMenuRow(t) && besideFurniture(pass, i)) ||
        (firstText !== null && isLoneHeadWord(t) && besideFurniture(pass, i)))
    ) {
      pass.drop(t);
      continue;
    }
    if (bodyStarted && isLowerCaseTagLine(t) && betweenParagraphs(groups, lines, i)) {
      pass.drop(t);
      continue;
    }
    if (!bodyStarted && firstText !== null) {
      // "Jane Roe, Bloomberg News on" under the headline: a syndicated story's byline.
      const writer = nameOutletByline(t);
      // "Jane Roe" or "The Example Daily" alone just above the stamp: the writer's or paper's name.
      const next = writer ? -1 : nextNonBlank(lines, i + 1);
      if (writer || (next !== -1 && isShortNameLine(t) && isStampText(lines[next]!.text))) {
        if (writer) authors.push(writer);
        pass.drop(t);
        continue;
      }
    }
    if (!bodyStarted && firstText && t === firstText.text) {
      // A headline printed twice is one headline.
      pass.drop(t);
      continue;
    }
    if (!bodyStarted && firstText && firstText.text.length > t.length && firstText.text.endsWith(t)) {
      const prefix = firstText.text.slice(0, -t.length).trim();
      // "News Headline" then "Headline": a section name glued to the first copy of the headline;
      // a breadcrumb glued without a space ("Business NewsEconomy & FinanceHeadline") when the copy
      // is a headline's length.
      const glued = !firstText.text.endsWith(` ${t}`);
      if (
        pieces(prefix) <= (glued ? 8 : 3) &&
        !TERMINAL.test(prefix) &&
        (!glued || (pieces(t) >= 4 && STARTS_UPPER.test(t)))
      ) {
        pass.unkeep(firstText);
        firstText = null;
      }
    }
    const lastGroup = groups[groups.length - 1];
    if (
      lastGroup &&
      lastGroup !== firstText &&
      t === lastGroup.text &&
      !QUOTE_MARK.test(t) &&
      t.length <= 300 &&
      // A finished sentence of prose printed twice (a lead repeated) keeps its first copy, below;
      // a picture's description has no full stop or reads as a caption.
      (!TERMINAL.test(t) || pieces(t) <= 12 || isCaption(t, true))
    ) {
      // A picture's alt text and its caption: one line printed twice in a row, below the headline.
      pass.unkeep(lastGroup);
      continue;
    }
    // A paragraph printed a second time (a standfirst repeated as the lead, a copy of the
    // headline under the standfirst): the first copy is the article's.
    if (pass.keptBefore(t) && piecesAtLeast(t, 4)) {
      pass.drop(t);
      continue;
    }
    if (!bodyStarted && !firstText) {
      const site = TITLE_SUFFIX.exec(t);
      const outlet = site ? outletLine(site[1]!.trim()) : null;
      if (site && outlet) {
        scan.outlets.push({ name: normaliseOutlet(outlet.outlet), rank: 3 });
        pass.drop(site[0].trim());
        keepPrefix(l, site.index);
        t = l.text;
      }
    }
    pass.keep(l, i);
    if (!firstText) firstText = groups[groups.length - 1]!;
    if (t.length > 120 || (TERMINAL.test(t) && piecesAtLeast(t, 13))) bodyStarted = true;
  }

  if (authors.length > 0)
    for (const g of [...groups]) if (g !== firstText && isAuthorNameLine(g.text, authors)) pass.unkeep(g);
  // An excerpt cut mid-word leaves a stub of a line after the text (a whole logical line, so a
  // wrapped last sentence's final words are not taken for one).
  let lastGroup = groups[groups.length - 1];
  // A row of topic tags after the text: nothing of the article follows it.
  if (lastGroup && bodyStarted && groups.length >= 3 && lastGroup !== firstText && isTagRow(lastGroup.text)) {
    pass.unkeep(lastGroup);
    lastGroup = groups[groups.length - 1];
  }
  if (bodyStarted) {
    dropTrailingHeadlines(pass);
    dropRepeatedCaptions(pass);
  }
  dropPromoBlurbs(pass);
  lastGroup = groups[groups.length - 1];
  if (lastGroup && groups.length >= 3 && isTruncatedTail(lastGroup.text)) pass.unkeep(lastGroup);
  dropOffSubjectHeadLines(pass);
  scan.kept = scan.kept.filter((k) => !k.gone);
  return scan;
}

/**
 * A short unfinished kept line stands straight above line `i` (or above a line dropped there): the
 * cheap test before a caption is asked for its wrapped start.
 */
function wrapsKeptLine(pass: LinePass, i: number): boolean {
  const last = pass.groups[pass.groups.length - 1];
  if (last === undefined || last.line < i - 3 || pass.lines[i - 1]?.text === '') return false;
  return last.text.length <= 40 && !TERMINAL.test(last.text);
}

/**
 * The short unfinished lines straight above line `i` (no blank line between), which a hard wrap cut
 * from the caption on line `i`: "Jane Roe" / "welcomes" / "John Poe" / "at the … — AGENCY/NAME".
 */
function unkeepWrappedStart(pass: LinePass, i: number): void {
  const { groups, lines } = pass;
  // Pieces already dropped on their own (a name with its initials) do not break the run.
  for (let k = i - 1; k >= 0 && lines[k]!.text !== ''; k--) {
    const g = groups[groups.length - 1];
    if (!g || g.line !== k) {
      if (pass.seen.has(lines[k]!.text.trim())) continue;
      return;
    }
    if (g.text.length > 40 || TERMINAL.test(g.text)) return;
    pass.unkeep(g);
  }
}

/**
 * The caption a credit line stands under, no blank line between ("Jane Roe at the talks in Paris" /
 * "Picture: Alamy"): an unfinished line of five words or more that is not the headline. A
 * quotation is left to the article, whose remarks it may be.
 */
function unkeepCaptionAbove(pass: LinePass, i: number, headline: Group | null): void {
  const prev = pass.groups[pass.groups.length - 1];
  if (!prev || prev === headline || prev.line !== i - 1) return;
  const t = prev.text;
  if (t.length > 300 || TERMINAL.test(t) || ANY_QUOTE.test(t) || !piecesAtLeast(t, 5)) return;
  pass.unkeep(prev);
}

/**
 * A tabloid's picture caption printed between the paragraphs: a line of ten words or more without
 * a full stop ("Jane Roe said the deal was 'done' as she waved a copy of it") that tells again what
 * one kept paragraph of the article tells, most of its long words found in that paragraph. The
 * article's own sentences end in a stop; a sub-heading is short or names what the text goes on to
 * tell in other words. Only lines below the text's first two paragraphs are asked (a standfirst or
 * a headline under a teaser retells the lead).
 */
function dropRepeatedCaptions(pass: LinePass): void {
  const { groups } = pass;
  // Below the second paragraph of prose: an aggregator may print the headline under a teaser of
  // the lead, and that headline retells the lead too.
  let start = 0;
  for (let prose = 0; start < groups.length && prose < 2; start++)
    if (isProseLine(groups[start]!.text)) prose++;
  // The kept lines in lower case, made when a first line is asked (most pages have none to ask).
  let lowered: string[] | null = null;
  for (let j = start; j < groups.length; j++) {
    const t = groups[j]!.text;
    if (t.length > 400 || TERMINAL.test(t) || !piecesAtLeast(t, 10)) continue;
    lowered ??= groups.map((g) => g.text.toLowerCase());
    if (retellsAnother(lowered, j)) {
      lowered.splice(j, 1);
      pass.unkeep(groups[j]!);
      j--;
    }
  }
}

/** Four fifths or more of the long words of kept line `j` (four at least) occur in one other kept line. */
function retellsAnother(lowered: readonly string[], j: number): boolean {
  const words = contentWords(lowered[j]!);
  if (words.size < 4) return false;
  const needed = Math.ceil(words.size * 0.8);
  for (let k = 0; k < lowered.length; k++) {
    if (k === j || lowered[k]!.length < 40) continue;
    const other = lowered[k]!;
    let found = 0;
    for (const w of words) if (other.includes(w)) found++;
    if (found >= needed) return true;
  }
  return false;
}

/** An offer of the site's newsletter, subscription or membership, or a plea for donations. */
const SUBSCRIPTION = /\b(?:subscri\w*|sign(?:ing)? up|newsletters?|unlock|donat\w*|your support)\b/i;
/** The site speaking to its reader, or of itself: "your inbox", "we need reporters on the ground". */
const PROMO_VOICE = /\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us)\b/;
/** A quotation opened at a word's start, British single marks included (an apostrophe is not one). */
const OPENING_QUOTE = /(?:^|\s)[“"‘']/;
/** A newsletter named: "selects her favourite stories in this weekly newsletter". */
const NEWSLETTER_WORD = /\bnewsletters?\b/i;

/** The line at `k` was dropped as an offer of a subscription or a newsletter, or a plea for donations. */
function isSubscriptionOffer(pass: LinePass, k: number): boolean {
  if (k === -1) return false;
  const t = pass.lines[k]!.text;
  // Three words at least: a menu's "Subscribe" button offers nothing the line below describes.
  return (
    SUBSCRIPTION.test(t) && piecesAtLeast(t, 3) && pass.seen.has(t.trim()) && (isPromo(t) || isSitePromo(t))
  );
}

/**
 * The blurb under an offer of the site's newsletter or subscription: "Subscribe to Example Weekly" /
 * "Escape your echo chamber. Get the facts behind the news.", "Unlock the Example Digest for free" /
 * "Jane Roe, Editor of Example, selects her favourite stories in this weekly newsletter." A short
 * line speaking to the reader or naming a newsletter goes with the offer above it; and the site's
 * paragraphs about itself between two offers ("Your support helps us to tell the story" / "… we
 * need reporters on the ground …" / "Your support makes all the difference.") go with both.
 */
function dropPromoBlurbs(pass: LinePass): void {
  const { groups, lines } = pass;
  for (let j = 0; j < groups.length; j++) {
    const g = groups[j]!;
    const above = lastNonBlank(lines, g.line - 1);
    if (above === -1 || groups[j - 1]?.line === above || !isSubscriptionOffer(pass, above)) continue;
    // The first line kept may be the headline ("Tariffs: what they mean for you"): there only a
    // sentence with its stop, or one naming a newsletter, is taken for the blurb.
    const blurb =
      NEWSLETTER_WORD.test(g.text) || (PROMO_VOICE.test(g.text) && (j > 0 || g.text.endsWith('.')));
    if (g.text.length <= 160 && !OPENING_QUOTE.test(g.text) && blurb) {
      pass.unkeep(g);
      j--;
      continue;
    }
    // A run of the site's own paragraphs, closed by a second offer.
    let end = j;
    while (end - j < 4 && !QUOTE_MARK.test(groups[end]!.text) && PROMO_VOICE.test(groups[end]!.text)) {
      const next = groups[end + 1];
      if (!next || next.line !== nextNonBlank(lines, groups[end]!.line + 1)) break;
      end++;
    }
    const last = groups[end]!;
    if (QUOTE_MARK.test(last.text) || !PROMO_VOICE.test(last.text)) continue;
    if (!isSubscriptionOffer(pass, nextNonBlank(lines, last.line + 1))) continue;
    for (const run of groups.slice(j, end + 1)) pass.unkeep(run);
    j--;
  }
}

/** Kept lines that finish a sentence of prose: where the article's text has begun. */
function isProseLine(t: string): boolean {
  return t.length > 120 || (TERMINAL.test(t) && piecesAtLeast(t, 13));
}

/**
 * Other stories' headlines listed after the text with no header over them: two or more lines in
 * title case closing the page, under a finished sentence of the article.
 */
function dropTrailingHeadlines(pass: LinePass): void {
  const { groups } = pass;
  let run = 0;
  while (run < groups.length && isTitleCaseLine(groups[groups.length - 1 - run]!.text)) run++;
  const above = groups[groups.length - 1 - run];
  if (run < 2 || !above || !TERMINAL.test(above.text) || !isProseLine(above.text)) return;
  for (const g of groups.slice(groups.length - run)) pass.unkeep(g);
}

/**
 * A line over the headline that the article does not bear out: another story's teaser, a share
 * link, a site's name. It shares no word with the lead, and a headline-shaped line below it does.
 */
function dropOffSubjectHeadLines(pass: LinePass): void {
  const { groups } = pass;
  let head = 0;
  while (head < groups.length && !isProseLine(groups[head]!.text)) head++;
  if (head < 2 || head >= groups.length) return;
  // Most pages have a headline and a standfirst here: only an unfinished line over a
  // headline-shaped one makes the question worth asking (and the lead's words worth gathering).
  let unfinished = 0;
  let shapedBelow = false;
  for (let j = 0; j < head; j++) {
    const t = groups[j]!.text;
    if (TERMINAL.test(t)) continue;
    unfinished++;
    if (j > 0 && isHeadlineShaped(t)) shapedBelow = true;
  }
  if (unfinished < 2 || !shapedBelow) return;
  // The lead's own words, looked up in its lower-cased text (no set built for one question).
  const lead = `${groups[head]!.text} ${groups[head + 1]?.text ?? ''}`.toLowerCase();
  const candidates = groups.slice(0, head - 1);
  for (const g of candidates) {
    if (TERMINAL.test(g.text) || ANY_QUOTE.test(g.text) || piecesAtLeast(g.text, 21)) continue;
    // A headline hard-wrapped over two lines: the next line runs on in lower case.
    if (LOWER_OPEN.test(pass.lines[g.line + 1]?.text ?? '')) continue;
    if (usesWordOf(g.text, lead)) continue;
    let better = false;
    for (let j = groups.indexOf(g) + 1; j < groups.length && !isProseLine(groups[j]!.text); j++) {
      const h = groups[j]!.text;
      if (isHeadlineShaped(h) && usesWordOf(h, lead)) better = true;
    }
    if (better) pass.unkeep(g);
  }
}

/** A word of five letters or more of `line` (not a common one) occurs in the lower-cased `text`. */
function usesWordOf(line: string, text: string): boolean {
  for (const w of contentWords(line)) if (text.includes(w)) return true;
  return false;
}

/** A headline's shape: four words or more, no sentence end. */
function isHeadlineShaped(t: string): boolean {
  return !TERMINAL.test(t) && piecesAtLeast(t, 4);
}

/** The line above `i` was dropped as furniture, or the line below it is furniture. */
function besideFurniture(pass: LinePass, i: number): boolean {
  const above = lastNonBlank(pass.lines, i - 1);
  if (above !== -1 && pass.seen.has(pass.lines[above]!.text.trim())) return true;
  const below = nextNonBlank(pass.lines, i + 1);
  return below !== -1 && isLineFurniture(pass.lines[below]!.text, true);
}

/**
 * Furniture above the text that only its place tells apart: a section name of a word or two over
 * the headline ("Business", "Malaysia"), and an image's alt text in lower case ("trump and albanese").
 */
function isHeadFurniture(t: string, lines: LogicalLine[], i: number, headline: string | null): boolean {
  if (TERMINAL.test(t) || QUOTE_MARK.test(t)) return false;
  // Alt text stands in a paragraph of its own; a lower-case line under a line is its continuation.
  if (!UPPER.test(t) && pieces(t) <= 8) return i === 0 || lines[i - 1]!.text === '';
  if (t.length > 25 || pieces(t) > 2) return false;
  const k = nextNonBlank(lines, i + 1);
  if (k === -1) return false;
  const next = lines[k]!.text;
  // Over the headline, or over a copy of it; a word over the text itself is a dateline ("ISTANBUL").
  if (headline !== null) return next === headline || next.endsWith(` ${headline}`);
  // The line below must itself read as a headline, not as the first line of wrapped text.
  const after = nextNonBlank(lines, k + 1);
  const wrapped = after !== -1 && after === k + 1 && /^[\p{Ll}\d]/u.test(lines[after]!.text);
  return piecesAtLeast(next, 4) && !TERMINAL.test(next) && next.length <= 200 && !wrapped;
}
