import type { Person } from '../article';
import { countryAdjective, countryWords, governmentOf, SEAT_WORD, seatOf } from '../countries';
import { MASTHEAD, OUTLET_BACK, outletName, outletWords } from './news-outlets';
import type { Mention, PeopleIndex } from './types';

/**
 * Who is speaking: the candidates a sentence offers (people and organisations from the registry,
 * pronouns, role nouns such as "the minister", and unnamed sources such as "a senior official"),
 * and the speech verbs whose subjects they are.
 */

export type EntityKind = 'named' | 'pronoun' | 'plural' | 'role' | 'source';

export interface Entity {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  /** Canonical name, when the registry or the source's own words give one. */
  name: string | null;
  /** Canonical names for a plural subject ("Lutnick and Bessent"). */
  names?: string[];
  organisation: boolean;
  /**
   * A document or an unnamed body that speaks for whoever issued it ("the statement said", "the
   * executive order reads", "it added"): resolved to the organisation that spoke last.
   */
  document?: boolean;
  /** A country standing for its government: a subject only right next to its verb. */
  weak?: boolean;
  /** A news organisation: it relays others' words as often as it claims ("the BBC reports X said"). */
  outlet?: boolean;
}

/** Verbs of saying, finite. "called" / "branded" / "described" attribute the quoted words too. */
const FINITE =
  'said|says|say|told|tells|added|adds|explained|explains|emphasi[sz]ed|stressed|noted|notes|stated|states|insisted|argued|asked|urged|demanded|proposed|offered|pledged|vowed|indicated|reported|reports|reiterated|repeated|warned|posted|wrote|tweeted|declared|acknowledged|admitted|claimed|called|branded|described|highlighted|pointed out|mentioned|cautioned|confirmed|replied|responded|remarked|commented|disclosed|revealed|hinted|suggested|expressed|maintained|agreed|promised|denied|declined to comment|has said|had said|would say|will say|recalled|predicted|signaled|signalled|underscored|underlined|complained|lamented|conceded|contended|asserted|observed|answered|quipped|cast|warns|warn|urges|asks|insists|stresses|vows|pledges|claims|argues|tweets|writes|explains|emphasi[sz]es|reiterates|cautions|declares|admits|acknowledges|confirms|tells reporters|announced|announces|expressed|expresses|welcomed|welcomes|requested|requests|reaffirmed|reaffirms|accused|praised|threatened|believes|signals|clarified|clarifies|continued|elaborated|assured|assures|summed up|sums up|summari[sz]ed|reads|read|affirmed|affirms|made clear|made it clear|makes clear';

/** Participles that continue the subject of the sentence's main clause ("…, adding that …"). */
const PARTICIPLE =
  'saying|adding|noting|stating|telling|explaining|stressing|emphasi[sz]ing|arguing|insisting|warning|calling|describing|declaring|urging|asking|referring to|demanding|vowing|pledging|claiming|underscoring|pointing out|reiterating|acknowledging|cautioning|highlighting|expressing|proposing|suggesting|predicting|recalling|affirming|indicating';

export const SPEECH_VERB = new RegExp(`\\b(?:(${FINITE})|(${PARTICIPLE}))\\b`, 'gi');

/** Verbs that do not introduce a quoted utterance by themselves (agreements, announcements). */
const NOT_FOR_DIRECT = /^(?:agreed|announced|promised|declined to comment|cast)$/i;

export interface Verb {
  start: number;
  end: number;
  word: string;
  participle: boolean;
  passive: boolean;
}

export function verbIntroducesQuote(v: Verb): boolean {
  return !NOT_FOR_DIRECT.test(v.word);
}

export function findVerbs(masked: string, from: number, to: number): Verb[] {
  const text = masked.slice(from, to);
  const out: Verb[] = [];
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(text); m !== null; m = SPEECH_VERB.exec(text)) {
    const start = from + m.index;
    const before = masked.slice(Math.max(from, start - 12), start);
    // "he was told", "the talks were called" are passives: the subject is not the speaker.
    const afterBe = /\b(?:was|were|been|being|is|are|be|so-)\s*$/i.test(before);
    // "officials are saying", "she was telling reporters": after "be", an -ing form is the
    // progressive of a finite verb with its subject before it, not a participle or a passive.
    const progressive = afterBe && m[2] !== undefined && /ing$/i.test(m[0]) && !/so-\s*$/.test(before);
    const passive = afterBe && !progressive;
    // "when asked if he had …", "Asked about the talks, X said": a reduced passive names no
    // speaker and bounds no subject; the sentence's own verb follows.
    if (
      /^(?:asked|pressed|questioned)$/i.test(m[0]) &&
      (/^A/.test(m[0]) || /\b(?:when|if|after|once|as|while|before|whether)\s+$/i.test(before))
    )
      continue;
    // "Analysts warn the tariff could …" is a claim; "expected to warn Japan that …" one not yet made.
    if (BARE_WARN.test(m[0]) && INFINITIVE_TO.test(before)) continue;
    // "the so-called" and a capitalised "Says" in a headline both still count; "the said" does not.
    if (/\bthe\s+$/i.test(before) && /^said$/i.test(m[0])) continue;
    // "the proposed India-US deal", "his repeated visits", "Switzerland's proposed compromise",
    // "Delhi’s continued purchase": right after a determiner or a name's possessive a past form
    // is an adjective, not a verb with a subject ("he's said" is "he has said" and stays).
    if (
      m[1] !== undefined &&
      m[0].toLowerCase().endsWith('ed') &&
      adjectiveSlot(masked.slice(Math.max(from, start - 24), start))
    )
      continue;
    // "the United States", "Local Media Reports": a capitalised word after a name is part of it.
    if (/^[A-Z]/.test(m[0]) && /\b(?:United|[A-Z][a-z]+)\s+$/.test(before) && !/^Says$/.test(m[0])) continue;
    // "at Trump’s urging", "the minister's saying": after a possessive, an -ing form is a noun.
    if (m[2] !== undefined && POSSESSIVE_BEFORE.test(before)) continue;
    // "a previously agreed-upon deal", "the much-discussed plan": a compound adjective, not a verb.
    if (masked[start + m[0].length] === '-' || masked[start - 1] === '-') continue;
    out.push({
      start,
      end: start + m[0].length,
      word: m[0],
      participle: m[2] !== undefined && !progressive,
      passive,
    });
  }
  return out;
}

const POSSESSIVE_BEFORE = /['’]s\s+$/;
const BARE_WARN = /^warn$/i;
const INFINITIVE_TO = /\bto\s+$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|these|those)\s+$/i;
const NAME_POSSESSIVE_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}.-]*['’]s\s+$/u;
const CONTRACTION = /^(?:he|she|it|that|there|who|what|here|where)['’]s\s+$/i;

function adjectiveSlot(before: string): boolean {
  if (DETERMINER_BEFORE.test(before)) return true;
  const m = NAME_POSSESSIVE_BEFORE.exec(before);
  return m !== null && !CONTRACTION.test(m[0]);
}
const PRONOUN = /\b(?:he|she|He|She|HE|SHE)\b/g;
const PLURAL =
  /\b(?:they|They|Both(?= (?:have|had|said|were|are|will|would|also)\b)|The two(?= (?:have|had|said|were|are|will|would|also)\b))\b/g;
/** "the minister", "the U.S. president", "Japan's top negotiator", "the Treasury chief". */
const ROLE_MOD =
  "(?:top|chief|lead|trade|tariff|economy|business|Japanese|U\\.S\\.|US|UK|EU|American|Treasury|treasury|Commerce|commerce|Japan's|foreign|finance|prime|Cabinet|senior|vice|deputy|former|[A-Z][a-z]+)";
/**
 * A role's modifiers may be capitalised words of any kind ("the South African President"), joined
 * by "and" or commas ("the business and trade secretary", "the Investment, Trade and Industry
 * Minister"); the head may be capitalised too, or an abbreviation ("the PM", "the Conservative MP").
 */
const ROLE = new RegExp(
  String.raw`\b(?:[Tt]he|[A-Z][a-z]+(?:'s|’s))\s+((?:${ROLE_MOD}(?:\s+and\s+|,\s+|\s+)){0,4}(?:president|President|prime minister|Prime Minister|premier|Premier|minister|Minister|secretary|Secretary|commissioner|Commissioner|negotiator|chief|envoy|representative|leader|spokesperson|spokesman|spokeswoman|ambassador|Ambassador|PM|MP))\b`,
  'g',
);
/**
 * A headline drops its articles: "Trade minister says …", "Swiss president warns …". A line that
 * opens with one or two words and a role noun, followed by a speech verb in the headline's
 * present tense, names that role's holder as it would with "the".
 */
const HEADLINE_ROLE =
  /(?<=^|\n)(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:president|prime minister|premier|minister|secretary|commissioner|negotiator|chief|envoy|ambassador|spokes(?:person|man|woman))(?=\s+(?:says|warns|urges|vows|insists|calls|tells|wants|claims|sees|rejects|denies|confirms)\b)/gu;
/**
 * HEADLINE_ROLE tried only where a line starts, as an exec-able matcher giving the same matches in
 * the same order: its look-behind fails everywhere else, yet V8 would try it at every position.
 */
const HEADLINE_ROLE_AT = new RegExp(HEADLINE_ROLE.source, `${HEADLINE_ROLE.flags.replace('g', '')}y`);
const headlineRoles = {
  lastIndex: 0,
  exec(text: string): RegExpExecArray | null {
    for (let p = headlineRoles.lastIndex; p <= text.length; ) {
      if (p === 0 || text.charCodeAt(p - 1) === 10) {
        HEADLINE_ROLE_AT.lastIndex = p;
        const m = HEADLINE_ROLE_AT.exec(text);
        if (m) {
          headlineRoles.lastIndex = HEADLINE_ROLE_AT.lastIndex;
          return m;
        }
      }
      const nl = text.indexOf('\n', p);
      if (nl < 0) break;
      p = nl + 1;
    }
    headlineRoles.lastIndex = 0;
    return null;
  },
};
/** "“…,” minister said.": a role noun with no article, right after a quote, before its verb. */
const BARE_ROLE_NOUN =
  'minister|commissioner|president|secretary|negotiator|envoy|ambassador|spokes(?:person|man|woman)';
/**
 * The noun first and the look-behind after it (over the quote's end and the noun): V8 then only
 * tries the look-behind where a noun stands, not at every position. The same matches, as no noun
 * ends another (the look-behind's noun is the one just read).
 */
const BARE_ROLE = new RegExp(
  String.raw`(?:${BARE_ROLE_NOUN})(?<=_[ \t]*,?[ \t]+(?:${BARE_ROLE_NOUN}))(?=[ \t]+(?:said|says|added|told|stressed|noted)\b)`,
  'g',
);
/**
 * "the Slovenian said", "the 62-year-old told reporters": an epithet for the person just spoken
 * of, read as "he" or "she" is.
 */
const EPITHET = new RegExp(
  // A masthead ("the Guardian said") is a paper, never an epithet.
  String.raw`\bthe[ \t]+(?:\d{1,3}-year-old|(?!(?:${MASTHEAD})\b)\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|an|i))(?=[ \t]+(?:said|says|added|told|stressed|noted|insisted|warned)\b)`,
  'gu',
);
const PEOPLE_NOUN =
  /(?:officials?|sources?|spokes(?:person|man|woman)|diplomats?|analysts?|people familiar with the \w+)$/i;
/** A body's portfolio in lower case ("the commerce ministry said", "the finance department"). */
const PORTFOLIO =
  '(?:commerce|finance|economy|economic|defen[cs]e|agriculture|energy|interior|justice|health|labou?r|treasury|transport|education|industry|trade|foreign)';
/**
 * The portfolios a ministry is "of", capitalised, in a list of up to five ("Ministry of Trade,
 * Industry and Energy", "Department of Trade, Industry and Competition"): the body's full name.
 * Commas only come before the list's final "and", so "Ministry of Industry and Trade, Vietnam
 * and …" ends at "Trade".
 */
const OF_PORTFOLIOS = String.raw`(?:\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:(?:,\s+\p{Lu}\p{Ll}+){1,3},?\s+(?:and|&)\s+\p{Lu}\p{Ll}+|\s+(?:and|&)\s+\p{Lu}\p{Ll}+)?)?`;
/**
 * Unnamed sources and institutions speaking as such, with what the article says about them
 * ("well informed sources", "a source familiar with the bilateral talks"), and the documents that
 * speak for their issuer ("the statement", "the executive order"). A body named after a person
 * ("the Lopez-Garcia administration") may carry a name of any shape: hyphens, diacritics.
 */
export const SOURCE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\w])(?:(?:the|a|an|its|several|some|two|three|many|other|one|multiple)\s+)?((?:(?:senior|high-ranking|top|unnamed|anonymous|well[- ]informed|informed|knowledgeable|reliable|diplomatic|state(?:[- ](?:run|owned|controlled))?|industry|trade|government|ministry|Japanese|Japan's|U\.S\.|US|U\.K\.|UK|E\.U\.|EU|American|South Korean|Korean|Chinese|European|local|foreign|Western|${PORTFOLIO}|\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?(?:['’]s)?)\s+){0,3}(?:(?:sources?|officials?|people|persons?|individuals|diplomats?)\s+(?:familiar with|close to|with knowledge of|briefed on)\s+the(?:\s+(?!(?:said|says|say|told|added|as|that|and|to|on|in|who)\b)[a-z]+){1,2}|[Ss]ources?|[Oo]fficials?(?!\s+(?:statement|readout|document|letter|release|data|figures|visit|trip|talks|channels|website|account)\b)|media|spokes(?:person|man|woman)|(?:[Dd]iplomats|diplomat)|ministers|side|government|administration|(?:[Aa]nalysts|analyst)|newspaper|daily|broadcaster|reports?|statement|executive order|EO|readout|ministry|department|White House|agency|(?:Ministry|Department|Agency)${OF_PORTFOLIOS}))\b`,
  'gu',
);
/**
 * Every match of SOURCE holds one of these head words, at a word's start and end. The pattern
 * opens with a look-behind and up to three modifiers, which cost something at every position of
 * a long text; finding the heads first and trying SOURCE only just before each is far cheaper.
 */
const SOURCE_HEAD =
  /\b(?:[Ss]ources?|[Oo]fficials?|people|persons?|individuals|(?:[Dd]iplomats|diplomat)|ministers|media|spokes(?:person|man|woman)|side|government|administration|(?:[Aa]nalysts|analyst)|newspaper|daily|broadcaster|reports?|statement|executive order|EO|readout|[Mm]inistry|[Dd]epartment|White House|[Aa]gency)\b/g;
const SOURCE_AT = new RegExp(SOURCE.source, 'uy');
/** What may stand between a SOURCE match's start and its head: words of letters, "U.S.", "Japan's", "well-informed". */
const PREFIX_CHAR = /[\p{L}\p{M}'’.-]/u;
const SPACE_CHAR = /\s/;
/** Words before the head SOURCE can take: a determiner and three modifiers of up to two words. */
const PREFIX_WORDS = 8;

/**
 * SOURCE as an exec-able matcher giving the same matches in the same order: for each head word,
 * SOURCE is tried at each position from a few words before it (no match can start earlier, as
 * what lies between a match's start and its head is only words and spaces, seven words at most).
 */
export function sourceMatcher(): { exec(text: string): RegExpExecArray | null; lastIndex: number } {
  const matcher = {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      let floor = matcher.lastIndex;
      SOURCE_HEAD.lastIndex = floor;
      for (let h = SOURCE_HEAD.exec(text); h !== null; h = SOURCE_HEAD.exec(text)) {
        const head = h.index;
        let from = head;
        for (let w = 0; w < PREFIX_WORDS && from > floor; w++) {
          let q = from;
          while (q > floor && SPACE_CHAR.test(text[q - 1]!)) q--;
          let r = q;
          while (r > floor && PREFIX_CHAR.test(text[r - 1]!)) r--;
          if (r === q) break;
          from = r;
        }
        for (let p = from; p <= head; p++) {
          // SOURCE opens with a look-behind that no position inside a word passes: a test of the
          // character before spares the pattern there.
          if (p > 0 && isAsciiWordChar(text.charCodeAt(p - 1))) continue;
          SOURCE_AT.lastIndex = p;
          const m = SOURCE_AT.exec(text);
          if (m) {
            matcher.lastIndex = SOURCE_AT.lastIndex;
            return m;
          }
        }
        // No match starts at or before this head: the search goes on after it.
        floor = head + 1;
        SOURCE_HEAD.lastIndex = floor;
      }
      matcher.lastIndex = 0;
      return null;
    },
  };
  return matcher;
}

const ITS = /^its\s/i;

/**
 * "Malaysia is keeping up efforts …, its trade ministry said": "its" is the country named last
 * before it, so the body is that country's ("Malaysian trade ministry"); with no country in the
 * preceding text the phrase is read as without "its".
 */
function ofLastCountry(text: string, at: number, phrase: string): string | null {
  const countries = countryWords();
  const before = text.slice(Math.max(0, at - 300), at);
  let last: string | null = null;
  for (let c = countries.exec(before); c !== null; c = countries.exec(before)) last = c[1] ?? c[0];
  const adj = last ? countryAdjective(last) : null;
  return adj ? sourceName(`${adj} ${phrase}`) : sourceName(phrase);
}

/** [A-Za-z0-9_]: word characters that fail SOURCE's opening look-behind. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** "it said" / "it read" after an organisation or a document has spoken. */
const IT_SAYS =
  /\b[Ii]t(?=\s+(?:also\s+)?(?:said|says|added|adds|read|reads|stated|states|noted|notes|wrote|warned|stressed|explained)\b)/g;
/** Heads of phrases that are documents or bodies speaking for their issuer. */
const DOCUMENT_HEAD = /(?:^|\s)(?:statement|executive order|EO|readout)$/i;

let ownerBuffer = new Int32Array(4096);

export function findEntities(masked: string, people: PeopleIndex, mentions: Mention[]): Entity[] {
  const out: Entity[] = [];
  for (const m of mentions) {
    if (masked[m.start] === '_') continue;
    const person = people.person(m.name);
    // A seat of government the registry took for a name speaks for the office it houses.
    const seat = seatOf(m.name);
    out.push({
      kind: seat ? 'source' : 'named',
      start: m.start,
      end: m.end,
      text: m.text,
      name: seat ?? m.name,
      organisation: seat !== null || person?.kind === 'organisation',
    });
  }
  joinNameParts(masked, out);
  speakingFor(masked, out);
  // Which entity covers each character: overlap checks stay linear in the text's length. One
  // buffer serves every article (a typed array per article cost more to allocate than to fill).
  if (ownerBuffer.length < masked.length)
    ownerBuffer = new Int32Array(Math.max(masked.length, 2 * ownerBuffer.length));
  const owner = ownerBuffer;
  owner.fill(-1, 0, masked.length);
  for (let i = 0; i < out.length; i++) claim(owner, out, i);
  const removed = new Set<number>();
  const scan: EntityScan = { masked, out, owner, removed };
  add(scan, PRONOUN, 'pronoun', () => ({}));
  add(scan, PLURAL, 'plural', () => ({}));
  // A title the registry knows from another article ("Deputy Prime Minister" is someone's there)
  // names its holder only if the holder is named in this one.
  const named = new Set<string>();
  for (const m of mentions) named.add(m.name);
  add(scan, ROLE, 'role', (m) => ({
    name: namedHere(people.resolve(m[1]!) ?? people.resolve(m[0]), named),
  }));
  add(scan, headlineRoles, 'role', (m) => ({ name: people.resolve(m[0]) }));
  add(scan, BARE_ROLE, 'role', () => ({}));
  add(scan, SEAT_WORD, 'source', (m) => ({ name: seatOf(m[0]), organisation: true }));
  // News organisations speak as themselves ("Bloomberg reported"); "the news outlet" is the one
  // named last before it.
  const outlets: Entity[] = [];
  add(scan, outletWords, 'source', (m) => {
    const e = { name: outletName(m[0]), organisation: true, weak: true, outlet: true, start: m.index };
    outlets.push(e as Entity);
    return e;
  });
  add(scan, outletBack(outlets), 'source', (m) => ({
    name: lastBefore(outlets, m.index)?.name ?? null,
    organisation: true,
  }));
  add(scan, sourceMatcher(), 'source', (m) => ({
    name: ITS.test(m[0]) ? ofLastCountry(m.input, m.index, m[1]!) : sourceName(m[1]!),
    organisation: true,
    document: DOCUMENT_HEAD.test(m[1]!) || undefined,
  }));
  add(scan, IT_SAYS, 'source', () => ({ name: null, organisation: true, document: true }));
  add(scan, countryWords(), 'source', (m) => ({ name: governmentOf(m[0]), organisation: true, weak: true }));
  // Last, so that an outlet ("the Guardian said") or a body keeps its own reading.
  add(scan, EPITHET, 'pronoun', () => ({}));
  const kept = out.filter((_, i) => !removed.has(i)).sort((a, b) => a.start - b.start);
  return withoutTitleSources(kept, masked);
}

/** A spokesperson's or official's title: the head of a source phrase that may stand before a name. */
const TITLE_SOURCE = /\b(?:spokes(?:person|man|woman)|official|diplomat)$/i;
const ONLY_SPACE = /^[ \t]+$/;

/**
 * "the presidency spokesperson Vincent Magwenya", "said EU spokesperson Olof Gill": a source phrase
 * right before a person's name is the name's title; the person speaks, not an unnamed spokesperson.
 */
function withoutTitleSources(entities: Entity[], masked: string): Entity[] {
  let drop: Set<number> | null = null;
  for (let i = 0; i + 1 < entities.length; i++) {
    const e = entities[i]!;
    const next = entities[i + 1]!;
    if (e.kind !== 'source' || next.kind !== 'named' || next.organisation || !TITLE_SOURCE.test(e.text))
      continue;
    if (!ONLY_SPACE.test(masked.slice(e.end, next.start))) continue;
    drop ??= new Set();
    drop.add(i);
  }
  return drop ? entities.filter((_, i) => !drop!.has(i)) : entities;
}

/**
 * One findEntities pass: the text, the entities so far, which entity covers each character, and
 * those a later match took over. Module functions over it, not closures made per article: under
 * tsx every named closure costs a `__name` call each time it is made.
 */
interface EntityScan {
  masked: string;
  out: Entity[];
  owner: Int32Array;
  removed: Set<number>;
}

/** Marks the characters entity `i` covers as its own. */
function claim(owner: Int32Array, out: readonly Entity[], i: number): void {
  const e = out[i]!;
  for (let k = e.start; k < e.end; k++) owner[k] = i;
}

/** Adds each match of `re` that does not overlap an entity it must yield to. */
function add(
  scan: EntityScan,
  re: RegExp | { exec(text: string): RegExpExecArray | null; lastIndex: number },
  kind: EntityKind,
  build: (m: RegExpExecArray) => Partial<Entity>,
): void {
  const { masked, out, owner, removed } = scan;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    // Most matches overlap nothing: the set of covered entities is made only once one is seen.
    let k = start;
    while (k < end && owner[k]! < 0) k++;
    if (k < end) {
      const inner = new Set<number>();
      for (; k < end; k++) if (owner[k]! >= 0) inner.add(owner[k]!);
      // An institution named after a person ("the Trump administration") speaks as itself;
      // otherwise a named mention inside the phrase wins.
      const institution = kind === 'source' && /(?:administration|government|officials?)$/i.test(m[0]);
      const within = [...inner].map((i) => out[i]!);
      // People speaking for an institution ("Japanese government officials") are named as such.
      const spokespeople = kind === 'source' && PEOPLE_NOUN.test(m[0]);
      if (!institution || within.some((x) => x.start < start || x.end > end)) continue;
      if (within.some((x) => x.organisation) && !spokespeople) continue;
      for (const i of inner) removed.add(i);
    }
    out.push({ kind, start, end, text: m[0], name: null, organisation: false, ...build(m) });
    claim(owner, out, out.length - 1);
  }
}

/**
 * One name the registry found in pieces ("Tengku Datuk Seri Zafrul Abdul Aziz": a style inside the
 * name splits it into "Tengku", "Zafrul", "Abdul", "Aziz"): consecutive mentions of the same person
 * with only capitalised words between them are one mention, so that the words after the name are
 * not read as what follows it.
 */
function joinNameParts(masked: string, out: Entity[]): void {
  let w = 0;
  for (let r = 0; r < out.length; r++) {
    const e = out[r]!;
    const prev = w > 0 ? out[w - 1]! : null;
    if (
      prev &&
      prev.kind === 'named' &&
      e.kind === 'named' &&
      prev.name === e.name &&
      e.start - prev.end <= 40
    ) {
      if (NAME_GAP.test(masked.slice(prev.end, e.start))) {
        out[w - 1] = { ...prev, end: e.end, text: masked.slice(prev.start, e.end) };
        continue;
      }
    }
    out[w++] = e;
  }
  out.length = w;
}

/** Only spaces and at most three capitalised words ("Datuk Seri") between two parts of a name. */
const NAME_GAP = /^[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}$|^[ \t]+$/u;

function namedHere(name: string | null, named: Set<string>): string | null {
  return name !== null && named.has(name) ? name : null;
}

/** The outlet named last before `at`. */
function lastBefore(outlets: Entity[], at: number): Entity | null {
  let found: Entity | null = null;
  for (const o of outlets) if (o.start < at) found = o;
  return found;
}

/** "the news outlet" only after an outlet was named: otherwise the words are left to SOURCE. */
function outletBack(outlets: Entity[]): { exec(text: string): RegExpExecArray | null; lastIndex: number } {
  const matcher = {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      OUTLET_BACK.lastIndex = matcher.lastIndex;
      for (let m = OUTLET_BACK.exec(text); m !== null; m = OUTLET_BACK.exec(text)) {
        if (!lastBefore(outlets, m.index)) continue;
        matcher.lastIndex = OUTLET_BACK.lastIndex;
        return m;
      }
      matcher.lastIndex = 0;
      return null;
    },
  };
  return matcher;
}

/** "a rep for Prabowo", "a spokesperson for Roe": someone speaking for a named person. */
const SPEAKING_FOR =
  /\b(?:an?|the)\s+(reps?|representatives?|spokes(?:person|man|woman)|aides?|advis[eo]rs?)\s+(?:for|to|of)\s+$/i;

/** "Ramaphosa's office said", "Roe's spokesman said": the office or aide speaking for a person. */
const OWN_OFFICE = /^(?:['’]s)?\s+(office|press office|spokes(?:person|man|woman))\b/;

/** Turns a named person into the one speaking for them when the words before say so. */
function speakingFor(masked: string, out: Entity[]): void {
  for (let i = 0; i < out.length; i++) {
    const e = out[i]!;
    if (e.kind !== 'named' || e.organisation) continue;
    const own =
      /['’]s$/.test(e.text) || /^['’]s/.test(masked.slice(e.end, e.end + 2))
        ? OWN_OFFICE.exec(masked.slice(e.end, e.end + 24))
        : null;
    if (own) {
      const office = own[1]!.endsWith('office');
      const end = e.end + own[0].length;
      const name = office ? `${e.name}'s ${own[1]}` : `${own[1]} for ${e.name}`;
      out[i] = { ...e, kind: 'source', end, text: masked.slice(e.start, end), name, organisation: office };
      continue;
    }
    const m = SPEAKING_FOR.exec(masked.slice(Math.max(0, e.start - 40), e.start));
    if (!m) continue;
    const noun = m[1]!
      .toLowerCase()
      .replace(/^reps?$/, 'representative')
      .replace(/s$/, '');
    const start = e.start - m[0].length;
    out[i] = { ...e, kind: 'source', start, text: masked.slice(start, e.end), name: `${noun} for ${e.name}` };
  }
}

/** SOURCE's determiners as a sentence's first word writes them ("Two EU diplomats said"). */
const SENTENCE_DETERMINER = /^(?:Several|Some|Two|Three|Many|Other|One|Multiple|A|An)\s+/;
/**
 * The name an unnamed source goes by: the article's own words without determiners, rank and a
 * trailing "reports" ("Local media reports" → "local media", "a high-ranking Japanese government
 * official" → "Japanese government official"); "the Japanese side" speaks for its government.
 */
export function sourceName(phrase: string): string | null {
  // A sentence-initial "The" is a determiner, not a modifier ("The sources said").
  let p = phrase
    .replace(/^The\s+(?=(?:[a-z][\w-]*\s+){0,2}(?:sources?|officials?)$)/, '')
    // "The readout", "The statement", "The Chinese commerce ministry": a sentence's "The" is no
    // modifier. "The U.S. side" opening a sentence is left unresolved as before: there it mostly
    // reports what a side agreed to do, an act (measured on corpus-wide), not what it said.
    .replace(/^The\s+(?=[a-z]|(?!.*\sside$))/, '')
    // A determiner opening the sentence is no modifier either ("Two EU diplomats said"); the capital
    // A of "An analyst said" is the determiner's, not a name's.
    .replace(SENTENCE_DETERMINER, '')
    .replace(/^(?:(?:senior|high-ranking|top|unnamed|anonymous)\s+)+/i, '')
    .replace(/\s+(?:reports?|statement|executive order|EO|readout)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "an official statement", "a joint statement": a document that names no issuer of its own.
  if (DOCUMENT_HEAD.test(phrase) && /^(?:official|joint|formal|written|separate|brief|new|latest)$/i.test(p))
    return null;
  // "Taiwan's government" is the Taiwanese government.
  const possessive = /^([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+(.+)$/.exec(p);
  const adj = possessive ? countryAdjective(possessive[1]!) : null;
  if (possessive && adj) p = `${adj} ${possessive[2]}`;
  else if (possessive) return null;
  const side = /^(.*)\s+side$/i.exec(p);
  if (side) {
    const who = side[1]!.trim();
    if (/^(?:Japanese|Japan's|Japan)$/i.test(who)) return 'Japanese government';
    if (/^(?:U\.S\.|US|American)$/i.test(who)) return 'U.S. government';
    return null;
  }
  if (
    /^(?:sources?|officials?|reports?|statement|executive order|EO|readout|government|administration|media|ministers)$/i.test(
      p,
    )
  ) {
    // A bare noun names nobody; "media" alone says too little to credit. "The government" is
    // resolved against the article's governments when it speaks.
    if (/^government$/i.test(p)) return 'government';
    return /^(?:sources?|officials?)$/i.test(p) ? p.toLowerCase() : null;
  }
  if (/^(?:local|foreign|Western)\b/.test(p)) p = p[0]!.toLowerCase() + p.slice(1);
  // "Analysts say …" opening a sentence are the same speakers as "analysts said" within one.
  if (CAPITALISED_PEOPLE.test(p)) p = p.toLowerCase();
  return p;
}

const DEPUTY = /\b(?:deputy|vice)\b/;
/** A bare plural of people, capitalised only because it opens the sentence. */
const CAPITALISED_PEOPLE = /^(?:Analysts|Diplomats)$/;

/** How many of the most recently named people a role noun may point back to. */
const RECENT_LIMIT = 60;

/** The person in `people` whose role contains the head noun of a role phrase, most recent first. */
/**
 * `whole`: only a person whose role holds the whole phrase (for a role named before its holder
 * with a compound title, "the business and trade secretary": any secretary named later is a guess).
 */
export function personByRole(
  role: string,
  recent: string[],
  people: PeopleIndex,
  whole = false,
): string | null {
  const head = role
    .toLowerCase()
    .replace(/^(?:the|japan's|japan’s)\s+/, '')
    .trim();
  const words = head.split(/\s+/);
  const noun = words[words.length - 1] ?? '';
  const key = (noun === 'minister' && words.includes('prime')) || noun === 'pm' ? 'prime minister' : noun;
  const phrase = words.filter((w) => !/^(?:u\.s\.|us|american|japanese|top|chief|senior)$/.test(w)).join(' ');
  // "the treasury secretary" is the person whose role says so, before any other secretary.
  const stop = Math.max(0, recent.length - RECENT_LIMIT);
  for (let i = recent.length - 1; i >= stop; i--) {
    const p = people.person(recent[i]!);
    if (p?.kind === 'person' && p.role && phrase.includes(' ') && p.role.toLowerCase().includes(phrase))
      return p.name;
  }
  if (whole) return null;
  for (let i = recent.length - 1; i >= stop; i--) {
    const p: Person | undefined = people.person(recent[i]!);
    if (p?.kind !== 'person' || !p.role) continue;
    const r = p.role.toLowerCase();
    // "the deputy prime minister" is not the prime minister.
    if (DEPUTY.test(head) && !DEPUTY.test(r)) continue;
    if (key === 'premier' && r.includes('prime minister')) return p.name;
    if (key === 'minister' && r.includes('prime minister') && !head.includes('prime')) continue;
    if (key === 'negotiator' && /negotiat|minister/.test(r)) return p.name;
    if (r.includes(key)) return p.name;
  }
  return null;
}
