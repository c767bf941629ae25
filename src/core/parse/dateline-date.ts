import { isoDay, MONTH_NAME, monthNumber } from './dates';

/**
 * The day a dateline gives ("TAIPEI, July 23 (Reuters) -", "KUALA LUMPUR, July 9 —"): the day the
 * story was filed, which is its publication date. A dateline has no year; the year is taken only
 * where the page confirms it: a full date elsewhere on the page with the same month and day (a
 * caption's "July 9, 2025"), or, for the default year, a weekday in the lead that falls on that
 * day ("said on Wednesday" under "July 23" in a year where July 23 is a Wednesday).
 */

const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’ -]{1,40}?,\\s*(?:\\p{Lu}[\\p{L}.' ]{1,25},\\s*)?(?:(${MONTH_NAME})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_NAME}))(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|—|–|-|:)`,
  'u',
);
/**
 * The length of the dateline a paragraph opens with ("SEOUL, August 22 (AJP) - "), 0 when none: its
 * day is when the story was filed, not the day of anything the story reports.
 */
export function datelineLength(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}

// A module constant, not a literal in the function: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, built again on every call.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Full dates month first and day first, made once (they were built again on every call). */
const FULL_MDY = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g');
const FULL_DMY = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAME})\\s+(\\d{4})\\b`, 'g');

function fullDatesOn(text: string, month: number, day: number): Set<number> {
  const years = new Set<number>();
  const mdy = FULL_MDY;
  mdy.lastIndex = 0;
  for (let m = mdy.exec(text); m; m = mdy.exec(text))
    if (monthNumber(m[1]!) === month && Number(m[2]) === day) years.add(Number(m[3]));
  const dmy = FULL_DMY;
  dmy.lastIndex = 0;
  for (let m = dmy.exec(text); m; m = dmy.exec(text))
    if (monthNumber(m[2]!) === month && Number(m[1]) === day) years.add(Number(m[3]));
  return years;
}

export function datelineDate(
  paragraphs: readonly string[],
  page: string,
  defaultYear: number,
): string | null {
  for (const p of paragraphs.slice(0, 3)) {
    const m = DATELINE.exec(p);
    if (!m) continue;
    const month = monthNumber(m[1] ?? m[4]!);
    const day = Number(m[2] ?? m[3]);
    if (month === null) return null;
    // "TOKYO, July 9, 2025 (Example Wire) —" prints the year itself.
    if (m[5]) return isoDay(Number(m[5]), month, day);
    const years = fullDatesOn(page, month, day);
    if (years.size === 1) return isoDay([...years][0]!, month, day);
    if (years.size > 1) return null;
    const iso = isoDay(defaultYear, month, day);
    if (!iso) return null;
    const weekday = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
    const lead = p.slice(m[0].length, m[0].length + 300).split(SENTENCE_BREAK)[0] ?? '';
    return new RegExp(`\\b${weekday}\\b`, 'i').test(lead) ? iso : null;
  }
  return null;
}
