import { timestampLineDate } from './dates';

/**
 * Line-level recognisers for what a news page wraps around the article: captions, credits,
 * bylines, timestamps, kickers, promo and navigation lines, and the blocks (related articles,
 * comments, hashtags) after which nothing is article text. Each is a pattern of page furniture
 * in general, not of any one site.
 */

/**
 * A header over other stories' links ("Related", "POPULAR ARTICLE", "Read more", "Don't miss"):
 * the links under it are furniture, but a page may put such a block in the middle of the text
 * and go on with the article after it.
 */
const BLOCK_HEADER = new RegExp(
  `^(?:${[
    'related(?: articles?| stories| news| coverage| content| links| reading| topics| posts| videos)?',
    'popular(?: articles?| stories| news| now| posts)?',
    'most (?:popular|read|viewed|shared|commented)(?: (?:articles?|stories|news))?',
    'read (?:more|next|also)',
    'suggested (?:reading|articles|stories|content|for you)',
    'also read',
    'see also',
    'further reading',
    'what to read next',
    '(?:in )?other news',
    'more news',
    'explore more',
    'recommended(?: for you| stories| articles| reading)?',
    'more (?:from|on|stories|news|in|about)(?: \\S+){0,4}',
    'more stories like this.*',
    'more like this',
    'also on \\S+(?: \\S+){0,3}',
    '(?:jn )?access ranking',
    'ranking',
    'you (?:may|might) (?:also )?(?:like|be interested in|have missed)',
    'trending(?: now| stories| news| topics)?',
    'latest(?: news| stories| articles)?',
    'top stories',
    'editor.s picks?',
    'don.t miss(?: this| out)?',
    'share this (?:article|story)',
  ].join('|')})\\s*[:.!]?$`,
  'i',
);

/** A line after which the rest of the page is furniture: comments, tags, author boxes. */
const HARD_END = new RegExp(
  `^(?:${[
    'keywords',
    'login to (?:comment|leave a comment)',
    'our standards:.*',
    'hashtags?',
    'tags?',
    'topics',
    'comments?',
    '\\d+ comments?',
    'no comments yet\\.*',
    'leave a (?:comment|reply)',
    'post a comment',
    'join the conversation',
    // "About the author: Jane Roe": the author box after the text.
    'about the author(?:\\s*:.{0,50})?',
    // An aggregator's link to where it copied the story from, or its list of the posts it drew
    // on ("Sources" then "- Name" and each post): what follows is its own furniture.
    'sources?',
    'sponsored (?:content|stories|links)',
  ].join('|')})\\s*:?$`,
  'i',
);

/** What a marker line says about the rest of the page: a links block ('block'), its end ('end'), or nothing. */
export function endMarker(line: string): 'block' | 'end' | null {
  if (line.length > 60) return null;
  const t = line.trim().replace(/^#{1,6}\s+|^\*\*|\*\*$/g, '');
  if (HARD_END.test(t)) return 'end';
  return BLOCK_HEADER.test(t) ? 'block' : null;
}

/** End-of-article bylines and credits ("(This article was written by …)", "Reporting by …"). */
const END_BYLINE =
  /^\(?\s*(?:this (?:article|story|report) was (?:written|reported|compiled) by|(?:additional )?reporting by|writing by|editing by|compiled by|written by|[-—–]*\s*with assistance from|(?:with )?inputs? from (?:agencies|wires?|news agencies)\b)/i;
/** "Associated Press writer Jane Roe in Seoul contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/i;

/**
 * A reprint's notice about the text itself: where it came from, that it was published first
 * elsewhere, that it was not edited, and the disclaimer that goes with it ("This article was
 * produced by Example Wire. It has not been edited by Example Site.", "This report by Example
 * Press was first published July 24, 2025.", "Published by Example Services with permission from
 * Example Times", "(Except for the headline, this story has not been edited …)", "Legal
 * Disclaimer: Example provides the information …"). A story or article tells of itself this way
 * only in such a notice; "this report" may be another body's report in the text, so it needs a
 * first publication, an edit or a generator named.
 */
const REPRINT_NOTICE =
  /^\(?\s*(?:(?:legal\s+)?disclaimer\s*:|it has not been edited by\b|(?:published|republished|distributed|reproduced|syndicated) by\b[^.]{1,80}\bwith (?:the )?permission\b|(?:except for the headline, )?this (?:article|story|content|piece|post)\b[^.]{0,80}?\b(?:(?:was|has been|is) (?:first |originally |automatically |auto[- ]?)?(?:published|produced|generated|posted|sourced|syndicated|republished|reproduced|distributed)\b|(?:has|was) not been edited\b|(?:first |originally )?appeared (?:in|on)\b)|this report\b[^.]{0,80}?\b(?:was first published|(?:has|was) not been edited|(?:was|is) (?:auto[- ]?|automatically )generated)\b)/i;
/** "This content was published on": a stamp's label, its date on the next line, not a notice. */
const LABEL_END = /\b(?:published|posted|updated)(?:\s+(?:on|at|in))?\s*:?$/i;
/** Words without which no line is a reprint's notice: a cheap test before the pattern. */
const NOTICE_HINT = /disclaimer|edited|permission|this (?:article|story|content|piece|post|report)/i;

export function isEndByline(line: string): boolean {
  const t = line.trim();
  return (
    END_BYLINE.test(t) ||
    (t.length <= 200 && CONTRIBUTED.test(t)) ||
    (t.length <= 600 && NOTICE_HINT.test(t) && REPRINT_NOTICE.test(t) && !LABEL_END.test(t))
  );
}

/** A copyright notice on its own line ("©2025 Bloomberg L.P.", "All contents © 2025 …", "Copyright 2025 The Associated Press. All rights reserved."). */
const COPYRIGHT_LINE =
  /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|^all contents\b|^.{0,30}(?:©\s*(?:\d{4}|\p{Lu})|\bcopyright\s*(?:©\s*)?(?:\d{4}|\(c\)))/iu;

/** A wire's sign-off on its own line ("— Reuters", "-- Kyodo"). */
const WIRE_SIGNOFF =
  /^(?:[-—–]+|\()?\s*(Reuters|AFP|AP|AAP|Kyodo|Kyodo News|Jiji|Jiji Press|Bloomberg|Xinhua|Yonhap|dpa|Bernama|PTI|IANS|ANI)\)?$/i;

export function wireSignoff(line: string): string | null {
  return WIRE_SIGNOFF.exec(line.trim())?.[1] ?? null;
}

/** Words without which no line is a copyright notice: a cheap test before the pattern. */
const COPYRIGHT_HINT = /©|\(c\)|copyright|rights reserved|all contents/i;

export function isCopyrightLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 160 && COPYRIGHT_HINT.test(t) && COPYRIGHT_LINE.test(t) && !/[“”"]/.test(t);
}

/** Wires and agencies that sign off at the end of a story ("… the White House. – AFP"). */
const GLUED_SIGNOFF =
  /(?<=[.!?"”’)])\s*[-—–]+\s*(Reuters|AFP|AP|AAP|Kyodo(?: News)?|Jiji(?: Press)?|Bloomberg|Xinhua|Yonhap|dpa|Bernama|ANI|PTI|IANS|UNB|BSS|WAM|SPA|APP|TNA|NNA|Anadolu|Agencies|agencies)\s*$/;

/** A wire's sign-off glued to the end of the last sentence. */
export function splitGluedSignoff(line: string): { text: string; signoff: string; wire: string } | null {
  const end = line.trimEnd();
  // A sign-off is a dash and a name of at most 12 letters at the very end.
  if (!/[-—–]/.test(end.slice(-16))) return null;
  const m = GLUED_SIGNOFF.exec(end);
  if (!m || m.index === 0) return null;
  return { text: line.slice(0, m.index), signoff: m[0].trim(), wire: m[1]! };
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
    'or',
    'today',
    'yesterday',
    'source',
    'text size',
    'font size',
    'start now',
    'no thanks',
    'no, thanks',
    'advertise with us',
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
  /^(?:[-_*=~•·|\s]+|\d{1,9}|\d{1,2}\s*min(?:ute)?s?\s+read|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|\d+\s*\(\s*\+\d+\s*\/\s*-\d+\s*\)|video\s*\d{1,2}:\d{2}(?::\d{2})?)$/i;

/** Lower-casing never shortens a line, so a line longer than every entry is none unless its spaces collapse. */
const NAV_LONGEST = Math.max(...[...NAV].map((s) => s.length));
const COLLAPSIBLE_SPACE = /[^\S ]| {2}/;

export function isNavigation(line: string): boolean {
  if (line.length > 60) return false;
  const t = line.trim();
  const mayBeNav = t.length <= NAV_LONGEST || COLLAPSIBLE_SPACE.test(t);
  return (mayBeNav && NAV.has(t.toLowerCase().replace(/\s+/g, ' '))) || SEPARATOR_OR_AGO.test(t);
}

/** Words in a line, counted without building them. */
function pieces(s: string): number {
  return s.trim().split(/\s+/).length;
}

/** Promotional lines inviting the reader elsewhere. */
const PROMO =
  /^(?:\[[^\]]*\]$|(?:sign up|subscribe|click here|tap here|download (?:the|our)|follow us|get the latest|stay on top|stay up to date|read more|read the full|read(?=\s*:)|(?:also read|read also)|see also|(?:baca|lihat) juga(?=\s*[:|])|(?:leia|lea|lee|ver) tamb[eé]m?n?(?=\s*[:|])|(?:[àa] )?lire aussi(?=\s*[:|])|lesen sie auch(?=\s*[:|])|leggi anche(?=\s*[:|])|watch|listen|don'?t miss|get (?:our|the) (?:newsletter|app)|explore what|try our|support (?:our|independent) journalism|this article (?:is|was) (?:available|originally))\b)/i;

/** Invitations that can sit anywhere in a short line ("… newsletter. Sign up here."). */
const PROMO_ANYWHERE = /\b(?:sign up here|click here|tap here|subscribe (?:here|now|today))\b|^related\s*:/i;

export function isPromo(line: string): boolean {
  const t = line.trim();
  if (t.length <= 200 && PROMO_ANYWHERE.test(t) && !/[“”"]/.test(t)) return true;
  if (t.startsWith('[') && t.endsWith(']')) {
    if (/:\s*\.?\]$/.test(t)) return true;
    // An editor's note or a translation in brackets is article text; a bracketed invitation is short.
    return !/[“”"]/.test(t) && (pieces(t) <= 12 || PROMO.test(t.slice(1)) || PROMO_ANYWHERE.test(t));
  }
  return t.length <= 200 && PROMO.test(t) && !/[“”"]/.test(t);
}

export function isUrlLine(line: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(line.trim());
}

/** Words that follow "By" in a sentence, not in a byline ("By July, …", "By Friday the talks …"). */
const NOT_A_NAME =
  /^(?:The|This|That|These|Those|Then|Now|Next|Last|Early|Late|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Contrast|Comparison|Law|Most|Some|All|Far|Then|Tomorrow|Today|Tonight)\.?$/;
const HEAD_BYLINE =
  /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|da|bin|binti|al-?\S*)){0,12})(?:\s*[,|/–—-]\s*(.{0,60}))?$/u;
// A module constant, not a literal in the function: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, built again on every call.
const STARTS_UPPER = /^\p{Lu}/u;
const BYLINE_WIRE = /^(?:Reuters|Bloomberg|Kyodo|Xinhua|Yonhap|Bernama|Agencies|[A-Z]{2,6})$/;

/** A byline at the head of an article ("By Jane Doe", "By Jane Doe and John Roe | Reuters"). */
export function isHeadByline(line: string): boolean {
  const m = HEAD_BYLINE.exec(line.trim());
  if (!m) return false;
  const names = m[1]!.split(/[\s,&]+/).filter((w) => STARTS_UPPER.test(w));
  if (names.length === 0 || NOT_A_NAME.test(names[0]!)) return false;
  if (names.length === 1 && !BYLINE_WIRE.test(names[0]!)) return false;
  // A tail after a comma that reads as a sentence ("By Ken Ito, who covered …") is not a byline's.
  const tail = m[2]?.trim() ?? '';
  return !/\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/.test(tail);
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

/**
 * "Jane Roe, Bloomberg News on", "Jane Roe, The Example Times": a writer's name and the newsroom
 * she writes for, the byline of a syndicated story (its date, after "on", printed elsewhere).
 */
const NAME_OUTLET_BYLINE = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&.'-]*\\s+){0,3}${OUTLET_HEAD}(?:\\s+(?:on|at))?$`,
  'u',
);

/** The writer's name when the line is a "Name, Outlet" byline, otherwise null. */
export function nameOutletByline(line: string): string | null {
  const t = line.trim();
  if (t.length > 80 || !t.includes(',')) return null;
  return NAME_OUTLET_BYLINE.exec(t)?.[1] ?? null;
}

/** A writer's sign-off after the last sentence: "… on Philippine exports. — Jane Q. Roe". */
const GLUED_WRITER =
  /(?<=[.!?"”’)])\s+[—–]\s*(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,4})$/u;

export function splitGluedWriter(line: string): { text: string; signoff: string } | null {
  const end = line.trimEnd();
  if (end.length < 20 || !/[—–]/.test(end.slice(-50))) return null;
  const m = GLUED_WRITER.exec(end);
  if (!m) return null;
  return { text: end.slice(0, m.index), signoff: m[0].trim() };
}

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
