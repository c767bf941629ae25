import { allFromCapital, startsNameRun } from '../../text/capital-scan';
import { NATIONALITIES, NOT_NAME_WORDS, ORG_HEADS, ROLE_WORDS, SAYING_VERBS } from './gazetteer';

/**
 * Finds who an article names: capitalised name sequences with evidence that they are people
 * (a title or role before them, a speech verb around them, a role in apposition), and
 * organisations that issue statements. Evidence is required so places, institutions and
 * products in title case ("Truth Social", "Air Force One") are not taken for people.
 */

export interface NameCandidate {
  name: string;
  /** Role words found with this name ("treasury secretary"), lower-case; null when none. */
  role: string | null;
}

export interface OrgCandidate {
  name: string;
  /** The words as the article wrote them, when they differ from `name` ("Japan's Foreign Ministry"). */
  written?: string;
}

const UPPER = '\\p{Lu}';
const LOWER = '\\p{Ll}';
/** One word of a name: "Akazawa", "O'Neill", "McDonald", "Jean-Luc", an initial "J.". */
const NAME_WORD = `(?:${UPPER}${LOWER}*(?:${UPPER}${LOWER}+)?(?:[-'’]${UPPER}?${LOWER}+)*|${UPPER}\\.)`;
const GAP = '[ \\t\\u00a0]+';
/** Lower-case particles inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const PARTICLE = `(?:${GAP}(?:von|van|der|den|de|da|di|del|della|la|le|bin|ibn|al|dos|du))*`;
export const NAME_SEQ = `(?<![\\p{L}\\p{N}.'’-])${NAME_WORD}(?:${PARTICLE}${GAP}${NAME_WORD}){1,5}`;

const caseVariants = (w: string): string =>
  w
    .split(' ')
    .map(
      (part) => `[${part[0]!.toUpperCase()}${part[0]!.toLowerCase()}]${part.slice(1).replace(/\./g, '\\.')}`,
    )
    .join('\\s+');
const ROLE_ALT = [...ROLE_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(caseVariants)
  .join('|');
const TITLE_LEAD =
  "(?:(?:[A-Z](?:\\.[A-Z])+\\.|[A-Z][\\w'’-]*|top|chief|lead|deputy|vice|senior|former|acting|economic|economy|trade|tariff|foreign|finance|revitali[sz]ation|commerce|treasury|defen[cs]e|cabinet|press|agriculture|farm|industry|state|transport|finance|health|justice)[ \\t]+){0,5}";
const ROLE_OF = "(?:\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w'’]+(?:\\s+[A-Z][\\w'’]+)?)?";

const VERBS = [...SAYING_VERBS].join('|');

// Names are found first (capitalised runs, one cheap pass) and their evidence is then checked in
// a short window either side, so the cost stays linear in the text however many roles we know.
const SEQ = new RegExp(NAME_SEQ, 'uy');
const TITLE_AT_END = new RegExp(`(${TITLE_LEAD}(?:${ROLE_ALT})${ROLE_OF})[ \\t]*,?[ \\t]*$`, 'u');
const VERB_AFTER = new RegExp(
  `^[ \\t]*,?[ \\t]+(?:(?:also|then|later|further|had|has|previously|separately|repeatedly)[ \\t]+)?(?:${VERBS})\\b`,
  'u',
);
const VERB_BEFORE = /\b(?:said|says|according to|added)[ \t]+$/;
const APPOSITIVE = new RegExp(
  `^,\\s+((?:the|a|an|his|her|its|[A-Z][\\w.]*(?:['’]s)?)\\s+[^,.;:“”"()]{0,70}?\\b(?:${ROLE_ALT})\\b[^,.;:“”"()]{0,40}?)(?=[,.;])`,
  'u',
);

const ORG_BODY = `(?:(?:${NATIONALITIES})\\s+)?(?:[A-Z][\\w'’.-]*\\s+(?:(?:and|of|for|the)\\s+)?){0,4}(?:${ORG_HEADS})`;
const GOVT = `(?:${NATIONALITIES}|[A-Z][a-z]+)\\s+(?:government|administration)`;
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
/** Words recur across a corpus (names, titles, sentence openers): each is judged once. */
const nameWordMemo = new Map<string, boolean>();
function isNameWord(w: string): boolean {
  let yes = nameWordMemo.get(w);
  if (yes === undefined) {
    yes = !NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.’']s?$|\.$/g, ''));
    if (nameWordMemo.size < 100_000) nameWordMemo.set(w, yes);
  }
  return yes;
}

/**
 * The person name inside a captured capitalised sequence: leading title words are dropped
 * ("Prime Minister Shigeru Ishiba" → "Shigeru Ishiba"); what remains must be two to four name words.
 */
export function nameFrom(seq: string): string | null {
  let words = tokens(seq.replace(/['’]s$/, ''));
  while (words.length && !isNameWord(words[0]!)) words = words.slice(1);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every(isNameWord)) return null;
  // An initial may sit inside a name, never at its end.
  if (/^\p{Lu}\.$/u.test(words[words.length - 1]!)) return null;
  return words.join(' ');
}

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
    .slice(-40)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  // The role word is at most three words back ("Secretary of the Treasury").
  for (let k = words.length - 1; k >= Math.max(0, words.length - 4); k--) {
    if (ROLE_TAIL_WORDS.has(words[k]!.replace(/[.’']s?$|\.$/g, ''))) return true;
  }
  return false;
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

export function findPeople(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const pending: string[] = [];
  for (const m of allFromCapital(SEQ, text, false, startsNameRun)) {
    const words = wordsIn(m[0]);
    // Title words lead the run ("Prime Minister Shigeru Ishiba"); the name is what follows them.
    let first = 0;
    while (first < words.length && !isNameWord(words[first]!.text)) first++;
    let last = words.length - 1;
    while (last > first && !isNameWord(words[last]!.text)) last--;
    const name = nameFrom(
      words
        .slice(first, last + 1)
        .map((w) => w.text)
        .join(' '),
    );
    if (!name) continue;
    const nameStart = m.index + words[first]!.index;
    const nameEnd = m.index + words[last]!.index + words[last]!.text.length;
    const left = text.slice(Math.max(0, nameStart - 80), nameStart);
    const title = mayEndInTitle(left) ? TITLE_AT_END.exec(left) : null;
    let role = title ? roleFrom(title[1]!) : null;
    const appositive = APPOSITIVE.exec(text.slice(nameEnd, nameEnd + 140));
    if (appositive) role ??= roleFrom(appositive[1]!);
    const evidence =
      title !== null ||
      appositive !== null ||
      VERB_AFTER.test(text.slice(nameEnd, nameEnd + 60)) ||
      VERB_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (evidence) out.push({ name, role });
    else pending.push(name);
  }
  // A full name with no evidence of its own is a person when the article goes on to use its
  // surname as a person's ("… met Keir Starmer. Starmer said …", "Mr Starmer").
  if (pending.length) {
    const surnames = surnameEvidence(text);
    for (const name of pending) {
      const last = name.slice(name.lastIndexOf(' ') + 1);
      if (surnames.has(last)) out.push({ name, role: null });
    }
  }
  return out;
}

const SURNAME_SAYS = new RegExp(
  `(?<![\\p{L}.'’-])(${UPPER}${LOWER}+(?:[-'’]${UPPER}?${LOWER}+)*)(?:['’]s)?[ \\t]*,?[ \\t]+(?:(?:also|then|later|further|had|has)[ \\t]+)?(?:${VERBS})\\b`,
  'uy',
);
const SURNAME_TITLED = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Dr|President|Minister|Secretary|Senator|Sen|Governor|Chancellor|Premier|Ambassador)\\.?[ \\t]+(${UPPER}${LOWER}+(?:[-'’]${UPPER}?${LOWER}+)*)\\b`,
  'uy',
);

function surnameEvidence(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of allFromCapital(SURNAME_SAYS, text)) if (isNameWord(m[1]!)) out.add(m[1]!);
  for (const m of allFromCapital(SURNAME_TITLED, text)) if (isNameWord(m[1]!)) out.add(m[1]!);
  return out;
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
