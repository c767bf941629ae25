/**
 * Kinds of goods a tariff can cover, and how news text names them. A kind's `stems` are the
 * words that name it; a following word such as "exports" or "sector" still names the same kind
 * ("auto exports", "steel imports"), so those are part of the match rather than a second goods.
 */

export interface GoodsKind {
  id: string;
  /** How answers name the kind. */
  label: string;
  /** Regex source for the words that name it in text (matched case-insensitively, whole words). */
  stems: string;
  /** Words a user may type for it (`rates cars`). */
  aliases: string[];
  /** Whose rate history it belongs to: the baseline is part of the rate on goods in general. */
  group: string;
}

const SUFFIX = String.raw`(?:\s+(?:exports?|imports?|shipments|sector|industry|makers|products|levy|levies|tariffs?|duties))?`;

/** Ordered: a longer name ("auto parts") is tried before a shorter one inside it ("auto"). */
export const GOODS: readonly GoodsKind[] = [
  {
    id: 'auto parts',
    label: 'auto parts',
    stems: String.raw`(?:auto(?:mobile|motive)?|car|vehicle)\s+(?:parts|components)`,
    aliases: ['parts', 'car parts', 'auto parts', 'components'],
    group: 'auto parts',
  },
  {
    id: 'autos',
    label: 'autos',
    stems: String.raw`autos?|automobiles?|automotive|cars?|passenger\s+vehicles|vehicles?|light\s+trucks|car\s+levy`,
    aliases: ['autos', 'auto', 'cars', 'car', 'vehicles', 'automobiles'],
    group: 'autos',
  },
  { id: 'steel', label: 'steel', stems: 'steel', aliases: ['steel'], group: 'steel' },
  {
    id: 'aluminium',
    label: 'aluminium',
    stems: 'alumin(?:i)?um',
    aliases: ['aluminium', 'aluminum'],
    group: 'aluminium',
  },
  { id: 'copper', label: 'copper', stems: 'copper', aliases: ['copper'], group: 'copper' },
  {
    id: 'semiconductors',
    label: 'semiconductors',
    stems: 'semiconductors?|(?:computer\\s+)?chips?',
    aliases: ['semiconductors', 'chips'],
    group: 'semiconductors',
  },
  {
    id: 'pharmaceuticals',
    label: 'pharmaceuticals',
    stems: 'pharmaceuticals?|drugs|medicines?',
    aliases: ['pharmaceuticals', 'pharma', 'drugs', 'medicines'],
    group: 'pharmaceuticals',
  },
  {
    id: 'lumber',
    label: 'lumber',
    stems: 'lumber|timber',
    aliases: ['lumber', 'timber', 'wood'],
    group: 'lumber',
  },
  { id: 'rice', label: 'rice', stems: 'rice', aliases: ['rice'], group: 'rice' },
  {
    id: 'textiles',
    label: 'textiles',
    stems: String.raw`textiles?|fabrics?|apparel|garments?|clothing`,
    aliases: ['textiles', 'fabrics', 'apparel', 'garments', 'clothing'],
    group: 'textiles',
  },
  { id: 'coffee', label: 'coffee', stems: 'coffee', aliases: ['coffee'], group: 'coffee' },
  { id: 'beef', label: 'beef', stems: 'beef', aliases: ['beef'], group: 'beef' },
  {
    id: 'fruit',
    label: 'fruit',
    stems: String.raw`(?:tropical\s+|fresh\s+)?fruits?`,
    aliases: ['fruit', 'fruits', 'tropical fruits'],
    group: 'fruit',
  },
  {
    id: 'juice',
    label: 'fruit juice',
    stems: String.raw`(?:orange\s+|fruit\s+|apple\s+)?juices?`,
    aliases: ['juice', 'orange juice', 'fruit juice'],
    group: 'juice',
  },
  {
    id: 'agriculture',
    label: 'agricultural products',
    stems: String.raw`agricultur(?:e|al\s+(?:products|goods|imports))|farm\s+(?:goods|products|imports)`,
    aliases: ['agriculture', 'farm', 'agricultural'],
    group: 'agriculture',
  },
  {
    // "a 40% tariff on goods deemed transshipped", "a 40 percent duty on transshipments": a penalty
    // rate on goods routed through a country, not that country's own rate on goods in general.
    id: 'transshipped goods',
    label: 'transshipped goods',
    stems: String.raw`trans-?shipp?(?:ed|ing|ments?)(?:\s+(?:goods|products|imports))?|goods\s+(?:(?:deemed|found|judged|considered)\s+(?:to\s+(?:have\s+been|be)\s+)?)?trans-?shipped`,
    aliases: ['transshipped', 'transshipment', 'transshipments', 'transshipped goods'],
    group: 'transshipped goods',
  },
  {
    id: 'baseline',
    label: 'baseline (all countries)',
    stems: 'baseline|universal',
    aliases: ['baseline', 'universal'],
    group: 'all goods',
  },
  {
    id: 'all goods',
    label: 'goods in general',
    stems: String.raw`reciprocal|mutual|across[-\s]the[-\s]board|country[-\s]specific|blanket|(?:goods|products|imports|exports|shipments)`,
    aliases: ['all', 'all goods', 'general', 'reciprocal', 'goods', 'everything', 'japan'],
    group: 'all goods',
  },
];

export const GOODS_GROUPS: readonly string[] = [...new Set(GOODS.map((g) => g.group))];

/** The label of a group: the kind that names the group. */
export function groupLabel(group: string): string {
  return GOODS.find((g) => g.id === group)?.label ?? group;
}

export function kindOf(id: string): GoodsKind | undefined {
  return GOODS.find((g) => g.id === id);
}

export interface GoodsMatch {
  kind: string;
  text: string;
  start: number;
  end: number;
}

/** A kind's words, standing as words of their own on the right; the left edge is asked apart. */
const wordsOf = (g: GoodsKind): string =>
  String.raw`(?:${g.stems})${g.id === 'all goods' || g.id === 'baseline' ? '' : SUFFIX}(?![\w-])`;

const MATCHERS = GOODS.map((g) => ({
  id: g.id,
  re: new RegExp(String.raw`(?<![\w-])${wordsOf(g)}`, 'gi'),
}));

/**
 * Any kind's words at all: most texts a figure sits in name no goods and skip the kind-by-kind
 * scans. The left edge, the same for every kind, is asked once before the alternation: the same
 * answer at less than half the cost.
 */
const ANY_GOODS = new RegExp(
  String.raw`(?<![\w-])(?:${GOODS.map((g) => `(?:${wordsOf(g)})`).join('|')})`,
  'i',
);

/** A generic word ("imports") followed by "of <goods>" names those goods, not goods in general. */
const OF_SPECIFIC = /^\s+of\s+(?:\w+\s+)?$/i;

/** Every mention of a kind of goods in `text`, in order, without overlaps (earlier kinds win). */
export function findGoods(text: string): GoodsMatch[] {
  const found: GoodsMatch[] = [];
  if (!ANY_GOODS.test(text)) return found;
  for (const m of MATCHERS) {
    // exec over matchAll: matchAll copies the pattern on every call, and this runs per figure.
    m.re.lastIndex = 0;
    for (let hit = m.re.exec(text); hit !== null; hit = m.re.exec(text)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ kind: m.id, text: hit[0], start, end });
    }
  }
  // "automobiles and parts": the bare "parts" shares the vehicle word said just before it.
  for (const g of [...found]) {
    if (g.kind !== 'autos') continue;
    const parts = /^\s+and\s+(?:their\s+|its\s+)?parts\b/i.exec(text.slice(g.end));
    if (!parts) continue;
    const start = g.end + parts[0].length - 'parts'.length;
    if (!found.some((f) => f.start < start + 5 && f.end > start))
      found.push({ kind: 'auto parts', text: 'parts', start, end: start + 5 });
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((g, i) => {
    if (g.kind !== 'all goods') return true;
    const next = found[i + 1];
    return !(next && next.kind !== 'all goods' && OF_SPECIFIC.test(text.slice(g.end, next.start)));
  });
}

/** The group a user's word names (`cars` → autos), or null. */
export function resolveGoodsQuery(query: string): string | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const g of GOODS) {
    if (g.id === q || g.label === q || g.aliases.includes(q)) return g.group;
  }
  const singular = q.replace(/s$/, '');
  for (const g of GOODS) {
    if (g.aliases.some((a) => a.replace(/s$/, '') === singular)) return g.group;
  }
  return null;
}

/** Every word a user may type for some kind of goods, for suggestions. */
export function goodsWords(): string[] {
  return [...new Set(GOODS.flatMap((g) => [g.group, ...g.aliases]))];
}
