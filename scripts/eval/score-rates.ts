import { z } from 'zod';
import type { RateStatement } from '../../src/core/article';
import { findGoods, kindOf } from '../../src/core/rates/goods';

/**
 * Tariff rates against gold, per article, as the corpus README advises: a found rate matches a
 * gold one on (goods kind, rate); statuses compare by class, since "agreed" and "signed" are
 * both a rate not yet charged and the gold's finer grain is a judgement call.
 */

export const goldRateSchema = z.object({
  goods: z.string(),
  rate: z.number(),
  status: z.string(),
  imposedBy: z.string().optional(),
  appliesTo: z.string().optional(),
  effective: z.string().nullable().optional(),
  text: z.string().optional(),
});

export type GoldRate = z.infer<typeof goldRateSchema>;

interface Ratio {
  hit: number;
  total: number;
}

export interface RateScore {
  precision: Ratio;
  recall: Ratio;
  /** Matched pairs whose statuses fall in the same class. */
  status: Ratio;
  misses: Map<string, string[]>;
}

export type StatusClass = 'now' | 'future' | 'conditional' | 'past';

const CLASSES: Record<string, StatusClass> = {
  'in effect': 'now',
  announced: 'future',
  agreed: 'future',
  signed: 'future',
  threatened: 'conditional',
  proposed: 'conditional',
  paused: 'past',
  superseded: 'past',
  revoked: 'past',
};

export function statusClass(status: string): StatusClass | null {
  return CLASSES[status] ?? null;
}

/** Our goods ids fold into the gold's kinds: the baseline is part of the rate on all goods. */
export function goldGoods(goods: string): string {
  const known = kindOf(goods)?.group;
  if (known) return known;
  // The gold names goods in the article's words ("tropical fruits"): the catalogue's kind when its
  // words name the whole phrase.
  const found = findGoods(goods);
  const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === goods.length;
  return whole ? (kindOf(found[0]!.kind)?.group ?? goods.toLowerCase()) : goods.toLowerCase();
}

interface Item {
  goods: string;
  rate: number;
  status: string;
  used: boolean;
}

const show = (i: { goods: string; rate: number; status: string }): string =>
  `${i.goods} ${i.rate}% ${i.status}`;

/** Scores the rate statements citing each article against that article's gold rates. */
export function scoreRates(
  statements: readonly RateStatement[],
  golds: readonly { id: string; rates: readonly GoldRate[] }[],
): RateScore {
  const score: RateScore = {
    precision: { hit: 0, total: 0 },
    recall: { hit: 0, total: 0 },
    status: { hit: 0, total: 0 },
    misses: new Map(),
  };
  const byArticle = new Map<string, Item[]>();
  for (const s of statements) {
    for (const id of s.articleIds) {
      const list = byArticle.get(id) ?? [];
      const item = { goods: goldGoods(s.goods), rate: s.rate, status: s.status, used: false };
      // One entry per distinct (goods, rate, status) in an article, as the gold lists them.
      if (!list.some((x) => x.goods === item.goods && x.rate === item.rate && x.status === item.status))
        list.push(item);
      byArticle.set(id, list);
    }
  }
  for (const { id, rates } of golds) {
    const miss: string[] = [];
    score.misses.set(id, miss);
    const found = byArticle.get(id) ?? [];
    score.recall.total += rates.length;
    score.precision.total += found.length;
    const same = (g: GoldRate, f: Item) => !f.used && f.goods === goldGoods(g.goods) && f.rate === g.rate;
    const pairs: [GoldRate, Item][] = [];
    const left: GoldRate[] = [];
    // Same class first, so a gold 25% in effect and 25% threatened each find their own.
    for (const g of rates) {
      const f = found.find((x) => same(g, x) && statusClass(x.status) === statusClass(g.status));
      if (f) {
        f.used = true;
        pairs.push([g, f]);
      } else left.push(g);
    }
    for (const g of left) {
      const f = found.find((x) => same(g, x));
      if (f) {
        f.used = true;
        pairs.push([g, f]);
      } else miss.push(`rate not found: ${show(g)}${g.text ? ` (${JSON.stringify(g.text)})` : ''}`);
    }
    for (const [g, f] of pairs) {
      score.recall.hit++;
      score.precision.hit++;
      score.status.total++;
      if (statusClass(f.status) === statusClass(g.status)) score.status.hit++;
      else miss.push(`rate status: ${g.goods} ${g.rate}% want ${g.status}, got ${f.status}`);
    }
    for (const f of found.filter((x) => !x.used)) miss.push(`extra rate: ${show(f)}`);
  }
  return score;
}
