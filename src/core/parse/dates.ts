/**
 * Calendar dates as news pages print them ("June 7, 2025", "Sept. 16, 2025", "7 June 2025",
 * "2025-06-07", "22-07-2025"). Only full dates with a year are read: a publication date is
 * never completed by guessing the year.
 */

import { isSpace } from './white-space';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export const MONTH_NAME =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

export function monthNumber(name: string): number | null {
  // One trailing stop ("Aug.") goes: a slice, not a pattern, as this runs for every date read.
  const lower = name.toLowerCase();
  return MONTHS[lower.endsWith('.') ? lower.slice(0, -1) : lower] ?? null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** A real calendar day as YYYY-MM-DD, or null (February 30th is not a date). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Whole numbers (what the date patterns read) need no Date: every page line is tried for a date.
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    if (day > daysIn(year, month)) return null;
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  }
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

const MDY = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+(\\d{4})\\b`, 'i');
// "2025-07-09T10:32:00+09:00": a machine timestamp glues the time to the day with a "T".
const ISO = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|(?=T\d))/;
const DMY_NUM = /\b(\d{2})[-./](\d{2})[-./](\d{4})\b/;

/** A module-level helper, not a closure: this runs for every line of every page. */
function pushDate(
  found: { iso: string; index: number; length: number }[],
  m: RegExpExecArray | null,
  y: number,
  mo: number | null,
  d: number,
): void {
  if (!m || mo === null) return;
  const iso = isoDay(y, mo, d);
  if (iso) found.push({ iso, index: m.index, length: m[0].length });
}

const FOUR_DIGITS = /\d{4}/;

/** The first full date in `text`, in any of the printed forms above. */
export function findFullDate(text: string): { iso: string; index: number; length: number } | null {
  // Every form has a four-digit year; most lines tried have none.
  if (!FOUR_DIGITS.test(text)) return null;
  const found: { iso: string; index: number; length: number }[] = [];
  let m = MDY.exec(text);
  if (m) pushDate(found, m, Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DMY.exec(text);
  if (m) pushDate(found, m, Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = ISO.exec(text);
  if (m) pushDate(found, m, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_NUM.exec(text);
  // Day-first numeric dates are what the pages that print them use (e.g. "22-07-2025").
  if (m) pushDate(found, m, Number(m[3]), Number(m[2]), Number(m[1]));
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

const TIMESTAMP_NOISE = new RegExp(
  [
    '\\b(?:published|updated|posted|last updated|first published|modified|date|filed|written|created)\\b(?:\\s+(?:at|on))?\\s*:?',
    '\\b\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?\\s*(?:[ap]\\.?m\\.?)?',
    // The rest of a machine timestamp: "T10:32:00+09:00", "…Z".
    '\\bT(?=\\d)|[+-]\\d{1,2}:?\\d{2}\\b|(?<=\\d)Z\\b',
    // A newsroom byline beside the date: "Staff Reporter | Published 9 July, 2025".
    '\\b(?:staff (?:reporter|writer|correspondent)s?|(?:news|web|online) desk)\\b',
    '\\b\\d{1,2}\\s*[ap]\\.?m\\b\\.?',
    '\\(?\\b(?:JST|KST|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|MST|MDT|IST|PKT|WIB|ICT|AEST|AEDT|SGT|HKT|MYT|PHT|SAST|WAT|EAT|ART|BRT|CLT|TRT|GST)\\b\\)?(?:[+-]\\d{1,2}(?::?\\d{2})?)?',
    '\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?',
    '\\b(?:at|on)\\b',
    '\\b\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\\s+ago\\b',
    '\\b\\d+\\s*(?:min(?:ute)?s?|m)\\s+read\\b',
    '[,|/•·–—:()-]',
  ].join('|'),
  'gi',
);

/** "by Jane Roe", "By JANE ROE and Tom Poe": the writer a timestamp line may name. */
const STAMP_BYLINE =
  /\b[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|bin|binti|al|el|la)){0,5}/gu;
/** A line that says it is a timestamp or a byline may name the writer besides the date. */
const STAMP_WORD = /^\W*(?:published|updated|posted|last updated|first published|written|by)\b/i;
/** Words that mark a date as an update rather than the first publication. */
const UPDATE_WORD = /\b(?:updated?|modified|edited|revised)\b[^|]*$/i;
const FIRST_WORD = /\b(?:published|posted|first published|created|written|filed)\b[^|]*$/i;

/**
 * "7:50 am ET2min read", "16:00 IST2025-09-15T15:56": a time zone run into what the page prints
 * after it (a reading time, the machine form of the same stamp). Only a zone right after a time.
 */
const ZONE_GLUED = /(\d(?:\s*[ap]\.?m\.?)?\s+[A-Z]{2,4})(?=\d)/g;

/** "PublishedJuly 9, 2025", "Updated2025-07-09": a stamp word glued to its date. */
function unglue(t: string): string {
  if (/[A-Z]\d/.test(t)) t = t.replace(ZONE_GLUED, '$1 ');
  if (!/ublished|pdated|osted|odified|UBLISHED|PDATED|OSTED/.test(t)) return t;
  // "July 31, 2025Updated 4:14 p.m. ET": the date runs into the word after it too.
  t = t.replace(/(\d)(Published|Updated|Posted|Modified|PUBLISHED|UPDATED|POSTED)\b/g, '$1 $2');
  return t.replace(
    /(?<![A-Za-z])(Published|Updated|Posted|Modified|PUBLISHED|UPDATED|POSTED|published|updated|posted)(?=[A-Z0-9])/g,
    '$1 ',
  );
}

export interface StampDate {
  iso: string;
  /** The only dates the line gives are marked as updates ("Updated: July 10, 2025"). */
  updated: boolean;
}

/**
 * The publication date of a line that is nothing but a timestamp ("June 7, 2025 at 17:46 JST",
 * "17:47 JST, July 8, 2025", "10:32 AM EDT, July 9, 2025 | Updated 11:05 AM EDT, July 9, 2025",
 * "PublishedJuly 9, 2025", "Posted on July 9, 2025 by Jane Roe"); null for any other line. Of
 * several dates, the first one not marked as an update counts.
 */
export function readTimestampLine(line: string): StampDate | null {
  // The same line is asked about several times (unwrapping, the line pass, the furniture tests),
  // and page furniture repeats from page to page: answers are kept for the lines short enough
  // to be a timestamp at all.
  // No line longer than a timestamp that trimming would not shorten is one (most body lines),
  // unless a labelled stamp with a two-digit year: tested first, cheaper than a scan for a year.
  if (
    line.length > STAMP_LONGEST &&
    !isSpace(line.charCodeAt(0)) &&
    !isSpace(line.charCodeAt(line.length - 1))
  )
    return SHORT_STAMP_HINT.test(line) && !FOUR_DIGITS.test(line) ? shortYearStamp(line) : null;
  // Every date it reads has a four-digit year: most lines have none, and a test for one costs
  // less than hashing the line to look it up.
  if (!FOUR_DIGITS.test(line)) return SHORT_STAMP_HINT.test(line) ? shortYearStamp(line) : null;
  if (line.length > STAMP_MEMO_LONGEST) return readStamp(line);
  const known = stampMemo.get(line);
  if (known !== undefined) return known;
  if (stampMemo.size >= STAMP_MEMO_SIZE) stampMemo.clear();
  const read = readStamp(line);
  stampMemo.set(line, read === null ? null : Object.freeze(read));
  return read;
}

/** The longest timestamp line read, trimmed. */
const STAMP_LONGEST = 140;
/** Lines longer than this are never a timestamp once trimmed of a few spaces; they are not kept. */
const STAMP_MEMO_LONGEST = 200;
const STAMP_MEMO_SIZE = 4096;
const stampMemo = new Map<string, Readonly<StampDate> | null>();

/** A stamp word opens the line: only such a line may print its year in two digits. */
const SHORT_STAMP_HINT = /^\s*(?:published|updated|posted|last updated|first published)\b/i;
const SHORT_STAMP =
  /^\s*(published|updated|posted|last updated|first published)(?:\s+(?:on|at))?\s*:?\s*(\d{1,2})\.(\d{1,2})\.(\d{2})\b(.{0,40})$/i;

/**
 * "Published 12.11.25, 09:59 AM": a labelled stamp with a two-digit year. Dots between the numbers
 * are the day-first form (a month-first date is printed with slashes); without the label a short
 * numeric date is too ambiguous to read.
 */
function shortYearStamp(line: string): StampDate | null {
  const m = SHORT_STAMP.exec(line);
  if (!m || m[5]!.replace(TIMESTAMP_NOISE, ' ').trim() !== '') return null;
  const iso = isoDay(2000 + Number(m[4]), Number(m[3]), Number(m[2]));
  return iso ? { iso, updated: /updated/i.test(m[1]!) } : null;
}

/** "Jane Roe. Updated April 25, 2025", "Jane Roe | Published …": the writer's name before the stamp word. */
const NAME_BEFORE_STAMP =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*[.,|·•–—-]\s*(?=(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast [Uu]pdated)\b)/u;
/**
 * "Example News Desk | Washington DC | Updated: 16-04-2025 18:08 IST", "Example Wire | Jul 15, 2025":
 * a desk's row, the newsroom, the place or the wire in short runs of capitalised words, each
 * closed by a bar, before the stamp. Only labels between bars: a headline has no bar after it.
 */
const LABELS_BEFORE_STAMP =
  /^(?:\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s*\|\s*){1,3}(?=[\p{L}\d])/u;
/** "Example 24-07-2025": one capitalised word, the outlet, before a numeric date and nothing else. */
const LABEL_BEFORE_NUMERIC_DATE = /^\p{Lu}[\p{L}]{1,20}\s+(?=\d{1,2}[-./]\d{1,2}[-./]\d{4}$)/u;
/** "New Delhi, Sep 2, 2025": a dateline printed as a line of its own, a place and the full date. */
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*$/u;

/**
 * Every lower-case word (three letters or more, a run of letters with no capital, apostrophe, dot
 * or hyphen) that TIMESTAMP_NOISE or a date can take whole: keep in step with both patterns.
 */
const STAMP_WORDS = new Set(
  [
    'published updated posted last first modified date filed written created',
    'staff reporter reporters writer writers correspondent correspondents news web online desk',
    'jst kst gmt utc bst cet cest est edt pst pdt cst cdt mst mdt ist pkt wib ict aest aedt sgt hkt myt pht',
    'sast wat eat art brt clt trt gst',
    'mon tue tues wed wednes thu thur thurs fri sat satur sun',
    'monday tueday tuesday wedday wednesday thuday thurday thursday friday satday saturday sunday',
    'second seconds minute minutes min mins hour hours hrs day days ago read',
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september',
    'oct october nov november dec december',
  ]
    .join(' ')
    .split(' '),
);
const LOWER_WORD = /(?<![\p{L}.'’-])[a-z]{3,}(?![\p{L}.'’-])/gu;

/**
 * A lower-case word no stamp pattern takes (what prose is made of): the line is no timestamp. Only
 * asked when no stamp word opens the line, so no byline's lower-case particles are in play. The
 * cheap test before the dates are looked for: most lines with a year are sentences.
 */
function hasProseWord(t: string): boolean {
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(t); m; m = LOWER_WORD.exec(t)) if (!STAMP_WORDS.has(m[0])) return true;
  return false;
}

function readStamp(line: string): StampDate | null {
  let t = line.trim();
  if (t.length > STAMP_LONGEST || t.length < 8) return null;
  t = unglue(t);
  const named =
    NAME_BEFORE_STAMP.exec(t) ??
    (t.includes('|') ? LABELS_BEFORE_STAMP.exec(t) : LABEL_BEFORE_NUMERIC_DATE.exec(t));
  if (named) t = t.slice(named[0].length);
  if (!STAMP_WORD.test(t) && hasProseWord(t)) return null;
  let date = findFullDate(t);
  if (!date) return null;
  let rest = '';
  let from = 0;
  let chosen: StampDate | null = null;
  let firstUpdated: string | null = null;
  for (; date; date = findFullDate(t.slice(from))) {
    const at = from + date.index;
    let before = t.slice(from, at);
    // The place of a dateline line; the date must then be all that follows (a time at most).
    // The pattern ends on a comma: most lines have none before their date, and are spared it.
    if (from === 0 && before.includes(',') && PLACE_BEFORE_DATE.test(before)) before = '';
    rest += before;
    from = at + date.length;
    if (!chosen) {
      const isUpdate = UPDATE_WORD.test(before) && !FIRST_WORD.test(before);
      if (!isUpdate) chosen = { iso: date.iso, updated: false };
      else firstUpdated ??= date.iso;
    }
  }
  rest += t.slice(from);
  if (STAMP_WORD.test(t)) rest = rest.replace(STAMP_BYLINE, ' ');
  if (rest.replace(TIMESTAMP_NOISE, ' ').trim() !== '') return null;
  return chosen ?? (firstUpdated ? { iso: firstUpdated, updated: true } : null);
}

/** The date of a timestamp line (see readTimestampLine), updated or not. */
export function timestampLineDate(line: string): string | null {
  return readTimestampLine(line)?.iso ?? null;
}

const YEARLESS_STAMP = new RegExp(
  `^(?:(?:published|updated|posted)\\s*:?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${MONTH_NAME})\\s+\\d{1,2},?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*\\(?(?:JST|KST|GMT|UTC|BST|CET|EST|EDT|ET|PST|PDT|PT)?\\)?$`,
  'i',
);

/** "Jul. 22 06:15 am JST": a timestamp line without a year. Page furniture, but no date to read. */
export function isYearlessTimestamp(line: string): boolean {
  const t = line.trim();
  return t.length <= 50 && YEARLESS_STAMP.test(t);
}
