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
}

const UPPER = '\\p{Lu}';
const LOWER = '\\p{Ll}';
/** One word of a name: "Akazawa", "O'Neill", "McDonald", "Jean-Luc", an initial "J.". */
const NAME_WORD = `(?:${UPPER}${LOWER}*(?:${UPPER}${LOWER}+)?(?:[-'’]${UPPER}?${LOWER}+)*|${UPPER}\\.)`;
const GAP = '[ \\t\\u00a0]+';
const NAME_SEQ = `(?<![\\p{L}\\p{N}.'’-])${NAME_WORD}(?:${GAP}${NAME_WORD}){1,5}`;

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
  "(?:(?:[A-Z](?:\\.[A-Z])+\\.|[A-Z][\\w'’-]*|top|chief|lead|deputy|vice|senior|former|acting|economic|economy|trade|tariff|foreign|finance|revitali[sz]ation|commerce|treasury|defen[cs]e|cabinet)[ \\t]+){0,5}";
const ROLE_OF = "(?:\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w'’]+(?:\\s+[A-Z][\\w'’]+)?)?";

const TITLE_BEFORE = new RegExp(`(${TITLE_LEAD}(?:${ROLE_ALT})${ROLE_OF})\\s*,?\\s+(${NAME_SEQ})`, 'dgu');
const VERBS = [...SAYING_VERBS].join('|');
const VERB_AFTER = new RegExp(
  `(${NAME_SEQ})\\s*,?\\s+(?:(?:also|then|later|further|had|has|previously|separately|repeatedly)\\s+)?(?:${VERBS})\\b`,
  'dgu',
);
const VERB_BEFORE = new RegExp(`\\b(?:said|says|according to|added)\\s+(${NAME_SEQ})`, 'dgu');
const APPOSITIVE = new RegExp(
  `(${NAME_SEQ}),\\s+((?:the|a|an|his|her|its|[A-Z][\\w.]*(?:['’]s)?)\\s+[^,.;:“”"()]{0,70}?\\b(?:${ROLE_ALT})\\b[^,.;:“”"()]{0,40}?)(?=[,.;])`,
  'dgu',
);

const ORG_BODY = `(?:(?:${NATIONALITIES})\\s+)?(?:[A-Z][\\w'’.-]*\\s+(?:(?:and|of|for|the)\\s+)?){0,4}(?:${ORG_HEADS})`;
const GOVT = `(?:${NATIONALITIES}|[A-Z][a-z]+)\\s+(?:government|administration)`;
const ORG = `(?:[Tt]he\\s+)?(White House|${ORG_BODY}|${GOVT})`;
const ORG_VERB_AFTER = new RegExp(
  `${ORG}(?:['’]s)?\\s+(?:(?:also|had|has|then)\\s+)?(?:${VERBS}|statement|guidance|readout|release|notice|spokesperson|spokesman|spokeswoman)\\b`,
  'gu',
);
const ORG_SOURCE = new RegExp(
  `\\b(?:statement|readout|guidance|release|notice|announcement|document)\\s+(?:from|by|issued by|of)\\s+${ORG}|\\baccording to\\s+${ORG}|\\b(?:said|says|stated)\\s+${ORG}`,
  'gu',
);

const tokens = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const isNameWord = (w: string): boolean => !NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.’']s?$|\.$/g, ''));

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
    .replace(/^(?:(?:U\.S\.|US|Japan['’]s|Japanese|American|the|a|an|his|her|its|top|former|then)\s+)+/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^,\s*/, '')
    .trim()
    .toLowerCase();
  return role.length >= 3 && role.length <= 60 ? role : null;
}

export function findPeople(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  // One occurrence found by two kinds of evidence still counts once (counts pick the canonical spelling).
  const seen = new Map<number, NameCandidate>();
  const push = (m: RegExpExecArray, group: number, role: string | null) => {
    const name = nameFrom(m[group]!);
    if (!name) return;
    const at = m.indices?.[group]?.[1] ?? m.index;
    const before = seen.get(at);
    if (before) {
      before.role ??= role;
      return;
    }
    const c = { name, role };
    seen.set(at, c);
    out.push(c);
  };
  for (const m of text.matchAll(TITLE_BEFORE)) push(m, 2, roleFrom(m[1]!));
  for (const m of text.matchAll(VERB_AFTER)) push(m, 1, null);
  for (const m of text.matchAll(VERB_BEFORE)) push(m, 1, null);
  for (const m of text.matchAll(APPOSITIVE)) push(m, 1, roleFrom(m[2]!));
  return out;
}

/** Organisation names as written, minus "the" and a possessive. */
export function findOrganisations(text: string): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const push = (raw: string | undefined) => {
    if (!raw) return;
    const name = raw
      .replace(/['’]s$/, '')
      .replace(/^the\s+/i, '')
      .trim();
    // A title alone ("Prime Minister") or a bare head ("Office") does not name an organisation.
    if (tokens(name).length < 2 && name !== 'Pentagon' && name !== 'Kremlin') return;
    out.push({ name });
  };
  for (const m of text.matchAll(ORG_VERB_AFTER)) push(m[1]);
  for (const m of text.matchAll(ORG_SOURCE)) push(m[1] ?? m[2] ?? m[3]);
  return out;
}
