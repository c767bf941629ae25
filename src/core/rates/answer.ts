import type { Dataset } from '../article';
import { UserError } from '../errors';
import { answer, type Reply } from '../reply';
import { closest } from '../text/fuzzy';
import { parseAsOf } from './as-of';
import { goodsWords, groupLabel, resolveGoodsQuery } from './goods';
import { buildTracks, newestDate } from './history';
import { ratesHistory, ratesOverview, type View } from './render';

export interface RatesRequest {
  goods?: string | undefined;
  asOf?: string | undefined;
}

/** `rates [goods] [--as-of day]`: the overview or one kind's history, now or on a past day. */
export function ratesAnswer(dataset: Dataset, req: RatesRequest): Reply {
  const newest = newestDate(dataset);
  const view: View = req.asOf
    ? { asOf: parseAsOf(req.asOf, newest), pastDay: true }
    : { asOf: newest, pastDay: false };
  if (!req.goods) return ratesOverview(dataset, view);
  const withData = [...new Set(buildTracks(dataset).tracks.map((t) => t.group))];
  // Goods outside the catalogue ("kitchen cabinets") are found by the article's own words.
  const typed = req.goods.trim().toLowerCase().replace(/\s+/g, ' ');
  const group = resolveGoodsQuery(req.goods) ?? withData.find((g) => g === typed) ?? null;
  if (!group) {
    const near = closest(req.goods, [...withData, ...goodsWords()]).filter((v, i, a) => a.indexOf(v) === i);
    const shown = req.goods.replace(/[<>@`*_~|]/g, '').slice(0, 40);
    throw new UserError(
      `I know no kind of goods called "${shown}". ${withData.length ? `Rates are reported for: ${withData.map(groupLabel).join(', ')}.` : ''}`.trim(),
      (near.length ? near : withData.slice(0, 3)).map((g) => `rates ${g}`),
    );
  }
  const reply = ratesHistory(dataset, group, view);
  if (reply) return reply;
  return answer({
    title: `Tariffs on ${groupLabel(group)}`,
    lead: `No article reports a tariff rate on ${groupLabel(group)}${view.pastDay ? ` by ${view.asOf}` : ''}.`,
    suggestions: withData.slice(0, 4).map((g) => `rates ${g}`),
    notes: withData.length ? [`Rates are reported for: ${withData.map(groupLabel).join(', ')}.`] : [],
  });
}
