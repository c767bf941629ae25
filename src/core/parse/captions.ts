import { MONTH_NAME } from './dates';

/**
 * Photo captions and credits, recognised by their shape: a sentence about a picture (present
 * tense, "X, right, shakes hands with Y", "(front row left)", "pictured") and a credit naming who
 * took it or which agency supplied it ("(Reuters)", "(AP Photo/Jane Roe)", "— Picture by Jane
 * Roe", "Photo: AAP", "Jane Roe/AFP"), at the end of the caption or on a line of its own.
 */

/** Words a photo credit in parentheses is made of: agencies, pool, file, illustration. */
const CREDIT_WORD =
  /\b(?:AP|AFP|AAP|Reuters|REUTERS|Getty|Images?|Kyodo|Jiji|Bloomberg|Pool|EPA|Xinhua|Yonhap|Shimbun|Photo|File|Illustration|Courtesy|via|Staff|Handout|Sputnik|Anadolu|NHK|Nikkei|TASS|Bernama|ANI|PTI|IANS|Shutterstock|Alamy|Unsplash|iStock|Pexels|Wikimedia)\b/;
/**
 * Credit words that make a parenthesis at the end of a line a credit even without a full stop
 * before it; British pages credit the Press Association and Alamy ("… on Thursday (PA Wire)").
 */
const STRONG_CREDIT =
  /^(?:(?:AP|AFP|AAP|EPA|Reuters|REUTERS|Bloomberg|Getty Images|Xinhua|Kyodo|Jiji Press|Yonhap|Bernama|ANI|PTI|IANS|Shutterstock|File|File photo|Pool|Handout|PA(?: Wire| Media| Archive| Images)?|Alamy(?: Stock Photo| Live News)?)(?:\s+(?:Photo|Images|via Getty Images|Pool|File))?|.*\b(?:Photo|Images|Getty|Courtesy|Handout|Illustration)\b.*|[^()]*\/[^()]*)$/i;
/** "(Wataru Sekita)", "(The Asahi Shimbun)", "(Hiro Komae/AP)", "(AP Photo/Evan Vucci)". */
const CREDIT_PAREN = /(?<=[.!?])\s*\(([^()]{2,60})\)\s*$/;
const CREDIT_PAREN_ANY = /\s*\(([^()]{2,60})\)\s*$/;

function isCredit(inner: string): boolean {
  if (inner.includes('/')) return true;
  if (CREDIT_WORD.test(inner)) return true;
  // A photographer's name: two to four capitalised words and nothing else.
  return /^(?:The\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){1,3}$/u.test(inner.trim());
}

/** A credit that says it is one (a slash, an agency or picture word), not a name alone. */
function creditSays(inner: string): boolean {
  return inner.includes('/') || CREDIT_WORD.test(inner);
}

/**
 * A caption credited to a name alone ("(Wataru Sekita)", "(Example Wire)") is one sentence; a
 * paragraph of several that ends in a name in brackets is the article's, signed by its wire.
 */
function oneSentence(t: string): boolean {
  return !NEXT_SENTENCE.test(t.trim());
}

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, built again on every call.
const NEXT_SENTENCE = /[.!?]["”’]?\s+\p{Lu}/u;

/**
 * The label a caption or credit opens with: "Photo: …", "Image credit: …", "Picture by …", the
 * German and Romance "Foto: …", "Bild: …", "Archivbild: …" (only with the colon: "Bild" is also a
 * paper's name), and the same label inside a bracket or after a bar, "(Image credit: …)",
 * "| Photo Credit: AP", "[Photo: …]", where a page prints the credit as its own line.
 */
const CAPTION_PREFIX =
  /^(?:[([|]\s*)?(?:(?:cover|main|top|lead|featured?|header|hero)\s+(?=photo|image|picture))?(?:(?:photo|image|picture|pic|pix|file photo|pool photo|illustration|graphic|photograph|photographer|caption)s?(?:\s*\/\s*\w+)?(?:\s*:|\s+(?=[A-Z])|$)|(?:photo|picture|image|video)s?\s+(?:by|credit|courtesy)\b|(?:photo |image )?credits?\s*:|(?:foto|bild|archivbild|archivfoto|symbolbild)s?\s*:)/i;
/** "In this Thursday, June 28, 2018, file photo, …", "In this photo taken on …": a news agency's caption. */
const IN_THIS_PHOTO =
  /^In this\s+(?:[\p{L}\d,.]+\s+){0,6}?(?:(?:file|handout|pool)\s+)?(?:photo|picture|image)\b/iu;
/** "Representational image", "File picture": a label saying the picture is not of the story itself. */
const PICTURE_LABEL =
  /^(?:representational|representative|illustrative|stock|archive|file)\s+(?:photo|image|picture|pic)s?\b/i;
/** "… in Osaka, Japan, last week.Credit...Kyodo News, via Associated Press": a credit after the caption's last sentence. */
const CREDIT_DOTS = /(?<=[.!?”"’)])\s*Credits?\s*(?:\.{2,}|…|:)\s*\p{Lu}[^\n]{1,80}$/u;
/** "Overview of the phone talk.", "A general view of the port in Tokyo.": a picture of a scene. */
const VIEW_OF =
  /^(?:an?\s+)?(?:(?:general|aerial|partial|wide|panoramic)\s+)?(?:view|overview|scene|panorama|close-up)s?\s+(?:of|at|from)\b/i;
/** "Jane Roe | Afp | Getty Images": a photographer and agencies between bars. */
const PIPE_CREDIT =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\|\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}){1,3}$/u;

/**
 * A credit after the caption's last sentence: "- Photo: Khmer Times", "— Picture by Jane Roe",
 * "Photo: AAP", and in German "… in Bern. Bild: keystone" (the agency may be in lower case).
 */
const CREDIT_TAIL =
  /(?:(?<=[.!?)”"’])\s*|\s+[-–—|]\s*)(?:\(?\s*(?:(?:photo|picture|image|pic|pix|photograph|file photo)s?\s*(?::|by\b|credit\s*:?|courtesy(?: of)?)|(?:foto|bild|archivbild|archivfoto|symbolbild)\s*:)\s*\p{Lu}[\p{L}\w .,&'’/-]{1,60}\)?|(?:file|pool|handout)\s+photo|(?<=[.!?]\s*)(?:\p{Lu}\w*\s+via\s+)?getty images)\s*\.?$/iu;
/** Words without which no line ends in a photo credit: a cheap test before the pattern. */
const CREDIT_HINT = /photo|picture|image|pic|pix|file|pool|handout|getty|foto|bild/i;
/**
 * "… in Tokyo, on July 18, 2025. Shuji Kajiyama/AP", "… on Monday. — REUTERS/Kim Kyung-Hoon", and the
 * credit after a bare slash, "… on the 5th. /Courtesy of Example Agency": prose never puts a slash
 * straight after a sentence's end.
 */
const SLASH_CREDIT_TAIL =
  /(?<=[.!?])\s+(?:[–—-]\s*)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*)?\/\s*\p{Lu}[\p{L}\w .'-]{1,30}$/u;

/** Where people stand in the picture: "(left)", "(front row right)", ", right,", "from left". */
const POSITION =
  /\((?:(?:front|back|top|bottom|middle|second|third|far|centre|center)(?:\s+row)?\s*)?(?:left|right|center|centre|l|r|c|l-r|r-l|l to r|from left|from right)\)|^from (?:the )?(?:left|right)\b|^(?:l|r|left|right)\s*[-–to]+\s*(?:r|l|right|left)\b/i;
/** "Jane Roe, right, …": a side named between commas after a capitalised name (case matters here). */
const SIDE_AFTER_NAME =
  /(?<=\p{Lu}[\p{L}'’.-]+),\s+(?:(?:second|third|far|top|bottom|front|back)\s+)?(?:left|right|center|centre)\s*,/u;
/**
 * The same side between commas without the name before it: a pattern starting with a lookbehind
 * is tried (and looks back) at every position of every line, so this cheaper pattern, which any
 * match of SIDE_AFTER_NAME also matches, goes first.
 */
const SIDE_BETWEEN_COMMAS =
  /,\s+(?:(?:second|third|far|top|bottom|front|back)\s+)?(?:left|right|center|centre)\s*,/;
const CAPTION_PHRASE =
  /\b(?:is|are) (?:seen|pictured|shown)\b(?! as\b| to\b)|\bpictured\b|\bposes? for (?:a )?(?:photo|picture)/i;
/**
 * Capitalised words (a title and a name), an optional role between commas ("Jane Roe, Japan’s
 * trade minister, speaks …"), then an action verb in the present tense.
 */
const CAPTION_VERB =
  /^(?:(?:[A-Z][\p{L}.'-]*|of|the|and|for|de|U\.S\.|[’']s),?\s+){1,10}(?:(?<=,\s+)[^,.;:“”"]{3,100},\s+)?(?:speaks|answers|attends|holds?|meets?|shakes|arrives?|waves|listens|delivers|gestures|looks|walks|talks|sits|stands|leaves|addresses|responds|reacts|poses?|smiles|greets?|enters?|visits?|gives|signs?|welcomes|inspects|tours|chairs|is|are)\b/u;
/** Two capitalised names, then an action verb: "Jane Roe speaks", "President Jane Roe shakes". */
const NAMED_ACTOR =
  /^(?!(?:The|This|That|These|Those|It|He|She|They|We|There|His|Her|Its|Their|A|An|In|On|At)\s)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,6},?\s+(?:speaks|answers|attends|holds|meets|shakes|arrives|waves|listens|delivers|gestures|looks|walks|talks|sits|stands|leaves|addresses|responds|reacts|poses|smiles|greets|enters|visits|gives|signs|welcomes|inspects|tours|chairs)\b/u;
const CAPTION_DATE_END = new RegExp(
  `\\b(?:on|in)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:${MONTH_NAME})\\s+\\d{1,2}(?:,\\s*\\d{4})?)(?:\\s+in\\s+[A-Z][\\p{L} ]+)?\\.?$`,
  'iu',
);
// A module constant, not a literal in the function: tsx (esbuild) turns a literal with `\p{…}`
// outside a class into `new RegExp(…)`, built again on every call.
const SECOND_SENTENCE = /[.!?]\s+\p{Lu}/u;
/** A credit standing alone: "(Jane Roe/AP)", "REUTERS/Kim Min-su". It holds a slash. */
const STANDALONE_CREDIT = /^\(?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*\s*\/\s*[A-Z][\p{L}\w .'-]+\)?$/u;

/**
 * A credit in square brackets at the end of a caption: "… on July 5. [YONHAP]", "… in Washington,
 * DC, on Feb 19, 2025. [Photo/Agencies]", "… to impose tariffs [Source: Reuters]". Group 1 is a
 * picture or source label ("Photo/", "Source:"), group 2 the credit.
 */
const SQUARE_CREDIT =
  /(?:^|(\S))\s*\[\s*((?:source|photo|image|picture|credit|foto)s?\s*[:/]\s*)?([^[\]]{2,60})\]$/i;
/** An agency's name in capitals, as the brackets of a caption print it: "YONHAP", "NEWS1", "JOONGANG PHOTO". */
const CAPS_CREDIT = /^[A-Z\d][A-Z\d .,&'-]{1,59}$/;
/**
 * Whether the line ends in a credit in square brackets. A label ("Photo/", "Source:") makes the
 * bracket a credit; without one, an agency's name (in capitals, or a credit word) after a
 * sentence's end does, so a headline's "[VIDEO]" tag is not taken for one.
 */
function endsInSquareCredit(t: string): boolean {
  const m = SQUARE_CREDIT.exec(t);
  if (!m) return false;
  if (m[2] !== undefined) return true;
  const inner = m[3]!.trim();
  const afterSentence = m[1] === undefined || /[.!?]/.test(m[1]);
  return afterSentence && (CAPS_CREDIT.test(inner) || creditSays(inner));
}

/**
 * A picture's credit alone on its line, with its label: "Picture: Alamy", "(Image credit: Jane Roe /
 * AFP via Getty Images)", "Photo: Example News". The caption it credits may stand on the line above.
 */
const LABELLED_CREDIT_LINE =
  /^\(?(?:photo|picture|image|pic|foto|bild)s?(?:\s+credit)?\s*:\s*[^.!?()]{2,70}\)?$/i;

export function isCreditOnly(line: string): boolean {
  const t = line.trim();
  return t.length <= 90 && LABELLED_CREDIT_LINE.test(t);
}

/** POSITION needs a bracket, or a line opening with "from", "l", "r", "left" or "right". */
function mayHavePosition(t: string): boolean {
  const c = t.charCodeAt(0) | 0x20;
  return t.includes('(') || c === 0x66 || c === 0x6c || c === 0x72;
}
const QUOTE_MARK = /[“”"]/;

/**
 * A photo caption or credit line. `head` says the line sits before the article's first body
 * paragraph, where captions without a credit (present-tense, dated "on Monday.") are common.
 */
export function isCaption(line: string, head: boolean): boolean {
  const t = line.trim();
  if (t.length > 400) return false;
  if (CAPTION_PREFIX.test(t) || (t.length <= 200 && PICTURE_LABEL.test(t))) return true;
  if (t.startsWith('In this') && IN_THIS_PHOTO.test(t)) return true;
  if (t.includes('redit') && CREDIT_DOTS.test(t)) return true;
  if (t.length <= 120 && VIEW_OF.test(t) && !SECOND_SENTENCE.test(t)) return true;
  if (QUOTE_MARK.test(t)) return false;
  if (t.length <= 80 && t.includes('|') && CREDIT_WORD.test(t) && PIPE_CREDIT.test(t)) return true;
  if (t.endsWith(')')) {
    const credit = CREDIT_PAREN.exec(t);
    if (credit && isCredit(credit[1]!) && (creditSays(credit[1]!) || oneSentence(t.slice(0, credit.index))))
      return true;
    const any = CREDIT_PAREN_ANY.exec(t);
    if (any && any.index > 0 && STRONG_CREDIT.test(any[1]!.trim())) return true;
  }
  if (t.endsWith(']') && endsInSquareCredit(t)) return true;
  if ((CREDIT_HINT.test(t) && CREDIT_TAIL.test(t)) || (t.includes('/') && SLASH_CREDIT_TAIL.test(t)))
    return true;
  // A credit standing alone: "(Jane Roe/AP)", "REUTERS/Kim Min-su", "(Kyodo)", "AFP via Getty Images".
  if (t.includes('/') && STANDALONE_CREDIT.test(t)) return true;
  if (t.startsWith('(') && /^\([^()]{2,40}\)$/.test(t) && isCredit(t.slice(1, -1))) return true;
  if (t.length <= 40 && /^(?:[A-Z]+\s+via\s+)?Getty Images$/.test(t)) return true;
  if (
    t.length <= 300 &&
    ((mayHavePosition(t) && POSITION.test(t)) || (SIDE_BETWEEN_COMMAS.test(t) && SIDE_AFTER_NAME.test(t)))
  )
    return true;
  // "is seen", "pictured": caption words, but only where a caption sits or with a caption's dated ending.
  if (CAPTION_PHRASE.test(t) && t.length <= 300 && (head || CAPTION_DATE_END.test(t))) return true;
  // Captions are full sentences in the present tense with a full stop and a past date; a headline
  // saying the same has no full stop, and a body sentence tells it in the past tense.
  // Above the text a caption may run longer (the place and the date at its end).
  if (t.length <= (head ? 320 : 250) && t.endsWith('.') && !/\bsaid\b/.test(t) && CAPTION_VERB.test(t)) {
    const sentences = t.split(/(?<=\.)\s+(?=[A-Z])/);
    // Below the text's start only a one-sentence paragraph about named people doing something.
    if (head || (sentences.length === 1 && NAMED_ACTOR.test(t)))
      return CAPTION_DATE_END.test(sentences[0] ?? t);
  }
  return false;
}

/** One or two credits in brackets at the end of a line: "(Jane Roe/AP)", "(@handle X/ANI Video Grab) (…)". */
const TRAILING_CREDITS = /(?:\s*\([^()]{2,60}\)){1,2}\s*$/;
/** A credit for a picture: a slash between names, or a picture word. */
const PICTURE_CREDIT = /\/|\b(?:photo|video|grab|getty|images?|file|pool|handout|illustration)\b/i;
/** Where the last sentence of a paragraph starts. */
const SENTENCE_START = /[.!?]["”’]?\s+(?=\p{Lu})/gu;

/**
 * A caption printed at the end of the lead paragraph, credit and all ("… is almost ready. Jane
 * Roe addresses the media in Delhi on Tuesday. (@jane X/ANI Video Grab)"): the paragraph's text
 * and the caption, or null. Only a picture's credit ends such a line, and the last sentence must
 * read as a caption with it; a wire's name in brackets at a paragraph's end is left alone.
 */
export function splitTrailingCaption(line: string): { text: string; caption: string } | null {
  if (!line.endsWith(')') || line.length > 3000) return null;
  const credits = TRAILING_CREDITS.exec(line);
  if (!credits || !PICTURE_CREDIT.test(credits[0])) return null;
  const before = line.slice(0, credits.index);
  let start = -1;
  for (const m of before.matchAll(SENTENCE_START)) start = m.index + m[0].length;
  if (start <= 0) return null;
  const text = line.slice(0, start).trimEnd();
  const caption = line.slice(start).trim();
  // A caption of several sentences ("Jane Roe speaks in Tokyo. She met …") is one caption.
  if (text.split(/\s+/).length < 6 || caption.length > 400 || isCaption(text, true)) return null;
  return isCaption(`${before.slice(start).trim()}${credits[0].replace(/\)\s*\(.*$/, ')')}`, true)
    ? { text, caption }
    : null;
}

const ROLE =
  /\b(?:Minister|President|Secretary|Premier|Chancellor|Ambassador|Governor|Senator|Representative|Chairman|Chairwoman|Chair|CEO|Director|Commissioner|Spokesperson|Spokesman|Spokeswoman|Envoy|Negotiator|Adviser|Advisor|King|Queen|Prince|Mayor|Leader)\b/;

const HEADLINE_VERB =
  /^(?:Says?|Said|Visits?|Meets?|Heads?|Resigns?|Warns?|Urges?|Vows?|Seeks?|Calls?|Slams?|Hails?|Welcomes?|Rejects?|Backs?|Signs?|Leaves?|Arrives?|Talks?|Eyes|Plans?|Wants?|Confirms?|Denies|Lands?|Returns?|Quits?|Named|Appointed|Elected|Dies|Pushes|Presses|Expects?|Agrees?|To|In|On|At|For|With|Over|After|Amid)$/;

/** A title and a name, every word capitalised: the whole of a name caption (see isNameCaption). */
const NAME_CAPTION =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|and|&)\s+){0,6}?(?:Minister|President|Secretary|Premier|Chancellor|Ambassador|Governor|Senator|Representative|Chairman|Chairwoman|Chair|CEO|Director|Commissioner|Spokesperson|Spokesman|Spokeswoman|Envoy|Negotiator|Adviser|Advisor|King|Queen|Prince|Mayor|Leader)((?:\s+(?:\p{Lu}[\p{L}.'’-]*|bin|binti|de|da|van|von|al))+)$/u;

/**
 * A caption cut to the name of who is pictured, between the headline and the text ("Finance
 * Minister Jane Roe"): a title and a name, every word capitalised, nothing else.
 */
export function isNameCaption(line: string): boolean {
  // "Finance Minister Jane Roe (Example TV)": the credit in brackets after it is no part of the name.
  const t = line.trim().replace(/\s*\([^()]{2,40}\)$/, '');
  if (t.length > 80 || !ROLE.test(t)) return false;
  const m = NAME_CAPTION.exec(t);
  if (!m) return false;
  const name = m[1]!.trim().split(/\s+/);
  // A headline names an action ("Trade Minister Resigns", "Envoy Heads to Washington").
  return name.length >= 2 && name.length <= 5 && !name.some((w) => HEADLINE_VERB.test(w));
}

/**
 * "Image source, Getty Images", "Sumber gambar, AFP via Getty Images": a picture's credit with its
 * label (in any language) before a comma, the credit a picture agency or "<agency> via <agency>".
 */
const LABELLED_CREDIT =
  /^\p{L}[\p{L} ]{2,24}, (?:[\p{L}.&/ -]{1,30} via )?(?:Getty Images|Reuters|EPA(?:-EFE)?|AFP|AP|Shutterstock|Anadolu(?: Agency)?|Xinhua|Yonhap|Kyodo|Bloomberg|PA Media|SOPA Images|NurPhoto|\p{Lu}[\p{L}]+ Photo)$/u;

export function isPictureCredit(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && t.includes(', ') && LABELLED_CREDIT.test(t);
}
