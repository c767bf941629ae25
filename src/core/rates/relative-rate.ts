import { findCountries } from '../countries';

/**
 * "no chance to compete with Kenya or Eswatini, who have 10%", "in Brazil's case, which had 50%,
 * we ended up with 40%": in a text about tariffs, a bare figure in a relative clause about countries
 * is the rate those countries pay (or paid). The clause's verb says which: "had" is a rate since
 * replaced, "have", "pay", "face" one charged now.
 */
const RELATIVE_VERB =
  /,?\s*\b(?:who|which)\s+(?:now\s+|still\s+|already\s+)?(have|has|had|pay|pays|paid|face|faces|faced|get|gets)\s+(?:a\s+|an\s+)?$/i;
/** Between the last country named and "who": "Brazil’s case, which", "Eswatini, who". */
const ANTECEDENT_GAP = /^(?:['’]s)?(?:\s+case)?\s*$/i;
/** Between countries of one list: "Kenya or Eswatini", "Kenya, Uganda and Eswatini". */
const COUNTRY_LIST_GAP = /^\s*(?:,|,?\s*(?:and|or|&))\s*$/i;

export interface RelativeRate {
  countries: string[];
  /** "which had 50%": the rate they paid before. */
  past: boolean;
}

export function relativeRate(beforeAll: string): RelativeRate | null {
  const verb = RELATIVE_VERB.exec(beforeAll);
  if (!verb) return null;
  const head = beforeAll.slice(Math.max(0, verb.index - 80), verb.index);
  const found = findCountries(head).filter((c) => c.name !== 'United States');
  const last = found[found.length - 1];
  if (!last || !ANTECEDENT_GAP.test(head.slice(last.end))) return null;
  const countries = [last.name];
  for (let k = found.length - 2; k >= 0; k--) {
    if (!COUNTRY_LIST_GAP.test(head.slice(found[k]!.end, found[k + 1]!.start))) break;
    countries.unshift(found[k]!.name);
  }
  return {
    countries: [...new Set(countries)],
    past: /^had$/i.test(verb[1]!) || /^(?:paid|faced)$/i.test(verb[1]!),
  };
}
