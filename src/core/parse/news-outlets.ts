/**
 * News organisations as claimants ("Bloomberg reported …", "Reuters reported that …", "La Nacion
 * reported …", "the Argentine news outlet added that …"). The gold conventions name an outlet
 * that makes a claim itself by its full name ("Bloomberg News", "The Yomiuri Shimbun"). Wires and
 * papers are general world knowledge; other papers are recognised by the shape of their names
 * (a foreign article, or a masthead word such as "Times" or "Post" closing a capitalised name).
 */

/** Short names as written → the name the outlet goes by. */
const OUTLETS: Record<string, string> = {
  reuters: 'Reuters news agency',
  bloomberg: 'Bloomberg News',
  'bloomberg news': 'Bloomberg News',
  yomiuri: 'The Yomiuri Shimbun',
  'yomiuri shimbun': 'The Yomiuri Shimbun',
  asahi: 'The Asahi Shimbun',
  'asahi shimbun': 'The Asahi Shimbun',
  mainichi: 'The Mainichi Shimbun',
  'mainichi shimbun': 'The Mainichi Shimbun',
  nikkei: 'Nikkei',
  kyodo: 'Kyodo News',
  'kyodo news': 'Kyodo News',
  jiji: 'Jiji Press',
  'jiji press': 'Jiji Press',
  nhk: 'NHK',
  xinhua: 'Xinhua',
  yonhap: 'Yonhap',
  bernama: 'Bernama',
  afp: 'AFP',
  'associated press': 'Associated Press',
  bbc: 'BBC',
  cnn: 'CNN',
  cnbc: 'CNBC',
  politico: 'Politico',
  axios: 'Axios',
  ft: 'Financial Times',
};

/** Masthead words that close a paper's name ("The New York Times", "The Japan Times"). */
export const MASTHEAD =
  'Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Shimbun|Chronicle|Nikkei Asia';

/**
 * An outlet as written: a known name, a capitalised name closed by a masthead word, or a paper
 * whose name opens with a foreign article ("La Nacion", "El Pais", "Le Monde"). Bounded runs only.
 */
export const OUTLET_WORD = new RegExp(
  [
    String.raw`(?<!\()\b(?:Reuters|Bloomberg(?:\s+News)?|Yomiuri(?:\s+Shimbun)?|Asahi(?:\s+Shimbun)?|Mainichi(?:\s+Shimbun)?|Nikkei|Kyodo(?:\s+News)?|Jiji(?:\s+Press)?|NHK|Xinhua|Yonhap|Bernama|AFP|Associated\s+Press|BBC|CNN|CNBC|Politico|Axios|FT)\b(?![-’'])`,
    String.raw`\b(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:${MASTHEAD})\b`,
    String.raw`\b(?:La|El|Le|Die|Il)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b`,
  ].join('|'),
  'g',
);

const OUTLET_WORD_AT = new RegExp(OUTLET_WORD.source, 'y');
/** Where an OUTLET_WORD match may start: a capital, or the "the" before a paper's name. */
const OUTLET_START = /[A-Z]|\bthe\s/g;

/**
 * Words every OUTLET_WORD match holds (a known name's first word, a masthead word, a foreign
 * article): a text without any, most of them, is not scanned capital by capital.
 */
const OUTLET_HINT = new RegExp(
  String.raw`Reuters|Bloomberg|Yomiuri|Asahi|Mainichi|Nikkei|Kyodo|Jiji|NHK|Xinhua|Yonhap|Bernama|AFP|Associated|BBC|CNN|CNBC|Politico|Axios|FT|${MASTHEAD}|\b(?:La|El|Le|Die|Il)\s`,
);
/** The text OUTLET_HINT was last tried on, and whether it found a word there. */
let hinted: string | null = null;
let hintFound = false;

/**
 * OUTLET_WORD as an exec-able matcher giving the same matches in the same order, tried only where
 * one may start: most positions of a text are lower-case letters, where the pattern, opening with
 * a look-behind, cannot be skipped by V8's own scan.
 */
export const outletWords = {
  lastIndex: 0,
  exec(text: string): RegExpExecArray | null {
    if (text !== hinted) {
      hinted = text;
      hintFound = OUTLET_HINT.test(text);
    }
    if (!hintFound) {
      outletWords.lastIndex = 0;
      return null;
    }
    OUTLET_START.lastIndex = outletWords.lastIndex;
    for (let s = OUTLET_START.exec(text); s !== null; s = OUTLET_START.exec(text)) {
      OUTLET_WORD_AT.lastIndex = s.index;
      const m = OUTLET_WORD_AT.exec(text);
      if (m) {
        outletWords.lastIndex = OUTLET_WORD_AT.lastIndex;
        return m;
      }
      OUTLET_START.lastIndex = s.index + 1;
    }
    outletWords.lastIndex = 0;
    return null;
  },
};

/** The name an outlet goes by, from the words that name it. */
export function outletName(written: string): string {
  const key = written
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return OUTLETS[key.toLowerCase()] ?? (/^the\s/i.test(written) ? `The ${key}` : key);
}

/** "the news outlet", "the Argentine newspaper": an outlet named before, referred back to. */
export const OUTLET_BACK =
  /\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?:news\s+(?:outlet|agency|site|service)|newspaper|daily|broadcaster|outlet|publication|paper|wire\s+service)\b/g;
