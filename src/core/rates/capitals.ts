/**
 * News writing names a country by its capital ("50% tariffs on New Delhi", "retaliatory tariffs on
 * Ottawa"). The country catalogue knows some capitals already (Tokyo, Beijing, Seoul, Brussels,
 * Washington); these are the others a tariff is said to be put on.
 */
const CAPITALS: readonly (readonly [string, string])[] = [
  ['New\\s+Delhi', 'India'],
  ['Ottawa', 'Canada'],
  ['Hanoi', 'Vietnam'],
  ['Bras[ií]lia', 'Brazil'],
  ['Jakarta', 'Indonesia'],
  ['Berne?', 'Switzerland'],
  ['Bangkok', 'Thailand'],
  ['Manila', 'Philippines'],
  ['Taipei', 'Taiwan'],
  ['Canberra', 'Australia'],
  ['Pretoria', 'South Africa'],
  ['Islamabad', 'Pakistan'],
  ['Dhaka', 'Bangladesh'],
  ['Kuala\\s+Lumpur', 'Malaysia'],
  ['Phnom\\s+Penh', 'Cambodia'],
  ['Mexico\\s+City', 'Mexico'],
  ['London', 'United Kingdom'],
];

/** A tariff put on a capital right after the figure's noun: "tariffs on New Delhi over its oil". */
const ON_CAPITAL = new RegExp(
  `^\\s*(?:[\\w-]+\\s+){0,3}?(?:on|against)\\s+(?:(${CAPITALS.map(([w]) => w).join(')|(')}))(?![\\w-])`,
);

/** A capital hit with the tariff right before the figure: "slammed New Delhi with a massive 50pc tariff". */
const CAPITAL_HIT = new RegExp(
  `\\b(?:hit|hits|hitting|slam\\w*|slap\\w*|target\\w*|punish\\w*)\\s+(?:(${CAPITALS.map(([w]) => w).join(')|(')}))\\s+with\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}$`,
);

function countryOf(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  let k = 1;
  while (m[k] === undefined) k++;
  return CAPITALS[k - 1]![1];
}

/** The country whose capital the tariff is put on, or null. */
export function capitalCharged(before: string, after: string): string | null {
  const on = after.includes(' on ') || after.includes('against') ? countryOf(ON_CAPITAL.exec(after)) : null;
  return on ?? (before.includes(' with ') ? countryOf(CAPITAL_HIT.exec(before.slice(-80))) : null);
}
