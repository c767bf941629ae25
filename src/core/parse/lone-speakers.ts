import type { Person } from '../article';
import { NOT_NAME_WORDS } from './people/gazetteer';
import type { Entity } from './speakers';
import type { Mention, PeopleIndex } from './types';

/**
 * Speakers the article names by one word only. An excerpt that starts mid-article, or a paper
 * that gives a Thai or Indonesian minister by one name, writes "LeBlanc told reporters …",
 * "Pichai said …" with no full name anywhere: the registry, which wants a full name, knows no such
 * person, and every quote and statement of theirs went unattributed. A capitalised word that is
 * the subject of speech verbs, is no common word of the text (it never appears in lower case),
 * and is not already a known name, country, seat, outlet or source, is read as a person's name
 * for attribution only (the article's people list is the registry's business).
 */

/** Verbs of saying a lone name stands right before ("Pichai said", "LeBlanc also told"). */
const SAY =
  'said|says|told|tells|added|adds|stated|states|affirmed|emphasi[sz]ed|stressed|noted|explained|insisted|replied|warned|confirmed|responded|argued|cautioned|acknowledged|admitted|remarked|clarified|reiterated|elaborated|laughed and replied';
/**
 * A speech verb after a space ("… said", "… also told"): found first, with a plain pattern, so
 * that only the words right before the few verbs of an article are looked at.
 */
const VERB = new RegExp(
  String.raw`[ \t](?:(?:also|then|later|further|again|has|had|separately)[ \t]+)?(?:${SAY})\b`,
  'g',
);
/** The shape of a name word: "Pichai", "LeBlanc", "McDonald". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;
const LETTER = /\p{L}/u;
/** What may not stand right before a name word: a letter, or a mark that joins it to more. */
const JOINS_BEFORE = /[\p{L}.'’-]/u;

/**
 * The name word that ends `text` between `from` and `to` ("… Pichai" before "said"), or null: the
 * run of letters before `to`, if it has a name's shape and nothing joins it to what precedes it
 * within the window. Walked back by hand: a `…$` pattern is tried at every position of the window,
 * and this runs before every speech verb.
 */
function wordAtEnd(text: string, from: number, to: number): string | null {
  let i = to;
  for (
    let n = charBefore(text, from, i);
    n > 0 && isLetterChar(text, i - n, n);
    n = charBefore(text, from, i)
  )
    i -= n;
  if (i === to) return null;
  const n = charBefore(text, from, i);
  if (n > 0 && JOINS_BEFORE.test(text.slice(i - n, i))) return null;
  const word = text.slice(i, to);
  return NAME_WORD.test(word) ? word : null;
}

/** The length in code units of the character that ends at `at` (2 for a surrogate pair), 0 at `from`. */
function charBefore(text: string, from: number, at: number): number {
  if (at <= from) return 0;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at - 2 >= from) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 2;
  }
  return 1;
}

/** Whether the character at `at` (`n` code units) is a letter, strictly (isLetter below takes any non-ASCII unit as one). */
function isLetterChar(text: string, at: number, n: number): boolean {
  const c = text.charCodeAt(at);
  if (n === 1 && c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text.slice(at, at + n));
}
/** "…,” said Pichai." / "…, added LeBlanc,": a lone name right after its verb, ending the clause. */
const AFTER_VERB =
  /\b(?:said|says|added|stated|affirmed)[ \t]+(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)(?=[ \t]*[.,;:])/gu;
/** Groups that speak in the plural and are no one's name ("Exporters said", "Lawmakers warned"). */
const GROUP_WORD = /(?:ers|ists|ians|ants|ents|ives|ors|ies)$/;
/** The word before a name that makes it the tail of a longer capitalised run, not a name alone. */
const CAPITAL_BEFORE = /\p{Lu}[\p{L}.'’-]*[ \t]+$/u;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Minister|President|Secretary|Ambassador|Premier|Governor)\.?[ \t]+$/;

export interface LoneSpeakers {
  people: PeopleIndex;
  mentions: Mention[];
}

/**
 * The one-word names that speak in `masked`, as a registry that also knows them and the mentions
 * of every occurrence; null when there are none (the usual case, at the cost of one scan).
 */
export function loneSpeakers(
  body: string,
  masked: string,
  entities: Entity[],
  mentions: Mention[],
  people: PeopleIndex,
): LoneSpeakers | null {
  const subjectUses = new Map<string, number>();
  VERB.lastIndex = 0;
  for (let v = VERB.exec(masked); v !== null; v = VERB.exec(masked)) {
    const w = wordAtEnd(masked, Math.max(0, v.index - 30), v.index);
    if (w !== null) note(subjectUses, w, v.index - w.length, masked, entities, people);
  }
  AFTER_VERB.lastIndex = 0;
  for (let m = AFTER_VERB.exec(masked); m !== null; m = AFTER_VERB.exec(masked))
    note(subjectUses, m[1]!, m.index + m[0].length - m[1]!.length, masked, entities, people);
  if (subjectUses.size === 0) return null;
  const names = new Map<string, Person>();
  const found: Mention[] = [];
  for (const [word, uses] of subjectUses) {
    const at = occurrences(masked, word);
    // One use as a speaker and no other mention is too little to call a word a name.
    if (uses < 2 && at.length < 2) continue;
    // A common word of the text ("Exporters said …, the exporters") is no name.
    if (hasWord(body, word.toLowerCase())) continue;
    // A surname the registry knows from another article ("Pichai" of "Pichai Chunhavajira") is
    // that person: the registry names it only where the full name stands in the same article.
    const known = people.resolve(word);
    const name = known !== null && people.person(known)?.kind === 'person' ? known : word;
    if (name === word) names.set(word, { name: word, aliases: [], role: null, kind: 'person' });
    for (const start of at) found.push({ name, start, end: start + word.length, text: word });
  }
  if (found.length === 0) return null;
  const merged = [
    ...mentions,
    ...found.filter((f) => !mentions.some((m) => m.start < f.end && f.start < m.end)),
  ];
  merged.sort((a, b) => a.start - b.start);
  return { people: withNames(people, names), mentions: merged };
}

/** Counts `word` at `at` as a speaker's name when it can be one. */
function note(
  uses: Map<string, number>,
  word: string,
  at: number,
  masked: string,
  entities: Entity[],
  people: PeopleIndex,
): void {
  if (NOT_NAME_WORDS.has(word.toLowerCase()) || GROUP_WORD.test(word)) return;
  // A known name is kept when it is a person's (the article gives the surname alone); a known
  // organisation or place speaks as itself.
  const known = people.resolve(word);
  if (known !== null && people.person(known)?.kind !== 'person') return;
  const before = masked.slice(Math.max(0, at - 30), at);
  if (CAPITAL_BEFORE.test(before) && !TITLE_BEFORE.test(before)) return;
  // A country, seat, outlet or source the sentence already reads there speaks as itself.
  for (const e of entities) if (e.start <= at && at < e.end) return;
  uses.set(word, (uses.get(word) ?? 0) + 1);
}

/** Offsets of `word` as a whole word in `text`. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (isLetter(text.charCodeAt(i - 1)) || isLetter(text.charCodeAt(i + word.length))) continue;
    out.push(i);
  }
  return out;
}

function hasWord(text: string, word: string): boolean {
  return occurrences(text, word).length > 0;
}

/** ASCII letters and anything non-ASCII (accented letters): enough to find word edges. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && !Number.isNaN(c));
}

/** `people`, knowing `names` besides its own. */
function withNames(people: PeopleIndex, names: Map<string, Person>): PeopleIndex {
  return {
    mentions: (text) => people.mentions(text),
    resolve: (alias) => people.resolve(alias) ?? (names.has(alias) ? alias : null),
    person: (name) => people.person(name) ?? names.get(name),
    all: () => people.all(),
  };
}
