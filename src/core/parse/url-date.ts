import { isoDay } from './dates';

/**
 * The day in a page address: "/2025/06/14/", "/2025/7/24/", "/2025/0407/", "/20250421-250325",
 * "-2025-06-14-". A number that is no calendar day gives nothing.
 */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})\/(\d{2})(\d{2})(?=\/|$)/.exec(path) ??
    /(?:^|[/-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[-/_.]|$)/.exec(path);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** "Source: https://…", "URL: https://…", "Original article: https://…": the page's address on a line of its own. */
const SOURCE_LINE =
  /^(?:source|url|link|original(?: article| url| story)?|canonical(?: url)?|read (?:the )?original(?: article)?(?: at)?)\s*:\s*<?(https?:\/\/[^\s>]+)>?$/i;

export function sourceLineUrl(line: string): string | null {
  const t = line.trim();
  if (t.length > 600) return null;
  return SOURCE_LINE.exec(t)?.[1] ?? null;
}
