/**
 * Calendar dates in news text, kept as hints until a reference date is known: "April 16" and
 * "Aug. 1" need only a year, "on Friday" and "yesterday" need the article's publication date, "the
 * 30th (local time)" needs its month, "the day before" needs the event told just before. A hint is
 * resolved against the article's date when it has one, and again later if the article is dated
 * from other articles.
 */

import { monthNumber } from './dates';

export type DateHint =
  | { kind: 'monthDay'; month: number; day: number; year: number | null; endMonth?: number; endDay?: number }
  | {
      kind: 'weekday';
      weekday: number;
      direction: 'past' | 'future';
      /** The direction was read next to the day ("will meet … on Monday", "next Monday", "Monday's summit"). */
      near?: boolean;
    }
  | { kind: 'offset'; days: number }
  | { kind: 'dayOfMonth'; day: number; endDay?: number; monthOffset: number }
  /**
   * "the day before", "a day after": a day counted from the event told just before. "the previous
   * day", "the next day" and "the same day" count from it too (`orPublished`), and only where the
   * article told none, from the report's date, as "yesterday" would.
   */
  | { kind: 'previousEvent'; days: number; orPublished?: true }
  /**
   * "last week" (-1) or "earlier this week" (0): a calendar week, never a day. It dates nothing by
   * itself; it bounds where an event another article dates may lie (see week-reference.ts).
   */
  | { kind: 'week'; weeks: -1 | 0 };

export interface FoundDate {
  hint: DateHint;
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /**
   * After "since": the day of an earlier event the sentence measures from ("meeting again a week
   * since the 23rd", "the first talks since May 23"), never the day of what it reports.
   */
  since?: true;
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTH_NAME =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
/** "April 16", "Aug. 1", "June 15-17", "September 16, 2025", "June 30 to July 2". */
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_NAME})\\s+(\\d{1,2})(?!\\d|\\s*(?:%|percent|pc\\b))(?:\\s*(?:-|–|to|through)\\s*(?:(${MONTH_NAME})\\s+)?(\\d{1,2})(?!\\d))?(?:,?\\s+(\\d{4}))?`,
  'g',
);
/** "16 April 2025", "9th July", "the 9th of July" (day first). */
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);
const WEEKDAY =
  /\b(?:(last|next|this|on|from|until|by|since)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b/g;
const OFFSET =
  /\b(yesterday|today|tomorrow|the previous day|the following day|the next day|the same day|that same day|(?:earlier|later)\s+(?:in\s+the|that)\s+day)\b/gi;
/** The offsets a narrative counts from its last event, not from the time of writing. */
const NARRATIVE_OFFSET = /^(?:the|that|earlier|later)\s/i;
/** "Earlier in the day", "later that day": the day of the event just told. */
const SAME_DAY = /^(?:today|the same day|that same day|earlier|later)\b/i;
/** "the 30th (local time)", "the 15th to 16th of next month". */
const DAY_OF_MONTH =
  /\b(?:the|on)\s+(\d{1,2})(?:st|nd|rd|th)(?:\s*(?:to|-|–|and)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th))?(?:\s+of\s+(this|next|last)\s+month)?\b/gi;
const PREVIOUS_EVENT = /\b(?:the day before|a day (?:earlier|after|before)|the previous evening)\b/gi;
/**
 * A week relative to the time of speaking. "The week before" is left out: it is mostly measured
 * from an event ("the week before the talks"), not from the report.
 */
const WEEK = /\b(?:(last|the previous)|(earlier this))\s+week\b/gi;

/**
 * Where the sentence speaks of the future, a bare weekday looks forward from the article's date.
 * What draws near is still ahead too: "the deadline is coming on Wednesday", "looming on Friday".
 */
const FUTURE =
  /\b(?:will|shall|is to|are to|plans? to|planned|scheduled|expected to|set to|due to|is due|would|upcoming|next|intends? to|aims? to|going to|to be held|envisaged|tipped to|coming|approaching|looming)\b/i;

/** A modal or "to be" with its verb just before a weekday: what is said of it is still to come. */
const MODAL_BEFORE =
  /\b(?:(?:will|would|could|may|might|can|shall|should|must)\s+(?:not\s+)?(?:be\s+)?|to\s+be\s+)\w+\s+(?:\w+\s+){0,2}$/i;
/**
 * A headline's future, a subject with an infinitive and no verb of its own: "Lynch to hold talks on
 * Tuesday", "Trade team to visit Seoul Friday". A place before "to" ("flew to Washington to hold
 * talks on Tuesday") is the sentence's own verb's, not a subject.
 */
const SUBJECT_INFINITIVE =
  /(?<!\b(?:to|in|at|for|from|of)\s)(?:\b[A-Z][\w.'’-]*|\b(?:officials|ministers?|team|delegation|negotiators?|envoys?|chiefs?|leaders?))\s+to\s+(?:hold|meet|visit|travel|fly|host|sign|attend|resume|begin|start|head)\b[^.;,]{0,30}$/;

/** A finite past verb anywhere before: the infinitive is then the purpose of a past act. */
const FINITE_PAST = /\b(?:flew|went|came|was|were|had|met|left|took|arrived|\w{3,}ed)\b/i;

/** Where a clause ends and the next begins: ", and was due to", ", but will", "; he will". */
const NEXT_CLAUSE = /,\s+(?:and|but)\s|;/;
/** "ahead of Monday's summit", "before Tuesday's deadline": a day still to come. */
const AHEAD_OF = /\b(?:ahead of|before|in the run-up to|upcoming)\s+(?:the\s+)?$/i;

const PAST_BEFORE =
  /\b(?:said|met|held|spoke|told|left|arrived|went|came|was|were|had|began|ended|signed|\w+ed)\b[^,.;]{0,25}$/i;

/** "following the court ruling on Friday": what an event follows has happened. */
const FOLLOWING = /\b(?:following|in the wake of)\s+[^,.;]{0,35}$/i;

/** A past verb just after the weekday: "Trump on Tuesday told a cabinet meeting". */
const PAST_AFTER =
  /^\s*,?\s*(?:\w+ly\s+)?(?:said|told|met|held|spoke|left|went|came|was|were|had|began|ended|signed|\w+ed)\b/i;

/** Module level, not a closure in findDates: a named closure made per sentence costs more than its calls. */
function pushFound(out: FoundDate[], offset: number, m: RegExpExecArray, hint: DateHint): void {
  out.push({ hint, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
}

/**
 * The dates of a sentence. `tenseText` is the sentence with quoted words masked (same length):
 * a quote's "we're going to" is the speaker's future, not the tense of the sentence's dates.
 */
export function findDates(text: string, offset = 0, tenseText: string = text): FoundDate[] {
  const out: FoundDate[] = [];
  // Most sentences carry no date at all: a cheap test first (and no helper closure made for them).
  if (!/\d|day\b|yesterday|today|tomorrow|week\b/i.test(text)) return out;
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(text); m !== null; m = MONTH_DAY.exec(text)) {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    if (!month || day < 1 || day > 31) continue;
    const hint: DateHint = { kind: 'monthDay', month, day, year: m[5] ? Number(m[5]) : null };
    if (m[4]) {
      const endDay = Number(m[4]);
      const endMonth = m[3] ? monthNumber(m[3]) : month;
      if (endMonth && endDay >= 1 && endDay <= 31) {
        hint.endMonth = endMonth;
        hint.endDay = endDay;
      }
    }
    pushFound(out, offset, m, hint);
  }
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(text); m !== null; m = DAY_MONTH.exec(text)) {
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    if (!month || day < 1 || day > 31 || overlaps(out, offset + m.index)) continue;
    pushFound(out, offset, m, { kind: 'monthDay', month, day, year: m[3] ? Number(m[3]) : null });
  }
  const future = FUTURE.test(tenseText);
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m !== null; m = WEEKDAY.exec(text)) {
    const weekday = WEEKDAYS[m[2]!.toLowerCase()]!;
    const mod = m[1]?.toLowerCase();
    // The verb next to the weekday sets its tense ("said Monday that he will …" is past).
    const before = tenseText.slice(Math.max(0, m.index - 40), m.index);
    // "could be extended beyond Tuesday", "to be addressed during Monday's summit": a participle
    // after a modal or "to be" is no past tense.
    const modal = MODAL_BEFORE.test(before);
    const pastVerb = !modal && (PAST_BEFORE.test(before) || FOLLOWING.test(before));
    // The words after it, up to its clause's end: in "spoke to Kolb on Tuesday, and was due to
    // talk to Vey on Wednesday" the later clause's tense is not Tuesday's.
    let after = tenseText.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const clauseEnd = after.search(NEXT_CLAUSE);
    if (clauseEnd >= 0) after = after.slice(0, clauseEnd);
    const futureNear =
      modal ||
      FUTURE.test(before) ||
      FUTURE.test(after) ||
      (!pastVerb && SUBJECT_INFINITIVE.test(before) && !FINITE_PAST.test(tenseText.slice(0, m.index)));
    const pastAfter = !futureNear && PAST_AFTER.test(after);
    // "Sunday's election" is a day already past unless the text says "next".
    const possessive = /['’]s$/.test(m[0]);
    const ahead = possessive
      ? modal || AHEAD_OF.test(before)
      : mod !== 'last' && mod !== 'since' && !pastVerb && !pastAfter && (futureNear || future);
    const direction = mod === 'next' || ahead ? 'future' : 'past';
    // The tense read next to the day itself, not only somewhere in the sentence.
    const near = mod === 'next' || mod === 'last' || possessive || futureNear || pastVerb || pastAfter;
    pushFound(
      out,
      offset,
      m,
      near ? { kind: 'weekday', weekday, direction, near } : { kind: 'weekday', weekday, direction },
    );
  }
  OFFSET.lastIndex = 0;
  for (let m = OFFSET.exec(text); m !== null; m = OFFSET.exec(text)) {
    const w = m[1]!.toLowerCase();
    const days = w === 'yesterday' || w === 'the previous day' ? -1 : SAME_DAY.test(w) ? 0 : 1;
    // "met Lutnick the previous day" (after "spoke by phone on Saturday"): the day before the
    // event just told, which is the report's yesterday only when the report told none.
    if (NARRATIVE_OFFSET.test(w))
      pushFound(out, offset, m, { kind: 'previousEvent', days, orPublished: true });
    else pushFound(out, offset, m, { kind: 'offset', days });
  }
  DAY_OF_MONTH.lastIndex = 0;
  for (let m = DAY_OF_MONTH.exec(text); m !== null; m = DAY_OF_MONTH.exec(text)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    // "the 9th of July" was read above as a day and month.
    if (out.some((f) => f.start >= offset + m!.index && f.start < offset + m!.index + m![0].length + 4))
      continue;
    const rel = m[3]?.toLowerCase();
    const hint: DateHint = {
      kind: 'dayOfMonth',
      day,
      monthOffset: rel === 'next' ? 1 : rel === 'last' ? -1 : 0,
    };
    if (m[2]) hint.endDay = Number(m[2]);
    pushFound(out, offset, m, hint);
  }
  PREVIOUS_EVENT.lastIndex = 0;
  for (let m = PREVIOUS_EVENT.exec(text); m !== null; m = PREVIOUS_EVENT.exec(text)) {
    pushFound(out, offset, m, { kind: 'previousEvent', days: -1 });
  }
  WEEK.lastIndex = 0;
  for (let m = WEEK.exec(text); m !== null; m = WEEK.exec(text)) {
    pushFound(out, offset, m, { kind: 'week', weeks: m[1] ? -1 : 0 });
  }
  for (const d of out)
    if (/\bsince\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, d.start - offset - 10), d.start - offset)))
      d.since = true;
  return out.sort((a, b) => a.start - b.start);
}

/** The verb a remark's day follows: "said Monday", "told reporters on Tuesday". */
const REMARK_VERB =
  /\b(?:said|says|told (?:reporters|journalists|lawmakers|parliament|a press conference|a news conference)|stated|added|noted|stressed|emphasi[sz]ed|explained|reported|confirmed|wrote|posted|tweeted)\s+(?:on\s+)?$/i;

/**
 * "said Monday", "told reporters on Tuesday", "said last week", "stressed on July 9", "on Monday
 * said": when a remark was made, not an event.
 */
export function isRemarkDate(text: string, d: FoundDate): boolean {
  if (d.hint.kind === 'dayOfMonth' || (d.hint.kind === 'previousEvent' && !d.hint.orPublished)) return false;
  return (
    REMARK_VERB.test(text.slice(Math.max(0, d.start - 30), d.start)) ||
    ((d.hint.kind === 'weekday' || d.hint.kind === 'offset' || d.hint.kind === 'previousEvent') &&
      REMARK_VERB_AFTER.test(text.slice(d.end, d.end + 30)))
  );
}

/**
 * The remark's verb right after its weekday: "Goyal on Monday said", "the ministry on Friday
 * confirmed". Not after a comma: "takes effect on August 1, said the minister" dates the measure.
 */
const REMARK_VERB_AFTER =
  /^\s+(?:said|says|stated|added|noted|stressed|emphasi[sz]ed|explained|reported|confirmed|wrote|posted|tweeted|told (?:reporters|journalists|lawmakers|parliament))\b/i;

/**
 * Whether `between` — the words from the end of a name to a remark's day — is just the remark's
 * verb: "Shigeru Ishiba| said |Monday" names the speaker, "Ishiba, who met Trump, said Monday"
 * is left alone.
 */
export function onlyRemarkVerb(between: string): boolean {
  return /^\s+(?:said|says|told reporters|told a press conference|stated|added)\s+(?:on\s+)?$/i.test(between);
}

function overlaps(found: FoundDate[], at: number): boolean {
  return found.some((f) => f.start <= at && at < f.end);
}

const DAY_MS = 86_400_000;
const HALF_YEAR_MS = 183 * DAY_MS;

export interface Resolved {
  date: string;
  endDate: string | null;
}

/**
 * A hint as calendar days. `published` is the article's date (null when unknown); `previous` is
 * the date of the event the article told just before; `defaultYear` dates "April 16" in an
 * undated article; `held` says the sentence tells the event as done, so it cannot be after the report.
 */
export function resolveHint(
  hint: DateHint,
  published: string | null,
  previous: string | null,
  defaultYear: number,
  held = false,
): Resolved | null {
  const ref = published ? parseDay(published) : null;
  switch (hint.kind) {
    case 'monthDay': {
      let year = hint.year ?? ref?.getUTCFullYear() ?? defaultYear;
      if (hint.year === null && ref) {
        // A day and month without a year is the one nearest the report: "December 12" in a
        // January report is last December, "January 5" in a December report next January.
        const ahead = Date.UTC(year, hint.month - 1, hint.day) - ref.getTime();
        if (ahead > HALF_YEAR_MS) year -= 1;
        else if (ahead < -HALF_YEAR_MS) year += 1;
        // What the report tells as done cannot lie after it (a day of slack for time zones).
        if (held && Date.UTC(year, hint.month - 1, hint.day) - ref.getTime() > DAY_MS) year -= 1;
      }
      const date = day(year, hint.month, hint.day);
      if (!date) return null;
      let endDate: string | null = null;
      if (hint.endDay !== undefined && hint.endMonth !== undefined) {
        const endYear = hint.endMonth < hint.month ? year + 1 : year;
        endDate = day(endYear, hint.endMonth, hint.endDay);
      }
      return { date, endDate };
    }
    case 'weekday': {
      if (!ref) return null;
      const diff = hint.weekday - ref.getUTCDay();
      let shift = hint.direction === 'past' ? (diff > 0 ? diff - 7 : diff) : diff < 0 ? diff + 7 : diff;
      // Told as done ("spoke to Kolb on Tuesday, and … would …"), it is the Tuesday before,
      // unless the words next to the day look ahead ("the deadline … coming on Wednesday").
      if (held && !hint.near && shift > 0) shift -= 7;
      return { date: iso(addDays(ref, shift)), endDate: null };
    }
    case 'offset':
      return ref ? { date: iso(addDays(ref, hint.days)), endDate: null } : null;
    case 'dayOfMonth': {
      if (!ref) return null;
      // "the 30th" in a report of the 31st is this month; in a report of the 2nd, last month.
      let month = ref.getUTCMonth() + 1 + hint.monthOffset;
      let year = ref.getUTCFullYear();
      if (hint.monthOffset === 0 && hint.day > ref.getUTCDate() + 1) month -= 1;
      if (month < 1) {
        month += 12;
        year -= 1;
      } else if (month > 12) {
        month -= 12;
        year += 1;
      }
      const date = day(year, month, hint.day);
      if (!date) return null;
      const endDate = hint.endDay !== undefined ? day(year, month, hint.endDay) : null;
      return { date, endDate };
    }
    case 'previousEvent': {
      // The event told before counts only when it lies before the report (a deadline still to
      // come is no point a narrative counts back from).
      const usable = previous !== null && (!hint.orPublished || published === null || previous <= published);
      const p = usable ? parseDay(previous) : hint.orPublished ? ref : null;
      return p ? { date: iso(addDays(p, hint.days)), endDate: null } : null;
    }
    case 'week':
      // A week is no date.
      return null;
  }
}

/** Calendar days that satisfy a hint without a reference date: a weekday, a day of the month. */
export function matchesHint(hint: DateHint, date: string): boolean {
  const d = parseDay(date);
  if (!d) return false;
  if (hint.kind === 'weekday') return d.getUTCDay() === hint.weekday;
  if (hint.kind === 'dayOfMonth') return d.getUTCDate() === hint.day && hint.monthOffset === 0;
  return false;
}

export function parseDay(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function iso(d: Date): string {
  // The same digits as toISOString for four-digit years, without building the full timestamp.
  const y = d.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function day(year: number, month: number, dayOfMonth: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (d.getUTCMonth() !== month - 1) return null;
  return iso(d);
}
