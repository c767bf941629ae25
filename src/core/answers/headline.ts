import { baseOfPast, isPastForm, presentOf } from '../text/verb-forms';
import { capitalize } from './format';

/**
 * A report's sentence as a headline of what happened ("Japan and the U.S. sign investment
 * memorandum"), by the shape of news writing: its subject, main verb and object, in the present
 * tense, without the dateline, the leading date or place clause and the trailing attribution, at
 * most MAX characters, cut at a phrase boundary. A sentence with no such shape (a quote, a
 * fragment) gives none; event-headline.ts then says the event's kind, people and place.
 */

/** A headline longer than this is cut back at a phrase boundary. */
export const MAX = 70;
/** How far past MAX a headline may run rather than lose its last word. */
const SLACK = 3;
/** A headline shorter than this says too little; the kind, people and place say more. */
const MIN = 12;

/** A sentence on one line: hard wraps and runs of spaces become single spaces. */
export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Washington, April 8 (Jiji Press)--", "TOKYO (Reuters) -", "WASHINGTON —": the dateline. */
const DATELINE =
  /^(?:[A-Z][A-Za-z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^()]{1,40}\)\s*(?:--|[—–:-])\s*|[A-Z][A-Z.' ]{2,30}(?:,\s*[A-Z][A-Za-z0-9. ]{1,20})?\s*(?:\([^()]{1,40}\))?\s*(?:--|[—–:]|\s-)\s*)/;

/** A sentence without its dateline: a report's own words, shown as a point of a briefing, start with what happened. */
export const withoutDateline = (sentence: string): string => sentence.replace(DATELINE, '');

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** Words that say when, dropped from a headline: "on April 16", "Tuesday", "on the 30th", "last week". */
const WHEN = new RegExp(
  [
    '\\b(?:just\\s+)?(?:a\\s+few|several|two|three|\\d+|a)\\s+(?:hours?|days?|weeks?)\\s+(?:after|before)\\b.*$',
    `\\b(?:on|by|from|until|through)\\s+(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+\\d{4})?`,
    `\\b(?:in|since)\\s+${MONTH}(?:\\s+\\d{4})?`,
    `\\b(?:on\\s+)?\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`,
    `\\b(?:on\\s+)?(?:(?:early|late)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
    '\\bon\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)',
    '\\b(?:earlier|later|last|this|next)\\s+(?:weekend|week|month|year)\\b',
    '\\b(?:earlier|later)\\s+(?:this|that)\\s+(?:week|month|year|day)\\b',
    "\\b(?:yesterday|today|tomorrow)\\b(?![’']s)",
    '\\bfor\\s+(?:about|some|nearly|roughly|around|more than|over)?\\s*(?:\\d+|an?|one|two|three)[\\s-]*(?:minutes?|hours?|days?)(?:\\s+and\\s+\\d+\\s+minutes)?\\b',
    '\\b(?:the|a)\\s+day\\s+(?:before|after|earlier|later)\\b',
  ].join('|'),
  'gi',
);

/** Clauses that lead into a sentence and say when, where or how it fits: dropped. */
const LEAD_WORDS =
  /^(?:on|in|at|after|before|following|during|earlier|later|last|meanwhile|however|but|and|also|still|since|when|while|as|amid|despite|under|with|then|separately|previously|moreover|furthermore|yet|so|thus|instead|today|yesterday|ahead|according|by|for|from|until|over|now|once|in\s+addition|indeed)\b/i;

/** Clauses that lead into the main one: "Because …,", "To attend the meeting,", "Speaking at a gala,". */
const SUBORDINATE =
  /^(?:because|although|though|if|unless|when|while|as|since|after|before|once|despite|with|to\s+[a-z]+|[A-Z][a-z]+ing)\b/;

/** A trailing attribution: ", according to …", ", officials said", ", the ministry said Monday". */
const ATTRIBUTION =
  /,\s+(?:according\s+to\b.*|(?:[^,]{1,60}\s+)?(?:said|says|told|reported|added|noted|stated|explained)\b[^,]{0,40})$/i;

/** Words that begin a clause of their own after the object: the headline ends before them. */
const CLAUSE =
  /^(?:which|who|whom|whose|where|while|because|although|though|when|unless|if|whereas|but|so|saying|adding|noting|according|prompting|making)$/i;
/** Words that begin a clause after some object ("met Lutnick as talks stalled"), or a phrase right after the verb ("chosen as point man"). */
const LATE_CLAUSE = /^(?:as|after|before|amid|following|since|until|despite|ahead)$/i;

/** Words after which an appositive or a relative clause runs to the next comma. */
const APPOSITIVE =
  /^(?:a|an|the|who|which|whose|his|her|its|their|one|both|then|also|now|already|[a-z]+ing)$/;

/** Words that make the verb phrase: auxiliaries and modals. */
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do']);
const FUTURE = new Set(['will', 'would', 'shall']);
/** "is set to", "is expected to", "plans to": the headline's "to". */
const FUTURE_PHRASE =
  /^(?:(?:is|are|was|were)\s+(?:set|scheduled|expected|due|slated|poised|going|planning|about)\s+to|(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped)\s+to|(?:is|are)\s+to)\s+/i;
/** Present forms a headline may keep as they are. */
const PRESENT_VERB =
  /^(?:discuss(?:es)?|push(?:es)?|meets?|holds?|signs?|says?|tells?|agrees?|announces?|visits?|calls?|speaks?|talks?|sends?|issues?|imposes?|raises?|cuts?|lowers?|pauses?|extends?|delays?|seeks?|warns?|vows?|plans?|leaves?|arrives?|heads?|returns?|reach(?:es)?|strikes?|wins?|loses?|begins?|starts?|ends?|opens?|urges?|unveils?|confirms?|rejects?|accepts?|welcomes?|expects?|aims?|hopes?|wants?|takes?|makes?|gives?|sets?)$/;

/** Leading words that only frame what follows: "it appears that", "it is said that". */
const FRAME = /^it\s+(?:appears|seems|is\s+(?:said|reported|understood|believed|expected))\s+that\s+/i;

/** Honorifics and offices before a name, dropped when the name is shortened. */
const TITLE_WORDS =
  /(?:(?:U\.S\.|US|Japanese|Japan['’]s|American|Chinese|EU|British|Korean|then|former|Chief|Prime|Vice|Deputy|Trade|Commerce|Treasury|Finance|Economy|Economic|Foreign|Defense|Agriculture|Cabinet|Revitalization|Top|Senior|Special|White House)\s+)*(?:President|Minister|Secretary|Representative|Negotiator|Ambassador|Chairman|Chair|Governor|Senator|Spokesman|Spokeswoman|Envoy|Adviser|Advisor|Official|Leader)\s+$/;

/** An office in lower case with up to three words before it: "economic revitalization minister". */
const OFFICE =
  /(?<=^|\s)(?:(?!(?:and|or|with|of|the|a|an|to|for|by|in|on|at|from|as|about|after|before|between)\s)[\w.’'-]+\s+){0,3}(?:president|minister|secretary|representative|negotiator|envoy|ambassador|chief)\s+$/i;

/** The headline of one sentence, or null when it has no subject-verb-object shape to give. */
export function headlineOf(sentence: string, participants: readonly string[] = []): string | null {
  let s = flat(sentence).replace(/(?:[.。]|…)\s*$/, '');
  s = s.replace(DATELINE, '');
  // Quoted words lead: the sentence reports a remark, not what happened.
  if (/^["“‘'(]/.test(s)) return null;
  s = s.replace(/\s*\([^()]{0,40}\)/g, '');
  s = dropLead(s);
  s = s.replace(FRAME, '');
  s = s.replace(ATTRIBUTION, '');
  s = s
    .replace(WHEN, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const words = s.split(' ').filter(Boolean);
  // Already a headline ("US Tariff of 15% on Japan Auto Exports Kicks In"): keep its words.
  if (s.length <= MAX && isTitleCase(words)) return s;
  const verbAt = mainVerb(words);
  if (verbAt === null) return null;
  const written = shortSubject(
    words.slice(0, verbAt).join(' ').replace(/,$/, ''),
    withoutAppositives(words.slice(0, verbAt)),
    participants,
  );
  // "The trade officials also said": the adverb goes with the verb, not the subject.
  const adverb = / (also|now|still|then|again|\w+ly)$/.exec(written);
  const subject = adverb ? written.slice(0, adverb.index) : written;
  // A pronoun names nobody: "He departed Tokyo", "His latest visit comes". The kind says more.
  if (!subject || PRONOUN_LED.test(subject) || /\b(?:what|whatever|which)\b/i.test(subject)) return null;
  const verb = verbPhrase(words, verbAt, isPlural(subject));
  const phrase = adverb ? `${adverb[1]} ${verb.phrase}` : verb.phrase;
  const object = objectOf(words.slice(verb.next), participants);
  // "Akazawa's calls with Lutnick come": a verb with nothing after it says too little.
  if (!object && !phrase.includes(' ')) return null;
  const core = `${subject} ${phrase}`.length;
  // Who and what alone overrun the line: no headline of this sentence fits without a cut mid-phrase.
  if (core > MAX - 8) return null;
  const text = fitLine([subject, phrase, ...(object ? [object] : [])].join(' '), core);
  if (text.length < MIN) return null;
  return capitalize(text);
}

/** Most words capitalised, as in an article's headline. */
function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((w) => /^[A-Za-z]{3,}/.test(w) && !TITLE_SMALL.test(w));
  return content.length >= 3 && content.every((w) => /^[A-Z]/.test(w));
}

/** Words a title leaves in lower case. */
const TITLE_SMALL = /^(?:the|and|for|with|from|into|over|but|nor|per|via)$/;

/** Drops leading clauses that end in a comma and start like a time, place or link word. */
function dropLead(s: string): string {
  // "Because …, Akazawa has said …", "If there is no deal by then, Japan …": the main clause follows.
  let out = s.replace(/^(?:but|and)\s+/i, '');
  const sub =
    SUBORDINATE.exec(out) ??
    /^(?:because|although|though|if|unless|when|while|since|once|despite)\b/i.exec(out);
  if (sub) {
    const comma = out.indexOf(', ');
    out = comma > 0 && comma < 200 ? out.slice(comma + 2) : out;
  }
  for (let i = 0; i < 3; i++) {
    const comma = out.indexOf(', ');
    if (comma < 0 || comma > 120 || !LEAD_WORDS.test(out)) break;
    out = out.slice(comma + 2);
  }
  // "But Japan …", "And the two sides …" without a comma.
  return out.replace(/^(?:but|and|also|still|yet|so|meanwhile)\s+/i, '');
}

const clean = (w: string) => w.replace(/^[“"‘'(]+|[”"’',;:)]+$/g, '');

/** Whether the word can be the main verb after a subject. */
function isVerbWord(words: readonly string[], i: number): boolean {
  const w = clean(words[i]!);
  if (!/^[a-z]/.test(w)) return false;
  const written = i > 0 ? clean(words[i - 1]!) : '';
  const before = written.toLowerCase();
  // "the proposed deal", "Japan's revised offer": a participle used as an adjective.
  const determiner = /^(?:the|a|an|its|his|her|their|this|that|these|those|newly|so-called)$/.test(before);
  const owner = /['’]s$/.test(words[i - 1] ?? '');
  if (AUX.has(w)) return !determiner;
  if (/^(?:plans?|aims?|hopes?|intends?)$/.test(w) && /^to$/i.test(clean(words[i + 1] ?? ''))) return true;
  if (isPastForm(w)) {
    // "a delegation led by …": a participle with its agent describes the noun before it.
    return !determiner && !owner && clean(words[i + 1] ?? '') !== 'by';
  }
  if (!PRESENT_VERB.test(w) || owner || determiner) return false;
  const adverb = /ly$|^(?:also|now|still|then|again)$/.test(before);
  // "tariff issues", "trade talks": after a lower-case noun an -s word is a plural, not a verb.
  if (/s$/.test(w)) return !/^[a-z]/.test(written) || adverb;
  // A base form ("sign", "meet") only follows a plural subject: "the 90-day pause" is a noun.
  return (
    adverb ||
    /(?:s|S\.)$/.test(written) ||
    /^(?:they|we|both|two)$/.test(before) ||
    words.slice(0, i).some((x) => x === 'and')
  );
}

/**
 * The index of the main verb: the first verb word after at least one subject word, outside an
 * appositive or relative clause set off by commas ("Akazawa, who was chosen in April, met …").
 */
function mainVerb(words: readonly string[]): number | null {
  let inside = false;
  for (let i = 0; i < words.length && i < 30; i++) {
    const w = words[i]!;
    if (!inside && i > 0 && isVerbWord(words, i)) return i;
    if (w.endsWith(',')) {
      if (inside) inside = false;
      else inside = opensAppositive(words, i + 1);
    }
  }
  return null;
}

/** After a comma in the subject: "a close ally of …", "who …", "Japan's minister for …" set off a description. */
function opensAppositive(words: readonly string[], i: number): boolean {
  const next = clean(words[i] ?? '');
  if (!next || isVerbWord(words, i)) return false;
  return APPOSITIVE.test(next) || /['’]s$/.test(next) || /^[a-z]/.test(next);
}

/** The subject without the comma-set appositives: "Akazawa, a close ally of Ishiba," → "Akazawa". */
function withoutAppositives(words: readonly string[]): string {
  const kept: string[] = [];
  let inside = false;
  words.forEach((w, i) => {
    if (!inside) kept.push(w);
    if (w.endsWith(',')) inside = inside ? false : opensAppositive(words, i + 1);
  });
  return kept.join(' ').replace(/,$/, '').trim();
}

/** People by their surname, as headlines name them: "U.S. Trade Representative Jamieson Greer" → "Greer". */
function shortSubject(whole: string, subject: string, participants: readonly string[]): string {
  for (const name of participants) {
    const last = name.split(' ').pop()!;
    // "Japan's top trade negotiator, Ryosei Akazawa," and "Prime Minister Shigeru Ishiba": a title
    // and the name, in either order. "Akazawa's calls with Lutnick", "Japan and Trump": more than a name.
    for (const text of [whole.replace(/,/g, ''), subject]) {
      const end = text.endsWith(name) ? name.length : text.endsWith(last) ? last.length : 0;
      if (end === 0 || (text.length > end && text[text.length - end - 1] !== ' ')) continue;
      const before = text.slice(0, text.length - end).trim();
      if (!NOT_A_TITLE.test(before)) return last;
    }
  }
  return shortNames(subject, participants).replace(/^the (?=[a-z])/i, '');
}

/** Words a title before a name never holds: the subject is more than a person. */
const NOT_A_TITLE =
  /\b(?:and|with|of|for|to|from|by|in|on|at|or|as|is|was|comes|said|says|calls?|talks?|visits?|meetings?)\b|&|['’]s\s+\w+\s*$/i;

/** Every participant named in full (with any title before) becomes the surname. */
function shortNames(text: string, participants: readonly string[]): string {
  let out = text;
  for (const name of participants) {
    const at = out.indexOf(name);
    if (at < 0 || !name.includes(' ')) continue;
    const title = TITLE_WORDS.exec(out.slice(0, at)) ?? OFFICE.exec(out.slice(0, at));
    const from = title ? at - title[0].length : at;
    out = `${out.slice(0, from)}${name.split(' ').pop()}${out.slice(at + name.length)}`;
  }
  return out;
}

const PRONOUN_LED =
  /^(?:it|this|that|these|those|there|he|she|they|we|i|his|her|its|their|our|(?:the )?(?:latter|former)|such|much|some|many|most|none|all)\b/i;

const PLURAL_PRONOUN =
  /^(?:they|we|both|two|the\s+two\s+(?:sides|countries|leaders|governments|nations)|two\s+\w+)$/i;

function isPlural(subject: string): boolean {
  if (/\s(?:and|&)\s/.test(subject) || PLURAL_PRONOUN.test(subject)) return true;
  // The head noun stands before any phrase after it: "Akazawa's calls with Lutnick".
  const head = subject.split(/\s(?:with|of|for|from|between|to|in|on|at|by)\s/)[0]!;
  const last = head.split(' ').pop()!;
  return /^[a-z][a-z-]*[^su]s$/.test(last);
}

/**
 * The verb phrase in headline tense: "will leave" and "is set to meet" → "to leave", "to meet";
 * "was chosen" → "chosen"; "met" → "meets"; "have not found" stays.
 */
function verbPhrase(words: readonly string[], at: number, plural: boolean): { phrase: string; next: number } {
  const rest = words.slice(at).join(' ');
  const future = FUTURE_PHRASE.exec(rest);
  if (future) {
    const skipped = future[0].trim().split(' ').length;
    return { phrase: `to ${clean(words[at + skipped] ?? '')}`.trim(), next: at + skipped + 1 };
  }
  const w = clean(words[at]!).toLowerCase();
  const next = clean(words[at + 1] ?? '').toLowerCase();
  if (FUTURE.has(w) && next && !/^(?:not|be)$/.test(next)) return { phrase: `to ${next}`, next: at + 2 };
  if ((w === 'was' || w === 'were' || w === 'is' || w === 'are') && isPastForm(next))
    return { phrase: next, next: at + 2 };
  const third = clean(words[at + 2] ?? '').toLowerCase();
  if (
    /^(?:has|have|had)$/.test(w) &&
    next === 'been' &&
    isPastForm(third) &&
    !/^(?:been|had|did)$/.test(third)
  )
    return { phrase: third, next: at + 3 };
  if (w === 'had' && isPastForm(next)) return { phrase: presentOf(baseOfPast(next), plural), next: at + 2 };
  if (w === 'did' && next === 'not') {
    const verb = clean(words[at + 2] ?? '');
    return { phrase: `${plural ? 'do' : 'does'} not ${verb}`.trim(), next: at + 3 };
  }
  if (AUX.has(w)) {
    // "has reached", "have not found", "is seeking": already the present; kept as written.
    const parts = [w];
    let i = at + 1;
    while (i < words.length && /^(?:not|yet|already|also|now|still|been|\w+ly)$/i.test(clean(words[i]!)))
      parts.push(clean(words[i++]!));
    if (i < words.length) parts.push(clean(words[i++]!));
    return { phrase: parts.join(' '), next: i };
  }
  if (isPastForm(w) && !['had', 'did', 'was', 'were'].includes(w))
    return { phrase: presentOf(baseOfPast(w), plural), next: at + 1 };
  return { phrase: w, next: at + 1 };
}

/** The object and what follows it, up to the next clause: "a" and "an" go, as in headlines. */
function objectOf(words: readonly string[], participants: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = clean(raw);
    if (CLAUSE.test(w) || (LATE_CLAUSE.test(w) && out.length > 0)) break;
    if (/^(?:that)$/i.test(w) && out.length === 0) continue;
    if (/^(?:a|an)$/i.test(w)) continue;
    // "the" before a common noun goes; "the U.S.", "the White House" keep it.
    if (/^the$/i.test(w) && /^[a-z]/.test(clean(words[i + 1] ?? ''))) continue;
    out.push(raw.replace(/[,;:]+$/, ''));
    if (/[,;:—–]$/.test(raw) || /^[—–]$/.test(w)) break;
  }
  return shortNames(out.join(' ').replace(/\s+[—–-]$/, ''), participants).trim();
}

/** Words a headline must not end on: it would read as cut off. */
const DANGLING =
  /\s(?:a|an|the|of|to|for|with|without|within|and|or|in|on|at|by|from|into|over|about|its|his|her|their|this|that|as|than|amid|led|including|against|between|under|via|was|were|is|are|has|have|had|will|would|could|may|might|can|must|should)$/i;
/** Where a phrase begins: a headline may be cut before these. */
const PHRASE_START =
  /\s(?=(?:in|at|on|for|with|to|of|from|by|over|about|after|before|under|into|amid|including|during|between|against|and|through|across|via|toward|towards|among|within|without|as|since|until|ahead)\s)/gi;

/** At most MAX characters, cut before a phrase and never mid-word; never shorter than `keep`. */
function fitLine(text: string, keep: number): string {
  let out = text.replace(/[,;:]$/, '');
  // "About 70": a line a few characters over is kept whole rather than cut short of its last word.
  if (out.length > MAX + SLACK) {
    const cuts = [...out.matchAll(PHRASE_START)]
      .map((m) => m.index!)
      .filter((i) => i > keep && i <= MAX && !insideName(out, i));
    if (cuts.length) out = out.slice(0, cuts[cuts.length - 1]);
    else {
      const space = out.lastIndexOf(' ', MAX);
      out = out.slice(0, space > keep ? space : MAX);
    }
  }
  while (DANGLING.test(out) && out.length > keep) out = out.replace(DANGLING, '');
  return out.trim();
}

/** A cut before "of" in "Group of Seven" or "Bank of Japan" would split a name. */
const insideName = (text: string, at: number): boolean =>
  /[A-Z]\S*$/.test(text.slice(0, at)) && /^\s\S+\s(?:the\s)?[A-Z]/.test(text.slice(at));
