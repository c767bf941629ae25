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
 * All topics in one pass over the text (one case-insensitive scan per topic was the cost), with
 * no capture group per topic (those made every step of the scan dearer): a match is told apart
 * afterwards by the first topic whose words it is. No topic's phrase contains another topic's
 * word, so an alternation hides no topic's match; the first alternative that can match at a
 * place is the one a match is checked against first, so the topic found is the same.
 */
const ANY_TOPIC = new RegExp(`\\b(?:${TOPIC_WORDS.flatMap(([, re]) => alternativesOf(re)).join('|')})`, 'gi');
const WHOLE = TOPIC_WORDS.map(
  ([, re]) => new RegExp(`^${re.source.replace(/^\\b/, '').replace(/\\b$/, '')}$`, 'i'),
);

/** `\b(?:a|b)\b` → ["a\b", "b\b"]: each alternative keeps the word end it must meet. */
function alternativesOf(re: RegExp): string[] {
  const inner = re.source.replace(/^\\b/, '').replace(/\\b$/, '');
  const group = /^\(\?:(.*)\)$/.exec(inner);
  return [`(?:${group ? group[1] : inner})\\b`];
}

export function topicsOf(text: string): string[] {
  ANY_TOPIC.lastIndex = 0;
  let m = ANY_TOPIC.exec(text);
  // Most quotes and clauses name no topic: answer them without the bookkeeping.
  if (m === null) return [];
  const found = new Array<boolean>(TOPIC_WORDS.length).fill(false);
  let left = TOPIC_WORDS.length;
  for (; m !== null && left > 0; m = ANY_TOPIC.exec(text)) {
    const word = m[0];
    let i = 0;
    while (i < WHOLE.length && !WHOLE[i]!.test(word)) i++;
    if (i === WHOLE.length) i = -1;
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
  // An exec loop, not matchAll (which copies the pattern on every call); no match is empty.
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text))
    seen.add(m[0].replace(/\s+/g, ' ').trim());
  return [...seen];
}
