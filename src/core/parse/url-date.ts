import { isoDay, monthNumber } from './dates';

/**
 * The day in a page address: "/2025/06/14/", "/2025/7/24/", "/2025/0407/", "/20250421-250325",
 * "-2025-06-14-", a slug ending in its day ("/japan-trade-talks-2025-07-24/"), a month by name
 * ("/2025/jul/24/"), and an article number that opens with its day ("/AEN20250724001234315",
 * "?k=2025061500253", "/yjj2025040900037/", "/2026020411224094941"). A number that is no
 * calendar day gives nothing.
 */
export function urlDate(url: string): string | null {
  let path: string;
  let query: string;
  try {
    const u = new URL(url);
    path = u.pathname;
    query = u.search;
  } catch {
    return null;
  }
  const m =
    /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})\/(\d{2})(\d{2})(?=\/|$)/.exec(path) ??
    /(?:^|[/-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[-/_.]|$)/.exec(path) ??
    SLUG_DAY.exec(path) ??
    NUMBERED_DAY.exec(path) ??
    (query ? NUMBERED_DAY.exec(query) : null);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const named = NAMED_MONTH.exec(path);
  const month = named ? monthNumber(named[2]!) : null;
  return named && month ? isoDay(Number(named[1]), month, Number(named[3])) : null;
}

/** A slug that ends in its day: "/business/japan-trade-talks-2025-07-24/". */
const SLUG_DAY = /-(20\d{2})-(\d{2})-(\d{2})\/?$/;
/** The year, the month by name, the day: "/business/2025/jul/24/". */
const NAMED_MONTH = /\/(20\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\/(\d{1,2})(?=\/|$)/i;
/**
 * An article number that opens with the day it was filed, after at most a few letters and before
 * a serial of three or more digits, the number being the whole part of the address ("/AEN2025…",
 * "k=2025…"): a hash or a plain serial does not take this shape.
 */
const NUMBERED_DAY = /(?:^|[/=])[A-Za-z]{0,4}(20[12]\d)(\d{2})(\d{2})\d{3,12}(?=$|[/_.&-])/;

/** "Source: https://…", "URL: https://…", "Original article: https://…": the page's address on a line of its own. */
const SOURCE_LINE =
  /^(?:source|url|link|original(?: article| url| story)?|canonical(?: url)?|read (?:the )?original(?: article)?(?: at)?)\s*:\s*<?(https?:\/\/[^\s>]+)>?$/i;

export function sourceLineUrl(line: string): string | null {
  const t = line.trim();
  if (t.length > 600) return null;
  return SOURCE_LINE.exec(t)?.[1] ?? null;
}
