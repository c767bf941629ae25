/**
 * The small vocabulary person detection leans on: words for roles and honorifics, speech verbs,
 * and capitalised words that are never part of a person's name (months, places in titles,
 * institutions). General English news vocabulary, not the names of any article's people.
 */

/** Words that end a title standing before a name ("Treasury Secretary Scott Bessent"). */
export const ROLE_WORDS = [
  'prime minister',
  'vice president',
  'president',
  'secretary',
  'minister',
  'representative',
  'ambassador',
  'governor',
  'senator',
  'sen.',
  'rep.',
  'congressman',
  'congresswoman',
  'chancellor',
  'premier',
  'mayor',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'chief executive',
  'ceo',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'speaker',
  'director',
  'commissioner',
  'negotiator',
  'envoy',
  'chief',
  'official',
  'lawmaker',
  'leader',
  'economist',
  'analyst',
  'professor',
  'adviser',
  'advisor',
  'counselor',
  'counsellor',
  // "Federal Councillor Guy Parmelin", "Councillor Jane Roe", "Cllr John Roe" (UK, Canadian, Swiss usage).
  'councillor',
  'councilor',
  'cllr',
  'king',
  'queen',
  'emperor',
  'crown prince',
  'general',
  'admiral',
  'judge',
  'justice',
  'attorney general',
  'head',
  'founder',
  'executive',
  'strategist',
  'diplomat',
  'czar',
  'tsar',
  'governor',
  'undersecretary',
  'under-secretary',
  'co-founder',
  'cofounder',
  'president-elect',
  'vice-president',
  'vice premier',
  'deputy premier',
  'attorney',
  'lawyer',
  'editor',
  'correspondent',
  'cfo',
  'coo',
  'dpm',
  'pm',
];

/**
 * Honorifics and styles written before a name in news from many countries ("Dr", "Atty.",
 * Malaysia's "Datuk Seri", the Gulf's "Sheikh"): dropped from the name, and evidence that what
 * follows is a person. "Tengku" and "Tunku" are left out: they are borne as part of the name.
 */
export const NAME_STYLES = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'atty',
  'engr',
  'hon',
  'rev',
  'datuk',
  'dato',
  "dato'",
  'datin',
  'seri',
  'sheikh',
  'sheik',
  'shaikh',
  'hrh',
  'excellency',
];

/**
 * Words naming a ministry's portfolio ("Minister for Trade, Industry and Competition"): a
 * capitalised one just before a name is the end of the title, not the first name.
 */
export const PORTFOLIO_WORDS = (
  'competition investment investments industry industries trade commerce finance economy economic ' +
  'affairs planning development tourism labour labor employment education environment agriculture ' +
  'fisheries forestry mines mining energy resources infrastructure transport communications ' +
  'information technology innovation science culture health justice interior housing budget ' +
  'relations cooperation co-operation enterprise enterprises cooperatives revenue taxation welfare ' +
  'sport sports youth women digital telecommunications petroleum trade-related'
).split(' ');

/**
 * Capitalised articles of other languages that open the names of newspapers and places
 * ("La Nacion", "El Universal", "Le Monde", "Die Welt"), never a person's first name.
 */
export const FOREIGN_ARTICLES = new Set('la le les el los las il lo die der das het'.split(' '));

/** Honorifics that stand directly before a surname ("Mr Trump", "Ms. Kim"). */
export const HONORIFICS = ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof'];

/** Speech and statement verbs that follow or precede a speaker. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'noted',
  'notes',
  'stressed',
  'explained',
  'asked',
  'posted',
  'wrote',
  'tweeted',
  'argued',
  'insisted',
  'warned',
  'urged',
  'announced',
  'stated',
  'emphasized',
  'emphasised',
  'declined',
  'pledged',
  'vowed',
  'indicated',
  'suggested',
  'claimed',
  'acknowledged',
  'confirmed',
  'denied',
  'replied',
  'responded',
  'demanded',
  'proposed',
  'offered',
  'reported',
  'highlighted',
  'expressed',
  'revealed',
  'disclosed',
  'instructed',
  'reiterated',
  'repeated',
  'cautioned',
  'hinted',
  'mentioned',
  'remarked',
  'commented',
  'agreed',
  'met',
  'spoke',
  'departed',
  'arrived',
  'signed',
  'has',
  'had',
  'was',
  'is',
  'will',
  'would',
];

/** Verbs that make a capitalised pair a speaker: narrower than SPEECH_VERBS (no "was", "has"). */
export const SAYING_VERBS = new Set(SPEECH_VERBS.slice(0, SPEECH_VERBS.indexOf('met')));

/**
 * Capitalised words that are never (part of) a person's name in news text: calendar words,
 * institutions, geography that appears in titles, and sentence openers.
 */
export const NOT_NAME_WORDS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'the a an and of in on at for to by with from as but or if when while after before during since ' +
    'he she it they we i you his her its their our this that these those there here then however meanwhile ' +
    'u.s u.k u.n e.u us uk un eu usa america american americans japan japanese tokyo washington ' +
    'china chinese beijing korea korean seoul canada canadian britain british european europe india ' +
    'asia asian pacific indo-pacific north south east west new central united states kingdom ' +
    'house white senate congress parliament diet cabinet government administration ministry department ' +
    'office agency commission council committee bank fund reserve federal national international ' +
    'party democratic liberal republican democrat conservative labour union group summit seven twenty ' +
    'news press times shimbun post journal agency daily herald network tv radio social truth media ' +
    'air force one navy army street avenue road square building hall center centre airport station ' +
    'treasury commerce trade economy industry foreign finance defense defence security state states ' +
    'prime minister president secretary representative ambassador governor senator chief ' +
    'customs border protection customs tariff tariffs deal agreement talks negotiations round ' +
    'mr mrs ms dr sir lord lady prof minister' +
    ' g7 g-7 g20 nato opec imf wto apec asean covid inc corp ltd co plc llc' +
    // Heads of company and institution names ("Nippon Steel said", "Capital Economics said").
    ' steel motor motors holdings securities research institute university capital economics analytics' +
    ' partners electric industries airlines airways energy financial insurance trading automotive' +
    ' technologies systems foods electronics pharmaceutical pharma chemical group corporation company' +
    ' life sachs stanley chase' +
    // Countries and cities that make a capitalised pair ("Hong Kong said", "Saudi Arabia said").
    ' kong lanka arabia zealand africa emirates rica vietnam thailand singapore malaysia indonesia' +
    ' philippines taiwan australia germany france italy spain mexico brazil russia ukraine israel iran' +
    ' switzerland netherlands sweden norway osaka kyoto yokohama london paris berlin brussels geneva ottawa' +
    ' kananaskis hiroshima okinawa hokkaido alberta ontario california texas york angeles francisco' +
    // Sentence openers that stand before a capitalised name ("Still Ishiba said", "Both Akazawa and …").
    ' both still later earlier also yet so instead separately previously finally now last next each every' +
    ' some many all several neither either where why how what who asked speaking according despite' +
    ' although though because unlike like under over about between among without within following ahead' +
    ' amid across against toward towards upon into onto only even just indeed moreover furthermore overall' +
    ' first second third lastly otherwise thus therefore hence nevertheless nonetheless notably similarly' +
    ' additionally consequently sources source officials official reporters analysts critics experts' +
    // Buildings and news agencies that make a capitalised pair ("Planalto Palace said", "Agencia Brasil reported").
    ' palace palacio castle agencia agence agenzia court tribunal beach island islands valley lake river' +
    // Second words of capitals and countries written in two words ("Kuala Lumpur said").
    // (Not those that are also given or family names: Paulo, Minh, Santiago, Lagos, Colombo.)
    ' lumpur aires dhabi penh aviv janeiro town faso guinea verde salaam delhi' +
    ' manila jakarta bangkok hanoi dhaka islamabad karachi taipei brasilia' +
    ' ankara istanbul riyadh doha dubai cairo nairobi pretoria johannesburg abuja canberra' +
    // More countries that stand between a title's "for"/"of" and a name ("Country Director for
    // Cambodia Jane Roe"). (Not those that are also given names: Jordan, Chad, Georgia.)
    ' cambodia bangladesh pakistan argentina chile colombia peru ecuador venezuela cuba turkey turkiye' +
    ' türkiye egypt nigeria kenya ghana ethiopia morocco lesotho botswana laos myanmar brunei nepal' +
    ' mongolia kazakhstan qatar kuwait bahrain oman poland hungary denmark finland belgium austria' +
    ' ireland portugal greece scotland wales england' +
    // Words of a title that lead it ("Deputy Finance Minister", "Senior Vice President", "Former
    // Tariff Commissioner"), party shorthand ("Lib Dem leader") and a pronoun that opens a sentence.
    ' deputy vice senior acting former lib dem dems tory tories me'
  )
    .split(/\s+/)
    .concat(PORTFOLIO_WORDS),
);

/** Heads of organisation names that issue statements ("the Foreign Ministry", "the Treasury Department"). */
export const ORG_HEADS =
  'Ministry|Department|Office|Agency|Commission|Administration|Council|Bank|Cabinet|Secretariat|Embassy|Bureau|Service|Protection|Authority|Board|Committee|Federation|Association|Chamber';

/** Nationality words that prefix an organisation ("Japanese government", "U.S. Treasury Department"). */
export const NATIONALITIES =
  "U\\.S\\.|US|American|Japanese|Japan's|Chinese|China's|Korean|South Korean|British|UK|EU|European|Canadian|Indian|German|French|Australian|Mexican|Taiwanese";
