import { tokenize } from './terms';

/**
 * The subjects people ask about, each with the words that signal it in a quote. A word may
 * belong to two topics (rice is also agriculture), so `about rice` stays narrow while
 * `about agriculture` gathers every farm quote.
 */
export interface Topic {
  id: string;
  label: string;
  /** Index terms (see tokenize); two-word entries match as a phrase. */
  terms: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'autos',
    label: 'autos',
    terms: [
      'auto',
      'autos',
      'automobile',
      'automobiles',
      'automotive',
      'automaker',
      'automakers',
      'car',
      'cars',
      'vehicle',
      'vehicles',
      'carmaker',
      'carmakers',
    ],
  },
  { id: 'rice', label: 'rice', terms: ['rice'] },
  {
    id: 'agriculture',
    label: 'agriculture',
    terms: [
      'agriculture',
      'agricultural',
      'farm',
      'farms',
      'farmer',
      'farmers',
      'farming',
      'rice',
      'soybean',
      'soybeans',
      'corn',
      'beef',
      'wheat',
      'food',
    ],
  },
  { id: 'steel', label: 'steel', terms: ['steel'] },
  { id: 'aluminium', label: 'aluminium', terms: ['aluminium', 'aluminum'] },
  {
    id: 'investment',
    label: 'investment',
    terms: ['investment', 'investments', 'invest', 'investing', 'investor', 'investors'],
  },
  {
    id: 'semiconductors',
    label: 'semiconductors',
    terms: ['semiconductor', 'semiconductors', 'chip', 'chips', 'chipmaker', 'chipmakers'],
  },
  {
    id: 'security',
    label: 'security',
    terms: ['security', 'defense', 'defence', 'military', 'alliance'],
  },
  {
    id: 'currency',
    label: 'currency',
    terms: ['currency', 'currencies', 'yen', 'exchange rate', 'exchange rates', 'forex'],
  },
  { id: 'rare-earths', label: 'rare earths', terms: ['rare earth', 'rare earths'] },
  {
    id: 'energy',
    label: 'energy',
    terms: ['energy', 'lng', 'gas', 'oil', 'alaska'],
  },
  {
    id: 'pharmaceuticals',
    label: 'pharmaceuticals',
    terms: ['pharmaceutical', 'pharmaceuticals', 'drug', 'drugs', 'medicine', 'medicines'],
  },
  { id: 'shipbuilding', label: 'shipbuilding', terms: ['shipbuilding', 'shipyard', 'shipyards', 'ships'] },
];

const byAlias = new Map<string, Topic>();
for (const t of TOPICS) {
  byAlias.set(t.id, t);
  byAlias.set(tokenize(t.label).join(' '), t);
}
// Ask-side aliases: what a user types for a topic that the quote words alone would not name.
for (const [alias, id] of [
  ['cars', 'autos'],
  ['vehicles', 'autos'],
  ['automobiles', 'autos'],
  ['farm', 'agriculture'],
  ['farming', 'agriculture'],
  ['aluminum', 'aluminium'],
  ['chips', 'semiconductors'],
  ['semiconductor', 'semiconductors'],
  ['defense', 'security'],
  ['yen', 'currency'],
  ['exchange rate', 'currency'],
  ['rare earth', 'rare-earths'],
  ['rare earths', 'rare-earths'],
  ['investments', 'investment'],
] as const) {
  const t = TOPICS.find((x) => x.id === id);
  if (t) byAlias.set(alias, t);
}

/** The topic a user's words name, if any ("cars" → autos, "Aluminum" → aluminium). */
export function findTopic(query: string): Topic | undefined {
  const key = tokenize(query).join(' ');
  return byAlias.get(key) ?? TOPICS.find((t) => t.terms.includes(key));
}

/** Topic ids a text touches, judged by its tokens (single words and adjacent pairs). */
export function topicsOf(tokens: readonly string[]): string[] {
  const words = new Set(tokens);
  const found: string[] = [];
  for (const t of TOPICS) {
    const hit = t.terms.some((term) => {
      if (!term.includes(' ')) return words.has(term);
      const parts = term.split(' ');
      for (let i = 0; i + parts.length <= tokens.length; i++) {
        if (parts.every((p, k) => tokens[i + k] === p)) return true;
      }
      return false;
    });
    if (hit) found.push(t.id);
  }
  return found;
}
