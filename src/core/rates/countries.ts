/** Countries and blocs a tariff is imposed by or on, and the words news text uses for them. */

interface Country {
  name: string;
  words: string;
}

const COUNTRIES: readonly Country[] = [
  { name: 'Japan', words: "Japan(?:['’]s)?|Japanese|Tokyo" },
  {
    name: 'United States',
    words: String.raw`United\s+States|U\.S\.(?:-made)?|US|USA|America(?:n|['’]s)?|Washington`,
  },
  { name: 'China', words: "China(?:['’]s)?|Chinese|Beijing" },
  { name: 'European Union', words: String.raw`European\s+Union|EU|European|Brussels` },
  { name: 'United Kingdom', words: String.raw`United\s+Kingdom|UK|U\.K\.|Britain|British` },
  { name: 'Canada', words: "Canada(?:['’]s)?|Canadian" },
  { name: 'Mexico', words: "Mexico(?:['’]s)?|Mexican" },
  { name: 'South Korea', words: String.raw`(?:South\s+)?Korea(?:n|['’]s)?|Seoul` },
  { name: 'India', words: "India(?:n|['’]s)?" },
  { name: 'Vietnam', words: "Vietnam(?:ese|['’]s)?" },
  { name: 'Taiwan', words: "Taiwan(?:ese|['’]s)?" },
  { name: 'Switzerland', words: 'Switzerland|Swiss' },
  { name: 'Brazil', words: "Brazil(?:ian|['’]s)?" },
  { name: 'Indonesia', words: "Indonesia(?:n|['’]s)?" },
  { name: 'Philippines', words: 'Philippines|Philippine|Filipino' },
  { name: 'Thailand', words: 'Thailand|Thai' },
  { name: 'Australia', words: "Australia(?:n|['’]s)?" },
  { name: 'New Zealand', words: "New\\s+Zealand(?:['’]s)?" },
  { name: 'Singapore', words: "Singapore(?:an|['’]s)?" },
  { name: 'Malaysia', words: "Malaysia(?:n|['’]s)?" },
  { name: 'Cambodia', words: "Cambodia(?:n|['’]s)?" },
  { name: 'Laos', words: 'Laos|Lao(?:tian)?' },
  { name: 'Myanmar', words: "Myanmar(?:['’]s)?" },
  { name: 'Pakistan', words: "Pakistan(?:i|['’]s)?" },
  { name: 'Bangladesh', words: "Bangladesh(?:i|['’]s)?" },
  { name: 'Sri Lanka', words: String.raw`Sri\s+Lanka(?:n|['’]s)?` },
  { name: 'Argentina', words: "Argentin(?:a|e|ian)(?:['’]s)?" },
  { name: 'Chile', words: "Chile(?:an|['’]s)?" },
  { name: 'Colombia', words: "Colombia(?:n|['’]s)?" },
  { name: 'Peru', words: "Peru(?:vian|['’]s)?" },
  { name: 'Nigeria', words: "Nigeria(?:n|['’]s)?" },
  { name: 'South Africa', words: String.raw`South\s+Africa(?:n|['’]s)?` },
  { name: 'Kenya', words: "Kenya(?:n|['’]s)?" },
  { name: 'Lesotho', words: "Lesotho(?:['’]s)?|Basotho" },
  { name: 'Eswatini', words: 'Eswatini|Swaziland' },
  { name: 'Egypt', words: "Egypt(?:ian|['’]s)?" },
  { name: 'Israel', words: "Israel(?:i|['’]s)?" },
  { name: 'Turkey', words: "T(?:ü|u)rkiye(?:['’]s)?|Turkey(?:['’]s)?|Turkish" },
  { name: 'United Arab Emirates', words: String.raw`United\s+Arab\s+Emirates|UAE|Emirati` },
  { name: 'Saudi Arabia', words: String.raw`Saudi(?:\s+Arabia(?:n|['’]s)?)?` },
  { name: 'Norway', words: "Norw(?:ay|egian)(?:['’]s)?" },
  { name: 'Russia', words: "Russia(?:n|['’]s)?" },
  { name: 'Ukraine', words: "Ukrain(?:e|ian)(?:['’]s)?" },
];

export const ALL_COUNTRIES = 'all countries';

/**
 * Every country's words in one case-sensitive pattern ("US" the country, not "us" the pronoun),
 * one capture group per country: one pass over a text instead of one per country. No country's
 * words overlap another's, so the single pass finds what the separate ones would.
 */
const ANY_COUNTRY = new RegExp(
  String.raw`\b(?:${COUNTRIES.map((c) => String.raw`((?:${c.words})(?![\w]))`).join('|')})`,
  'g',
);

/** "on its trading partners" (the United States'): every partner, not one of them. */
const EVERYONE =
  /\b(?:all|most|every|many|other)\s+(?:countries|nations|trading\s+partners|economies|partners)\b|\b(?:its|their|his|America['’]s)\s+trading\s+partners\b|\bworldwide\b|\bglobal(?:ly)?\b/i;

export interface CountryMatch {
  name: string;
  start: number;
  end: number;
  text: string;
}

export function findCountries(text: string): CountryMatch[] {
  const out: CountryMatch[] = [];
  ANY_COUNTRY.lastIndex = 0;
  for (let m = ANY_COUNTRY.exec(text); m !== null; m = ANY_COUNTRY.exec(text)) {
    let k = 1;
    while (m[k] === undefined) k++;
    out.push({ name: COUNTRIES[k - 1]!.name, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function mentionsEveryone(text: string): boolean {
  return EVERYONE.test(text);
}

/** The country an article is mostly about, apart from the United States; Japan when none stands out. */
export function focusCountry(text: string): string {
  const counts = new Map<string, number>();
  for (const c of findCountries(text)) {
    if (c.name === 'United States') continue;
    counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  }
  let best = 'Japan';
  let n = counts.get('Japan') ?? 0;
  for (const [name, count] of counts) {
    if (count > n) {
      best = name;
      n = count;
    }
  }
  return best;
}

/** Every country's name, for suggestions. */
export function countryNames(): string[] {
  return COUNTRIES.map((c) => c.name);
}

/**
 * The country a user's words name ("india", "EU", "u.k.", "Korean", "south korea"), or null.
 * The text patterns are case-sensitive ("US" the country, "us" the pronoun), so the typed words
 * are tried as typed, capitalised and in capitals; the match must cover all of them.
 */
export function resolveCountryQuery(query: string): string | null {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return null;
  const capital = q.replace(/(^|\s|\.)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
  for (const form of [q, capital, q.toUpperCase()]) {
    const found = findCountries(form);
    if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === form.length) return found[0]!.name;
  }
  const named = COUNTRIES.find((c) => c.name.toLowerCase() === q.toLowerCase());
  return named?.name ?? null;
}
