/** Percent figures in text: "15%", "27.5 percent", "a 24-percent tariff", "25 per cent", "30pc", "twenty-five percent". */

export interface PercentMention {
  value: number;
  text: string;
  start: number;
  end: number;
}

const WORD_NUMBERS: Record<string, number> = {
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  'thirty-five': 35,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

const PERCENT =
  /(?<![\w.,])(\d{1,4}(?:\.\d+)?|ten|fifteen|twenty(?:-five)?|thirty(?:-five)?|forty|fifty)(?:\s?%|[\s-]?(?:percent|per\s?cent|pc)\b(?!\s+points?\b|age\s+points?\b))/gi;

/**
 * "would now have a zero tariff": a rate of 0 named in words. Not "zero-duty access" or "zero
 * tariff treatment", where the words describe a kind of access rather than a rate.
 */
const ZERO_RATE =
  /\bzero(?=[\s-](?:tariffs?|dut(?:y|ies)|levy|levies)\b(?![\s-]+(?:access|entry|treatment|status|quotas?|lines?|deal|regime|policy|trade)\b))/gi;

/**
 * "cut its tariffs on US goods to zero", "tariffs ... are currently at zero", "going down to ZERO":
 * a rate brought to or standing at nothing. Not a denied goal ("not necessarily to zero") nor
 * "zero-sum", "zero tolerance".
 */
const ZERO_TO =
  /\b(?:to|at)\s+(zero)\b(?![\s-]+(?:sum|tolerance|hour|point|emissions?|tariffs?|dut(?:y|ies)|levy|levies)\b)(?!-)/gi;
const NOT_BEFORE = /\bnot\s+(?:\w+\s+)?$/i;

/** Every figure holds "%", "per…", "pc" or "zero": most sentences have none and skip the full pattern. */
const MAY_HOLD_PERCENT = /%|p(?:er|c)|zero/i;

export function findPercents(text: string): PercentMention[] {
  const out: PercentMention[] = [];
  if (!MAY_HOLD_PERCENT.test(text)) return out;
  PERCENT.lastIndex = 0;
  for (let hit = PERCENT.exec(text); hit !== null; hit = PERCENT.exec(text)) {
    const raw = hit[1]!.toLowerCase();
    const value = WORD_NUMBERS[raw] ?? Number(raw);
    if (!Number.isFinite(value)) continue;
    out.push({ value, text: hit[0], start: hit.index, end: hit.index + hit[0].length });
  }
  ZERO_RATE.lastIndex = 0;
  for (let hit = ZERO_RATE.exec(text); hit !== null; hit = ZERO_RATE.exec(text))
    out.push({ value: 0, text: hit[0], start: hit.index, end: hit.index + hit[0].length });
  // Only where "zero" is spelled out: most sentences with a figure have none.
  if (/zero/i.test(text)) {
    ZERO_TO.lastIndex = 0;
    for (let hit = ZERO_TO.exec(text); hit !== null; hit = ZERO_TO.exec(text)) {
      if (NOT_BEFORE.test(text.slice(Math.max(0, hit.index - 30), hit.index))) continue;
      const start = hit.index + hit[0].length - hit[1]!.length;
      out.push({ value: 0, text: hit[1]!, start, end: start + hit[1]!.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "27.5%" for answers; whole numbers without a decimal point. */
export function formatRate(value: number): string {
  return `${Number.isInteger(value) ? value : Number(value.toFixed(2))}%`;
}
