import type { Dataset } from '../article';
import { ALL_COUNTRIES, findCountries, resolveCountryQuery } from '../countries';
import { UserError } from '../errors';
import { answer, type Reply } from '../reply';
import { closest } from '../text/fuzzy';
import { parseAsOf } from './as-of';
import { goodsWords, groupLabel, resolveGoodsQuery } from './goods';
import { buildTracks, countriesOf, focusOf, newestDate } from './history';
import { ratesHistory, ratesOverview, type View } from './render';

export interface RatesRequest {
  /** A country given on its own (a slash command's option); otherwise read from `goods`' words. */
  country?: string | undefined;
  goods?: string | undefined;
  asOf?: string | undefined;
}

const safe = (s: string) => s.replace(/[<>@`*_~|]/g, '').slice(0, 40);

/**
 * "india", "eu autos", "south korea steel", "autos": the country the leading words name, if
 * any, and the goods the rest names. Longest country name first ("south korea" before "south").
 */
export function splitCountry(words: string): { country: string | null; rest: string } {
  const parts = words.trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(4, parts.length); n >= 1; n--) {
    const country = resolveCountryQuery(parts.slice(0, n).join(' '));
    if (country) return { country, rest: parts.slice(n).join(' ') };
  }
  return { country: null, rest: parts.join(' ') };
}

/** `rates [country] [goods] [--as-of day]`: the overview or one kind's history, now or on a past day. */
export function ratesAnswer(dataset: Dataset, req: RatesRequest): Reply {
  const newest = newestDate(dataset);
  const view: View = req.asOf
    ? { asOf: parseAsOf(req.asOf, newest), pastDay: true }
    : { asOf: newest, pastDay: false };
  const available = countriesOf(dataset);
  let country: string | null = null;
  let goodsText = req.goods?.trim() ?? '';
  if (req.country?.trim()) {
    country = resolveCountryQuery(req.country);
    if (!country) throw unknownCountry(req.country, available);
  } else if (goodsText) {
    const split = splitCountry(goodsText);
    country = split.country;
    goodsText = split.rest;
  }
  // A country no article reports a rate for is a fair question with an empty answer, not a typo.
  if (
    country &&
    !available.includes(country) &&
    country !== focusOf(dataset) &&
    !namedWithGlobalRate(dataset, country)
  )
    return answer({
      title: `Tariff rates on goods from ${country}`,
      lead: `No article reports a tariff rate on goods from ${country}.`,
      notes: available.length ? [`Rates are reported for: ${available.join(', ')}.`] : [],
      suggestions: available.slice(0, 3).map((c) => `rates ${c.toLowerCase()}`),
    });
  const focus = country ?? undefined;
  if (!goodsText) return ratesOverview(dataset, view, focus);
  const withData = [...new Set(buildTracks(dataset, focus).tracks.map((t) => t.group))];
  // Goods outside the catalogue ("kitchen cabinets") are found by the article's own words.
  const typed = goodsText.toLowerCase().replace(/\s+/g, ' ');
  const group = resolveGoodsQuery(goodsText) ?? withData.find((g) => g === typed) ?? null;
  if (!group) {
    if (!country) throw unknownCountryOrGoods(goodsText, withData, available);
    const near = closest(goodsText, [...withData, ...goodsWords()]).filter((v, i, a) => a.indexOf(v) === i);
    throw new UserError(
      `I know no kind of goods called "${safe(goodsText)}". ${withData.length ? `Rates are reported for: ${withData.map(groupLabel).join(', ')}.` : ''}`.trim(),
      (near.length ? near : withData.slice(0, 3)).map(
        (g) => `rates ${country ? `${country.toLowerCase()} ` : ''}${g}`,
      ),
    );
  }
  const reply = ratesHistory(dataset, group, view, focus);
  if (reply) return reply;
  const from = country ? ` from ${country}` : '';
  return answer({
    title: `Tariffs on ${groupLabel(group)}${from}`,
    lead: `No article reports a tariff rate on ${groupLabel(group)}${from}${view.pastDay ? ` by ${view.asOf}` : ''}.`,
    suggestions: withData.slice(0, 4).map((g) => `rates ${g}`),
    notes: withData.length ? [`Rates are reported for: ${withData.map(groupLabel).join(', ')}.`] : [],
  });
}

/**
 * "Copper giant Chile awaits news on a 50% tariff on imports of the metal": a rate on every country
 * is a rate on the country an article about it names, though no statement names that country.
 */
function namedWithGlobalRate(dataset: Dataset, country: string): boolean {
  const withGlobal = new Set(
    dataset.rates.filter((r) => r.appliesTo === ALL_COUNTRIES).flatMap((r) => r.articleIds),
  );
  return dataset.articles.some(
    (a) => withGlobal.has(a.id) && findCountries(`${a.title}\n${a.body}`).some((c) => c.name === country),
  );
}

function unknownCountry(typed: string, available: string[]): UserError {
  const near = closest(typed, available);
  return new UserError(
    `I know no country called "${safe(typed)}".${available.length ? ` Rates are reported for: ${available.join(', ')}.` : ''}`,
    (near.length ? near : available.slice(0, 3)).map((c) => `rates ${c.toLowerCase()}`),
  );
}

/** Neither a country nor a kind of goods: the closest of both. */
function unknownCountryOrGoods(typed: string, goods: string[], countries: string[]): UserError {
  const near = [
    ...closest(typed, countries).map((c) => c.toLowerCase()),
    ...closest(typed, [...goods, ...goodsWords()]),
  ].filter((v, i, a) => a.indexOf(v) === i);
  return new UserError(
    `I know no country or kind of goods called "${safe(typed)}". ${goods.length ? `Goods with rates: ${goods.map(groupLabel).join(', ')}.` : ''}${countries.length ? ` Countries: ${countries.join(', ')}.` : ''}`.trim(),
    (near.length ? near : goods.slice(0, 3)).slice(0, 5).map((g) => `rates ${g}`),
  );
}
