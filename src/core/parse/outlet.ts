/**
 * The news organisation a text shows: a wire credit in the dateline ("TOKYO (AP) —",
 * "Washington, April 8 (Jiji Press)--", "(Reuters) -"), a copyright notice ("© KYODO",
 * "©2025 Bloomberg L.P."), or a kicker line ("THE ASAHI SHIMBUN").
 */

/** House names of wires that credit themselves by a short form. */
const WIRE_NAMES: Record<string, string> = {
  kyodo: 'Kyodo News',
  jiji: 'Jiji Press',
  'jiji press': 'Jiji Press',
  ap: 'AP',
  'the associated press': 'AP',
  'associated press': 'AP',
  afp: 'AFP',
  reuters: 'Reuters',
  bloomberg: 'Bloomberg',
  'bloomberg l.p.': 'Bloomberg',
  xinhua: 'Xinhua',
  yonhap: 'Yonhap',
};

// A module constant, not a literal in the function: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, built again on every call.
const WORD_START = /(^|[\s-])(\p{L})/gu;

function titleCase(s: string): string {
  return s.toLowerCase().replace(WORD_START, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Answers of normaliseOutlet for the names seen lately: a page names its outlet several times and
 * the same few outlets recur from page to page. The answer depends on the name alone.
 */
const OUTLET_MEMO_SIZE = 1024;
const outletMemo = new Map<string, string>();

/** One spelling per organisation: all-capital kickers in title case, wire short forms expanded. */
export function normaliseOutlet(name: string): string {
  const known = outletMemo.get(name);
  if (known !== undefined) return known;
  if (outletMemo.size >= OUTLET_MEMO_SIZE) outletMemo.clear();
  const normal = spellOutlet(name);
  outletMemo.set(name, normal);
  return normal;
}

function spellOutlet(name: string): string {
  const t = name
    .replace(/^©\s*|^\(c\)\s*|^copyright\s*/i, '')
    .replace(/^\d{4}\s*/, '')
    .replace(/[,.]?\s*all rights reserved\.?$/i, '')
    .replace(/\s+(?:L\.P\.|Inc\.?|Ltd\.?|LLC|Co\.)$/i, '')
    .replace(/[.\s]+$/, '')
    .trim();
  const known = WIRE_NAMES[t.toLowerCase()];
  if (known) return known;
  return t.length > 3 && t === t.toUpperCase() ? titleCase(t) : t;
}

/** "TOKYO (AP) —", "Washington, April 8 (Jiji Press)--", "LONDON (Reuters) -", "(Reuters) -". */
const DATELINE_CREDIT =
  /^(?:[A-Z][\p{L}.,' -]{1,40}?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*)?\(([A-Z][\p{L}.&' -]{1,30})\)\s*(?:--|—|–|-|:)/u;

export function datelineCredit(line: string): string | null {
  // The credit is in parentheses: a paragraph without one has none.
  if (!line.includes('(')) return null;
  const m = DATELINE_CREDIT.exec(line.trim());
  return m ? normaliseOutlet(m[1]!) : null;
}
