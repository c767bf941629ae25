import type { Article, TariffEvent } from '../article';
import { findCountries } from '../countries';

/**
 * The partner side of an event: the countries other than the United States it is between. Tariff
 * talks are numbered per partner ("the third round" of Japan's talks is not Korea's third round),
 * so two reports that share only a round number, a day or an unnamed cast are one event only where
 * their sides do not differ. Read from the event's own sentences, else from the article's headline
 * and lead (news names the partner there: "Yeo to visit Washington … South Korea's chief trade
 * negotiator"). Empty when neither names one: an unknown side conflicts with nothing.
 */
export type SidesOfArticle = (articleId: string) => readonly string[];

const NONE: readonly string[] = [];

/** Partner countries a text names, each once. */
function partnersIn(text: string, into: string[]): void {
  for (const c of findCountries(text))
    if (c.name !== 'United States' && !into.includes(c.name)) into.push(c.name);
}

/** Adds each partner country `text` names to `counts`. A module function: under tsx a closure made per article costs a `__name` call. */
function countPartners(text: string, counts: Map<string, number>): void {
  for (const c of findCountries(text))
    if (c.name !== 'United States') counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
}

/** The country (or countries, on a tie) an article's headline and lead name most, apart from the US. */
function leadSides(a: Pick<Article, 'title' | 'paragraphs'>): readonly string[] {
  const counts = new Map<string, number>();
  countPartners(a.title, counts);
  for (const p of a.paragraphs.slice(0, 2)) countPartners(p, counts);
  let best = 0;
  for (const n of counts.values()) best = Math.max(best, n);
  if (best === 0) return NONE;
  return [...counts].filter(([, n]) => n === best).map(([name]) => name);
}

/** Sides of each article by id, read once per article when first asked. */
export function articleSides(
  articles: readonly Pick<Article, 'id' | 'title' | 'paragraphs'>[],
): SidesOfArticle {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const cache = new Map<string, readonly string[]>();
  return (id) => {
    let sides = cache.get(id);
    if (sides === undefined) {
      const a = byId.get(id);
      sides = a ? leadSides(a) : NONE;
      cache.set(id, sides);
    }
    return sides;
  };
}

/** Sides of events, computed once per event object. */
export function eventSides(ofArticle: SidesOfArticle | undefined): (e: TariffEvent) => readonly string[] {
  const cache = new WeakMap<TariffEvent, readonly string[]>();
  return (e) => {
    let sides = cache.get(e);
    if (sides === undefined) {
      const found: string[] = [];
      for (const m of e.mentions) partnersIn(m.sentence, found);
      sides = found.length > 0 ? found : ofArticle && e.articleIds[0] ? ofArticle(e.articleIds[0]) : NONE;
      cache.set(e, sides);
    }
    return sides;
  };
}

/** Two known sides with no country in common: talks with two different partners. */
export function sidesDiffer(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((s) => b.includes(s));
}
