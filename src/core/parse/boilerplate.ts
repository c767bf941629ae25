import { timestampLineDate } from './dates';

/**
 * Line-level recognisers for what a news page wraps around the article: captions, credits,
 * bylines, timestamps, kickers, promo and navigation lines, and the blocks (related articles,
 * comments, hashtags) after which nothing is article text. Each is a pattern of page furniture
 * in general, not of any one site.
 */

/** A line after which the rest of the page is furniture: related links, comments, tags, author boxes. */
const END_OF_ARTICLE = new RegExp(
  `^(?:${[
    'related(?: articles?| stories| news| coverage| content| links| reading| topics)?',
    'popular(?: articles?| stories| news| now)?',
    'most (?:popular|read|viewed|shared|commented)',
    'read (?:more|next|also)',
    'also read',
    'recommended(?: for you| stories| articles| reading)?',
    'more (?:from|on|stories|news|in)(?: \\S+){0,4}',
    'more stories like this.*',
    '(?:jn )?access ranking',
    'ranking',
    'keywords',
    'login to (?:comment|leave a comment)',
    'our standards:.*',
    'you (?:may|might) (?:also )?(?:like|be interested in)',
    'trending(?: now| stories)?',
    'latest(?: news| stories)?',
    'top stories',
    'editor.s picks?',
    'hashtags?',
    'tags?',
    'comments?',
    '\\d+ comments?',
    'no comments yet\\.*',
    'leave a (?:comment|reply)',
    'join the conversation',
    'about the author',
    'sponsored (?:content|stories|links)',
    'share this (?:article|story)',
  ].join('|')})\\s*:?$`,
  'i',
);

export function isEndOfArticle(line: string): boolean {
  return line.length <= 60 && END_OF_ARTICLE.test(line.trim());
}

/** End-of-article bylines and credits ("(This article was written by …)", "Reporting by …"). */
const END_BYLINE =
  /^\(?\s*(?:this (?:article|story|report) was (?:written|reported|compiled) by|(?:additional )?reporting by|writing by|editing by|compiled by|written by|[-—–]*\s*with assistance from)\b/i;
/** "Associated Press writer Jane Roe in Seoul contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/i;

export function isEndByline(line: string): boolean {
  const t = line.trim();
  return END_BYLINE.test(t) || (t.length <= 200 && CONTRIBUTED.test(t));
}

/** A copyright notice on its own line ("©2025 Bloomberg L.P.", "Copyright 2025 The Associated Press. All rights reserved."). */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;

/** A wire's sign-off on its own line ("— Reuters", "-- Kyodo"). */
const WIRE_SIGNOFF =
  /^(?:[-—–]+|\()\s*(Reuters|AFP|AP|Kyodo|Kyodo News|Jiji|Jiji Press|Bloomberg|Xinhua|Yonhap|dpa)\)?$/i;

export function wireSignoff(line: string): string | null {
  return WIRE_SIGNOFF.exec(line.trim())?.[1] ?? null;
}

export function isCopyrightLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 160 && COPYRIGHT_LINE.test(t);
}

/** A copyright notice glued to the end of the last sentence ("…the U.S. capital.© KYODO"). */
const GLUED_COPYRIGHT = /(?<=[.!?"”’)])\s*(©\s*(?:\d{4}\s*)?[A-Z][\w.&' -]{1,40})$/;

export function splitGluedCopyright(line: string): { text: string; notice: string } | null {
  if (!line.includes('©')) return null;
  const m = GLUED_COPYRIGHT.exec(line);
  if (!m || m.index === 0) return null;
  return { text: line.slice(0, m.index), notice: m[1]!.trim() };
}

/** Single-line furniture: navigation, ad slots, share buttons, separators. */
const NAV = new Set(
  [
    'logo',
    'advertisement',
    'advertisements',
    'advert',
    'ad',
    'ads',
    'sponsored',
    'promoted',
    'skip to content',
    'skip to main content',
    'skip to navigation',
    'menu',
    'main menu',
    'search',
    'close',
    'share',
    'share this',
    'share on facebook',
    'share on x',
    'share on twitter',
    'tweet',
    'email',
    'e-mail',
    'print',
    'save',
    'copy link',
    'link copied',
    'subscribe',
    'subscribe now',
    'sign in',
    'sign up',
    'log in',
    'login',
    'register',
    'home',
    'facebook',
    'twitter',
    'x',
    'linkedin',
    'whatsapp',
    'reddit',
    'line',
    'listen',
    'listen to this article',
    'play',
    'pause',
    'loading',
    'loading...',
    'scroll to continue',
    'continue reading',
    'newsletter',
    'back to top',
    'next article',
    'previous article',
    'gift this article',
    'try our ai features',
    'photo',
    'photos',
    'video',
    'watch',
    'audio',
    'view comments',
    'show comments',
    '-',
    '–',
    '—',
    '|',
    '•',
    '·',
    '*',
    '...',
    '…',
  ].map((s) => s.toLowerCase()),
);

/** Separator rules ("___", "* * *") and relative times of link lists ("4 hours ago"). */
const SEPARATOR_OR_AGO =
  /^(?:[-_*=~•·|\s]+|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|\d+\s*\(\s*\+\d+\s*\/\s*-\d+\s*\)|video\s*\d{1,2}:\d{2}(?::\d{2})?)$/i;

/** Lower-casing never shortens a line, so a line longer than every entry is none unless its spaces collapse. */
const NAV_LONGEST = Math.max(...[...NAV].map((s) => s.length));
const COLLAPSIBLE_SPACE = /[^\S ]| {2}/;

export function isNavigation(line: string): boolean {
  if (line.length > 60) return false;
  const t = line.trim();
  const mayBeNav = t.length <= NAV_LONGEST || COLLAPSIBLE_SPACE.test(t);
  return (mayBeNav && NAV.has(t.toLowerCase().replace(/\s+/g, ' '))) || SEPARATOR_OR_AGO.test(t);
}

/** Promotional lines inviting the reader elsewhere. */
const PROMO =
  /^(?:\[[^\]]*\]$|(?:sign up|subscribe|click here|tap here|download (?:the|our)|follow us|get the latest|stay on top|stay up to date|read more|read the full|also read|see also|watch|listen|don'?t miss|get (?:our|the) (?:newsletter|app)|explore what|try our|support (?:our|independent) journalism|this article (?:is|was) (?:available|originally))\b)/i;

/** Invitations that can sit anywhere in a short line ("… newsletter. Sign up here."). */
const PROMO_ANYWHERE = /\b(?:sign up here|click here|tap here|subscribe (?:here|now|today))\b|^related\s*:/i;

export function isPromo(line: string): boolean {
  const t = line.trim();
  if (t.length <= 200 && PROMO_ANYWHERE.test(t) && !/[“”"]/.test(t)) return true;
  if (t.startsWith('[') && t.endsWith(']')) return !/[“”"]/.test(t) || /:\s*\.?\]$/.test(t);
  return t.length <= 200 && PROMO.test(t) && !/[“”"]/.test(t);
}

export function isUrlLine(line: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(line.trim());
}

/** A byline at the head of an article ("By Jane Doe", "By Jane Doe and John Roe | Reuters"). */
export function isHeadByline(line: string): boolean {
  return /^[Bb][Yy]\s+[A-Z][\p{L}.'-]+(?:\s+(?:[A-Z][\p{L}.'-]+|and|&|,|de|van|von|da|al-?\S*))*(?:\s*[,|/–—-]\s*.{0,60})?$/u.test(
    line.trim(),
  );
}

/** Words a photo credit in parentheses is made of: agencies, pool, file, illustration. */
const CREDIT_WORD =
  /\b(?:AP|AFP|Reuters|Getty|Images?|Kyodo|Jiji|Bloomberg|Pool|EPA|Xinhua|Yonhap|Shimbun|Photo|File|Illustration|Courtesy|via|Staff|Handout|Sputnik|Anadolu|NHK|Nikkei|TASS)\b/;
/** "(Wataru Sekita)", "(The Asahi Shimbun)", "(Hiro Komae/AP)", "(AP Photo/Evan Vucci)". */
const CREDIT_PAREN = /(?<=[.!?])\s*\(([^()]{2,60})\)\s*$/;

function isCredit(inner: string): boolean {
  if (inner.includes('/')) return true;
  if (CREDIT_WORD.test(inner)) return true;
  // A photographer's name: two to four capitalised words and nothing else.
  return /^(?:The\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){1,3}$/u.test(inner.trim());
}

const CAPTION_PREFIX =
  /^(?:photo|image|picture|file photo|pool photo|illustration)s?(?:\s*\/\s*\w+)?(?:\s*:|\s+(?=[A-Z])|$)/i;
const CAPTION_PHRASE =
  /^(?:from (?:the )?(?:left|right)|(?:l|r|left|right)\s*[-–to]+\s*(?:r|l|right|left)\b)|\((?:left|right|center|centre|front|back|l|r|c|l-r|r-l)\)|\b(?:is|are) (?:seen|pictured|shown)\b(?! as\b| to\b)|\bpictured\b|\bposes? for (?:a )?(?:photo|picture)/i;
const CAPTION_VERB =
  /^(?:(?:[A-Z][\p{L}.'-]*|of|the|and|for|de|U\.S\.|[’']s),?\s+){1,10}(?:speaks|answers|attends|holds?|meets?|shakes|arrives?|waves|listens|delivers|gestures|looks|walks|talks|sits|stands|leaves|addresses|responds|reacts|poses?|smiles|greets?|enters?|visits?|gives|signs?|is|are)\b/u;
const CAPTION_DATE_END =
  /\b(?:on|in)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)(?:\s+in\s+[A-Z][\p{L} ]+)?\.?$/iu;

/**
 * A photo caption or credit line. `head` says the line sits before the article's first body
 * paragraph, where captions without a credit (present-tense, dated "on Monday.") are common.
 */
export function isCaption(line: string, head: boolean): boolean {
  const t = line.trim();
  if (t.length > 400) return false;
  if (CAPTION_PREFIX.test(t)) return true;
  if (/[“”"]/.test(t)) return false;
  const credit = t.endsWith(')') ? CREDIT_PAREN.exec(t) : null;
  if (credit && isCredit(credit[1]!)) return true;
  // A credit standing alone: "(Jane Roe/AP)", "REUTERS/Kim Min-su", "(Kyodo)", "AFP via Getty Images".
  if (/^\(?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*\s*\/\s*[A-Z][\p{L}\w .'-]+\)?$/u.test(t)) return true;
  if (/^\([^()]{2,40}\)$/.test(t) && isCredit(t.slice(1, -1))) return true;
  if (t.length <= 40 && /^(?:[A-Z]+\s+via\s+)?Getty Images$/.test(t)) return true;
  // "is seen", "pictured": caption words, but only where a caption sits or with a caption's dated ending.
  if (
    CAPTION_PHRASE.test(t) &&
    t.length <= 300 &&
    (head || /^from (?:the )?(?:left|right)/i.test(t) || CAPTION_DATE_END.test(t))
  )
    return true;
  // Captions are full sentences with a full stop; a headline saying the same has none.
  if (head && t.length <= 250 && t.endsWith('.') && !/\bsaid\b/.test(t) && CAPTION_VERB.test(t)) {
    const first = t.split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? t;
    return CAPTION_DATE_END.test(first);
  }
  return false;
}

/** News-organisation words a kicker or outlet line ends with. */
const OUTLET_HEAD =
  '(?:Shimbun|News|Times|Post|Press|Herald|Journal|Tribune|Agency|Daily|Gazette|Telegraph|Guardian|Chronicle|Observer|Express|Mail|Wire|Today|Review|Standard|Economist|Insider|Monitor|Reporter|Courier|Star|Sun|Globe|Independent|Network|Broadcasting|Television|Radio|Online|Report)';
const OUTLET_LINE = new RegExp(
  `^((?:the\\s+)?(?:[A-Z][\\p{L}&.'-]*\\s+){0,3}${OUTLET_HEAD})\\s*(\\d{1,2}[-./]\\d{1,2}[-./]\\d{4})?$`,
  'iu',
);
const KNOWN_OUTLETS = new Set([
  'the mainichi',
  'mainichi',
  'the japan times',
  'nippon.com',
  'nhk world-japan',
  'financial times',
  'the wall street journal',
  'the new york times',
  'the washington post',
  'cnbc',
  'reuters',
  'bloomberg',
  'associated press',
  'the associated press',
  'afp',
  'agence france-presse',
  'kyodo',
  'jiji press',
  'nikkei',
  'nikkei asia',
  'nhk',
  'nhk world',
  'cnn',
  'bbc',
  'cnbc',
  'xinhua',
  'yonhap',
  'ap',
]);

/** Lower-casing never shortens a name: a longer line is no known outlet. */
const KNOWN_LONGEST = Math.max(...[...KNOWN_OUTLETS].map((s) => s.length));

const HEADLINE_WORD =
  /^(?:is|are|was|were|be|says?|said|to|in|on|at|for|with|of|and|by|as|no|not|new|more|big|good|bad|great|expected|set|kicks?|takes?|makes?|gets?|hits?|sees?|wins?|loses?|deal|tariffs?|trade|talks)$/i;

/** A line that only names the publication (kicker or outlet line), possibly glued to a day-first date. */
export function outletLine(line: string): { outlet: string; date: string | null } | null {
  const t = line.trim();
  if (t.length > 60) return null;
  if (t.length <= KNOWN_LONGEST && KNOWN_OUTLETS.has(t.toLowerCase())) return { outlet: t, date: null };
  const m = OUTLET_LINE.exec(t);
  if (!m) return null;
  // A kicker is either all capitals or every word capitalised; a headline is not.
  const name = m[1]!.trim();
  const words = name.split(/\s+/);
  const capitalised = words.every((w, i) => /^[A-Z0-9]/.test(w) || (i === 0 && /^the$/i.test(w)));
  if (!capitalised) return null;
  // A title-case headline can end in "News" or "Today" too ("Tariff Deal Expected Today"): a
  // title-case kicker is short and made of names, with no verb or function word in it.
  const allCaps = name === name.toUpperCase();
  if (!allCaps && (words.length > 4 || words.some((w, i) => i > 0 && HEADLINE_WORD.test(w)))) return null;
  let date: string | null = null;
  if (m[2]) date = timestampLineDate(m[2].replace(/[./]/g, '-'));
  return { outlet: name, date };
}

/** A last line cut off by the end of the excerpt ("Want", "Cra"): a word or two, no punctuation. */
export function isTruncatedTail(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length <= 2 && t.length <= 20 && !/[.!?:;"”’)]$/.test(t);
}
