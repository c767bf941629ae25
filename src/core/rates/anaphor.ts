import { findGoods, type GoodsMatch } from './goods';

/**
 * News writing avoids repeating a commodity's name: "a 50% tariff on imports of the metal" after
 * "the world's biggest copper producer". The taxed goods are then the metal named last before it.
 */
const METAL_REF =
  /^\s*(?:[\w-]+\s+){0,2}?(?:on|for)\s+(?:imports?\s+of\s+|imported\s+)?(?:the|this|that)\s+metal\b/i;
const METALS = new Set(['steel', 'aluminium', 'copper']);

/** The metal "the metal" refers to: the last one named in the sentence so far or the ones before it. */
export function metalReferred(after: string, before: string, earlier: readonly string[]): GoodsMatch | null {
  if (!METAL_REF.test(after)) return null;
  for (const text of [before, ...[...earlier].reverse()]) {
    const metals = findGoods(text).filter((g) => METALS.has(g.kind));
    const last = metals[metals.length - 1];
    if (last) return { ...last, start: 0, end: 0 };
  }
  return null;
}
