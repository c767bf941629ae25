/**
 * What a text is about, for search: the subjects the talks turn on, and the figures (rates,
 * money) it gives. Word lists are the ordinary vocabulary of trade reporting.
 */

const TOPIC_WORDS: [topic: string, pattern: RegExp][] = [
  ['autos', /\b(?:autos?|automobiles?|automotive|automakers?|cars?|vehicles?|auto parts|car parts)\b/i],
  ['steel', /\bsteel\b/i],
  ['aluminium', /\balumin(?:i)?um\b/i],
  ['rice', /\brice\b/i],
  ['agriculture', /\b(?:agricultur\w*|farm\w*|beef|pork|wheat|soybeans?|corn)\b/i],
  ['semiconductors', /\b(?:semiconductors?|chips?|chipmakers?)\b/i],
  ['investment', /\b(?:invest\w*|loans?|loan guarantees?)\b/i],
  ['security', /\b(?:security|defen[cs]e|alliance|troops|forces stationed|military)\b/i],
  ['currency', /\b(?:currenc\w*|yen|exchange rates?|foreign exchange|dollar)\b/i],
  ['energy', /\b(?:energy|lng|liquefied natural gas|oil|crude)\b/i],
  ['rare earths', /\brare earths?\b/i],
  ['pharmaceuticals', /\b(?:pharmaceuticals?|drugs?|medicines?)\b/i],
];

/**
 * All topics in one pass over the text (one case-insensitive scan per topic was the cost). No
 * topic's phrase contains another topic's word, so an alternation hides no topic's match.
 */
const ANY_TOPIC = new RegExp(TOPIC_WORDS.map(([, re]) => `(${re.source})`).join('|'), 'gi');

export function topicsOf(text: string): string[] {
  const found = new Array<boolean>(TOPIC_WORDS.length).fill(false);
  let left = TOPIC_WORDS.length;
  ANY_TOPIC.lastIndex = 0;
  for (let m = ANY_TOPIC.exec(text); m !== null && left > 0; m = ANY_TOPIC.exec(text)) {
    const i = m.findIndex((g, k) => k > 0 && g !== undefined) - 1;
    if (i >= 0 && !found[i]) {
      found[i] = true;
      left--;
    }
  }
  return TOPIC_WORDS.filter((_, i) => found[i]).map(([t]) => t);
}

const FIGURE =
  /(?:[$¥€£]\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|bn|tn|m))?|\b\d[\d,.]*\s?(?:trillion|billion|million)\s(?:yen|dollars|euros|pounds)|\b\d+(?:\.\d+)?(?:\s?%|\s?-?\s?percent\b|pc\b))/gi;

/** Percentages and money amounts as written ("15%", "27.5 percent", "$550 billion", "¥1 billion"), once each. */
export function figuresOf(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(FIGURE)) seen.add(m[0].replace(/\s+/g, ' ').trim());
  return [...seen];
}
