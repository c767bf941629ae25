import { findCountries } from '../countries';

/**
 * "higher levels for goods from dozens of economies including the European Union and Japan": a
 * rate told of several countries at once is a rate on each of them, not only on the one nearest
 * the figure. Returns the countries of such a list ("including", "such as", "like") in the clause.
 */
const LIST_START = /\b(?:including|such\s+as|like|notably|among\s+them)\s+/i;
const BETWEEN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$/i;

export function listedCountries(clause: string): string[] {
  const start = LIST_START.exec(clause);
  if (!start) return [];
  const rest = clause.slice(start.index + start[0].length);
  const found = findCountries(rest).filter((c) => c.name !== 'United States');
  const first = found[0];
  if (!first || !/^(?:the\s+)?$/i.test(rest.slice(0, first.start))) return [];
  const names = [first.name];
  for (let k = 1; k < found.length; k++) {
    if (!BETWEEN.test(rest.slice(found[k - 1]!.end, found[k]!.start))) break;
    names.push(found[k]!.name);
  }
  return names.length > 1 ? [...new Set(names)] : [];
}

/**
 * "a 30% tariff on imports from Mexico and the European Union", "25% tariffs on Canadian and Mexican
 * goods": countries joined by "and" after the preposition that governs the figure's goods are each
 * charged it. Returns them (two or more), the first being the one the clause is otherwise read as.
 */
const GOVERNS_AFTER =
  /\b(?:on|against|from|for)\s+(?:(?:all|the|its|their|imports?|imported|goods|products|exports?|shipments|of|from|most|both|coming|originating)\s+){0,4}$/i;

const JOINS = /\b(?:and|or)\b|,/;
const AND_OR = /\b(?:and|or)\b|&/i;

export function coordinatedAfter(clause: string): string[] {
  if (!JOINS.test(clause)) return [];
  const found = findCountries(clause).filter((c) => c.name !== 'United States');
  const first = found[0];
  if (!first || found.length < 2 || !GOVERNS_AFTER.test(clause.slice(0, first.start))) return [];
  const names = [first.name];
  let closed = false;
  for (let k = 1; k < found.length; k++) {
    const gap = clause.slice(found[k - 1]!.end, found[k]!.start);
    if (!BETWEEN.test(gap)) break;
    names.push(found[k]!.name);
    closed = AND_OR.test(gap);
  }
  // "on Algeria, Iraq and Libya": a run of commas is a list only when "and" or "or" closes it
  // ("a 25% tariff on Mexico, Canada said" is no list).
  return names.length > 1 && closed ? [...new Set(names)] : [];
}
