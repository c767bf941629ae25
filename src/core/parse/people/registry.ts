import type { Person } from '../../article';
import { execFromCapital } from '../../text/capital-scan';
import { editDistance } from '../../text/fuzzy';
import type { Mention, PeopleIndex } from '../types';
import type { NameCandidate, OrgCandidate } from './candidates';
import { HONORIFICS, NAME_STYLES, NOT_NAME_WORDS, ROLE_WORDS } from './gazetteer';
import { foldDiacritics, isSuffix } from './names';

/**
 * The people (and statement-issuing organisations) of a whole dataset, merged across articles:
 * spelling variants ("Ryosei"/"Ryozei"), Japanese name order ("Akazawa Ryosei"), middle
 * initials, surnames, honorifics ("Mr Trump"), social handles ("@realDonaldTrump") and
 * department chiefs ("the Treasury chief") all resolve to one canonical name.
 */

// U+2010 and U+2011 (hyphen, no-break hyphen) join a name's parts as "-" does ("Yun‑cheol").
const TOKEN = /[@\p{L}\p{N}][\p{L}\p{N}.'’\u2010\u2011-]*/gu;
/** A word that can start a mention: a capitalised word or a handle, at a word boundary. */
const CAPITALISED = /(?<![\p{L}\p{N}.'’@\u2010\u2011-])[@\p{Lu}][\p{L}\p{N}.'’\u2010\u2011-]*/uy;
/** The next word after a position, skipping punctuation and spaces (as lookup keys do). */
const NEXT_TOKEN = /[^@\p{L}\p{N}]*([@\p{L}\p{N}][\p{L}\p{N}.'’\u2010\u2011-]*)/uy;

const ODD_HYPHENS = /[\u2010\u2011]/g;
/** Lookup form of one word: lower case, no possessive, no trailing full stop. */
function normToken(t: string): string {
  // "Støre" and "Store" are one key: pages and readers differ on diacritics, not on people.
  return foldDiacritics(t)
    .replace(ODD_HYPHENS, '-')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[.’'-]+$/, '');
}

export function lookupKey(phrase: string): string {
  return (phrase.match(TOKEN) ?? []).map(normToken).filter(Boolean).join(' ');
}

/** "@realDonaldTrump" → "donald trump": the name a handle spells. */
function handleKey(handle: string): string {
  return lookupKey(
    handle
      .replace(/^@/, '')
      .replace(/^(?:real|the|official)(?=[A-Z])/, '')
      .replace(/_/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2'),
  );
}

interface Entry {
  person: Person;
  count: number;
  roles: Map<string, number>;
}

const similarGiven = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  // A misspelt six-letter name is two edits away as often as a longer one ("Besant", "Bessent").
  return editDistance(a, b, 2) <= (Math.min(a.length, b.length) <= 5 ? 1 : 2);
};

/**
 * Same person: one of surname and given name the same and the other close (a variant
 * spelling), middle names and initials aside; either name order.
 */
function samePerson(a: string[], b: string[]): boolean {
  const match = (x: string[], y: string[]) => {
    const [xf, xl, yf, yl] = [x[0]!, x[x.length - 1]!, y[0]!, y[y.length - 1]!];
    return (xl === yl && similarGiven(xf, yf)) || (xf === yf && similarGiven(xl, yl));
  };
  if (match(a, b)) return true;
  if (a.length === 2 && b.length === 2 && match(a, [...b].reverse())) return true;
  if (subName(a, b) || subName(b, a)) return true;
  // "Keller Sutter" is "Karin Keller-Sutter" written without its hyphen.
  const [ha, hb] = [a.flatMap(splitHyphen), b.flatMap(splitHyphen)];
  if (ha.length === a.length && hb.length === b.length) return false;
  // "Lee Jae-myung" and "Lee Jae Myung": the same words, hyphenated or not.
  if (ha.length === hb.length && ha.every((w, i) => w === hb[i])) return true;
  return subName(ha, hb) || subName(hb, ha);
}

const splitHyphen = (w: string): string[] => w.split('-').filter(Boolean);

/** The first and last words of a name, and the parts of either when hyphenated. */
function edgeWords(w: string[]): string[] {
  const edges = [w[0]!, w[w.length - 1]!];
  return [...new Set([...edges, ...edges.flatMap((e) => (e.includes('-') ? splitHyphen(e) : []))])];
}

/**
 * A shorter form of a longer name: two or more of its words in a row ("Tengku Zafrul" in "Tengku
 * Zafrul Abdul Aziz", "Lula da Silva" in "Luiz Inácio Lula da Silva"), with the same generational
 * suffix or none ("Donald Trump" is not "Donald Trump Jr.").
 */
function subName(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  if (isSuffix(short[short.length - 1]!) !== isSuffix(long[long.length - 1]!)) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    let k = 0;
    while (k < short.length && short[k] === long[i + k]) k++;
    if (k === short.length) return true;
  }
  return false;
}

/** The words of a name that readers use alone: not particles, initials or suffixes. */
const nameWords = (words: string[]): string[] =>
  words.filter(
    (w) => w.length >= 3 && !isSuffix(w) && !/^(?:von|van|der|den|del|della|bin|binti|ibn|dos)$/.test(w),
  );

/** Words of a title or honorific that may stand straight before one word of a name ("President Lula"). */
const TITLE_BEFORE = new Set([
  ...ROLE_WORDS.map((r) => r.split(' ').pop()!.replace(/\.$/, '')),
  ...NAME_STYLES,
  ...HONORIFICS,
]);
const PREVIOUS_WORD = /([\p{L}'’.-]+)[ \t]+$/u;
function titledAt(text: string, start: number): boolean {
  const m = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 30), start));
  return m !== null && TITLE_BEFORE.has(m[1]!.toLowerCase().replace(/\.$/, ''));
}

const THE_BEFORE = /\bthe\s+$/i;
/** The phrase at `start` follows "the": nothing else owns it ("the Treasury chief"). */
function afterThe(text: string, start: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/** The family name: the last word, a generational suffix aside ("Marcos" of "Ferdinand Marcos Jr."). */
function surnameOf(words: string[]): string {
  const last = words[words.length - 1]!;
  return isSuffix(last) && words.length > 2 ? words[words.length - 2]! : last;
}

/**
 * Whether a role phrase names `role` as the post it holds: whole words, and not as a possessor
 * inside it. "head of trump's council of economic advisers" is a post of its holder's, and
 * "trump" there names someone else; "commerce secretary" holds "commerce" and "secretary".
 */
function holdsRole(held: string, role: string): boolean {
  for (let at = held.indexOf(role); at >= 0; at = held.indexOf(role, at + 1)) {
    const end = at + role.length;
    if (at > 0 && WORD_CHAR.test(held[at - 1]!)) continue;
    if (end < held.length && (WORD_CHAR.test(held[end]!) || POSSESSOR_AFTER.test(held.slice(end, end + 2))))
      continue;
    return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const POSSESSOR_AFTER = /^['’]s/;

export class PeopleRegistry implements PeopleIndex {
  private readonly byName = new Map<string, Person>();
  /** Lookup key → canonical name, for every spelling a mention may use. */
  private readonly keys = new Map<string, string>();
  /**
   * One word of a name other than the surname ("lula") → the one person whose name holds it; a
   * mention by it alone counts where the text names the person in full or puts a title before it.
   */
  private readonly weakKeys = new Map<string, string>();
  /** Keys made from a role ("treasury chief"), which like weak keys need the name beside them. */
  private readonly roleKeys = new Set<string>();

  constructor(people: Person[]) {
    for (const p of people) this.byName.set(p.name, p);
    const surnames = new Map<string, Set<string>>();
    const given = new Map<string, Set<string>>();
    for (const p of people) {
      for (const alias of [p.name, ...p.aliases]) this.addKey(lookupKey(alias), p.name);
      if (p.kind !== 'person') continue;
      for (const n of [p.name, ...p.aliases]) {
        const words = lookupKey(n).split(' ');
        if (words.length < 2) continue;
        // "Liu He": a short given name that is also an English word ("he") is never a key of its own;
        // the family name leads.
        const last = words.length === 2 && NOT_NAME_WORDS.has(words[1]!) ? words[0]! : surnameOf(words);
        if (!surnames.has(last)) surnames.set(last, new Set());
        surnames.get(last)!.add(p.name);
        // "Marcos Jr.": the surname with its suffix.
        if (last !== words[words.length - 1]) this.addKey(`${last} ${words[words.length - 1]}`, p.name);
        // Japanese order: the family name first.
        if (words.length === 2) this.addKey(`${words[1]} ${words[0]}`, p.name);
        // Other words of the name, which many countries' news uses alone ("Lula", "Prabowo",
        // "DPM Gan"): weak keys, trusted only beside a full mention (see mentions).
        for (const w of nameWords(words)) {
          if (w === last || NOT_NAME_WORDS.has(w)) continue;
          if (!given.has(w)) given.set(w, new Set());
          given.get(w)!.add(p.name);
        }
      }
    }
    for (const [surname, names] of surnames) {
      if (names.size !== 1) continue; // an ambiguous surname resolves to no one
      const name = [...names][0]!;
      this.addKey(surname, name);
      for (const h of HONORIFICS) this.addKey(`${h} ${surname}`, name);
    }
    for (const [word, names] of given) {
      if (names.size !== 1 || this.keys.has(word) || surnames.has(word)) continue;
      this.weakKeys.set(word, [...names][0]!);
    }
    // Where the name is given first and used alone ("Pichai Chunhavajira" … "Mr Pichai", as Thai
    // and Malay names are), an honorific before the first name is the person too. Surnames
    // claimed their keys above and keep them.
    const firsts = new Map<string, string[]>();
    for (const p of people) {
      if (p.kind !== 'person') continue;
      const words = lookupKey(p.name).split(' ');
      if (words.length < 2 || surnames.has(words[0]!)) continue;
      firsts.set(words[0]!, [...(firsts.get(words[0]!) ?? []), p.name]);
    }
    for (const [first, names] of firsts)
      if (names.length === 1) for (const h of HONORIFICS) this.addKey(`${h} ${first}`, names[0]!);
    // "the Treasury chief": a department's head by the department's name.
    const chiefs = new Map<string, Set<string>>();
    for (const p of people) {
      const m =
        p.role &&
        /^(?:(\w+) (?:secretary|minister)|(?:secretary|minister) (?:of|for) (?:the )?(\w+))$/.exec(p.role);
      const dept = m ? (m[1] ?? m[2])! : null;
      if (!dept) continue;
      if (!chiefs.has(dept)) chiefs.set(dept, new Set());
      chiefs.get(dept)!.add(p.name);
    }
    // "The Treasury chief" is the one the folder knows; "EU's trade chief", "Japan's trade chief",
    // a headline's "Trade Chief" may be any country's, so those name the known holder only in a
    // text that names them (see mentions).
    for (const [dept, names] of chiefs) {
      const key = `${dept} chief`;
      if (names.size !== 1 || this.keys.has(key)) continue;
      this.addKey(key, [...names][0]!);
      this.roleKeys.add(key);
    }
  }

  private addKey(key: string, name: string): void {
    if (!key) return;
    const existing = this.keys.get(key);
    if (existing !== undefined && existing !== name) return; // first (most specific) claim wins
    this.keys.set(key, name);
  }

  all(): Person[] {
    return [...this.byName.values()];
  }

  person(name: string): Person | undefined {
    return this.byName.get(name);
  }

  /**
   * The registry never changes once built, so an alias resolves the same way every time; the
   * fallbacks below read every person, which a large dataset cannot afford per role phrase.
   */
  private readonly resolved = new Map<string, string | null>();
  private byRoleOrder: Person[] | null = null;
  private personWords: { name: string; words: string[] }[] | null = null;

  resolve(alias: string): string | null {
    const cached = this.resolved.get(alias);
    if (cached !== undefined) return cached;
    const name = this.resolveUncached(alias);
    if (this.resolved.size < 100_000) this.resolved.set(alias, name);
    return name;
  }

  private resolveUncached(alias: string): string | null {
    const raw = alias.trim();
    if (!raw) return null;
    if (raw.startsWith('@')) return this.keys.get(handleKey(raw)) ?? null;
    let key = lookupKey(raw.replace(/^the\s+/i, ''));
    const direct = this.keys.get(key);
    if (direct) return direct;
    // Titles and honorifics in front of a name ("President Trump", "Minister Akazawa").
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) {
      const hit = this.keys.get(words.slice(i).join(' '));
      if (hit) return hit;
    }
    // One word of a name used alone ("Lula", "President Prabowo", "DPM Gan").
    const weak = this.weakKeys.get(words[words.length - 1]!);
    if (weak) return weak;
    // A role ("Treasury chief", "commerce secretary") held by exactly one known person.
    key = key.replace(/\b(?:chief|head|boss)$/, '');
    if (key.length > 3) {
      this.byRoleOrder ??= this.all().filter((p) => p.role);
      const role = key.trim();
      const byRole = this.byRoleOrder.filter((p) => holdsRole(p.role!, role));
      if (byRole.length === 1) return byRole[0]!.name;
    }
    // A misspelt full name.
    this.personWords ??= this.all()
      .filter((p) => p.kind === 'person')
      .map((p) => ({ name: p.name, words: lookupKey(p.name).split(' ') }));
    const near = this.personWords.filter((p) => samePerson(p.words, words));
    return near.length === 1 ? near[0]!.name : null;
  }

  /** Every proper prefix of a lookup key, so a scan stops as soon as no longer name can match. */
  private prefixes: Set<string> | null = null;
  private readonly tokenKeys = new Map<string, string>();
  private lastText: string | null = null;
  private lastMentions: Mention[] = [];

  private keyOf(raw: string): string {
    let k = this.tokenKeys.get(raw);
    if (k === undefined) {
      k = normToken(raw);
      if (this.tokenKeys.size < 200_000) this.tokenKeys.set(raw, k);
    }
    return k;
  }

  mentions(text: string): Mention[] {
    // Stage 1 and stage 2 both ask about the same body in turn; answer the repeat from memory.
    if (text === this.lastText) return this.lastMentions.map((m) => ({ ...m }));
    if (!this.prefixes) {
      this.prefixes = new Set();
      for (const key of this.keys.keys()) {
        const words = key.split(' ');
        for (let i = 1; i < words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
      }
    }
    const out: (Mention & { weak?: true })[] = [];
    // Only capitalised words and handles can start a mention; the words after one are read on demand.
    let from = 0;
    for (
      let m = execFromCapital(CAPITALISED, text, 0, true);
      m;
      m = execFromCapital(CAPITALISED, text, from, true)
    ) {
      const raw = m[0];
      const start = m.index;
      from = start + raw.length;
      if (raw[0] === '@') {
        const name = this.keys.get(handleKey(raw));
        if (name) out.push({ name, start, end: start + raw.length, text: raw });
        continue;
      }
      let key = this.keyOf(raw);
      let end = start + raw.length;
      let best: { name: string; end: number; last: string; key: string } | null = null;
      for (;;) {
        const name = this.keys.get(key);
        if (name) best = { name, end, last: raw, key };
        if (!this.prefixes.has(key)) break;
        NEXT_TOKEN.lastIndex = end;
        const next = NEXT_TOKEN.exec(text);
        if (!next) break;
        key += ` ${this.keyOf(next[1]!)}`;
        end = next.index + next[0].length;
        if (this.keys.has(key)) best = { name: this.keys.get(key)!, end, last: next[1]!, key };
      }
      if (!best) {
        // A weak key ("Lula") stands for its person only where the text also names them in full.
        const weak = this.weakKeys.get(this.keyOf(raw));
        if (weak) {
          const stop = start + raw.length - (/[’']s$/.test(raw) ? 2 : 0);
          // "President Lula": a title makes the one word a person's name on its own.
          const mention: Mention & { weak?: true } = {
            name: weak,
            start,
            end: stop,
            text: text.slice(start, stop),
          };
          if (!titledAt(text, start)) mention.weak = true;
          out.push(mention);
        }
        continue;
      }
      // Keep the possessive out of the mention's words.
      const stop = best.end - (/[’']s$/.test(best.last) ? 2 : 0);
      const mention: Mention & { weak?: true } = {
        name: best.name,
        start,
        end: stop,
        text: text.slice(start, stop),
      };
      if (this.roleKeys.has(best.key) && !afterThe(text, start)) mention.weak = true;
      out.push(mention);
      from = best.end;
    }
    const named = new Set<string>();
    for (const m of out) if (!m.weak) named.add(m.name);
    const kept: Mention[] = [];
    for (const m of out) {
      if (!m.weak) kept.push(m);
      else if (named.has(m.name)) kept.push({ name: m.name, start: m.start, end: m.end, text: m.text });
    }
    this.lastText = text;
    this.lastMentions = kept;
    return kept.map((m) => ({ ...m }));
  }
}

/**
 * A one-word name is a person of its own only where no fuller name of the dataset holds the word
 * ("Pichai" of "Pichai Chunhavajira", "Trump" of "Donald Trump"): there the registry's surname and
 * first-name keys already resolve it, and a second entry would split one person in two.
 */
function addSingles(
  entries: Entry[],
  singles: Map<string, Map<string, number>>,
  words: (n: string) => string[],
) {
  if (singles.size === 0) return;
  const held = new Set<string>();
  for (const e of entries)
    for (const n of [e.person.name, ...e.person.aliases])
      for (const w of words(n)) {
        held.add(w);
        if (w.includes('-')) for (const part of splitHyphen(w)) held.add(part);
      }
  for (const [name, roles] of singles) {
    const key = lookupKey(name);
    if (!key || held.has(key)) continue;
    held.add(key);
    let count = 0;
    for (const n of roles.values()) count += n;
    entries.push({ person: { name, aliases: [], role: null, kind: 'person' }, count, roles: new Map(roles) });
  }
}

/** Merges the name and organisation candidates of every article into one registry. */
export function buildRegistry(people: NameCandidate[], orgs: OrgCandidate[]): PeopleRegistry {
  const counts = new Map<string, { count: number; roles: Map<string, number>; order: number }>();
  // One-word names ("Sugiono", "President Lula") are kept apart and joined in once every fuller
  // name is known (see addSingles).
  const singles = new Map<string, Map<string, number>>();
  people.forEach((c, order) => {
    if (c.single) {
      const roles = singles.get(c.name) ?? new Map<string, number>();
      if (c.role) roles.set(c.role, (roles.get(c.role) ?? 0) + 1);
      singles.set(c.name, roles);
      return;
    }
    const e = counts.get(c.name) ?? { count: 0, roles: new Map(), order };
    e.count++;
    if (c.role) e.roles.set(c.role, (e.roles.get(c.role) ?? 0) + 1);
    counts.set(c.name, e);
  });
  const entries: Entry[] = [];
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].order - b[1].order);
  // samePerson needs a shared first or last word, so only entries with a spelling that starts or
  // ends with one of this name's first and last words are compared (not every entry, every name).
  const wordsOf = new Map<string, string[]>();
  const words = (n: string): string[] => {
    let w = wordsOf.get(n);
    if (!w) {
      w = lookupKey(n).split(' ');
      wordsOf.set(n, w);
    }
    return w;
  };
  const byEdgeWord = new Map<string, Set<number>>();
  const indexSpelling = (n: string, entry: number) => {
    const w = words(n);
    // A hyphenated edge word is also indexed by its parts ("keller-sutter": keller, sutter).
    for (const edge of edgeWords(w)) {
      const set = byEdgeWord.get(edge);
      if (set) set.add(entry);
      else byEdgeWord.set(edge, new Set([entry]));
    }
  };
  for (const [name, info] of ranked) {
    const own = words(name);
    const near = new Set(edgeWords(own).flatMap((edge) => [...(byEdgeWord.get(edge) ?? [])]));
    const at = [...near]
      .sort((x, y) => x - y)
      .find((i) => {
        const e = entries[i]!;
        return [e.person.name, ...e.person.aliases].some((n) => samePerson(words(n), own));
      });
    const into = at === undefined ? undefined : entries[at];
    if (into) {
      into.person.aliases.push(name);
      indexSpelling(name, at!);
      into.count += info.count;
      for (const [r, n] of info.roles) into.roles.set(r, (into.roles.get(r) ?? 0) + n);
    } else {
      entries.push({
        person: { name, aliases: [], role: null, kind: 'person' },
        count: info.count,
        roles: new Map(info.roles),
      });
      indexSpelling(name, entries.length - 1);
    }
  }
  addSingles(entries, singles, words);
  const writtenOf = new Map<string, Set<string>>();
  for (const c of people) {
    if (!c.written) continue;
    if (!writtenOf.has(c.name)) writtenOf.set(c.name, new Set());
    writtenOf.get(c.name)!.add(c.written);
  }
  for (const e of entries) {
    // The fullest form names the person ("Tengku Zafrul Abdul Aziz", not "Tengku Zafrul"); among
    // equally full forms, the most frequent (the first).
    const forms = [e.person.name, ...e.person.aliases];
    const fullest = forms.reduce((best, n) => (words(n).length > words(best).length ? n : best));
    if (fullest !== e.person.name)
      e.person = { ...e.person, name: fullest, aliases: forms.filter((n) => n !== fullest) };
    // Spellings as written ("Ömer Bolat", "Cristina A. Roque"), so mentions and lookups know them.
    for (const n of forms)
      for (const w of writtenOf.get(n) ?? []) if (!e.person.aliases.includes(w)) e.person.aliases.push(w);
    // The most frequent role; on a tie the more specific ("treasury secretary" over "minister"),
    // up to four words (longer phrases are appositions, not roles).
    const specific = (r: string) => {
      const n = r.split(' ').length;
      return n <= 4 ? n : 0;
    };
    e.person.role =
      [...e.roles.entries()].sort((a, b) => b[1] - a[1] || specific(b[0]) - specific(a[0]))[0]?.[0] ?? null;
  }

  // Organisations: a shorter name that ends a longer one is the same body ("Treasury Department").
  // "the Trump administration" is named after a person: the person is mentioned there, and the
  // speech frame names the institution itself (speakers.ts), so it is no registry body.
  const surnames = new Set<string>();
  for (const e of entries)
    for (const n of [e.person.name, ...e.person.aliases]) surnames.add(surnameOf(words(n)));
  const afterPerson = (name: string): boolean => {
    const m = /^(\S+)\s+(?:administration|government)$/i.exec(name);
    return m !== null && surnames.has(lookupKey(m[1]!));
  };
  const orgNames = [...new Set(orgs.map((o) => o.name))]
    .filter((n) => !afterPerson(n))
    .sort((a, b) => b.length - a.length);
  const writtenAs = new Map<string, Set<string>>();
  for (const o of orgs) {
    if (!o.written) continue;
    if (!writtenAs.has(o.name)) writtenAs.set(o.name, new Set());
    writtenAs.get(o.name)!.add(o.written);
  }
  const orgEntries: Person[] = [];
  // Each entry's key and the word-suffixes of it, so a shorter name finds the longer ones it ends
  // without comparing every pair of organisations.
  const orgKeys = new Set<string>();
  const bySuffix = new Map<string, Person[]>();
  for (const name of orgNames) {
    const key = lookupKey(name);
    const into = bySuffix.get(key) ?? [];
    if (into.length === 1) into[0]!.aliases.push(name);
    else if (!orgKeys.has(key)) {
      const entry: Person = { name, aliases: [], role: null, kind: 'organisation' };
      orgEntries.push(entry);
      orgKeys.add(key);
      const words = key.split(' ');
      for (let i = 1; i < words.length; i++) {
        const suffix = words.slice(i).join(' ');
        const list = bySuffix.get(suffix);
        if (list) list.push(entry);
        else bySuffix.set(suffix, [entry]);
      }
    }
  }
  for (const o of orgEntries) {
    for (const n of [o.name, ...o.aliases])
      for (const w of writtenAs.get(n) ?? []) if (!o.aliases.includes(w)) o.aliases.push(w);
  }
  return new PeopleRegistry([...entries.map((e) => e.person), ...orgEntries]);
}
