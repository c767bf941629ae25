/**
 * Countries and seats of government as speakers. News writing lets a country, its capital or the
 * building its leader works in speak for its government ("Chile said it was awaiting …",
 * "Washington has signalled …", "the Planalto Palace said"); the gold conventions name such a
 * speaker "<adjective> government" or by the office the building houses. General world knowledge,
 * not the vocabulary of any one article.
 */

/** Country (and common short form) → the adjective its government is named with. */
const COUNTRY_ADJECTIVE: Record<string, string> = {
  'united states': 'U.S.',
  'u.s.': 'U.S.',
  us: 'U.S.',
  america: 'U.S.',
  washington: 'U.S.',
  japan: 'Japanese',
  tokyo: 'Japanese',
  china: 'Chinese',
  beijing: 'Chinese',
  'south korea': 'South Korean',
  korea: 'South Korean',
  seoul: 'South Korean',
  taiwan: 'Taiwanese',
  taipei: 'Taiwanese',
  india: 'Indian',
  'new delhi': 'Indian',
  pakistan: 'Pakistani',
  bangladesh: 'Bangladeshi',
  'sri lanka': 'Sri Lankan',
  indonesia: 'Indonesian',
  jakarta: 'Indonesian',
  malaysia: 'Malaysian',
  thailand: 'Thai',
  bangkok: 'Thai',
  vietnam: 'Vietnamese',
  hanoi: 'Vietnamese',
  cambodia: 'Cambodian',
  philippines: 'Philippine',
  manila: 'Philippine',
  singapore: 'Singaporean',
  australia: 'Australian',
  canberra: 'Australian',
  'new zealand': 'New Zealand',
  canada: 'Canadian',
  ottawa: 'Canadian',
  mexico: 'Mexican',
  brazil: 'Brazilian',
  brasilia: 'Brazilian',
  argentina: 'Argentine',
  chile: 'Chilean',
  colombia: 'Colombian',
  peru: 'Peruvian',
  britain: 'British',
  'united kingdom': 'British',
  london: 'British',
  germany: 'German',
  berlin: 'German',
  france: 'French',
  paris: 'French',
  italy: 'Italian',
  spain: 'Spanish',
  norway: 'Norwegian',
  oslo: 'Norwegian',
  switzerland: 'Swiss',
  turkey: 'Turkish',
  türkiye: 'Turkish',
  ankara: 'Turkish',
  israel: 'Israeli',
  'saudi arabia': 'Saudi',
  'united arab emirates': 'UAE',
  uae: 'UAE',
  egypt: 'Egyptian',
  nigeria: 'Nigerian',
  'south africa': 'South African',
  pretoria: 'South African',
  kenya: 'Kenyan',
  lesotho: 'Lesotho',
  russia: 'Russian',
  moscow: 'Russian',
  ukraine: 'Ukrainian',
  kyiv: 'Ukrainian',
};

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
  'downing street': 'British Prime Minister’s Office',
};

const keyOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "Japan's" / "Japan" / "Tokyo" → "Japanese"; null for anything that is not a country or capital. */
export function countryAdjective(word: string): string | null {
  return COUNTRY_ADJECTIVE[keyOf(word)] ?? null;
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
        const word = m[0] === 'U.S.' ? m[0] : m[0].replace(/\.$/, '');
        let best = COUNTRY_ADJECTIVE[word.toLowerCase()]
          ? { phrase: word, end: m.index + word.length }
          : null;
        if (STARTS_LONGER.has(word.toLowerCase())) {
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
