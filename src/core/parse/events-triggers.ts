import type { EventType } from '../article';
import { NUMBER_WORDS } from '../text/number-words';

/**
 * The words that report a negotiation development, by event type, and the round number a sentence
 * gives ("fifth round", "his eighth", "the fourth Minister-level", "nine times since April").
 */

export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  /** A verb ("met", "signed", "was chosen") rather than a noun ("talks", "deal"). */
  verb?: boolean;
}

const VERB_TRIGGER =
  /^(?:met|meets?|held|spoke|phoned|arriv(?:ed|es|ing)|depart(?:ed|s|ing)|embark|left|leav(?:e|es|ing)|return|visit(?:ed|s|ing)|travel|flew|extend|cancel|signed|announced|impos|unveiled|took|tak(?:es?|ing)\s|(?:come|comes|came|coming|go|goes|went|going|enter|enters|entered|entering)\s+into|head|kicks?|implement|was chosen|were chosen|appointed|named|notified|decision|announcement|ruled|court|judge|tribunal)/i;

/** Types in order of precedence when one sentence has several triggers and one event. */
export const PRECEDENCE: EventType[] = [
  'round',
  'trip',
  'call',
  'summit',
  'letter',
  'order',
  'election',
  'deadline',
  'agreement',
  'meeting',
  'other',
];

/** Types worth an event even without a date or a round number. */
export const STANDALONE = new Set<EventType>([
  'trip',
  'call',
  'summit',
  'letter',
  'order',
  'election',
  'deadline',
]);

const ORDINALS: Record<string, number> = {
  first: 1,
  initial: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
};
// "has visited Washington nine times": "once" and "twice", then the words from two up.
const { one: _one, ...TWO_UP } = NUMBER_WORDS;
const CARDINALS: Readonly<Record<string, number>> = { once: 1, twice: 2, ...TWO_UP };

/**
 * A word between the ordinal and its noun ("eighth diplomatic trip", "fourth
 * ministerial-level talks"), never a word that starts another phrase ("first step toward talks").
 */
const MODIFIER =
  // "the first such meeting by a leader": one of a kind of meetings, not a round of these talks.
  '(?!(?:to|for|and|or|the|a|an|in|on|at|with|by|from|step|steps|time|since|after|before|that|this|his|her|their|such|' +
  // A span of time is no round: "the second day of talks", "the first week of negotiations".
  'days?|weeks?|months?|years?|hours?|half|quarter|phase|stage|tranche|batch|wave)\\b)[a-z][a-z-]{1,20}';

const ORD = `(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
/** "fifth round", "the fourth Minister-level tariff negotiations", "first meeting", "initial meeting". */
const ROUND_ORDINAL = new RegExp(
  `\\b${ORD}\\s+(?:(?:round|Minister-level|Japan-U\\.S\\.|U\\.S\\.-Japan|Japan-US|US-Japan|of|${MODIFIER})\\s+){0,4}(round|meeting|talks|negotiations?|session|visit|trip|mission)\\b`,
  'gi',
);
/** "embarked for the United States for the seventh time": the seventh visit. */
const TIME_ORDINAL = new RegExp(`\\bfor\\s+the\\s+${ORD}\\s+time\\b`, 'gi');
/**
 * A count within a government's term, not of the talks: "the first Washington trip by officials
 * appointed under President Lee", "the first visit under the new administration".
 */
const WITHIN_AN_ERA =
  /^\s+(?:by\s+[^.;]{0,60}?\b(?:appointed|named|chosen)\s+(?:by|under)\b|under\s+(?:the\s+)?(?:new\s+)?(?:[A-Z]|government|administration))/;
/**
 * A count within a span or of a class of visitors, not of the talks: "his fourth trip to the US
 * within a month", "the first visit by a Southeast Asian leader".
 */
const WITHIN_A_SPAN =
  /^(?:\s+to\s+(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*)?)?\s+(?:within\s+(?:a|an|one|two|three|four|five|six|the\s+(?:same|past|last))\s+(?:few\s+)?(?:days?|weeks?|months?|years?)\b|by\s+(?:a|an|any)\s)/;
/**
 * "the first meeting between the two countries since Trump imposed …": a first since something
 * counts none between, whatever words come before the "since" in its clause.
 */
const FIRST_SINCE = /^[^.;,]{0,60}?\bsince\b/;

/** "his eighth" standing alone ("this weekend – his eighth –"). */
const HIS_ORDINAL = new RegExp(`\\b(?:his|her)\\s+${ORD}\\b(?=\\s*(?:[–—,.;)-]|$))`, 'gi');
/** "has travelled to Washington nine times since April": this is the ninth visit. */
const TIMES = new RegExp(
  `\\b(?:visited|travell?ed|been|flown)\\b[^.;]{0,40}?\\b(${Object.keys(CARDINALS).join('|')}|\\d{1,2})\\s+times\\b`,
  'gi',
);

const LEADERS = /\b(?:summit|leaders?'?|face-to-face)\b/i;
const NOT_TALKS =
  /^\s+of\s+(?:\w+\s+)?(?:tariffs?|levies|sanctions|cuts|duties|layoffs|funding|investment)\b/i;

/** Cheap test first: most sentences have no ordinal and no "times". */
const MAYBE_ROUND = new RegExp(`${ORD}|\\btimes\\b`, 'i');

export interface RoundPhrase {
  round: number;
  start: number;
  end: number;
}

/** The first round number the text gives, if any. */
export function roundIn(text: string): RoundPhrase | null {
  return roundsIn(text)[0] ?? null;
}

/**
 * The round numbers a sentence gives, in order of the phrases' kinds (an ordinal with its noun,
 * "his eighth", "nine times"): each belongs to the noun it modifies, so an event takes the one
 * whose phrase holds its trigger (see `roundFor`).
 */
export function roundsIn(text: string): RoundPhrase[] {
  const out: RoundPhrase[] = [];
  if (!MAYBE_ROUND.test(text)) return out;
  // Leaders' meetings are summits, not ministerial rounds: "their first face-to-face meeting".
  for (const re of [ROUND_ORDINAL, HIS_ORDINAL, TIME_ORDINAL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const head = (m[2] ?? '').toLowerCase();
      const near = text.slice(Math.max(0, m.index - 40), m.index + m[0].length);
      if (head && head !== 'round' && LEADERS.test(near)) continue;
      // "the first round of tariffs" is not a round of talks.
      if (head === 'round' && NOT_TALKS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 25)))
        continue;
      // "the first meeting since May", "the first talks in years": a count of none between, no round.
      if (
        /^\s+(?:since|in\s+(?:years|months|decades|weeks))\b/i.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 20),
        )
      )
        continue;
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
      if (WITHIN_AN_ERA.test(rest) || WITHIN_A_SPAN.test(rest)) continue;
      const n = ordinal(m[1]!);
      if (n === 1 && FIRST_SINCE.test(rest)) continue;
      if (n !== null) out.push({ round: n, start: m.index, end: m.index + m[0].length });
    }
  }
  TIMES.lastIndex = 0;
  const t = TIMES.exec(text);
  if (t) {
    const n = CARDINALS[t[1]!.toLowerCase()] ?? Number(t[1]);
    if (Number.isFinite(n) && n > 0) out.push({ round: n, start: t.index, end: t.index + t[0].length });
  }
  return out;
}

/**
 * The round number of the event a trigger reports: the phrase that holds the trigger ("his
 * eighth trip"), else the only one the sentence gives, else the nearest — "on his ninth trip he
 * recalled the seventh round" numbers the trip 9.
 */
export function roundFor(phrases: readonly RoundPhrase[], at: { start: number; end: number }): number | null {
  if (phrases.length === 0) return null;
  const holding = phrases.find((p) => p.start <= at.start && at.end <= p.end);
  if (holding) return holding.round;
  if (phrases.length === 1) return phrases[0]!.round;
  let best = phrases[0]!;
  const gap = (p: RoundPhrase) => (p.start >= at.end ? p.start - at.end : Math.max(0, at.start - p.end));
  for (const p of phrases) if (gap(p) < gap(best)) best = p;
  return best.round;
}

function ordinal(word: string): number | null {
  const w = word.toLowerCase();
  if (ORDINALS[w] !== undefined) return ORDINALS[w]!;
  const n = Number.parseInt(w, 10);
  return Number.isFinite(n) && n > 0 && n < 100 ? n : null;
}

/*
 * A measure with the day it starts, in the "other" pattern below: "a 30% levy on European goods
 * from August 1", "tariffs due on April 2", "a 25% tariff ... starting August 1". Without an
 * effect verb, the day is still the measure's own.
 */
const PATTERNS: [EventType, RegExp][] = [
  [
    'call',
    /\b(?:(?:tele)?phone(?:d)?(?!\s+(?:interview|number|line)s?\b)(?:\s+(?:call|talks|conversation))?|calls?(?=\s+with\b)|call(?=\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|between)\b)|video\s?(?:conference|call))\b/gi,
  ],
  [
    'trip',
    /\b(?:depart(?:ed|s|ing|ure)?|(?:leave|leaves|left|leaving)(?=\s+(?:\w+\s+){0,2}for\s+(?:the\s+)?[A-Z])|head(?:s|ed|ing)?(?=\s+(?:back\s+)?(?:for|to)\s+(?:the\s+)?[A-Z])|arriv(?:ed|es|al|ing|e)(?!\s+at\s+(?:an?|the|some)\s+(?:\w+\s+)?(?:deal|agreement|conclusion|decision|consensus|solution|compromise|understanding)\b)|return(?:ed|s|ing)?(?=\s+(?:home\b|to\s+(?:Japan|Tokyo|Washington|the\s+U|Seoul|Beijing|[A-Z][a-z]+\b(?!\s+(?:of|an|a)\b))))|visit(?:ed|s|ing)?(?=\s+(?:to\s+)?(?:Washington|Tokyo|the U|the US|Japan|[A-Z]))|(?:flying\s+)?visit(?=\s+to\b)|trip|travell?(?:ed|s|ing)?(?=\s+to\b)|extend(?:ed|s)?\s+(?:his|her|its|their)\s+(?:stay|visit|trip)|cancel(?:l?ed|s)?(?=\s+(?:his|her|a|the)\s+(?:\w+\s+)?(?:trip|visit))|embark(?:ed|s|ing)?(?=\s+for\s+(?:the\s+)?[A-Z])|flew|fl(?:y|ies|ying)(?=\s+(?:back\s+)?to\s+[A-Z])|jet(?:s|ted|ting)?(?=\s+(?:off\s+)?to\s+[A-Z]))\b/gi,
  ],
  ['summit', /\b(?:summit|leaders'?\s+(?:meeting|talks)|face-to-face\s+(?:talks|meeting|summit))\b/gi],
  ['letter', /\bletters?\b(?!\s+of\s+(?:intent|credit))/gi],
  ['order', /\b(?:executive|presidential)\s+orders?\b|\bproclamation\b/gi],
  /*
   * An election told by its result or its house: "lost their majority in the 248-member upper
   * house on Sunday", "cost the coalition its majority in the upper chamber", "lost its hold on
   * the upper house", "an upper house vote", "upper house polls".
   */
  [
    'election',
    /\belections?\b|\b(?:lost|lose|loses|losing|cost|costs|retained|retains?|kept|keeps?|won|wins?)\b[^.;]{0,40}?\b(?:its|their|his|her|a)\s+(?:[\w-]+\s+)?(?:majority|hold|control)\s+(?:in|of|on)\s+(?:the\s+)?(?:[\w’'‑-]+\s+){0,3}?(?:upper|lower)[\s‑-]+(?:house|chamber)\b|\b(?:upper|lower)[\s‑-]+house\s+(?:vote|polls?)\b/gi,
  ],
  [
    'deadline',
    /\bdeadline\b|\b(?:pause|reprieve|truce|suspension)\b(?=[^.;]{0,60}\b(?:ends?|expires?|runs out)\b)|\b(?:expiry|expiration)\s+of\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:pause|suspension|reprieve|truce)\b/gi,
  ],
  [
    'agreement',
    /\b(?:agreement|deal|accord|pact|memorand(?:um|ums|a)\s+of\s+understanding|MOUs?|signed|signing)\b/gi,
  ],
  [
    'meeting',
    /\b(?:met|meet|meets|meeting|talks|negotiations?|discussions|held\s+(?:talks|a\s+meeting)|testimony|testif(?:y|ied|ies)|hearing|deliberations|session|spoke(?=\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:with|to)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b|(?:U\.S\.|(?:US|UK)(?=\s+(?:[Tt]rade|[Cc]ommerce|[Tt]reasury|[Ss]ecretary|[Rr]epresentative|[Pp]resident|[Aa]mbassador|[Vv]ice)\b)|EU|European|British|Japanese|(?:South\s+)?Korean|Chinese|Indian|Canadian|Mexican|Vietnamese|Swiss)\s|(?:Secretary|Minister|President|Prime|Commissioner|Ambassador|Trade|Treasury|Commerce)\b)))\b/gi,
  ],
  [
    'other',
    /\b(?:announced|impos(?:e|es|ed|ing)|unveiled|took\s+effect|tak(?:es?|ing)\s+effect|(?:come|comes|came|coming|go|goes|went|going|enter|enters|entered|entering)\s+into\s+(?:effect|force)|kick(?:s|ed|ing)?\s+in|implement(?:ing|ed|s)?|was\s+chosen|were\s+chosen|appointed|named\s+as|notified|(?:decision|announcement)\s+(?:was|were)\s+made|ruled|(?:court|judge|tribunal)(?:['’]s)?\s+(?:ruling|decision)|(?:tariffs?|levy|levies|duties|surcharges?|countermeasures)(?=(?:\s+(?:hikes?|increases?|rises?))?\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)|[^.;]{0,60}?\b(?:starting|from|effective|due\s+on|beginning|as\s+of|(?:begin|start)s?|(?:scheduled|set|slated|planned)\s+for)\s+(?:on\s+|from\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)))\b/gi,
  ],
];

/** The top-level alternatives of a pattern's source (split at `|` outside groups and classes). */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * All trigger patterns as one alternation, so a body is scanned once; the group says the type.
 * When every alternative opens at a word boundary (as all do now), the boundary is asked once
 * before the alternation: the scan then skips the middle of each word at one test, a third
 * faster, and finds the same matches.
 */
const ALTERNATION = PATTERNS.map(([, re]) => `(${re.source})`).join('|');
const ALL = new RegExp(
  PATTERNS.every(([, re]) => alternativesOf(re.source).every((a) => a.startsWith('\\b')))
    ? `\\b(?:${ALTERNATION})`
    : ALTERNATION,
  'gi',
);

/** Every trigger word in `text`, with its type, in order. */
export function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m !== null; m = ALL.exec(text)) {
    let k = 1;
    while (k <= PATTERNS.length && m[k] === undefined) k++;
    const type = PATTERNS[k - 1]?.[0];
    if (!type) continue;
    const end = m.index + m[0].length;
    // The patterns are case-blind; a destination is a name: "left for Washington", not "leaving
    // room for talks".
    if (type === 'trip' && LEAVE_OR_HEAD.test(m[0]) && !TO_A_NAME.test(text.slice(end, end + 40))) continue;
    // "the Trade Negotiation Headquarters", "the Economic Prosperity Accord": part of a name.
    if ((type === 'agreement' || type === 'meeting') && isPartOfName(text, m.index, m[0])) continue;
    // "through his repeated visits to the United States": visits in general, no one trip.
    if (
      type === 'trip' &&
      PLURAL_TRIP.test(m[0]) &&
      GENERIC_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))
    )
      continue;
    // "met with reporters at Union Station", "meets the press": a remark's setting, not talks.
    if (type === 'meeting' && PRESS_AFTER.test(text.slice(end, end + 40))) continue;
    out.push({ type, start: m.index, end, verb: VERB_TRIGGER.test(m[0]) });
  }
  return out;
}

const PLURAL_TRIP = /^(?:visits|trips)$/i;
/** Words that make plural visits a habit, not an event: "repeated visits", "several trips". */
const GENERIC_BEFORE =
  /\b(?:repeated|several|multiple|frequent|numerous|many|regular|past|previous|various)\s+(?:[\w-]+\s+)?$/i;

/** Who a "met"/"meets" of a remark is with: the press, not a negotiating party. */
const PRESS_AFTER =
  /^\s+(?:with\s+)?(?:(?:local|foreign|Japanese|Korean|Indian|U\.S\.|US|the)\s+)?(?:reporters|journalists|press|media|correspondents)\b/i;

const LEAVE_OR_HEAD = /^(?:leav|left|head|fl[yi]|jet)/i;
/** The words after "left" or "heads" up to a capitalised destination ("for the United States"). */
const TO_A_NAME = /^\s+(?:[\w-]+\s+){0,2}?(?:for|to)\s+(?:the\s+)?[A-Z]/;

/**
 * "the United States-Mexico-Canada Agreement", "the Paris Agreement", "the Economic Prosperity
 * Accord": a capitalised agreement word after a capitalised word names a treaty, not something
 * that happened. A headline in title case capitalises every word, so there it still counts.
 */
function isPartOfName(text: string, at: number, word: string): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  if (!/[A-Z][\w.'’-]*[ -]$/.test(before) || /[.!?:]\s*$/.test(before)) return false;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const words = line.match(/[A-Za-z][\w'’-]*/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised < words.length * 0.6;
}
