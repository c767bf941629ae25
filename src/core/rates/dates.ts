import * as chrono from 'chrono-node';

/** A calendar day read from text, and how much of it the text actually gave. */
export interface ReadDate {
  date: string;
  precision: 'day' | 'month';
  text: string;
  /** Characters of the searched text just before the date ("as of ", "from "). */
  lead: string;
}

const MODAL_MAY = /^may$/i;
const DURATION = /\b(?:\d+|a|one|two|three|several)\s+(?:days?|weeks?|months?|years?)\b/i;

/**
 * Dates in `text`, resolved against the article's own date like event dates are. Without an
 * article date only dates that carry their year are kept: "on Friday" cannot be placed.
 */
/** Words without which chrono finds no date: skipping it then keeps extraction cheap. */
/**
 * Words chrono can read a date from. Month and weekday names need a word end, and "last", "this",
 * "next" count only before a unit, so that "market", "decided", "this deal" do not send every
 * sentence through chrono (it was the largest single cost of loading).
 */
const DATE_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|tomorrow|tonight|ago|(?:last|this|next|coming|past)\s+(?:week|month|year|weekend|quarter|spring|summer|autumn|fall|winter)s?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}|\d{1,2}(?:st|nd|rd|th))\b/i;

/** Four digits in a row: without one no date is kept for an article that gives no date of its own. */
const FOUR_DIGITS = /\d{4}/;

export function readDates(text: string, published: string | null, forward = false): ReadDate[] {
  if (!DATE_WORD.test(text)) return [];
  // Without the article's date only a result whose own text holds a four-digit year is kept (see
  // below), and a result's text is a stretch of `text`: with no four digits in a row, chrono can
  // give nothing that is kept, and is not asked (most sentences of undated pages).
  if (!published && !FOUR_DIGITS.test(text)) return [];
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  // `forward`: the text speaks of what is to come ("set to kick in on Thursday"), so a bare weekday
  // is the next one, not the last.
  const results = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: forward });
  const out: ReadDate[] = [];
  for (const r of results) {
    // "now" is the article's own day, not a start date the text gives.
    if (MODAL_MAY.test(r.text.trim()) || /^(?:now|right\s+now|currently)$/i.test(r.text.trim())) continue;
    // "for 90 days" is a length of time, not a date.
    if (DURATION.test(r.text) && !/\bago\b/i.test(r.text)) continue;
    const s = r.start;
    const hasDay =
      s.isCertain('day') || s.isCertain('weekday') || /\b(?:today|yesterday|tomorrow)\b/i.test(r.text);
    const hasMonth = s.isCertain('month') || hasDay;
    if (!hasMonth) continue;
    // Without the article's date only a date that writes out its year can be placed.
    if (!published && !/\b\d{4}\b/.test(r.text)) continue;
    const iso = s.date().toISOString().slice(0, 10);
    out.push({
      date: iso,
      precision:
        s.isCertain('day') || /\b(?:today|yesterday|tomorrow)\b/i.test(r.text)
          ? 'day'
          : hasDay
            ? 'day'
            : 'month',
      text: r.text,
      lead: text.slice(Math.max(0, r.index - 24), r.index),
    });
  }
  return out;
}

/** "from", "as of", "starting", "effective", "on or after": the date a rate takes effect. */
export const EFFECTIVE_LEAD =
  /\b(?:from|as\s+of|starting(?:\s+on)?|effective(?:\s+on)?|beginning(?:\s+on)?|on\s+or\s+after|by|until|after|takes?\s+effect(?:\s+on)?|kicks?\s+in(?:\s+on)?|(?:set|scheduled|slated|due)\s+(?:for|on)|retroactive(?:ly)?\s+(?:to|from|as\s+of)|backdated\s+to)\s*(?:the\s+)?(?:early|mid|late|mid-)?\s*$/i;

/** A deadline named without its date ("by the deadline") is the date the article gives a deadline elsewhere. */
export function deadlineDate(
  sentences: readonly string[],
  upTo: number,
  published: string | null,
): ReadDate | null {
  for (let i = upTo; i >= 0; i--) {
    const s = sentences[i]!;
    const d = nearestToDeadline(s, published);
    if (d) return d;
  }
  for (let i = upTo + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const d = nearestToDeadline(s, published);
    if (d) return d;
  }
  return null;
}

function nearestToDeadline(sentence: string, published: string | null): ReadDate | null {
  const at = sentence.search(/\bdeadline\b/i);
  if (at < 0) return null;
  const dates = readDates(sentence, published);
  let best: ReadDate | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    const i = sentence.indexOf(d.text);
    const gap = Math.abs(i - at);
    if (gap < distance) {
      best = d;
      distance = gap;
    }
  }
  return best;
}
