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
  return SEATS[keyOf(phrase)] ?? null;
}

const alternation = (keys: string[]): string =>
  keys
    .sort((a, b) => b.length - a.length)
    .map((k) =>
      k
        .split(' ')
        .map((w) => w[0]!.toUpperCase() + w.slice(1).replace(/\./g, '\\.'))
        .join('\\s+'),
    )
    .join('|');

/** A country or capital standing as a word (capitalised as written), possibly possessive. */
export const COUNTRY_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}.-])(?:the\\s+)?(?:${alternation(Object.keys(COUNTRY_ADJECTIVE).filter((k) => !/^(?:us|u\\.s\\.|uae)$/.test(k)))}|US|U\\.S\\.|UAE)(?![\\p{L}\\p{N}-])(?!\\.[A-Z])`,
  'gu',
);

/** A seat of government as written ("the Planalto Palace", "the Kremlin"). */
export const SEAT_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:the\\s+)?(?:${alternation(Object.keys(SEATS))})(?![\\p{L}\\p{N}])`,
  'gu',
);
