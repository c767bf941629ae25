import { allFromCapital, startsNameRun } from '../../text/capital-scan';
import { editDistance } from '../../text/fuzzy';
import {
  FOREIGN_ARTICLES,
  NAME_STYLES,
  NATIONALITIES,
  NOT_NAME_WORDS,
  ORG_HEADS,
  ROLE_WORDS,
  SAYING_VERBS,
} from './gazetteer';
import { canonicalName, isSuffix } from './names';

/**
 * Finds who an article names: capitalised name sequences with evidence that they are people
 * (a title or role before them, a speech verb around them, a role in apposition), and
 * organisations that issue statements. Evidence is required so places, institutions and
 * products in title case ("Truth Social", "Air Force One") are not taken for people.
 */

export interface NameCandidate {
  /** The canonical spelling (see names.ts). */
  name: string;
  /** The words as the article wrote them, when they differ from `name` ("Ömer Bolat"). */
  written?: string;
  /** Role words found with this name ("treasury secretary"), lower-case; null when none. */
  role: string | null;
  /**
   * One word only ("Sugiono", "Lula", "Pichai"), named straight after a title or an honorific:
   * the registry keeps it as a person only where no fuller name holds the word.
   */
  single?: true;
}

export interface OrgCandidate {
  name: string;
  /** The words as the article wrote them, when they differ from `name` ("Japan's Foreign Ministry"). */
  written?: string;
}

const UPPER = '\\p{Lu}';
const LOWER = '\\p{Ll}';
/** One word of a name: "Akazawa", "O'Neill", "McDonald", "Jean-Luc", an initial "J.". */
// The initial is tried first, so "Ceferino S. Rodolfo" is one run, not "Ceferino S" and a stop.
// A word ends at a letter's end: "SoftBank CEO" holds no name word "C".
// Korean and Taiwanese pages often join a given name's parts with U+2011, the no-break hyphen ("Yun‑cheol").
const NAME_WORD = `(?:${UPPER}\\.|${UPPER}${LOWER}*(?:${UPPER}${LOWER}+)?(?:[-\u2010\u2011'’]${UPPER}?${LOWER}+)*(?![\\p{L}\\p{N}]))`;
const GAP = '[ \\t\\u00a0]+';
/** Lower-case particles inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const PARTICLE = `(?:${GAP}(?:von|van|der|den|de|da|di|del|della|la|le|bin|binti|ibn|al|dos|du))*`;
/** Lower-case particles, which a name holds beside its two to five name words. */
const PARTICLES = new Set('von van der den de da di del della la le bin binti ibn al dos du'.split(' '));
export const NAME_SEQ = `(?<![\\p{L}\\p{N}.'’-])${NAME_WORD}(?:${PARTICLE}${GAP}${NAME_WORD}){1,8}`;

const caseVariants = (w: string): string => {
  const mixed = w
    .split(' ')
    .map(
      (part) => `[${part[0]!.toUpperCase()}${part[0]!.toLowerCase()}]${part.slice(1).replace(/\./g, '\\.')}`,
    )
    .join('\\s+');
  // Short one-word roles are also written as acronyms ("Apple CEO Tim Cook", "DPM Gan").
  return /^[a-z]{2,3}$/.test(w) ? `${mixed}|${w.toUpperCase()}` : mixed;
};
const ROLE_ALT = [...ROLE_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(caseVariants)
  .join('|');
const TITLE_LEAD =
  "(?:(?:[A-Z](?:\\.[A-Z])+\\.|[A-Z][\\w'’-]*|top|chief|lead|deputy|vice|senior|former|acting|economic|economy|trade|tariff|foreign|finance|revitali[sz]ation|commerce|treasury|defen[cs]e|cabinet|press|agriculture|farm|industry|state|transport|finance|health|justice)[ \\t]+){0,5}";
/** One capitalised portfolio: "Commerce", "Foreign Affairs", "National Economic Council", "U.S.". */
const PORTFOLIO = "[A-Z][\\w'’.]+(?:\\s+[A-Z][\\w'’.]+){0,2}";
/** "of Commerce", "to Japan", "for Trade, Industry and Competition": a list of up to five portfolios. */
const ROLE_OF_ONE = `\\s+(?:of|for|to)\\s+(?:the\\s+)?${PORTFOLIO}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${PORTFOLIO}){0,4}`;
/** Up to two: "Secretary of State for Business and Trade". */
const ROLE_OF = `(?:${ROLE_OF_ONE}){0,2}`;

const VERBS = [...SAYING_VERBS].join('|');
/** A news outlet "reported"; a person says: "reported" alone is no evidence of a person. */
const PERSON_VERBS = [...SAYING_VERBS].filter((v) => v !== 'reported').join('|');

// Names are found first (capitalised runs, one cheap pass) and their evidence is then checked in
// a short window either side, so the cost stays linear in the text however many roles we know.
const SEQ = new RegExp(NAME_SEQ, 'uy');
const TITLE_AT_END = new RegExp(`(${TITLE_LEAD}(?:${ROLE_ALT})s?${ROLE_OF})[ \\t]*,?[ \\t]*$`, 'u');
/** An honorific or style just before the name ("Dr. Jane Roe", "Atty. Jane Roe"). */
const STYLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${NAME_STYLES.map((w) => w.replace(/'/g, "['’]")).join('|')})\\.?[ \\t]+$`,
  'iu',
);
const ROLE_THEN_NAME = new RegExp(`\\b(?:${ROLE_ALT})\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}`, 'u');
const ROLE_WORD = new RegExp(`\\b(?:${ROLE_ALT})\\b`, 'u');
/** A relative clause only a person takes ("Jane Roe, who …"; a body is "which"). */
// A dash opens the clause as a comma does ("Jane Roe — who is also …").
const WHO_AFTER =
  /^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:,|[—–])[ \t]+(?:\d{1,3}[ \t]*,[ \t]+)?(?:who|whose|who's)\b/;
// "Jane Roe said", "Jane Roe, 54, said", "Jane Roe (pictured) said".
const VERB_AFTER = new RegExp(
  `^(?:[ \\t]*\\([^()\\n]{1,40}\\)|[ \\t]*,[ \\t]*\\d{1,3}[ \\t]*,)?[ \\t]*,?[ \\t]+(?:(?:also|then|later|further|had|has|previously|separately|repeatedly|both|jointly)[ \\t]+)?(?:${PERSON_VERBS})\\b`,
  'u',
);
const VERB_BEFORE = /\b(?:said|says|according to|added)[ \t]+$/;
/** "the Federation of Malaysian Manufacturers": the words after an organisation's "of" name it, not a person. */
const ORG_OF_BEFORE = new RegExp(
  `\\b(?:${ORG_HEADS}|Union|Institute|Society|Confederation|League|Alliance|Organi[sz]ation|Forum|Foundation|Coalition)[ \\t]+of[ \\t]+(?:the[ \\t]+)?$`,
  'u',
);
const ORG_HEAD_WORD = new RegExp(`^(?:${ORG_HEADS}|Foundation|Institute|Union|Group|Party)$`);
const AND_ORG_AFTER = new RegExp(`^[ \\t]+(?:and|&)[ \\t]+(?:[A-Z][\\w'’-]*[ \\t]+){0,3}(?:${ORG_HEADS})\\b`);
const APPOSITIVE_BODY = new RegExp(
  `^,\\s+(?:the\\s+)?(?:[A-Z][\\w.-]*\\s+){0,3}(?:${ROLE_ALT})\\s+(?:of|for|at)\\s+(?:the\\s+)?[^,.;:“”"()]{3,90}?[ \\t]\\([A-Z][A-Za-z&.-]{1,11}\\)[ \\t]*[,.;]`,
  'u',
);
/** "the governor of ", "President of ": a title waiting for its place or body. */
const ROLE_OF_BEFORE = new RegExp(`\\b(?:${ROLE_ALT})[ \\t]+of[ \\t]+$`, 'u');
/** "deputy secretary-general (trade) Jane Roe": a bracketed portfolio between a role and the name. */
const BRACKET_AT_END = /[ \t]+\([^()\n]{1,30}\)[ \t]*$/;
// "Jane Roe, the deputy minister for trade policy," and "Jane Roe, Minister of Commerce,": a role in
// apposition, after an optional parenthesis ("Jane Roe (left), Minister of …").
const APPOSITIVE = new RegExp(
  `^(?:[ \\t]*\\([^()\\n]{1,40}\\))?,\\s+((?!(?:said|says|told|who|which|and|but|while|when|as|after|before)\\b)(?:(?:the|a|an|his|her|its|[A-Z][\\w.]*(?:['’]s)?)\\s+)?[^,.;:“”"()]{0,70}?\\b(?:${ROLE_ALT})\\b[^,.;:“”"()]{0,40}?)(?=[,.;])`,
  'u',
);

// Words of one name never cross a blank line: "… Ministry.\n\nThe Indian Commerce Ministry" is
// two names (a single line break may be a hard wrap inside one).
const ORG_GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';
const ORG_BODY = `(?:(?:${NATIONALITIES})${ORG_GAP})?(?:[A-Z][\\w'’.-]*${ORG_GAP}(?:(?:and|of|for|the)${ORG_GAP})?){0,4}(?:${ORG_HEADS})`;
// "the Trump administration", "the Lopez-Garcia government", "the Šefčovič administration": a body
// named after a person is named by any capitalised word, hyphenated or with diacritics.
const GOVT = `(?:${NATIONALITIES}|\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)?)\\s+(?:government|administration)`;
const ORG_HEAD = new RegExp(`\\b(?:${ORG_HEADS}|government|administration|White House)\\b`, 'g');
const ORG_AT_END = new RegExp(`(White House|${ORG_BODY}|${GOVT})$`, 'u');
const ORG_SAYS = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:also|had|has|then)\\s+)?(?:${VERBS}|statement|guidance|readout|release|notice|spokesperson|spokesman|spokeswoman)\\b`,
  'u',
);
const ORG_SOURCE =
  /\b(?:(?:statement|readout|guidance|release|notice|announcement|document)\s+(?:from|by|issued by|of)|according to|said|says|stated)\s+(?:the\s+)?$/i;
/** "Japan's Foreign Ministry" is the Japanese Foreign Ministry: one name per body. */
const POSSESSIVE_COUNTRY: Record<string, string> = {
  japan: 'Japanese',
  china: 'Chinese',
  korea: 'Korean',
  'south korea': 'South Korean',
  britain: 'British',
  india: 'Indian',
  germany: 'German',
  france: 'French',
  canada: 'Canadian',
  mexico: 'Mexican',
  taiwan: 'Taiwanese',
  'u.s.': 'U.S.',
  us: 'U.S.',
  america: 'U.S.',
};

function adjectival(name: string): string {
  const m = /^((?:South )?[A-Z][\w.]*)['’]s\s+(.+)$/.exec(name);
  const adj = m ? POSSESSIVE_COUNTRY[m[1]!.toLowerCase()] : undefined;
  return adj ? `${adj} ${m![2]}` : name;
}

/** Words a capitalised run may start with that are not part of an organisation's name. */
const ORG_LEAD_NOISE = new Set(
  'the a an on in at and but or so as also meanwhile separately earlier later monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

const tokens = (s: string): string[] => s.split(/\s+/).filter(Boolean);
/**
 * Abstract and institutional nouns by their endings ("Presidency", "Representation", "Legislator",
 * "Leadership", "Legislature"): a title's last word glued before a name ("Minister in the Presidency
 * Jane Roe"), never a given or family name. Long enough that "Clement" or "Nancy" are not caught.
 */
const INSTITUTION_NOUN =
  /^[a-z-]{3,}(?:tion|sion|ency|ancy|ship|ature|ator|ority|urity|unity|ersity)$|^[a-z-]{5,}ment$/;
/**
 * Verbs a headline glues after a name in title case ("Jane Roe Says …", "Jane Roe Arrives in …"),
 * third person, never a name word.
 */
const HEADLINE_VERBS = new Set(
  (
    'says tells adds warns urges calls arrives meets visits heads seeks vows eyes hails slams rejects ' +
    'plans expects agrees confirms announces signs backs pushes insists denies claims stresses reveals ' +
    'defends welcomes leads leaves returns travels holds discusses proposes offers asks responds ' +
    'threatens admits lands departs'
  ).split(' '),
);
/** One-word titles long enough that a one-letter slip leaves them recognisable ("Minster", "Presdent"). */
const LONG_TITLES = ROLE_WORDS.filter((r) => !r.includes(' ') && r.length >= 7);
const nearTitleMemo = new Map<string, boolean>();
function nearTitle(w: string): boolean {
  let yes = nearTitleMemo.get(w);
  if (yes === undefined) {
    const k = w.toLowerCase();
    yes = k.length >= 6 && LONG_TITLES.some((t) => t[0] === k[0] && editDistance(k, t, 1) <= 1);
    if (nearTitleMemo.size < 100_000) nearTitleMemo.set(w, yes);
  }
  return yes;
}
/** Words recur across a corpus (names, titles, sentence openers): each is judged once. */
const nameWordMemo = new Map<string, boolean>();
function isNameWord(w: string): boolean {
  let yes = nameWordMemo.get(w);
  if (yes === undefined) {
    // An initial ("A.") is part of a name even where the letter alone is a word ("a", "I").
    const k = w.toLowerCase().replace(/[.’']s?$|\.$/g, '');
    yes = INITIAL.test(w) || !(NOT_NAME_WORDS.has(k) || INSTITUTION_NOUN.test(k) || HEADLINE_VERBS.has(k));
    if (nameWordMemo.size < 100_000) nameWordMemo.set(w, yes);
  }
  return yes;
}

const LEADING_PARTICIPLE = /^[A-Z][a-z]{3,}ing$/;
/**
 * The person name inside a captured capitalised sequence: leading title words are dropped
 * ("Prime Minister Shigeru Ishiba" → "Shigeru Ishiba"); what remains must be two to five name
 * words, with lower-case particles beside them ("Luiz Inácio Lula da Silva"), and may end in a
 * generational suffix ("Ferdinand Marcos Jr"). `shortGiven`: the caller found a title before a
 * two-word name whose last word is a short given name that is also an English word ("Liu He").
 */
export function nameFrom(seq: string, afterTitle = false, shortGiven = false): string | null {
  let words = tokens(seq.replace(/['’]s$/, ''));
  // Right after a title, "He" and "An" are family names ("Vice Premier He Lifeng").
  const surnameFirst = afterTitle && words.length > 1 && SHORT_SURNAMES.has(words[0]!);
  if (!surnameFirst) while (words.length && !isNameWord(words[0]!)) words = words.slice(1);
  // "Echoing Trump's sentiments", "Following Donald Trump's letter": a sentence opened by a
  // participle whose object is a name. Given names in -ing ("Channing") are rare enough in news
  // on trade that the participle reading wins; after a title the word is kept ("Xi Jinping").
  if (!afterTitle && words.length > 1 && LEADING_PARTICIPLE.test(words[0]!)) words = words.slice(1);
  const core = words.filter((w) => !PARTICLES.has(w) && !isSuffix(w));
  if (core.length < 2 || core.length > 5 || words.length > 7) return null;
  const lastAt = words.length - 1;
  if (!words.every((w, i) => isNameWord(w) || (i === 0 && surnameFirst) || (i === lastAt && shortGiven)))
    return null;
  // "La Nacion", "El Universal": a newspaper or a place, not a first name.
  if (FOREIGN_ARTICLES.has(words[0]!.toLowerCase())) return null;
  // An initial may sit inside a name, never at its end.
  if (INITIAL.test(words[words.length - 1]!)) return null;
  return words.join(' ');
}

/**
 * Titles and honorifics that name a person by one word where it is all the page gives
 * ("Foreign Minister Sugiono", "President Lula", "Mr Pichai", "Datuk Seri Anwar"): the word
 * after them is a name unless it is a title, a word never in names, an acronym or a compound
 * in lower case ("Trump-era").
 */
const SINGLE_TITLES = new Set(
  'president minister secretary senator sen governor chancellor premier ambassador commissioner mr mrs ms dr prof sir seri datuk'.split(
    ' ',
  ),
);
const POSSESSIVE_END = /['’]s$/;
const PREPOSITION_AFTER = /^[ \t]+(?:to|for|by|with|from|in|on|at|as|over|after|into)\b/;
const HAS_LOWER = /\p{Ll}/u;
const LOWER_COMPOUND = /-\p{Ll}/u;
function singleAfterTitle(title: string, word: string, after: string): boolean {
  if (!SINGLE_TITLES.has(title.toLowerCase().replace(/\.$/, ''))) return false;
  const bare = word.replace(POSSESSIVE_END, '');
  // "Minister Attached to the Prime Minister", "President Rushed to …": a participle, not a name.
  if (bare.endsWith('ed') && PREPOSITION_AFTER.test(after)) return false;
  return (
    bare.length >= 2 &&
    HAS_LOWER.test(bare) &&
    !LOWER_COMPOUND.test(bare) &&
    !bare.endsWith('.') &&
    isNameWord(bare) &&
    !isTitleWord(bare)
  );
}

/** A role noun in lower case right before a capitalised run ("top leader To Lam"): the run is a titled name. */
const LOWER_TITLE_BEFORE =
  /\b(?:spokes(?:man|woman|person)|minister|premier|president|ambassador|envoy|negotiator|secretary|leader|chief|chairman|chairwoman|governor)[ \t]+$/;
/** Family names that are also English words, read as names only straight after a title. */
const SHORT_SURNAMES = new Set(['He', 'An', 'So', 'To']);
/** A comma or a lower-case letter, then one space, right before a capitalised run: not a sentence's start. */
const MID_SENTENCE_BEFORE = /[,a-z] $/;

/** Title words and honorifics, one word each, that end the title part of a capitalised run. */
const TITLE_WORDS = new Set([
  ...ROLE_WORDS.filter((r) => !r.includes(' ')).map((r) => r.replace(/\.$/, '')),
  ...ROLE_WORDS.filter((r) => r.includes(' ')).map((r) => r.split(' ').pop()!),
  ...NAME_STYLES,
]);
/** "Ministers", "Advisers": a title word in the plural. */
function isTitleWord(w: string): boolean {
  // Asked of every word of every capitalised run: answers are kept per word as written.
  let yes = titleWordMemo.get(w);
  if (yes === undefined) {
    let k = w.toLowerCase().replace(/[.’']$/, '');
    // "Ambassador-at-Large", "Secretary-General", "Director-General": a title joined to its qualifier.
    const dash = k.indexOf('-');
    // "Vice-Premier", "Deputy-Governor" (British and Chinese English): a rank prefix joined to its title.
    const prefixed = dash > 0 && RANK_PREFIX.has(k.slice(0, dash)) ? k.slice(dash + 1) : '';
    if (dash > 0 && !TITLE_WORDS.has(k)) k = k.slice(0, dash);
    yes =
      TITLE_WORDS.has(k) || (k.endsWith('s') && TITLE_WORDS.has(k.slice(0, -1))) || TITLE_WORDS.has(prefixed);
    if (titleWordMemo.size < 100_000) titleWordMemo.set(w, yes);
  }
  return yes;
}
const titleWordMemo = new Map<string, boolean>();
/** Ranks written joined to a title by a hyphen. */
const RANK_PREFIX = new Set(['vice', 'deputy', 'acting', 'ex', 'former', 'assistant']);
const POSSESSIVE_WORD = /['’]s$/;
/** Honorific styles are not titles: "Dr Jane Roe" has no role. */
const STYLE_SET = new Set(NAME_STYLES);

function roleFrom(title: string): string | null {
  const role = title
    .replace(
      /^(?:(?:U\.S\.|US|U\.K\.|UK|EU|Japan(?:['’]s)?|Japanese|American|China(?:['’]s)?|Chinese|British|Korean|South Korean|the|a|an|his|her|its|top|former|then)\s+)+/i,
      '',
    )
    .replace(/\s+/g, ' ')
    .replace(/^,\s*/, '')
    .trim()
    .toLowerCase();
  // "economic revitalization minister and chief tariff negotiator": the first role is the role.
  const first = role.split(/\s+and\s+/)[0]!;
  const short = ROLE_TAIL_WORDS.has(first.split(' ').pop()!) ? first : role;
  return short.length >= 3 && short.length <= 60 ? short : null;
}

/** Last words of roles, and of the "of …" part ("Secretary of Commerce"), for a cheap test before the full one. */
const ROLE_TAIL_WORDS = new Set(ROLE_WORDS.map((r) => r.split(' ').pop()!.replace(/\.$/, '')));

function mayEndInTitle(left: string): boolean {
  const words = left
    .slice(-80)
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter(Boolean);
  // The role word is at most eight words back ("Minister for Trade, Industry and Competition").
  for (let k = words.length - 1; k >= Math.max(0, words.length - 9); k--) {
    if (ROLE_TAIL_WORDS.has(withoutEndMark(words[k]!))) return true;
  }
  return false;
}

/**
 * `w.replace(/[.’']s?$|\.$/g, '')` by hand (it runs for the last words before every name): a
 * closing stop or apostrophe goes, with the "s" after an apostrophe or a stop.
 */
function withoutEndMark(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && isEndMark(w.charCodeAt(n - 2))) return w.slice(0, n - 2);
  return n >= 1 && isEndMark(w.charCodeAt(n - 1)) ? w.slice(0, n - 1) : w;
}

/** . ’ ' */
function isEndMark(c: number): boolean {
  return c === 46 || c === 0x2019 || c === 39;
}

/** The words of a name run and where each starts: what `matchAll(/\S+/g)` gives, for a run whose only spaces are gaps. */
function wordsIn(run: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let start = -1;
  for (let i = 0; i <= run.length; i++) {
    const c = i < run.length ? run.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 0xa0;
    if (space && start >= 0) {
      out.push({ text: run.slice(start, i), index: start });
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

interface Found {
  cand: NameCandidate;
  start: number;
  end: number;
  evidence: boolean;
  /** The name follows an owner ("Toshiba's Taro Shimada"): no evidence alone, but a list may hold it. */
  owned: boolean;
}

/** What may stand between two names of one list: commas, "and", and the second one's title. */
function listGap(gap: string, owned: boolean): boolean {
  if (gap.length > 60 || !/^\s*(?:,|and\b|&)/.test(gap)) return false;
  // "…, Toshiba's Taro Shimada": the owner's name before the possessive belongs to the second one.
  if (owned) gap = gap.replace(OWNER_BEFORE, '');
  for (const w of gap.split(/[\s,]+/)) {
    if (!w || w === 'and' || w === '&' || w === 'the') continue;
    if (!isTitleWord(w) && !NOT_NAME_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) return false;
  }
  return true;
}

export function findPeople(text: string): NameCandidate[] {
  const found: Found[] = [];
  const foreignLines = new Map<number, boolean>();
  const titleCaseLines = new Map<number, boolean>();
  for (const m of allFromCapital(SEQ, text, false, startsNameRun)) {
    const words = wordsIn(m[0]);
    // Title words and owners lead the run ("Prime Minister Shigeru Ishiba", "Honda Motor President
    // Toshihiro Mibe", "Toshiba's Taro Shimada"); the name is what follows the last of them.
    let first = 0;
    let titled = false;
    let owned = false;
    let roleAt = -1;
    // Name words before an honorific inside the run are the name's own ("Minister Tengku Datuk
    // Seri Jane Roe": Tengku is borne as part of the name, Datuk Seri is a style).
    let borne: string[] = [];
    for (let k = 0; k < words.length - 1; k++) {
      const w = words[k]!.text;
      if (isTitleWord(w)) {
        const style = STYLE_SET.has(w.toLowerCase().replace(/\.$/, ''));
        const between = words.slice(first, k).map((x) => x.text);
        borne = style && between.length > 0 && between.every(isNameWord) ? between : style ? borne : [];
        first = k + 1;
        titled = true;
        if (!STYLE_SET.has(w.toLowerCase().replace(/\.$/, ''))) roleAt = k;
        owned = false;
      } else if (POSSESSIVE_WORD.test(w)) {
        first = k + 1;
        borne = [];
        owned = true;
        titled = false;
        roleAt = -1;
      }
    }
    // A title in lower case stands outside the capitalised run ("spokesman He Yadong").
    const titledBefore =
      !titled && first === 0 && LOWER_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
    // Mid-sentence ("…, He Yongqian, a ministry spokesperson, said", "said He Lifeng") a capitalised
    // "He" is no pronoun: the family name leads as it does after a title.
    const midSentence =
      first === 0 &&
      words.length > 1 &&
      MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index));
    const afterTitle =
      (titled || titledBefore || midSentence) && SHORT_SURNAMES.has(words[first]?.text ?? '');
    const lead = first;
    while (!afterTitle && first < words.length && !isNameWord(words[first]!.text)) first++;
    if (first >= words.length) continue;
    // "Prime Minster Jane Roe": a title misspelt by a letter still ends the title.
    if (words.length - first >= 3 && nearTitle(words[first]!.text)) {
      first++;
      titled = true;
    }
    let last = words.length - 1;
    // "Vice Premier Liu He": after a title, a two-word name may end in a short given name that is
    // also an English word.
    const shortGiven =
      (titled || titledBefore) &&
      !afterTitle &&
      last - first === 1 &&
      SHORT_SURNAMES.has(words[last]!.text) &&
      isNameWord(words[first]!.text);
    while (!shortGiven && last > first && !isNameWord(words[last]!.text)) last--;
    let name = nameFrom(
      [...(afterTitle ? [] : borne), ...words.slice(first, last + 1).map((w) => w.text)].join(' '),
      afterTitle,
      shortGiven,
    );
    // "Trade Secretary Ma. Cristina Roque": a short word with a full stop before a name is an abbreviation.
    const single =
      !name &&
      first === last &&
      first > 0 &&
      singleAfterTitle(
        words[first - 1]!.text,
        words[first]!.text,
        text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      ) &&
      !(words[first]!.text.length <= 3 && text[m.index + m[0].length] === '.');
    if (single) name = words[first]!.text.replace(POSSESSIVE_END, '');
    if (!name) continue;
    // Only a run right after "of " or "of the " can be an organisation's tail: tested first, cheaply.
    if (
      first === 0 &&
      (text.startsWith('of ', m.index - 3) || text.startsWith('the ', m.index - 4)) &&
      ORG_OF_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    // "the governor of São Paulo, Jane Roe": two words right after a title's "of" name its place.
    if (
      first === 0 &&
      words.length === 2 &&
      text.startsWith('of ', m.index - 3) &&
      ROLE_OF_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    // "the Bangladesh Knitwear Manufacturers and Exporters Association", "the Jane Roe Foundation":
    // capitalised words that end in an organisation's head name the body, not a person.
    if (!single && last < words.length - 1 && ORG_HEAD_WORD.test(words[words.length - 1]!.text)) continue;
    if (
      !single &&
      first > lead &&
      AND_ORG_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))
    )
      continue;
    const nameStart = m.index + words[first]!.index;
    // In a headline every word is capitalised, so a run says nothing about where a name ends
    // ("PM Jane Roe Discloses Receipt"); the body names the same people in sentences.
    if (inTitleCaseLine(text, nameStart, titleCaseLines)) continue;
    // A translation beside the English ("Tổng thống Hoa Kỳ Donald Trump chia sẻ …") glues the
    // other language's title words to the name; names are read from the English lines.
    if (inForeignLine(text, nameStart, foreignLines)) continue;
    let nameEnd = m.index + words[last]!.index + words[last]!.text.length;
    // "Marcos Jr." keeps its full stop.
    const written = isSuffix(words[last]!.text) && text[nameEnd] === '.' ? `${name}.` : name;
    if (written !== name) nameEnd++;
    // The title ends at the last role word of the run, before any honorific ("Minister Datuk Seri …").
    const titleEnd = roleAt < 0 ? nameStart : m.index + words[roleAt]!.index + words[roleAt]!.text.length + 1;
    let left = text.slice(Math.max(0, titleEnd - 80), titleEnd);
    if (left.endsWith(') ')) left = left.replace(BRACKET_AT_END, ' ');
    const title = mayEndInTitle(left) ? TITLE_AT_END.exec(left) : null;
    const styled = STYLE_BEFORE.test(text.slice(Math.max(0, nameStart - 12), nameStart));
    let role = title && !(styled && STYLE_SET.has(lastWord(title[1]!))) ? roleFrom(title[1]!) : null;
    const after = text.slice(nameEnd, nameEnd + 140);
    let appositive = APPOSITIVE.exec(after);
    // ", SoftBank CEO Masayoshi Son,": the next item of a list, titled, not this one's role. A role
    // of this one's own before it ("adviser and senior aide to former President Jane Roe") keeps it.
    if (appositive) {
      const titledName = ROLE_THEN_NAME.exec(appositive[1]!);
      if (titledName && !ROLE_WORD.test(appositive[1]!.slice(0, titledName.index))) appositive = null;
    }
    if (appositive) role ??= roleFrom(appositive[1]!);
    // ", President of the Knitwear Exporters Association (KEA)," is evidence too, though too long
    // to be a role the registry should answer "the president" with.
    const longAppositive =
      !appositive && after.indexOf('(') > 0 && after.startsWith(',') && APPOSITIVE_BODY.test(after);
    const evidence =
      longAppositive ||
      single ||
      titled ||
      styled ||
      title !== null ||
      appositive !== null ||
      WHO_AFTER.test(after) ||
      VERB_AFTER.test(after.slice(0, 60)) ||
      VERB_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    const canonical = canonicalName(written);
    const cand: NameCandidate =
      canonical === written ? { name: canonical, role } : { name: canonical, written, role };
    if (single) cand.single = true;
    found.push({ cand, start: nameStart, end: nameEnd, evidence, owned });
  }
  // A name listed beside a person is a person ("Foreign Minister Jane Roe and John Doe", "Ministers
  // Jane Roe, John Doe and Special Adviser Ann Poe"): evidence spreads along the list.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (f.evidence) continue;
      const prev = found[i - 1];
      const next = found[i + 1];
      if (
        (prev?.evidence && listGap(text.slice(prev.end, f.start), f.owned)) ||
        (next?.evidence && listGap(text.slice(f.end, next.start), next.owned))
      ) {
        f.evidence = true;
        changed = true;
      }
    }
  }
  const out: NameCandidate[] = [];
  const pending: NameCandidate[] = [];
  for (const f of found) (f.evidence ? out : pending).push(f.cand);
  // A full name with no evidence of its own is a person when the article goes on to use its
  // surname as a person's ("… met Keir Starmer. Starmer said …", "Mr Starmer").
  if (pending.length) {
    const titled: TitledSurnames = { set: null };
    for (const cand of pending) {
      const words = (cand.written ?? cand.name).split(' ').filter((w) => !isSuffix(w));
      if (usedAsSurname(text, words[words.length - 1], titled)) out.push(cand);
    }
  }
  return out;
}

/**
 * Whether the line around `pos` is written in title case (a headline: "Trump's Order Implementing
 * Japan Deal"), where capitals say nothing about names.
 */
function inTitleCaseLine(text: string, pos: number, memo: Map<number, boolean>): boolean {
  const from = text.lastIndexOf('\n', pos) + 1;
  // Each line is judged once per text (`memo`, by the line's start): a line often names several people.
  let yes = memo.get(from);
  if (yes === undefined) {
    yes = titleCaseLine(text, from, pos);
    memo.set(from, yes);
  }
  return yes;
}

function titleCaseLine(text: string, from: number, pos: number): boolean {
  let to = text.indexOf('\n', pos);
  if (to < 0) to = text.length;
  if (to - from > 160) return false;
  const line = text.slice(from, to);
  // A headline does not end as a sentence does.
  if (/[.!?:]["”’)]?\s*$/.test(line)) return false;
  let upper = 0;
  let lower = 0;
  // Words of five letters or more: headlines keep short function words ("from", "with") lower-case.
  for (const w of line.match(LONG_WORD) ?? []) {
    if (STARTS_UPPER.test(w)) upper++;
    else lower++;
  }
  return upper >= 4 && upper >= 3 * lower;
}

/** A letter with an accent or a letter outside Latin-1's plain range ("ổ", "ầ", "ş"). */
const MARKED_LETTER = /[\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * Whether the line around `pos` is written in a language that marks many of its words with
 * accents (Vietnamese, a translation printed under each English paragraph): at least a third of
 * its lower-case words carry one. An English line naming "Tô Lâm" or "Việt Nam" has none such.
 * Each line is judged once per text (`memo`, by the line's start).
 */
function inForeignLine(text: string, pos: number, memo: Map<number, boolean>): boolean {
  const from = text.lastIndexOf('\n', pos) + 1;
  let yes = memo.get(from);
  if (yes === undefined) {
    let to = text.indexOf('\n', pos);
    if (to < 0) to = text.length;
    let marked = 0;
    let words = 0;
    // Only lower-case words count: names with accents ("Šefčovič") are no sign of the language.
    const line = text.slice(from, Math.min(to, from + 2000));
    // A line without a marked letter (nearly every English one) has no marked word.
    const parts = MARKED_LETTER.test(line) ? line.split(/\s+/) : [];
    for (const w of parts) {
      if (!STARTS_LOWER.test(w)) continue;
      words++;
      if (MARKED_LETTER.test(w)) marked++;
    }
    yes = marked >= 4 && marked * 3 >= words;
    memo.set(from, yes);
  }
  return yes;
}

const lastWord = (s: string): string => s.trim().split(/\s+/).pop()!.toLowerCase().replace(/[.,]$/, '');

const SURNAME_SAYS = new RegExp(
  `(?<![\\p{L}.'’-])(${UPPER}${LOWER}+(?:[-'’]${UPPER}?${LOWER}+)*)(?:['’]s)?[ \\t]*,?[ \\t]+(?:(?:also|then|later|further|had|has)[ \\t]+)?(?:${VERBS})\\b`,
  'uy',
);
const SURNAME_TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'President',
  'Minister',
  'Secretary',
  'Senator',
  'Sen',
  'Governor',
  'Chancellor',
  'Premier',
  'Ambassador',
];
const SURNAME_TITLED = new RegExp(
  `\\b(?:${SURNAME_TITLES.join('|')})\\.?[ \\t]+(${UPPER}${LOWER}+(?:[-'’]${UPPER}?${LOWER}+)*)\\b`,
  'uy',
);

/**
 * The first two letters of the titles SURNAME_TITLED opens with: the pattern is tried only at
 * capitals followed by one of these pairs, not at every capital of the text.
 */
const TITLE_OPENINGS = new Set(SURNAME_TITLES.map((t) => t.slice(0, 2)));

function mayOpenTitle(text: string, i: number): boolean {
  return TITLE_OPENINGS.has(text.slice(i, i + 2));
}

/** The surnames SURNAME_TITLED finds in one text, read once when first asked for. */
interface TitledSurnames {
  set: Set<string> | null;
}

/**
 * Whether `text` uses `word` as a person's surname: a match of SURNAME_SAYS or SURNAME_TITLED
 * (as a scan of the whole text finds them) names it. No SURNAME_SAYS match starts inside another
 * (the capitals inside one are inside its name, after a hyphen or an apostrophe, where its
 * look-behind fails), so the pattern is only tried where `word` stands, not at every capital of
 * the text. SURNAME_TITLED matches can cover one another's start ("President Premier Lee"), so
 * its surnames come from one scan of the text, made only if some word is not found the first way.
 */
function usedAsSurname(text: string, word: string | undefined, titled: TitledSurnames): boolean {
  if (!word || !isNameWord(word)) return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    SURNAME_SAYS.lastIndex = at;
    if (SURNAME_SAYS.exec(text)?.[1] === word) return true;
  }
  if (titled.set === null) {
    titled.set = new Set();
    for (const m of allFromCapital(SURNAME_TITLED, text, false, mayOpenTitle))
      if (isNameWord(m[1]!)) titled.set.add(m[1]!);
  }
  return titled.set.has(word);
}

/** Organisation names as written, minus "the" and a possessive. */
export function findOrganisations(text: string): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const h of text.matchAll(ORG_HEAD)) {
    const end = h.index + h[0].length;
    const from = Math.max(0, end - 90);
    const m = ORG_AT_END.exec(text.slice(from, end));
    if (!m) continue;
    const words = m[1]!.split(/\s+/);
    while (words.length > 1 && ORG_LEAD_NOISE.has(words[0]!.toLowerCase())) words.shift();
    const written = words.join(' ');
    const start = end - written.length;
    const name = adjectival(written);
    const said =
      ORG_SAYS.test(text.slice(end, end + 50)) || ORG_SOURCE.test(text.slice(Math.max(0, start - 40), start));
    // A title alone ("Prime Minister") or a bare head ("Office") does not name an organisation.
    if (said && words.length >= 2) {
      out.push(name === written ? { name } : { name, written });
    }
  }
  return out;
}

/**
 * Patterns with Unicode property escapes, made once: esbuild (tsx, target node20) turns such a
 * literal into `new RegExp(...)` where it stands, so inside a function it was rebuilt on every call.
 */
const INITIAL = /^\p{Lu}\.$/u;
const OWNER_BEFORE = /(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s*$/u;
const LONG_WORD = /\p{L}[\p{L}'’-]{4,}/gu;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
