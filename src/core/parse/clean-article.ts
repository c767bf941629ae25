import { datelineDate } from './dateline-date';
import { findFullDate, MONTH_NAME, monthNumber } from './dates';
import { DEFAULT_YEAR } from './events';
import type { Metadata } from './metadata';
import { datelineCredit } from './outlet';
import { choosePublished } from './published-choice';
import { type Line, RANK, scanLines, TERMINAL } from './scan-lines';
import { sentencesOf } from './sentences';
import type { CleanArticle } from './types';
import { urlDate } from './url-date';

export { urlDate } from './url-date';

/**
 * Stage 1 for one article: separates the article's own text from the page around it, and reads
 * what the text says about itself (title, outlet, publication date). Never throws on odd text.
 */

const CONNECTOR_END =
  /(?:[,–—-]|\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|as|said|told|his|her|their|its))$/i;

/** Occurrences of `c` in `s`, without building the pieces (every line of every article is asked). */
function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + c.length)) n++;
  return n;
}

/**
 * A line continues the previous one (a hard wrap) when that one stops mid-sentence: the next
 * starts lower-case, the previous ends on a comma or a connecting word, or a quote is still open.
 * `last` is the paragraph's last line so far and `open` how many quotes it has left open: the
 * paragraph is never joined to be asked, so a paragraph of thousands of lines stays linear.
 */
function continuesLine(last: string, open: boolean, next: string, wrapped: boolean): boolean {
  const p = last.trim();
  if (TERMINAL.test(p) && !open) return false;
  // Inside a paragraph already known to be hard-wrapped, any unfinished line runs on.
  if (wrapped || /^\s*[a-z0-9(,]/.test(next) || CONNECTOR_END.test(p)) return true;
  return open;
}

function paragraphsOf(kept: Line[]): string[] {
  const out: string[] = [];
  // The paragraph being built (its trimmed lines); a blank line or a line that does
  // not continue the last one closes it. No closure per call: under tsx each costs a `__name` call.
  let current: string[] = [];
  let openQuotes = 0;
  for (const l of kept) {
    if (l.blank) {
      if (current.length) out.push(current.join('\n'));
      current = [];
      openQuotes = 0;
      continue;
    }
    const prev = current[current.length - 1];
    if (prev !== undefined && !continuesLine(prev, openQuotes > 0, l.text, current.length > 1)) {
      out.push(current.join('\n'));
      current = [];
      openQuotes = 0;
    }
    const line = l.text.trim();
    current.push(line);
    openQuotes += count(line, '“') - count(line, '”');
  }
  if (current.length) out.push(current.join('\n'));
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

/**
 * "Tokyo, June 5 (Jiji Press)--", "WASHINGTON —": a place (and date) opening the first paragraph. A
 * lone hyphen is a dateline's dash only with a space after it: "Yeo Han-koo, …" is a name.
 */
const DATELINE = new RegExp(
  `^(?:[A-Z][\\p{L}.' ]{1,30}?(?:,\\s*(?:${MONTH_NAME})\\s+\\d{1,2})?\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|—|–|-(?=\\s))\\s*)`,
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

  // The first paragraph's first line, cut without splitting the whole paragraph.
  const opening = paragraphs[0] ?? '';
  const firstBreak = opening.indexOf('\n');
  const firstLine = firstBreak === -1 ? opening : opening.slice(0, firstBreak);
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
  const dateline = datelineDate(paragraphs, text, DEFAULT_YEAR);
  if (dateline) scan.dates.push({ iso: dateline, rank: RANK.dateline });
  const today = headlineTodayDate(title, paragraphs, body);
  if (today) scan.dates.push({ iso: today, rank: RANK.headline });
  const published = meta?.published ?? choosePublished(scan.dates, RANK.updated);

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
