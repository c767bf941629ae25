import type { Person } from '../article';
import { editDistance } from '../text/fuzzy';
import { normalizeText } from './terms';

export type PersonMatch =
  | { kind: 'found'; person: Person; exact: boolean }
  | {
      kind: 'unknown';
      suggestions: string[] /** False when no name was close and these are the most quoted. */;
      near: boolean;
    };

const key = (s: string) =>
  normalizeText(s)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Courtesy titles people type but articles vary on ("Mr Trump", "Minister Akazawa"). */
const TITLES = /^(?:mr|mrs|ms|dr|minister|president|secretary|prime minister|pm)\s+/;

const TITLE_WORDS = new Set([
  'minister',
  'secretary',
  'president',
  'prime',
  'treasury',
  'commerce',
  'chief',
  'trade',
  'representative',
  'the',
  'u.s',
  'japan',
  'japanese',
  'mr',
  'mrs',
  'ms',
]);

/**
 * Finds a person by what a user types: full name, alias, surname, reversed name order, lower
 * case, a near-miss spelling. Built once per corpus; the fuzzy pass runs over the distinct
 * name keys (a few hundred at most), not over articles.
 */
export class PeopleLookup {
  private readonly byKey = new Map<string, Person[]>();
  readonly keys: string[];

  constructor(
    readonly people: readonly Person[],
    /** How often each person is quoted, to break ties and to suggest the prominent ones. */
    private readonly weight: (name: string) => number,
  ) {
    for (const p of people) {
      this.addName(p.name, p, true);
      for (const alias of p.aliases) this.addName(alias, p, false);
    }
    this.keys = [...this.byKey.keys()];
  }

  private addName(name: string, p: Person, canonical: boolean): void {
    const k = key(name);
    if (!k) return;
    this.add(k, p);
    if (p.kind !== 'person') return;
    const original = name.split(/\s+/);
    const words = k.split(' ');
    if (words.length < 2) return;
    // Surname, given name and reversed order ("Akazawa Ryosei") all name the person; an alias
    // contributes only its capitalised name words, not titles ("Treasury chief").
    words.forEach((w, i) => {
      const proper = canonical || /^\p{Lu}/u.test(original[i] ?? '');
      if (w.length >= 3 && proper && !TITLE_WORDS.has(w)) this.add(w, p);
    });
    this.add([...words].reverse().join(' '), p);
  }

  private add(k: string, p: Person): void {
    const list = this.byKey.get(k);
    if (!list) this.byKey.set(k, [p]);
    else if (!list.includes(p)) list.push(p);
  }

  private best(list: readonly Person[]): Person {
    return [...list].sort(
      (a, b) => this.weight(b.name) - this.weight(a.name) || a.name.localeCompare(b.name),
    )[0]!;
  }

  resolve(query: string): PersonMatch {
    const k = key(query).replace(TITLES, '');
    if (!k) return { kind: 'unknown', suggestions: this.prominent(), near: false };
    const exact = this.byKey.get(k);
    if (exact) return { kind: 'found', person: this.best(exact), exact: true };
    // A unique prefix of a name part ("bess", "akaz") is as good as the name.
    if (k.length >= 3) {
      const prefixed = new Set<Person>();
      for (const candidate of this.keys) {
        if (candidate.startsWith(k) || candidate.split(' ').some((w) => w.startsWith(k))) {
          for (const p of this.byKey.get(candidate)!) prefixed.add(p);
        }
      }
      if (prefixed.size === 1) return { kind: 'found', person: [...prefixed][0]!, exact: false };
    }
    const budget = k.length <= 4 ? 1 : Math.max(1, Math.floor(k.length / 4));
    let bestDistance = budget + 1;
    let near: Person[] = [];
    for (const candidate of this.keys) {
      const d = editDistance(k, candidate, budget);
      if (d > budget) continue;
      if (d < bestDistance) {
        bestDistance = d;
        near = [...this.byKey.get(candidate)!];
      } else if (d === bestDistance) {
        for (const p of this.byKey.get(candidate)!) if (!near.includes(p)) near.push(p);
      }
    }
    if (near.length === 1) return { kind: 'found', person: near[0]!, exact: false };
    if (near.length > 1)
      return { kind: 'unknown', suggestions: near.map((p) => p.name).slice(0, 3), near: true };
    const closest = this.closestNames(k);
    return closest.length
      ? { kind: 'unknown', suggestions: closest, near: true }
      : { kind: 'unknown', suggestions: this.prominent(), near: false };
  }

  /** The nearest names by spelling, even when none is near enough to assume it was meant. */
  private closestNames(k: string): string[] {
    const limit = Math.max(2, Math.ceil(k.length / 2));
    const best = new Map<Person, number>();
    for (const candidate of this.keys) {
      const d = editDistance(k, candidate, limit);
      if (d > limit) continue;
      for (const p of this.byKey.get(candidate)!) best.set(p, Math.min(d, best.get(p) ?? d));
    }
    return [...best.entries()]
      .sort(([pa, da], [pb, db]) => da - db || this.weight(pb.name) - this.weight(pa.name))
      .slice(0, 3)
      .map(([p]) => p.name);
  }

  prominent(limit = 3): string[] {
    return [...this.people]
      .sort((a, b) => this.weight(b.name) - this.weight(a.name) || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((p) => p.name);
  }
}
