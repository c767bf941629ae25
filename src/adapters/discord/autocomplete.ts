import type { AutocompleteSource } from '../../../commands/define';
import type { Dataset } from '../../core/article';
import { closest } from '../../core/text/fuzzy';

/** Discord shows at most 25 suggestions, each name and value 1–100 characters. */
export const MAX_SUGGESTIONS = 25;
const MAX_CHOICE_LENGTH = 100;

export interface Suggestion {
  name: string;
  value: string;
}

/** A value the user may pick, with the words that should find it (aliases, titles). */
interface Candidate {
  value: string;
  label: string;
  keys: string[];
  /** Higher first when the user has typed nothing yet. */
  weight: number;
}

const clip = (s: string) => (s.length > MAX_CHOICE_LENGTH ? `${s.slice(0, MAX_CHOICE_LENGTH - 1)}…` : s);

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

const SOURCES: Record<AutocompleteSource, (data: Dataset) => Candidate[]> = {
  people,
  topics,
  dates,
  goods,
  timezones,
};

/** How well `typed` finds a candidate: 0 = a word starts with it, 1 = contains it, null = not at all. */
function rank(typed: string, c: Candidate): number | null {
  let best: number | null = null;
  for (const key of c.keys) {
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
const cache = new WeakMap<Dataset, Map<AutocompleteSource, Candidate[]>>();

function candidates(source: AutocompleteSource, data: Dataset): Candidate[] {
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

/** Suggestions for what the user has typed so far, best first; misspellings fall back to the closest names. */
export function suggest(source: AutocompleteSource, data: Dataset, typed: string): Suggestion[] {
  const all = candidates(source, data);
  const needle = typed.trim().toLowerCase();
  let picked: Candidate[];
  if (!needle) {
    picked = [...all].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  } else {
    const scored = all
      .map((c) => ({ c, r: rank(needle, c) }))
      .filter((x): x is { c: Candidate; r: number } => x.r !== null)
      .sort((a, b) => a.r - b.r || b.c.weight - a.c.weight || a.c.label.localeCompare(b.c.label));
    picked = scored.map((x) => x.c);
    if (picked.length === 0) {
      const byKey = new Map<string, Candidate>();
      for (const c of all) for (const k of c.keys) byKey.set(k, c);
      const near = closest(needle, [...byKey.keys()], MAX_SUGGESTIONS);
      picked = [...new Set(near.map((k) => byKey.get(k)!))];
    }
  }
  return picked.slice(0, MAX_SUGGESTIONS).map((c) => ({ name: clip(c.label), value: clip(c.value) }));
}
