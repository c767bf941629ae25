/**
 * More single-line page furniture, by shape: navigation bars and share rows, site slogans and
 * advertising copy, lines that talk to the reader about the site, relative times, image rows,
 * embedded social posts and bare timestamp labels. Each recogniser leaves alone any line with
 * quotation marks, so a quoted remark is never taken for furniture.
 */

import { isSpace } from './white-space';

const QUOTE_MARK = /[“”"]/;

const SHARE_WORDS = new Set(
  'facebook twitter x reddit pinterest email e-mail mail whatsapp linkedin telegram share print copy link messenger flipboard tumblr sms bluesky threads line viber wechat weibo tweet comment comments save gift instagram youtube tiktok rss'.split(
    ' ',
  ),
);

/** The longest share word: a longer first word is none of them, and is not sliced and lower-cased. */
const SHARE_WORD_LONGEST = Math.max(...[...SHARE_WORDS].map((w) => w.length));

/** What separates the buttons of a share row: white space, bars, dots, commas, slashes. */
function isShareSeparator(c: number): boolean {
  return c === 0x7c || c === 0xb7 || c === 0x2022 || c === 0x2c || c === 0x2f || isSpace(c);
}

/**
 * The first word of a trimmed line as isShareRow splits it, lower-cased: most lines are no share
 * row, and their first word tells so before the whole line is split.
 */
function firstWord(t: string): string {
  let i = 0;
  while (i < t.length && isShareSeparator(t.charCodeAt(i))) i++;
  let j = i;
  while (j < t.length && !isShareSeparator(t.charCodeAt(j))) j++;
  // Too long for a share word: an empty answer is in no set of words either.
  if (j - i > SHARE_WORD_LONGEST) return '';
  return t.slice(i, j).toLowerCase();
}

/** "Twitter Facebook Reddit Pinterest Email": a row of share buttons. */
export function isShareRow(line: string): boolean {
  const t = line.trim();
  if (t.length > 100 || !SHARE_WORDS.has(firstWord(t))) return false;
  const words = t
    .toLowerCase()
    .split(/[\s|·•,/]+/)
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => SHARE_WORDS.has(w));
}

const NAV_WORDS = new Set(
  'home news about contact subscribe login search menu opinion business sports sport world politics magazine magazines events conferences podcasts podcast newsletters newsletter careers advertise videos video photos lifestyle entertainment tech technology markets economy health science culture travel weather local national international asia africa europe americas'.split(
    ' ',
  ),
);

const GLUED_WORDS = /\p{Ll}\p{Lu}/gu;
const TERMINAL_MARK = /[.!?:;)"”’]$/;
const BREADCRUMB = /^(?:\p{Lu}[\p{L}&'’ -]{0,25}?\s*[>›»]\s*){1,5}\p{L}[\p{L}&'’ -]{0,25}$/u;

/** "Home News Opinion Business About Us": a navigation bar, capitalised words with no sentence in them. */
export function isNavBar(line: string): boolean {
  const t = line.trim();
  if (t.length > 200) return false;
  // "FinancialGovernment SolutionsLegalNews Agency…": menu items run together when the page was
  // flattened; one name may join two capitals ("LeBlanc"), a headline of such names does not do it four times.
  if (!TERMINAL_MARK.test(t) && !QUOTE_MARK.test(t) && (t.match(GLUED_WORDS)?.length ?? 0) >= 4) return true;
  if (/[.!?,:;"“”]/.test(t)) return false;
  if (/^skip to\b/i.test(t)) return true;
  // "HOME > NATION > Article": a breadcrumb trail of section names.
  if (/[>›»]/.test(t) && BREADCRUMB.test(t)) return true;

  const words = t.split(/\s+/).filter((w) => !/^[|&·•/-]$/.test(w));
  if (words.length < 4 || !words.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  if (/\b(?:About|Contact) Us\b/.test(t)) return true;
  // A title-case headline may start with "Home" ("Home Prices Rise …"), but holds no other section name.
  const sections = words.filter((w) => NAV_WORDS.has(w.toLowerCase())).length;
  return sections >= 3 || (words[0] === 'Home' && sections >= 2);
}

// A module constant, not a literal in the function: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, built again on every call.
const STARTS_UPPER = /^\p{Lu}/u;

/** "Swipe. Select. Stay informed.": a slogan of clipped sentences of a word or three. */
export function isSlogan(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || QUOTE_MARK.test(t)) return false;
  const parts = t.split(/(?<=[.!?])\s+/);
  return (
    parts.length >= 2 &&
    parts.every((p) => STARTS_UPPER.test(p) && /[.!?]$/.test(p) && p.split(/\s+/).length <= 3)
  );
}

/** "Education Is Your Right! Learn Online With Us. Enroll Now!": advertising copy in title case. */
export function isAdCopy(line: string): boolean {
  const t = line.trim();
  if (t.length > 220 || !t.includes('!') || QUOTE_MARK.test(t)) return false;
  const sentences = t.split(/(?<=[.!?])\s+/);
  if (sentences.length < 2) return false;
  let words = 0;
  let capitalised = 0;
  for (const s of sentences) {
    const w = s.split(/\s+/).slice(1);
    words += w.length;
    capitalised += w.filter((x) => STARTS_UPPER.test(x)).length;
  }
  return words >= 4 && capitalised >= words * 0.6;
}

const READER = /\b(?:you|your)\b/i;
const SITE_WORD =
  /\b(?:website|site|app|search results?|what you(?:'|’)re looking for|feedback|suggestions|share this (?:news|story|article)|your network|preview|full article|newsletters?|subscribe|subscription|subscribers?|search option|browser|notifications?|podcast|premium|account|sign(?:ed)? (?:in|up)|log(?:ged)? in|download|follow us|feel free|(?:top|bottom) (?:right|left) corner|our (?:channel|page|readers|journalism|newsroom|team)|whatsapp channel|telegram channel|google news|inbox|(?:trusted|preferred) source)\b/i;
const CONTINUES =
  /^(?:\(?\s*(?:the\s+)?(?:article|story|text|content|report|news)\s+continues\b|continue reading\b|(?:story|article) continues (?:below|after)|scroll (?:down )?to continue|advertisement\s*[-–—:·•|]|\(?\s*advertisement\s*\)?$|ad\s*[-–—:]\s*content continues)/i;

/**
 * A paywall's offer, line by line: "To continue reading, please subscribe:", "Already have an
 * account? Log in here", "Monthly Digital Subscription", "$1 per week for 24 weeks*", "*Billed as …",
 * "Enjoy unlimited reading on example.com", "Read the E-Edition, our digital replica newspaper",
 * "Unlock the Example Digest for free".
 */
const PAYWALL =
  /^(?:(?:to )?continue reading\b.{0,40}(?:subscribe|log ?in|sign ?in|register)|read this (?:article|story) for free|already (?:have an account|a subscriber)|(?:monthly|annual|yearly|weekly|digital|premium)(?: digital)? (?:subscription|access|membership)s?$|\$\s?\d+(?:\.\d{2})?\s*(?:(?:per|a|\/)\s*(?:week|month|year|day)|for (?:the first|\d+))|\*\s*billed\b|enjoy unlimited\b|start your (?:free )?trial|cancel (?:at )?any ?time|(?:unlock|upgrade to|get|go|try|join|become)\b.{0,60}\b(?:premium|membership)$|unlock\b.{0,60}\bfor free$)/i;
/** "Yearly Premium ₹999 ₹349/Year", "€4.99 / month": a subscription's price for a period. */
const PRICE_PER_PERIOD = /[$€£₹¥]\s?\d[\d,.]{0,9}\s*\/\s*(?:year|yr|month|mo|week|wk|day)\b/i;
/** "View all search results": the search box's link. */
const SEARCH_BOX = /^(?:view|see|show) (?:all|more) (?:search )?results\b/i;
/** The site speaking of its own products: "our award-winning app", "our digital replica newspaper". */
const OUR_PRODUCT =
  /\bour (?:[\w-]+ ){0,3}(?:app|newspaper|website|newsletters?|podcasts?|e-edition|digital edition|print edition)\b/i;
/** "for signing up our newsletter!", "View More Newsletter": a few words about a newsletter. */
const NEWSLETTER = /\bnewsletters?\b/i;

/** A site asking its readers for money: "Your support helps us to tell the story", "Support us today - please donate here". */
const DONATION =
  /\byour (?:support|donations?|contributions?)\b|\bplease donate\b|\bdonate (?:here|now|today)\b/i;

/** Lines that talk to the reader about the site: "Search is now available! Feel free to …", "Article continues below the player". */
export function isSitePromo(line: string): boolean {
  const t = line.trim();
  if (t.length > 250 || QUOTE_MARK.test(t)) return false;
  if (CONTINUES.test(t) || PAYWALL.test(t) || SEARCH_BOX.test(t)) return true;
  // Both forms hold "donat" or "your" (most lines hold neither): the pattern only where one is.
  if ((t.includes('onat') || t.includes('our ')) && DONATION.test(t)) return true;
  if (t.length <= 80 && t.includes('/') && PRICE_PER_PERIOD.test(t)) return true;
  if (t.length <= 120 && OUR_PRODUCT.test(t)) return true;
  if (t.length <= 60 && NEWSLETTER.test(t) && t.split(/\s+/).length <= 8) return true;
  return READER.test(t) && SITE_WORD.test(t);
}

/** "Reuters Staff", "AFP Staff Writer", "Web Desk": a byline naming the newsroom, not a person. */
const STAFF_BYLINE =
  /^(?:by\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}(?:staff|staff writers?|staff reporters?|news desk|web desk|online desk|desk|bureau)$/iu;
/** "Provided by Nation.", "Distributed by Example Wire": the syndication credit of a reprint. */
const PROVIDED_BY =
  /^(?:[Pp]rovided|[Ss]upplied|[Dd]istributed|[Ss]yndicated|[Rr]epublished) (?:by|from)\s+\p{Lu}[\p{L}.&'’ -]{0,40}\.?$/u;

export function isCreditLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && (STAFF_BYLINE.test(t) || PROVIDED_BY.test(t));
}

const JOURNALIST =
  '(?:correspondent|reporter|journalist|editor|columnist|writer|photographer|photojournalist|contributor|anchor|producer|bureau chief|analyst)';
/**
 * "Jane Roe, the Japan business correspondent, reported from Tokyo.", "Jane Roe is the Chief
 * Visual Editor at Example News, bringing 20 years of experience …": an author's note about the
 * writer. The name comes first, then a newsroom role, then what the writer covers or brings.
 */
const AUTHOR_BIO = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,4})(?:,\\s+(?:the|a|an|our)\\s+|\\s+is\\s+(?:a|an|the|our)\\s+)[^.]{0,80}?\\b${JOURNALIST}s?\\b`,
  'iu',
);
const BIO_TAIL =
  /\b(?:reported from|reports? (?:on|from)|covers|covering|writes (?:about|on)|based in|years of experience|experience in|joined|has (?:covered|reported|written)|previously (?:worked|covered))\b/i;

/** Words that each open with a capital (AUTHOR_BIO's name group). */
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u;

/** The writer's name when the line is an author's note (see AUTHOR_BIO), otherwise null. */
export function authorBioName(line: string): string | null {
  const t = line.trim();
  if (t.length > 700 || QUOTE_MARK.test(t) || /\b(?:said|says|told)\b/.test(t)) return null;
  // The tail first: few lines have one, and it costs a third of the case-blind name pattern.
  if (!BIO_TAIL.test(t)) return null;
  const m = AUTHOR_BIO.exec(t);
  // The name's words are capitalised: the case-blind pattern must not take "The deal" for one.
  if (!m || !CAPITALISED_WORDS.test(m[1]!)) return null;
  return m[1]!;
}

/** ", Chief Visual Editor", "Staff Writer": a newsroom title after a writer's name. */
const NEWSROOM_TITLE = new RegExp(`^,?\\s*(?:\\p{L}[\\p{L}-]*\\s+){0,4}${JOURNALIST}s?$`, 'iu');

/** Where a writer's name stands again as a line: the name alone, or with a newsroom title ("Jane Roe, Chief Visual Editor"). */
export function isAuthorNameLine(line: string, names: readonly string[]): boolean {
  const t = line.trim();
  for (const name of names) {
    if (!t.startsWith(name)) continue;
    const rest = t.slice(name.length);
    if (rest === '') return true;
    if (NEWSROOM_TITLE.test(rest)) return true;
  }
  return false;
}

const AGO =
  /^[\p{L}.&'’ -]{0,40}?\s*\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?|years?)\s+ago$/iu;

/** "Straits Times3 days ago", "Updated 5 hours ago": a relative time, with the site or label glued to it. */
export function isRelativeTime(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && AGO.test(t);
}

/** "Author: Jane Roe", "Section: Business": a field of the page's metadata printed above the text. */
export function isMetaField(line: string): boolean {
  const t = line.trim();
  return (
    t.length <= 120 &&
    !/[“”"]/.test(t) &&
    /^(?:author|authors|byline|writer|reporter|editor|section|category|categories|tags|keywords|topics?|source|publisher|site)\s*:\s*\S/i.test(
      t,
    )
  );
}

const STAMP_LABEL =
  /^(?:published|updated|posted|last updated|first published|date|modified)\s*(?:on|at)?\s*:?$/i;
/** "Published in News & Features", "Filed under Business": the section a story was filed in, no date. */
const FILED_UNDER = /^(?:[Pp]ublished|[Pp]osted|[Ff]iled) (?:in|under)\s+\p{Lu}[\p{L}&,' -]{0,40}$/u;

/** "Updated:", "Published", "Last updated": a timestamp label whose date the page did not print. */
export function isStampLabel(line: string): boolean {
  const t = line.trim();
  return STAMP_LABEL.test(t) || (t.length <= 60 && FILED_UNDER.test(t));
}

/**
 * "Summary is AI Generated. Newsroom Reviewed", "Generated by AI AgentCoin World": the label a page
 * puts over a machine-written summary or story. Short, no quotation, no closing full stop: a
 * sentence about AI is longer and ends as a sentence.
 */
const AI_LABEL =
  /\b(?:generated (?:by|with|using) (?:an? )?AI\b|AI[- ](?:generated|assisted|written)\b|(?:summary|summarised|summarized|written) (?:by|with|using) AI\b)/i;

export function isAiLabel(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || !t.includes('AI') || /[.!?]$/.test(t) || t.split(/\s+/).length > 8) return false;
  return AI_LABEL.test(t) && !/[“”"]/.test(t);
}

/** "AP25106078018554.jpg", "trump-lutnick_1.webp": a picture's file name printed where the picture stood. */
const IMAGE_FILE = /^[\w.~-]{1,100}\.(?:jpe?g|png|gif|webp|avif)$/i;

export function isImageFileName(line: string): boolean {
  const t = line.trim();
  // The extension is the last four or five characters: most lines have no full stop there.
  const dot = t.lastIndexOf('.');
  return t.length <= 110 && dot >= t.length - 5 && dot > 0 && IMAGE_FILE.test(t);
}

/** "Wait 5 sec.", "Redirecting in 3 seconds…": an aggregator's countdown before it shows the story. */
const COUNTDOWN =
  /^(?:please )?(?:wait|redirecting(?: in)?|loading(?: in)?)\s+\d{1,2}\s*(?:s|secs?|seconds?)\b[.…]*$/i;

export function isCountdown(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && COUNTDOWN.test(t);
}

/**
 * "Reading time: 5 minutes", "Lesezeit: 3 Min.": a reading-time label in any language, a label
 * then a small number and a unit. Only above the text, where no list item of the article stands.
 */
const READING_TIME = /^\p{L}[\p{L} ]{2,24}\s?:\s*\d{1,2}\s*\p{L}{1,8}\.?$/u;

export function isReadingTimeLabel(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && t.includes(':') && READING_TIME.test(t) && pieces(t) <= 5;
}

/** Words in a short line. */
function pieces(t: string): number {
  return t.split(/\s+/).length;
}

/**
 * "World | ChinaUnited StatesPakistan", "Business | My Money": a row of a site's menu, a section
 * name, a bar, then its sub-sections as capitalised words (often run together). A headline with a
 * section before a bar ("Opinion | Why tariffs fail") has lower-case words after it.
 */
const MENU_ROW = /^\p{Lu}[\p{L}&]{1,20} \| (?:\p{Lu}[\p{L}&'’-]*(?: |$)){1,8}$/u;

export function isMenuRow(line: string): boolean {
  const t = line.trim();
  return t.length <= 160 && t.includes(' | ') && MENU_ROW.test(t);
}

const MD_IMAGE = /!\[[^\]\n]{0,300}\]\([^)\s]{0,600}(?:\s+"[^"\n]{0,200}")?\)/g;
const HTML_IMAGE = /<img\b[^>\n]{0,800}>/gi;

/** A markdown or HTML image row ("![Trump and Ishiba](https://…/photo.jpg)"), with or without a caption beside it. */
export function isImageRow(line: string): boolean {
  const t = line.trim();
  if (!t.includes('![') && !/<img\b/i.test(t)) return false;
  const rest = t
    .replace(MD_IMAGE, ' ')
    .replace(HTML_IMAGE, ' ')
    .replace(/^\[\s*|\s*\]\([^)\s]*\)$/g, ' ')
    .trim();
  if (rest.length === t.length) return false;
  return rest === '' || (rest.length <= 300 && !QUOTE_MARK.test(rest));
}

/** "[Japan and US sign deal](https://…)", "* [Read: …](…)": a link standing alone, to another page. */
export function isLinkLine(line: string): boolean {
  return /^(?:[-*•]\s*)?\[[^\]\n]{1,200}\]\((?:https?:\/\/|\/)[^)\s]{0,600}\)$/.test(line.trim());
}

const MONTHISH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}';
/** "— Jane Roe (@janeroe) July 9, 2025", "A post shared by Jane Roe (@janeroe)": an embedded post's signature. */
const POST_SIGNATURE = new RegExp(
  `^(?:[—–-]+\\s*[^()\\n]{1,80}\\(@\\w{1,30}\\)(?:\\s*${MONTHISH})?|a post shared by\\b.{0,80}\\(@\\w{1,30}\\)(?:\\s*on\\s+.{0,30})?|.{0,80}\\(@\\w{1,30}\\)\\s*${MONTHISH})\\.?$`,
  'i',
);

export function isPostSignature(line: string): boolean {
  const t = line.trim();
  // Every signature holds "(@handle)": the literal test spares most lines the pattern.
  return t.length <= 160 && t.includes('(@') && POST_SIGNATURE.test(t);
}

/** A post's own text carries the network's picture or short link: "… pic.twitter.com/AbC123", "… https://t.co/xyz". */
export function isPostText(line: string): boolean {
  const t = line.trim();
  if (!/pic\.twitter|t\.co\/|view this post/i.test(t)) return false;
  return (
    t.length <= 400 &&
    /(?:\bpic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+|\bview this post on (?:instagram|x|twitter|facebook))\s*$/i.test(
      t,
    )
  );
}
