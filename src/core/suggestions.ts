import type { Dataset } from './article';
import { closest } from './text/fuzzy';

/**
 * Which dataset values may be suggested while a user types an option. Every platform that
 * completes as you type (Discord today) asks the same ranking, so the answers agree everywhere.
 */
export type SuggestionSource = 'people' | 'topics' | 'dates' | 'goods' | 'timezones';

/** One value the user may pick: `value` is what the command receives, `label` what they read. */
export interface Suggestion {
  label: string;
  value: string;
}

/** A value the user may pick, with the words that should find it (aliases, titles). */
interface Candidate extends Suggestion {
  keys: string[];
  /** Higher first when the user has typed nothing yet. */
  weight: number;
}

function people(data: Dataset): Candidate[] {
  const quoted = new Map<string, number>();
  for (const q of data.quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
  return data.people.map((p) => ({
    value: p.name,
    label: p.role ? `${p.name} — ${p.role}` : p.name,
    keys: [p.name, ...p.aliases],
    weight: quoted.get(p.name) ?? 0,
  }));
}

function topics(data: Dataset): Candidate[] {
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const a of data.articles) a.topics.forEach(add);
  for (const q of data.quotes) q.topics.forEach(add);
  return [...counts].map(([t, n]) => ({ value: t, label: t, keys: [t], weight: n }));
}

function dates(data: Dataset): Candidate[] {
  const byDate = new Map<string, string[]>();
  const note = (date: string | null, what: string) => {
    if (!date) return;
    const list = byDate.get(date) ?? [];
    if (what && !list.includes(what)) list.push(what);
    byDate.set(date, list);
  };
  for (const e of data.events) note(e.date, e.title);
  for (const a of data.articles) note(a.published, '');
  // Newest first: the user asking about a date most often means a recent one.
  return [...byDate]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, what], i) => ({
      value: date,
      label: what.length ? `${date} — ${what.join('; ')}` : date,
      keys: [date, ...what],
      weight: -i,
    }));
}

function goods(data: Dataset): Candidate[] {
  const seen = new Map<string, Set<string>>();
  for (const r of data.rates) {
    const keys = seen.get(r.goods) ?? new Set<string>();
    keys.add(r.goodsText);
    seen.set(r.goods, keys);
  }
  return [...seen].map(([g, keys]) => ({ value: g, label: g, keys: [g, ...keys], weight: keys.size }));
}

function timezones(): Candidate[] {
  return Intl.supportedValuesOf('timeZone').map((z) => ({
    value: z,
    label: z,
    keys: [z, z.replace(/_/g, ' ')],
    weight: 0,
  }));
}

const SOURCES: Record<SuggestionSource, (data: Dataset) => Candidate[]> = {
  people,
  topics,
  dates,
  goods,
  timezones,
};

/** How well `typed` finds a candidate: 0 = a word starts with it, 1 = contains it, null = not at all. */
function rank(typed: string, keys: readonly string[]): number | null {
  let best: number | null = null;
  for (const key of keys) {
    const k = key.toLowerCase();
    if (k.startsWith(typed) || k.split(/[\s/_-]+/).some((w) => w.startsWith(typed))) return 0;
    if (k.includes(typed)) best = 1;
  }
  return best;
}

/**
 * Candidates per dataset, built on the first keystroke: a reload makes a new Dataset object, so
 * a stale list is never served, and the old one is collected with it.
 */
const cache = new WeakMap<Dataset, Map<SuggestionSource, Candidate[]>>();

function candidates(source: SuggestionSource, data: Dataset): Candidate[] {
  let bySource = cache.get(data);
  if (!bySource) {
    bySource = new Map();
    cache.set(data, bySource);
  }
  let list = bySource.get(source);
  if (!list) {
    list = SOURCES[source](data);
    bySource.set(source, list);
  }
  return list;
}

const byWeight = (a: Candidate, b: Candidate) => b.weight - a.weight || a.label.localeCompare(b.label);

/** The candidates `needle` finds by a word's start or a part of a key, best first. */
function matching(all: readonly Candidate[], needle: string): Candidate[] {
  return all
    .map((c) => ({ c, r: rank(needle, c.keys) }))
    .filter((x): x is { c: Candidate; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || byWeight(a.c, b.c))
    .map((x) => x.c);
}

/** For a misspelling (`lutnik`): the candidates with the closest keys. */
function nearest(all: readonly Candidate[], needle: string, limit: number): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of all) for (const k of c.keys) byKey.set(k, c);
  return [...new Set(closest(needle, [...byKey.keys()], limit).map((k) => byKey.get(k)!))];
}

/**
 * Up to `limit` values of `source` for what the user has typed so far, best first: nothing
 * typed gives the most used; a typed prefix finds names, aliases and titles by any word's start,
 * then by any part; a misspelling falls back to the closest keys. Labels are full length; a
 * platform shortens them to its own limits.
 */
export function suggest(source: SuggestionSource, data: Dataset, typed: string, limit: number): Suggestion[] {
  const all = candidates(source, data);
  const needle = typed.trim().toLowerCase();
  let picked: Candidate[];
  if (!needle) picked = [...all].sort(byWeight);
  else {
    picked = matching(all, needle);
    if (picked.length === 0) picked = nearest(all, needle, limit);
  }
  return picked.slice(0, limit).map(({ label, value }) => ({ label, value }));
}

/** Fixed choices (`yes`, `no`) that contain what the user has typed, in their given order. */
export function suggestChoices(choices: readonly string[], typed: string, limit: number): Suggestion[] {
  const needle = typed.trim().toLowerCase();
  return choices
    .filter((c) => c.toLowerCase().includes(needle))
    .slice(0, limit)
    .map((c) => ({ label: c, value: c }));
}
