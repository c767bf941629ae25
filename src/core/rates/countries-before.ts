import { findCountries } from '../countries';

/**
 * "Switzerland at 39 per cent, Canada and Iraq at 35 per cent", "Bangladesh (35%), Cambodia (36%)",
 * "Brunei and Moldova a 25% rate", "Both Thailand and Cambodia face a 36% tariff": news writing names
 * the countries a rate falls on right before the figure, often several joined by "and" or commas,
 * and in a run of such pairs drops the verb after the first. Returns the countries so named (all of
 * one coordination), and whether the words between them and the figure carry a verb of their own.
 */

/** Between countries of one coordination: "Canada and Iraq", "Algeria, Iraq, Libya and Sri Lanka". */
const COORD_GAP = /^\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?$/i;
/**
 * The verbs the words between a country and its figure may hold ("Canada and Iraq face a 35%
 * rate"), and the other words they may be; the patterns below are built from these two lists, so a
 * word added reads the same in each.
 */
const LINK_VERBS =
  'is|are|was|were|sits?|sat|stands?|stood|face[sd]?|facing|see|sees|saw|get|gets|got|secured|received|have|has|had|been|be|hit|continue[sd]?|continuing';
/** "continue to face", "have been hit with", "face tariffs of", "facing the prospect of a". */
const LINK_OTHERS =
  'would|could|may|might|will|now|each|both|at|with|an?|the|top|identical|similar|prospective|to|also|still|already|tariffs?|duties|levies|prospect|of';
/** Words between the last country and its figure; verbs are told apart from bare links below. */
const TO_FIGURE = new RegExp(
  `^(?:['’]s)?\\s*(?:\\(\\s*(?:[a-z-]+\\s+){0,2}|(?:(?:${LINK_OTHERS}|${LINK_VERBS}|rates?\\s+of)\\s+){1,7})$`,
  'i',
);
/** A verb among those words: the figure's clause states its own stage. */
const OWN_VERB = new RegExp(`\\b(?:${LINK_VERBS})\\b`, 'i');
/** Cheap test on the end of the text before running the country scan. */
const ENDS_LINKED =
  /(?:\(\s*(?:[a-z-]+\s+){0,2}|\b(?:at|with|an?|top|face[sd]?|facing|see|sees|saw|get|gets|got|secured|received|identical|similar|prospective|of)\s+)$/i;

/** One more link word (or a possessive) before those already read, read backwards. */
const LINK_WORD = new RegExp(`(?:['’]s|\\b(?:${LINK_OTHERS}|${LINK_VERBS}|rates?))\\s*$`, 'i');

const GOVERNED = /\b(?:on|from|to|of|against|into|for|in|with|than)\s+(?:the\s+)?$/i;

export interface CountriesBefore {
  countries: string[];
  /** "Bangladesh (35%)", "Moldova a 25% rate": no verb of their own, so the list's stage is theirs. */
  gapped: boolean;
}

/** The words right before a link end on a capitalised word, as a country's name does. */
const NAME_END = /[A-Z][\w.'’-]*(?:['’]s)?\s*$/;

export function countriesBefore(beforeAll: string): CountriesBefore | null {
  // Most figures follow "imposed a", "of", "at": a link after no name needs no country scan.
  const end = beforeAll.slice(-60);
  const linked = ENDS_LINKED.exec(end);
  if (!linked) return null;
  let from = linked.index;
  for (let m = LINK_WORD.exec(end.slice(0, from)); m !== null; m = LINK_WORD.exec(end.slice(0, from)))
    from = m.index;
  if (!NAME_END.test(end.slice(0, from))) return null;
  const tail = beforeAll.slice(-160);
  const found = findCountries(tail).filter((c) => c.name !== 'United States');
  const last = found[found.length - 1];
  if (!last) return null;
  const link = tail.slice(last.end);
  if (!TO_FIGURE.test(link)) return null;
  const countries = [last.name];
  for (let k = found.length - 2; k >= 0; k--) {
    if (!COORD_GAP.test(tail.slice(found[k]!.end, found[k + 1]!.start))) break;
    countries.unshift(found[k]!.name);
  }
  // "the 30% tariff on Mexico will face a 45% tariff": a country governed by a preposition belongs
  // to another phrase, not to this figure.
  const first = found[found.length - countries.length]!;
  if (GOVERNED.test(tail.slice(Math.max(0, first.start - 12), first.start))) return null;
  return { countries: [...new Set(countries)], gapped: !OWN_VERB.test(link) };
}
