/**
 * Countries and blocs, one table for every part of the core: the words news text uses for them
 * (to read whose goods a rate is on) and the adjective their government is named with (to name a
 * country or its capital speaking: "Chile said" -> "Chilean government"). General world knowledge,
 * not the vocabulary of any one article.
 */

interface Country {
  name: string;
  /**
   * A case-sensitive pattern of the country's names, adjectives and capitals in text ("US" the
   * country, not "us" the pronoun). Null where tariff news names the country's goods by a bloc's
   * rate instead ("German cars" pay the EU's rate): rates are not read for it.
   */
  words: string | null;
  /** How its government is named ("Japanese government"); null for a bloc or where not yet needed. */
  adjective: string | null;
  /** Lower-case names, short forms and capitals that speak for the government ("tokyo", "u.s."). */
  keys: readonly string[];
}

const COUNTRIES: readonly Country[] = [
  { name: 'Japan', words: "Japan(?:['’]s)?|Japanese|Tokyo", adjective: 'Japanese', keys: ['japan', 'tokyo'] },
  {
    name: 'United States',
    words: String.raw`United\s+States|U\.S\.(?:-made)?|US|USA|America(?:n|['’]s)?|Washington`,
    adjective: 'U.S.',
    keys: ['united states', 'u.s.', 'us', 'america', 'washington'],
  },
  {
    name: 'China',
    words: "China(?:['’]s)?|Chinese|Beijing",
    adjective: 'Chinese',
    keys: ['china', 'beijing'],
  },
  {
    name: 'European Union',
    words: String.raw`European\s+Union|EU|European|Brussels`,
    adjective: null,
    keys: [],
  },
  {
    name: 'United Kingdom',
    words: String.raw`United\s+Kingdom|UK|U\.K\.|Britain|British`,
    adjective: 'British',
    keys: ['britain', 'united kingdom', 'london'],
  },
  { name: 'Canada', words: "Canada(?:['’]s)?|Canadian", adjective: 'Canadian', keys: ['canada', 'ottawa'] },
  { name: 'Mexico', words: "Mexico(?:['’]s)?|Mexican", adjective: 'Mexican', keys: ['mexico'] },
  {
    name: 'South Korea',
    words: String.raw`(?:South\s+)?Korea(?:n|['’]s)?|Seoul`,
    adjective: 'South Korean',
    keys: ['south korea', 'korea', 'seoul'],
  },
  { name: 'India', words: "India(?:n|['’]s)?", adjective: 'Indian', keys: ['india', 'new delhi'] },
  { name: 'Vietnam', words: "Vietnam(?:ese|['’]s)?", adjective: 'Vietnamese', keys: ['vietnam', 'hanoi'] },
  { name: 'Taiwan', words: "Taiwan(?:ese|['’]s)?", adjective: 'Taiwanese', keys: ['taiwan', 'taipei'] },
  { name: 'Switzerland', words: 'Switzerland|Swiss', adjective: 'Swiss', keys: ['switzerland'] },
  { name: 'Brazil', words: "Brazil(?:ian|['’]s)?", adjective: 'Brazilian', keys: ['brazil', 'brasilia'] },
  {
    name: 'Indonesia',
    words: "Indonesia(?:n|['’]s)?",
    adjective: 'Indonesian',
    keys: ['indonesia', 'jakarta'],
  },
  {
    name: 'Philippines',
    words: 'Philippines|Philippine|Filipino',
    adjective: 'Philippine',
    keys: ['philippines', 'manila'],
  },
  { name: 'Thailand', words: 'Thailand|Thai', adjective: 'Thai', keys: ['thailand', 'bangkok'] },
  {
    name: 'Australia',
    words: "Australia(?:n|['’]s)?",
    adjective: 'Australian',
    keys: ['australia', 'canberra'],
  },
  { name: 'New Zealand', words: "New\\s+Zealand(?:['’]s)?", adjective: 'New Zealand', keys: ['new zealand'] },
  { name: 'Singapore', words: "Singapore(?:an|['’]s)?", adjective: 'Singaporean', keys: ['singapore'] },
  { name: 'Malaysia', words: "Malaysia(?:n|['’]s)?", adjective: 'Malaysian', keys: ['malaysia'] },
  { name: 'Cambodia', words: "Cambodia(?:n|['’]s)?", adjective: 'Cambodian', keys: ['cambodia'] },
  { name: 'Laos', words: 'Laos|Lao(?:tian)?', adjective: null, keys: [] },
  { name: 'Myanmar', words: "Myanmar(?:['’]s)?", adjective: null, keys: [] },
  { name: 'Pakistan', words: "Pakistan(?:i|['’]s)?", adjective: 'Pakistani', keys: ['pakistan'] },
  { name: 'Bangladesh', words: "Bangladesh(?:i|['’]s)?", adjective: 'Bangladeshi', keys: ['bangladesh'] },
  // Named in the tariff letters of July 2025; read for rates only, as Laos and Myanmar are.
  {
    name: 'Bosnia and Herzegovina',
    words: String.raw`Bosnia(?:\s+and\s+Herzegovina)?`,
    adjective: null,
    keys: [],
  },
  { name: 'Serbia', words: "Serbia(?:n|['’]s)?", adjective: null, keys: [] },
  { name: 'Tunisia', words: "Tunisia(?:n|['’]s)?", adjective: null, keys: [] },
  { name: 'Kazakhstan', words: "Kazakhstan(?:['’]s)?", adjective: null, keys: [] },
  { name: 'Brunei', words: "Brunei(?:['’]s)?", adjective: null, keys: [] },
  { name: 'Moldova', words: "Moldova(?:n|['’]s)?", adjective: null, keys: [] },
  { name: 'Algeria', words: "Algeria(?:n|['’]s)?", adjective: null, keys: [] },
  { name: 'Iraq', words: "Iraq(?:i|['’]s)?", adjective: null, keys: [] },
  { name: 'Libya', words: "Libya(?:n|['’]s)?", adjective: null, keys: [] },
  {
    name: 'Sri Lanka',
    words: String.raw`Sri\s+Lanka(?:n|['’]s)?`,
    adjective: 'Sri Lankan',
    keys: ['sri lanka'],
  },
  { name: 'Argentina', words: "Argentin(?:a|e|ian)(?:['’]s)?", adjective: 'Argentine', keys: ['argentina'] },
  { name: 'Chile', words: "Chile(?:an|['’]s)?", adjective: 'Chilean', keys: ['chile'] },
  { name: 'Colombia', words: "Colombia(?:n|['’]s)?", adjective: 'Colombian', keys: ['colombia'] },
  { name: 'Peru', words: "Peru(?:vian|['’]s)?", adjective: 'Peruvian', keys: ['peru'] },
  { name: 'Nigeria', words: "Nigeria(?:n|['’]s)?", adjective: 'Nigerian', keys: ['nigeria'] },
  {
    name: 'South Africa',
    words: String.raw`South\s+Africa(?:n|['’]s)?`,
    adjective: 'South African',
    keys: ['south africa', 'pretoria'],
  },
  { name: 'Kenya', words: "Kenya(?:n|['’]s)?", adjective: 'Kenyan', keys: ['kenya'] },
  { name: 'Lesotho', words: "Lesotho(?:['’]s)?|Basotho", adjective: 'Lesotho', keys: ['lesotho'] },
  { name: 'Eswatini', words: 'Eswatini|Swaziland', adjective: null, keys: [] },
  { name: 'Egypt', words: "Egypt(?:ian|['’]s)?", adjective: 'Egyptian', keys: ['egypt'] },
  { name: 'Israel', words: "Israel(?:i|['’]s)?", adjective: 'Israeli', keys: ['israel'] },
  {
    name: 'Turkey',
    words: "T(?:ü|u)rkiye(?:['’]s)?|Turkey(?:['’]s)?|Turkish",
    adjective: 'Turkish',
    keys: ['turkey', 'türkiye', 'ankara'],
  },
  {
    name: 'United Arab Emirates',
    words: String.raw`United\s+Arab\s+Emirates|UAE|Emirati`,
    adjective: 'UAE',
    keys: ['united arab emirates', 'uae'],
  },
  {
    name: 'Saudi Arabia',
    words: String.raw`Saudi(?:\s+Arabia(?:n|['’]s)?)?`,
    adjective: 'Saudi',
    keys: ['saudi arabia'],
  },
  { name: 'Norway', words: "Norw(?:ay|egian)(?:['’]s)?", adjective: 'Norwegian', keys: ['norway', 'oslo'] },
  { name: 'Russia', words: "Russia(?:n|['’]s)?", adjective: 'Russian', keys: ['russia', 'moscow'] },
  { name: 'Ukraine', words: "Ukrain(?:e|ian)(?:['’]s)?", adjective: 'Ukrainian', keys: ['ukraine', 'kyiv'] },
  { name: 'Germany', words: null, adjective: 'German', keys: ['germany', 'berlin'] },
  { name: 'France', words: null, adjective: 'French', keys: ['france', 'paris'] },
  { name: 'Italy', words: null, adjective: 'Italian', keys: ['italy'] },
  { name: 'Spain', words: null, adjective: 'Spanish', keys: ['spain'] },
];

export const ALL_COUNTRIES = 'all countries';

/**
 * Every country's words in one case-sensitive pattern ("US" the country, not "us" the pronoun),
 * one capture group per country: one pass over a text instead of one per country. No country's
 * words overlap another's, so the single pass finds what the separate ones would.
 */
const IN_TEXT = COUNTRIES.filter((c): c is Country & { words: string } => c.words !== null);
const ANY_COUNTRY = new RegExp(
  String.raw`\b(?:${IN_TEXT.map((c) => String.raw`((?:${c.words})(?![\w]))`).join('|')})`,
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
    out.push({ name: IN_TEXT[k - 1]!.name, start: m.index, end: m.index + m[0].length, text: m[0] });
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
  return IN_TEXT.map((c) => c.name);
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
  const named = IN_TEXT.find((c) => c.name.toLowerCase() === q.toLowerCase());
  return named?.name ?? null;
}

/** Country (and common short form, and capital) → the adjective its government is named with. */
const COUNTRY_ADJECTIVE: Record<string, string> = Object.fromEntries(
  COUNTRIES.flatMap((c) => (c.adjective ? c.keys.map((k) => [k, c.adjective!]) : [])),
);

/** Seats of government that speak for the office they house. */
const SEATS: Record<string, string> = {
  'planalto palace': 'Brazilian presidential office',
  planalto: 'Brazilian presidential office',
  'malacañang palace': 'Philippine presidential office',
  'malacanang palace': 'Philippine presidential office',
  malacañang: 'Philippine presidential office',
  malacanang: 'Philippine presidential office',
  'élysée palace': 'French presidential office',
  'elysee palace': 'French presidential office',
  élysée: 'French presidential office',
  elysee: 'French presidential office',
  kremlin: 'Kremlin',
  kantei: "Japanese Prime Minister's Office",
  'blue house': 'South Korean presidential office',
  // Named as the news names it, like the White House: the seat is the speaker's usual name.
  'downing street': 'Downing Street',
};

const keyOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Answers of countryAdjective per word as written: every country word of every article asks
 * (the speakers' and rates' scans), the same few hundred words recur, and keyOf runs four
 * replacements each time.
 */
const adjectives = new Map<string, string | null>();
const ADJECTIVES_SIZE = 4096;

/** "Japan's" / "Japan" / "Tokyo" → "Japanese"; null for anything that is not a country or capital. */
export function countryAdjective(word: string): string | null {
  let adj = adjectives.get(word);
  if (adj === undefined) {
    adj = COUNTRY_ADJECTIVE[keyOf(word)] ?? null;
    if (adjectives.size >= ADJECTIVES_SIZE) adjectives.clear();
    adjectives.set(word, adj);
  }
  return adj;
}

/** "Chile" → "Chilean government"; null when `phrase` is not a country or capital. */
export function governmentOf(phrase: string): string | null {
  const adj = countryAdjective(phrase);
  return adj ? `${adj} government` : null;
}

/** "the Planalto Palace" → "Brazilian presidential office"; null when it is not a seat of government. */
export function seatOf(phrase: string): string | null {
  // Most phrases asked about are people's names: the table is only searched for a known head.
  if (!SEAT_HEAD.test(phrase)) return null;
  return SEATS[keyOf(phrase)] ?? null;
}

const SEAT_HEAD = /Planalto|Malaca|lys|Kremlin|Kantei|Blue House|Downing/i;

/** A country or capital standing as a word (capitalised as written), possibly possessive. */
/** Capitalised words ("Chile", "U.S.", "Türkiye"). */
const CAPITALISED_WORD = /\b[A-Z][\w.\u00C0-\u024F]*/g;
const WORD_AFTER = /\s+([A-Z][\w\u00C0-\u024F]*)/y;
/** First words of the names of more than one word ("south", "united", "sri"). */
const STARTS_LONGER = new Set(
  Object.keys(COUNTRY_ADJECTIVE)
    .filter((k) => k.includes(' '))
    .map((k) => k.split(' ')[0]!),
);

const IS_KEY = 1;
const STARTS_NAME = 2;
/**
 * What countryWords reads of a capitalised word: IS_KEY when its lower case is a key of
 * COUNTRY_ADJECTIVE, STARTS_NAME when it may open a longer name. Kept per spelling as written
 * (the same few thousand words recur), which spares a lower-cased copy and an object lookup for
 * every capitalised word of every article.
 */
const wordClasses = new Map<string, number>();
const WORD_CLASSES_SIZE = 8192;

function wordClass(word: string): number {
  let c = wordClasses.get(word);
  if (c === undefined) {
    const key = word.toLowerCase();
    c = (COUNTRY_ADJECTIVE[key] ? IS_KEY : 0) | (STARTS_LONGER.has(key) ? STARTS_NAME : 0);
    if (wordClasses.size >= WORD_CLASSES_SIZE) wordClasses.clear();
    wordClasses.set(word, c);
  }
  return c;
}

/**
 * Countries and capitals as written, as an exec-able matcher: capitalised words are found by one
 * cheap pattern and looked up (one, two or three words), which a regular expression holding every
 * name as an alternative cannot do at speed over every article.
 */
export function countryWords(): { exec(text: string): RegExpExecArray | null; lastIndex: number } {
  const matcher = {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      CAPITALISED_WORD.lastIndex = matcher.lastIndex;
      for (let m = CAPITALISED_WORD.exec(text); m !== null; m = CAPITALISED_WORD.exec(text)) {
        // Every capitalised word of every article comes here: most are no country's first word.
        const word = m[0] !== 'U.S.' && m[0].endsWith('.') ? m[0].slice(0, -1) : m[0];
        const cls = wordClass(word);
        if (cls === 0) continue;
        let best = cls & IS_KEY ? { phrase: word, end: m.index + word.length } : null;
        if (cls & STARTS_NAME) {
          // Two- and three-word names: "South Korea", "United Arab Emirates".
          let phrase = word;
          let end = m.index + word.length;
          for (let extra = 0; extra < 2; extra++) {
            WORD_AFTER.lastIndex = end;
            const w = WORD_AFTER.exec(text);
            if (!w) break;
            phrase = `${phrase} ${w[1]}`;
            end += w[0].length;
            if (COUNTRY_ADJECTIVE[phrase.toLowerCase()]) best = { phrase, end };
          }
        }
        if (!best) continue;
        const next = text[best.end] ?? '';
        if (/[\w\u00C0-\u024F-]/.test(next) || (next === '.' && /[A-Z]/.test(text[best.end + 1] ?? '')))
          continue;
        matcher.lastIndex = best.end;
        // "the US" is one phrase: a preposition before it ("to the US") is then seen as such.
        const the = /\b[Tt]he\s+$/.exec(text.slice(Math.max(0, m.index - 5), m.index));
        const found = [the ? `${the[0]}${best.phrase}` : best.phrase] as unknown as RegExpExecArray;
        found.index = m.index - (the ? the[0].length : 0);
        found.input = text;
        return found;
      }
      matcher.lastIndex = 0;
      return null;
    },
  };
  return matcher;
}

/**
 * A seat of government as written ("the Planalto Palace", "the Kremlin"). Literal heads and no
 * look-behind: it runs over every article's text.
 */
export const SEAT_WORD =
  /(?:Planalto|Malaca[nñ]ang|[ÉE]lys[ée]e|Kremlin|Kantei|Blue\s+House|Downing\s+Street)(?:\s+Palace)?(?![\w\u00C0-\u024F])/g;
