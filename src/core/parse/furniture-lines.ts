/**
 * More single-line page furniture, by shape: navigation bars and share rows, site slogans and
 * advertising copy, lines that talk to the reader about the site, relative times, image rows,
 * embedded social posts and bare timestamp labels. Each recogniser leaves alone any line with
 * quotation marks, so a quoted remark is never taken for furniture.
 */

const QUOTE_MARK = /[“”"]/;

const SHARE_WORDS = new Set(
  'facebook twitter x reddit pinterest email e-mail mail whatsapp linkedin telegram share print copy link messenger flipboard tumblr sms bluesky threads line viber wechat weibo tweet comment comments save gift instagram youtube tiktok rss'.split(
    ' ',
  ),
);

/** "Twitter Facebook Reddit Pinterest Email": a row of share buttons. */
export function isShareRow(line: string): boolean {
  const t = line.trim();
  if (t.length > 100) return false;
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

/** "Home News Opinion Business About Us": a navigation bar, capitalised words with no sentence in them. */
export function isNavBar(line: string): boolean {
  const t = line.trim();
  if (t.length > 200 || /[.!?,:;"“”]/.test(t)) return false;
  if (/^skip to\b/i.test(t)) return true;
  const words = t.split(/\s+/).filter((w) => !/^[|&·•/-]$/.test(w));
  if (words.length < 4 || !words.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  if (/\b(?:About|Contact) Us\b/.test(t)) return true;
  // A title-case headline may start with "Home" ("Home Prices Rise …"), but holds no other section name.
  const sections = words.filter((w) => NAV_WORDS.has(w.toLowerCase())).length;
  return sections >= 3 || (words[0] === 'Home' && sections >= 2);
}

/** "Swipe. Select. Stay informed.": a slogan of clipped sentences of a word or three. */
export function isSlogan(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || QUOTE_MARK.test(t)) return false;
  const parts = t.split(/(?<=[.!?])\s+/);
  return (
    parts.length >= 2 &&
    parts.every((p) => /^\p{Lu}/u.test(p) && /[.!?]$/.test(p) && p.split(/\s+/).length <= 3)
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
    capitalised += w.filter((x) => /^\p{Lu}/u.test(x)).length;
  }
  return words >= 4 && capitalised >= words * 0.6;
}

const READER = /\b(?:you|your)\b/i;
const SITE_WORD =
  /\b(?:website|site|app|newsletters?|subscribe|subscription|subscribers?|search option|browser|notifications?|podcast|premium|account|sign(?:ed)? (?:in|up)|log(?:ged)? in|download|follow us|feel free|(?:top|bottom) (?:right|left) corner|our (?:channel|page|readers|journalism|newsroom|team)|whatsapp channel|telegram channel|google news|inbox)\b/i;
const CONTINUES =
  /^(?:\(?\s*(?:the\s+)?(?:article|story|text|content|report|news)\s+continues\b|continue reading\b|(?:story|article) continues (?:below|after)|scroll (?:down )?to continue|advertisement\s*[-–—:·•|]|\(?\s*advertisement\s*\)?$|ad\s*[-–—:]\s*content continues)/i;

/** Lines that talk to the reader about the site: "Search is now available! Feel free to …", "Article continues below the player". */
export function isSitePromo(line: string): boolean {
  const t = line.trim();
  if (t.length > 250 || QUOTE_MARK.test(t)) return false;
  if (CONTINUES.test(t)) return true;
  return READER.test(t) && SITE_WORD.test(t);
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

/** "Updated:", "Published", "Last updated": a timestamp label whose date the page did not print. */
export function isStampLabel(line: string): boolean {
  return /^(?:published|updated|posted|last updated|first published|date|modified)\s*(?:on|at)?\s*:?$/i.test(
    line.trim(),
  );
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
