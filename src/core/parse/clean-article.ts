import {
  isCaption,
  isCopyrightLine,
  isEndByline,
  isEndOfArticle,
  isHeadByline,
  isNavigation,
  isPromo,
  isTruncatedTail,
  isUrlLine,
  outletLine,
  splitGluedCopyright,
  wireSignoff,
} from './boilerplate';
import {
  findFullDate,
  isoDay,
  isYearlessTimestamp,
  MONTH_NAME,
  monthNumber,
  timestampLineDate,
} from './dates';
import type { Metadata } from './metadata';
import { datelineCredit, normaliseOutlet } from './outlet';
import { sentencesOf } from './sentences';
import type { CleanArticle } from './types';

/**
 * Stage 1 for one article: separates the article's own text from the page around it, and reads
 * what the text says about itself (title, outlet, publication date). Never throws on odd text.
 */

const CRAWL_MARKER = /^date (\d{4}-\d{2}-\d{2})\b[ \t]*/;
const TERMINAL = /[.!?:;"”’)\]…]$/;
const HEAD_STAMP = new RegExp(
  `^(.{0,60}?)((?:${MONTH_NAME})\\s+\\d{1,2},\\s+\\d{4},?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,4}(?:[+-]\\d{1,2})?\\)?)?)\\s+(?=\\S)`,
  'i',
);

interface Line {
  text: string;
  /** Blank lines separate paragraphs. */
  blank: boolean;
}

interface Scan {
  kept: Line[];
  boilerplate: string[];
  dates: { iso: string; rank: number }[];
  outlets: { name: string; rank: number }[];
}

/**
 * A head line that dates the page together with other furniture: "KYODO NEWS - Jul 22, 2025 -
 * 10:35 | World, All", "July 22, 2025 (Example Daily)". It needs a time, a separator or a
 * parenthesised credit besides the date, so a headline that names a date is not taken for one.
 */
function datedHeadLine(t: string, scan: Scan): string | null {
  if (t.length > 100 || /[.!?]$/.test(t)) return null;
  const date = findFullDate(t);
  if (!date) return null;
  const rest = t.slice(0, date.index) + t.slice(date.index + date.length);
  const credit = /^\s*\(([A-Z][\p{L}.&' -]{1,40})\)\s*$/u.exec(rest);
  if (credit) {
    scan.outlets.push({ name: normaliseOutlet(credit[1]!), rank: 3 });
    return date.iso;
  }
  if (!/\b\d{1,2}:\d{2}\b|\s[|]\s|\s[-–—]\s/.test(rest)) return null;
  const lead = outletLine(t.slice(0, date.index).replace(/[\s|–—-]+$/, ''));
  if (lead) scan.outlets.push({ name: normaliseOutlet(lead.outlet), rank: 3 });
  return date.iso;
}

/** Lower rank wins: the page's own timestamp beats a store's crawl date. */
const RANK = { meta: 0, timestamp: 1, kicker: 2, url: 3, crawl: 4, byline: 5, headline: 6 } as const;

function scanLines(text: string): Scan {
  const raw = text.split('\n');
  const scan: Scan = { kept: [], boilerplate: [], dates: [], outlets: [] };
  const seen = new Set<string>();
  const drop = (s: string) => {
    const t = s.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      scan.boilerplate.push(t);
    }
  };

  // The crawl marker a page store glues to the first line: a date, then either the text or site junk.
  const first = raw.findIndex((l) => l.trim() !== '');
  if (first >= 0) {
    const m = CRAWL_MARKER.exec(raw[first]!.trim());
    if (m) {
      const iso = timestampLineDate(m[1]!);
      if (iso) scan.dates.push({ iso, rank: RANK.crawl });
      const rest = raw[first]!.trim().slice(m[0].length);
      // Two or three words without punctuation after the marker are the site's name, not a headline.
      if (rest === '' || (rest.split(/\s+/).length <= 3 && !TERMINAL.test(rest))) {
        drop(raw[first]!);
        raw[first] = '';
      } else {
        drop(m[0]);
        raw[first] = rest;
      }
    }
  }

  let ended = false;
  let bodyStarted = false;
  let lastText = '';
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    let t = line.trim();
    if (t === '') {
      if (!ended) scan.kept.push({ text: '', blank: true });
      continue;
    }
    if (ended) {
      drop(t);
      continue;
    }
    if (
      bodyStarted &&
      (isEndOfArticle(t) || isEndByline(t) || isCopyrightLine(t)) &&
      !articleGoesOn(raw, i)
    ) {
      if (isCopyrightLine(t)) scan.outlets.push({ name: normaliseOutlet(t), rank: 2 });
      ended = true;
      drop(t);
      continue;
    }
    const signoff = bodyStarted ? wireSignoff(t) : null;
    if (signoff) {
      scan.outlets.push({ name: normaliseOutlet(signoff), rank: 1 });
      drop(t);
      continue;
    }
    const glued = splitGluedCopyright(line);
    if (glued && bodyStarted) {
      scan.outlets.push({ name: normaliseOutlet(glued.notice), rank: 2 });
      drop(glued.notice);
      scan.kept.push({ text: glued.text, blank: false });
      ended = true;
      continue;
    }
    // A timestamp at the head of the first lines, after site junk, before the text ("News Site Jun 8, 2025 21:35 (JST) Tokyo, ...").
    const headStamp = !bodyStarted && !timestampLineDate(t) ? HEAD_STAMP.exec(t) : null;
    if (headStamp && !/[.!?“”"]/.test(headStamp[1]!)) {
      const iso = findFullDate(headStamp[2]!)?.iso;
      if (iso) {
        scan.dates.push({ iso, rank: RANK.timestamp });
        drop(headStamp[0]);
        line = t.slice(headStamp[0].length);
        t = line;
      }
    }
    const stamp = timestampLineDate(t) ?? (bodyStarted ? null : datedHeadLine(t, scan));
    if (stamp) {
      // A timestamp under the headline is the page's own; one further down may be an update or a list.
      scan.dates.push({ iso: stamp, rank: bodyStarted ? RANK.byline : RANK.timestamp });
      drop(t);
      continue;
    }
    if (isYearlessTimestamp(t)) {
      drop(t);
      continue;
    }
    const kicker = !bodyStarted || i >= raw.length - 3 ? outletLine(t) : null;
    if (kicker) {
      scan.outlets.push({ name: normaliseOutlet(kicker.outlet), rank: 3 });
      if (kicker.date) scan.dates.push({ iso: kicker.date, rank: RANK.kicker });
      drop(t);
      continue;
    }
    if (
      isNavigation(t) ||
      isPromo(t) ||
      isUrlLine(t) ||
      isCaption(t, !bodyStarted) ||
      (!bodyStarted && isHeadByline(t)) ||
      isEndByline(t)
    ) {
      if (isHeadByline(t)) {
        const d = findFullDate(t);
        if (d) scan.dates.push({ iso: d.iso, rank: RANK.byline });
      }
      drop(t);
      continue;
    }
    // A headline printed twice in a row is one headline.
    if (!bodyStarted && t === lastText) {
      drop(t);
      continue;
    }
    scan.kept.push({ text: line.replace(/\s+$/, ''), blank: false });
    lastText = t;
    if (t.length > 120 || (TERMINAL.test(t) && pieces(t) > 12)) bodyStarted = true;
  }

  // An excerpt cut mid-word leaves a stub of a line after the text.
  const lastKept = scan.kept.findLastIndex((l) => !l.blank);
  const textLines = scan.kept.filter((l) => !l.blank).length;
  if (lastKept >= 0 && textLines >= 3 && isTruncatedTail(scan.kept[lastKept]!.text)) {
    drop(scan.kept[lastKept]!.text);
    scan.kept.splice(lastKept, 1);
  }
  return scan;
}

const CONNECTOR_END =
  /(?:[,–—-]|\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|as|said|told|his|her|their|its))$/i;

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
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

/** `s.split(/\s+/).length` without building the pieces: one more than the runs of white space. */
function pieces(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    n++;
    while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** Occurrences of `c` in `s`, without building the pieces (every line of every article is asked). */
function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + c.length)) n++;
  return n;
}

/**
 * A marker word used as a sub-heading ("Comments", "Latest") is followed by more article
 * paragraphs; the furniture after a real end marker is short lines (links, names, comments).
 */
function articleGoesOn(lines: string[], at: number): boolean {
  let long = 0;
  let seen = 0;
  for (let k = at + 1; k < lines.length && seen < 2; k++) {
    const t = lines[k]!.trim();
    if (!t) continue;
    seen++;
    if (t.length > 250 && TERMINAL.test(t)) long++;
  }
  return seen === 2 && long === 2;
}

/**
 * A line continues the previous one (a hard wrap) when that one stops mid-sentence: the next
 * starts lower-case, the previous ends on a comma or a connecting word, or a quote is still open.
 */
function continuesLine(prev: string, next: string, wrapped: boolean): boolean {
  const p = prev.trim();
  const terminal = TERMINAL.test(p);
  // Whether a quote is still open is counted at most once.
  const open = terminal ? count(p, '“') > count(p, '”') : null;
  if (terminal && !open) return false;
  // Inside a paragraph already known to be hard-wrapped, any unfinished line runs on.
  if (wrapped || /^\s*[a-z0-9(,]/.test(next) || CONNECTOR_END.test(p)) return true;
  return open ?? count(p, '“') > count(p, '”');
}

function paragraphsOf(kept: Line[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) out.push(current.join('\n'));
    current = [];
  };
  for (const l of kept) {
    if (l.blank) {
      flush();
      continue;
    }
    const prev = current[current.length - 1];
    if (prev !== undefined && !continuesLine(current.join(' '), l.text, current.length > 1)) flush();
    current.push(l.text.trim());
  }
  flush();
  return out;
}

const HEADLINE_MAX_WORDS = 30;
/** A headline has no closing full stop (except an abbreviation like "U.S.") and reads as a line, not a paragraph. */
function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/);
  if (words.length > HEADLINE_MAX_WORDS || words.length < 2) return false;
  if (/(?:^|\s)(?:[A-Z]\.){2,}$/.test(t)) return words.length <= 20;
  return !/[.:;,]$/.test(t) && !/[”"’]$/.test(t);
}

/** "Tokyo, June 5 (Jiji Press)--", "WASHINGTON —": a place (and date) opening the first paragraph. */
const DATELINE = new RegExp(
  `^(?:[A-Z][\\p{L}.' ]{1,30}?(?:,\\s*(?:${MONTH_NAME})\\s+\\d{1,2})?\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|—|–|-)\\s*)`,
  'u',
);

function titleFromSentence(paragraph: string): string {
  const withoutDateline = paragraph.replace(DATELINE, '');
  const first = sentencesOf([withoutDateline], [0])[0]?.text ?? withoutDateline;
  if (first.length <= 140) return first;
  const cut = first.slice(0, 140);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 140)}…`;
}

/**
 * "Kicks In Today" in a headline dates the page to the day the lead names, when the text also
 * gives that day with its year.
 */
function headlineTodayDate(title: string, paragraphs: string[], body: string): string | null {
  if (!/\btoday\b/i.test(title)) return null;
  const lead = paragraphs.find((p) => p !== title) ?? '';
  const m = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})\\b`).exec(lead);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  const day = Number(m[2]);
  const withYear = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g');
  for (let y = withYear.exec(body); y; y = withYear.exec(body)) {
    if (monthNumber(y[1]!) === month && Number(y[2]) === day) {
      return findFullDate(y[0])?.iso ?? null;
    }
  }
  return null;
}

/** The day in a page address: "/2025/06/14/", "/20250421-250325", "-2025-06-14-". */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(path) ??
    /(?:^|[/-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[-/_.]|$)/.exec(path);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export interface CleanInput {
  id: string;
  file: string;
  text: string;
  bytes: number;
  meta: Metadata | null;
}

export function cleanArticle({ id, file, text, bytes, meta }: CleanInput): CleanArticle {
  const scan = scanLines(text);
  const paragraphs = paragraphsOf(scan.kept);
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    paragraphStarts.push(offset);
    offset += p.length + 2;
  }
  const body = paragraphs.join('\n\n');
  const sentences = sentencesOf(paragraphs, paragraphStarts);

  const firstLine = paragraphs[0]?.split('\n')[0] ?? '';
  const title =
    meta?.title ??
    (looksLikeHeadline(firstLine) ? firstLine.trim() : titleFromSentence(paragraphs[0] ?? '')) ??
    id;

  for (const p of paragraphs.slice(0, 4)) {
    const credit = datelineCredit(p);
    if (credit) scan.outlets.push({ name: credit, rank: 1 });
  }
  const outlet = meta?.outlet ?? [...scan.outlets].sort((a, b) => a.rank - b.rank)[0]?.name ?? null;

  const fromUrl = meta?.url ? urlDate(meta.url) : null;
  if (fromUrl) scan.dates.push({ iso: fromUrl, rank: RANK.url });
  const today = headlineTodayDate(title, paragraphs, body);
  if (today) scan.dates.push({ iso: today, rank: RANK.headline });
  const published = meta?.published ?? [...scan.dates].sort((a, b) => a.rank - b.rank)[0]?.iso ?? null;

  return {
    id,
    file,
    title: title || id,
    outlet,
    url: meta?.url ?? null,
    published,
    body,
    paragraphs,
    paragraphStarts,
    sentences,
    boilerplate: scan.boilerplate,
    bytes,
  };
}
