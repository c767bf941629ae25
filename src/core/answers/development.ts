import type { Article, TariffEvent } from '../article';
import { type CorpusIndex, mentionSentences } from '../index/corpus-index';
import type { Development } from '../index/developments';
import { eventHeadline } from './event-headline';
import { capitalize, formatDay, ordinal } from './format';
import { outBy } from './out-by';

/**
 * The newest development held on or before `today` and reported by then (binary search over
 * developments by day; a replay's day may come before the reports of its newest development).
 */
export function newestDevelopment(index: CorpusIndex, today: string): Development | null {
  const list = index.developments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date <= today) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) if (list[i]!.articles.some((a) => outBy(a, today))) return list[i]!;
  return null;
}

/** "Fifth round of tariff talks" for a round, else a headline of what happened (headline.ts). */
export function developmentTitle(d: Development): string {
  const { round } = d.main;
  if (round !== null) return `${capitalize(ordinal(round))} round of tariff talks`;
  return eventHeadline(d.main);
}

export const developmentHeading = (d: Development): string => `${developmentTitle(d)} — ${formatDay(d.date)}`;

/**
 * Sentences the given articles themselves wrote about these events (their own words), in the
 * order of the articles given. Looked up per article, so an event reported by thousands of
 * articles costs no more than one reported by two.
 */
export function mentionsOf(
  index: CorpusIndex,
  events: readonly TariffEvent[],
  articles: readonly Article[],
): { text: string; article: Article }[] {
  const out: { text: string; article: Article }[] = [];
  for (const e of events) {
    for (const article of articles) {
      for (const sentence of mentionSentences(index, e, article.id)) {
        const text = oneLine(sentence);
        if (text) out.push({ text, article });
      }
    }
  }
  return out;
}

/** Body sentences of an article; paragraphs when the parser gave no sentence split. */
export function sentencesOf(a: Article): string[] {
  return a.sentences.length ? a.sentences.map((s) => s.text) : a.paragraphs;
}

/** A sentence as shown: hard line wraps and runs of spaces become single spaces. */
export const oneLine = (s: string): string => (/\s{2}|\n/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());
