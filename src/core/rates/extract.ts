import type { Article, RateStatement, RateStatus } from '../article';
import { ALL_COUNTRIES, findCountries, focusCountry, mentionsEveryone } from '../countries';
import { NUMBER_WORDS } from '../text/number-words';
import { metalReferred } from './anaphor';
import { capitalCharged } from './capitals';
import { countriesBefore } from './countries-before';
import { deadlineDate, EFFECTIVE_LEAD, type ReadDate, readDates } from './dates';
import { findGoods, type GoodsMatch } from './goods';
import { coordinatedAfter, listedCountries } from './listed-countries';
import { mergeStatements } from './merge';
import { findPercents, formatRate, type PercentMention } from './percent';
import { relativeRate } from './relative-rate';
import { sentencesOf } from './sentences';
import { PAUSE, readStatus, type StatusReading, tellsOfPause } from './status';

/**
 * Reads tariff rates out of articles: every percent figure that a tariff word governs becomes
 * a statement of who charges it on whose goods, at what stage, from when. Figures that measure
 * something else (profits, growth, polls, indexes, "99% of tariff barriers") are left alone.
 */
export function extractRates(articles: readonly Article[]): RateStatement[] {
  return mergeStatements(ratesInArticles(articles));
}

/** Each article's statements before merging: parallel loaders read parts and merge once. */
export function ratesInArticles(articles: readonly Article[]): RateStatement[] {
  return articles.flatMap((a) => ratesInArticle(a));
}

/** A tariff word that names a charge, not "tariff talks" or "tariff barriers". */
const TARIFF_NOUN =
  /\b(?:tariffs?|levy|levies|duty|duties|import\s+tax(?:es)?|customs\s+duties|tax(?:es)?(?=\s+on\s+(?:[\w.'’-]+\s+){0,2}(?:imports|goods|products)\b))\b(?![-‐]free)(?!\s+(?:talks|negotiat(?!ed\s+(?:by|with|under|in)\b)\w*|negotiator|deal|news|war|policy|policies|letter|barriers|issues|agreement|accord|pact|relief|dispute|fight|countermeasures|headquarters|chief|envoy|team|row|threats?|measures))/i;
/** A figure that moved ("exports grew 3.2%") measures something, unless a tariff is what moved. */
const MOVED =
  /\b(?:grew|grow(?:s|ing)?|rose|fell|drop(?:ped|s)?|declined?|climb(?:ed|s)?|jump(?:ed|s)?|slipp(?:ed)|gain(?:ed|s)?|lost|surg(?:ed|es)|plung(?:ed|es)|shr[ai]nk|expand(?:ed|s)|contract(?:ed|s)|up|down)\s+(?:by\s+|to\s+|a\s+)?$/i;
/** "you'll pay 30%" in a text about tariffs: the rate a country is told it will pay. */
const PAY =
  /\b(?:pay|paying|charged?|face|faces|facing|capped\s+at|cap\s+of|taxed(?:\s+at)?|tariffed(?:\s+at)?|stack\w*\s+(?:up\s+)?to)\s+(?:a\s+|an\s+|no\s+more\s+than\s+|up\s+to\s+|at\s+most\s+)?$/i;
/** "bringing the total to 27.5%": the sum of the rates just named, on the same goods. */
const TOTAL = /\b(?:total|combined|altogether|overall|in\s+all|bringing\s+(?:it|the\s+\w+)\s+to)\b/i;
const NOT_A_TARIFF =
  /\b(?:interest|growth|inflation|GDP|poll\w*|approval|survey\w*|respondents|index|indices|stocks?|shares?|stake|profits?|earnings|yields?|unemployment|jobless|margins?|votes?|Nikkei|Topix|Dow|S&P|probability|chance|majority|barriers|discount|wages?|salar\w+|turnout|odds|average|market\s+share|of\s+(?:the\s+)?(?:total|exports|imports|trade))\b/i;
const RATE_AFTER = /^\s*(?:[\w“”"'‘’-]+\s+)?rates?\b/i;
const RATE_BEFORE =
  /\b(?:the|its|a|their)\s+(?:[\w-]+\s+)?rates?\s+(?:(?:was|is|were|are|has\s+been|had\s+been)\s+(?:set|fixed|kept|capped)\s+)?(?:to|of|at|from)\s+(?:a\s+|an\s+)?$|\b(?:the|its|a|their)\s+(?:[\w-]+\s+)?rates?\s+(?:for|on)\s+(?:[\w-]+\s+){1,3}(?:(?:could|would|will|may|might)\s+)?(?:reach|hit|rise\s+to|go\s+to|climb\s+to)\s+(?:as\s+high\s+as\s+)?$/i;
/** "duties of 15% or more": a threshold, not a rate anyone charges. */
const THRESHOLD = /^\s*or\s+(?:more|higher|above|greater|less|lower|below)\b/i;
/** "a 3% rise in exports", "a 16% drop in profit": a change in something, unless that something is a tariff. */
const CHANGE_IN =
  /^\s*(?:increase|rise|drop|decline|fall|jump|gain|slump|plunge|surge|growth|contraction)\s+in\s+(?!(?:the\s+)?(?:tariffs?|levy|levies|duty|duties)\b)/i;
/** "the tariff, currently 25%": a tariff word set off just before the figure. */
const APPOSITION =
  /\b(?:tariffs?|levy|levies|duty|duties)\b[^,;.]{0,40}[,(–—]\s*(?:(?:currently|now|already|initially|originally|first|set|which|is|are|was|were|stands?|stood|at|of)\s+){0,4}(?:a\s+|an\s+)?$/i;
/** "the 46% initially threatened", "the 25% imposed in March": a figure named by what was done with it. */
const TOLD_AFTER =
  /^\s*(?:(?:initially|originally|first|earlier|previously|already)\s+)?(?:threatened|proposed|announced|imposed|levied|demanded|offered|floated|slapped)\b/i;
/** A figure followed by "of" is a share of something ("90% of the profits"). */
const SHARE_OF = /^\s*of\b/i;
const CLAUSE_BREAK = /[,;:—–(]|\s-\s|\b(?:but|which|while|whereas|who|although|though)\b/gi;
/** Between figures of one list or range: "30%, 35%", "25% and 50%", "25% to 35%", "10–15%". */
const LIST_GAP = /^\s*(?:,|and|or|&|,\s*and|,\s*or|,\s*as\s+well\s+as|to|-|–|—)\s*$/i;
/** "15%, lower than the 25% first proposed": the second figure is a rate of the same goods. */
const COMPARED_GAP =
  /\b(?:lower|higher|less|more|down|up)\s+than\s+(?:the\s+|an?\s+)?$|\bcompared\s+(?:with|to)\s+(?:the\s+|an?\s+)?$|\b(?:rais|increas|lower|cut|reduc|doubl|tripl|hik|bring|lift|ris)\w*\s+(?:it\s+|them\s+|that\s+|this\s+|the\s+(?:rate|levy|tariff|duty)\s+)?(?:further\s+)?(?:up\s+)?to\s+$/i;
/** "which Trump had threatened": a relative clause after a figure says something of its own. */
const RELATIVE = /,?\s*\b(?:which|who)\b/i;
/**
 * A rate the sentence puts in the past: "the original 24%", "initially facing 44%", "had a 9.9%
 * tariff in place", "which had 50%" — charged before, no longer what applies.
 */
/** "That policy had dealt a blow by adding the 25% duty": told in the past perfect, since replaced. */
const HAD_DONE =
  /\bhad\s+(?:(?:already|previously|earlier|originally|initially|first|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|lt|t)\b/i;
const AGREED = /\bagreed\b/i;
/** The sentence so far is told in the past perfect, with no "but now" turning back to the present. */
function pastPerfect(lead: string): boolean {
  const had = HAD_DONE.exec(lead);
  // "Trump said he had agreed to lower the tariffs to 19%": an agreement told in reported speech
  // is the agreement still, not a step since replaced.
  if (had && AGREED.test(had[0])) return false;
  // "Beijing, which had previously responded ..., has agreed": a later present tense turns back too.
  return (
    had !== null &&
    !/\b(?:but|now|while|whereas|today|currently|has|have|will)\b/i.test(lead.slice(had.index))
  );
}
/**
 * "he increased that 10% rate to various higher levels": the figure is where a change started,
 * with no figure for where it went (a second figure makes it a "from … to" pair instead).
 */
const CHANGED_BEFORE =
  /\b(?:increas|rais|hik|lift|cut|lower|reduc|doubl|tripl)\w*\s+(?:that|the|this|its|their)\s+(?:[\w-]+\s+)?$/i;
const CHANGED_AFTER = /^\s*(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|levy|levies)\s+to\b/i;
const PARTS_LEAD =
  /\b(?:combination|sum|mix)\s+of\b|\b(?:made\s+up|consisting|composed)\s+of\b|\bcomprising\b/i;
/** Between two parts: "2.5% rate and a new 25%", "2.5% plus 25%". */
const PART_GAP = /^\s*(?:[\w-]+\s+)?(?:and|plus|\+)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;

/**
 * "Trump lowered the initially proposed 50% tariff": the rate a change was made to is gone, whatever
 * stage it had reached (a goal, "agreed to cut the", or a plan, "will raise the", is not a change made).
 */
const CHANGED_AWAY =
  /(?<!\b(?:to|will|would|could|may|might|shall|not|n['’]t)\s+)\b(?:lowered|reduced|slashed|cut|raised|increased|hiked|revised|replaced|scrapped)\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,3}$/i;
const AT_THE_TIME = /\b(?:at\s+the\s+time|back\s+then|until\s+then)\b/i;
const PAST_BEFORE =
  /\b(?:(?:the|an?|its|their)\s+(?:initial|original|earlier|previous|former|prior|old)\s+(?:[\w-]+\s+){0,3}|initially\s+(?:[\w-]+\s+){0,4}|had\s+(?:(?:already\s+)?(?:imposed|faced|charged|levied|slapped|set|had)\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3})?)$/i;
const EXEMPT_BY =
  /\b(?:not|never|no\s+longer)\s+(?:been\s+|be\s+)?(?:targeted|covered|subject|affected|hit|included)\s+(?:by|to|in)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$/i;
const EVADING =
  /\bto\s+(?:evade|avoid|escape|dodge|circumvent|get\s+around|skirt)\s+(?:the\s+|an?\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "goods transshipped to evade the 35% tariff will face a 40% tariff": the evaders face the next figure. */
function evaderGoods(sentence: string, evadedAt: number): GoodsMatch[] {
  const head = sentence.slice(0, evadedAt);
  const evading = EVADING.exec(head);
  if (!evading) return [];
  const named = findGoods(head.slice(0, evading.index));
  return named.length ? [named[named.length - 1]!] : [];
}

/** Between two figures of one clause: "20% on its exports and a 40%", "a 20% duty along with a 40%". */
const JOINED_GAP =
  /^\s*(?:[\w’'-]+\s+){0,8}?(?:and|along\s+with|as\s+well\s+as|plus|together\s+with)\s+(?:an?\s+|the\s+)?$/i;
/** "the 15 percent rate would apply to vehicles": goods past this verb are the ones taxed. */
const APPLIES_TO =
  /^\s*(?:[\w-]+\s+)?(?:(?:would|will|shall|also|now|only)\s+){0,2}appl(?:y|ies|ied)\s+(?:only\s+|also\s+|equally\s+)?to\s+(?:(?:the|all|its|their|[A-Z][\w-]*)\s+){0,2}$/;
/** Between a figure and later goods: a verb, or a condition or exchange ("25% to 15% on the condition
 * of opening the rice market", "15% in exchange for access for beef", "unless it buys more soybeans"),
 * which makes the goods the other side's part of the bargain, not the goods the rate is charged on. */
const VERB_GAP =
  /\b(?:may|might|will|would|could|can|is|are|was|were|has|have|had|be|been|deals?|dealt|hits?|said|says|as|while|conditions?|exchange|return|provided|unless|if)\b/i;
const ANAPHOR =
  /^\s*(?:the\s+latter|the\s+former|it|this|that|they|those|these|the\s+(?:rate|levy|tariff|duty)s?)\b/i;

interface Context {
  article: Article;
  sentences: string[];
  focus: string;
  aboutTariffs: boolean;
}

interface Reading {
  goods: GoodsMatch[];
  goodsDefault: string;
  imposedBy: string;
  appliesTo: string;
}

function ratesInArticle(article: Article): RateStatement[] {
  const sentences = sentencesOf(article);
  if (article.title && !article.body.includes(article.title.slice(0, 40))) sentences.unshift(article.title);
  const ctx: Context = {
    article,
    sentences,
    focus: focusCountry(article.body),
    aboutTariffs: TARIFF_NOUN.test(article.body),
  };
  const out: RateStatement[] = [];
  let previous: RateStatement[] = [];
  // The rates told last, and where: a start told up to three sentences later is theirs.
  let told: { at: number; rates: RateStatement[] } = { at: -1, rates: [] };
  // Where letters setting rates were last said to be sent: the rates told next are the letters'.
  let lettersAt = -9;
  sentences.forEach((sentence, i) => {
    const found = ratesInSentence(sentence, i, ctx, previous);
    // "The new levy — which will stack on top of a 25% tariff — will take effect within 21 days":
    // a sentence whose subject is the tariff just told may date it, whatever figures it adds.
    if ((found.length === 0 || TARIFF_SUBJECT.test(sentence)) && i - told.at <= 3)
      startsLaterAfter(sentence, told.rates, ctx);
    if (found.length === 0 && i - told.at <= 2) {
      pausedAfter(sentence, told.rates);
      threatAfter(sentence, told.rates);
    }
    if (found.length > 0 && i - lettersAt <= 2) threatsOfLetters(found);
    if (sentence.includes('etter') && LETTERS_SENT.test(sentence)) lettersAt = i;
    if (found.length > 0) told = { at: i, rates: found };
    previous = found;
    out.push(...found);
  });
  adoptStages(out);
  keepUntilCut(out);
  return out;
}

/**
 * "Trump slapped a 39% tariff on Swiss goods. The tariffs, announced on Friday, are set to kick in
 * on Thursday.": a sentence with no figure of its own that puts the start of "the tariffs" ahead
 * makes the rates just told announced, not charged, and gives their start.
 */
const LATER_START =
  /\b(?:the|these|those|such|new|higher)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties|rates?)\b[^.;]{0,120}?\b(?:(?:is|are|was|were)\s+(?:set|scheduled|slated|due|expected)\s+to|will|would)\s+(?:take\s+effect|kick\s+in|go\s+into\s+(?:effect|force)|come\s+into\s+(?:effect|force)|enter\s+into\s+force|start|begin|apply)\b/i;
/** A sentence that opens on "the new levy", "the tariffs": its subject is a tariff told before. */
const TARIFF_SUBJECT =
  /^\W*(?:the|these|those|such)\s+(?:new\s+|additional\s+|higher\s+)?(?:tariffs?|levy|levies|duty|duties)\b/i;
/** A rate told as still charged ("remain", "existing") is not the one whose start lies ahead. */
const STILL_NOW = /\b(?:remain\w*|still|existing|current(?:ly)?|already|in\s+place|in\s+effect|since)\b/i;

function startsLaterAfter(sentence: string, told: readonly RateStatement[], ctx: Context): void {
  const later = told.length > 0 ? LATER_START.exec(sentence) : null;
  if (!later) return;
  const published = ctx.article.published;
  // The start is the date after "set to kick in", not the day the tariffs were announced.
  const start = laterDate(sentence.slice(later.index + later[0].length), published);
  // A start the article dates before its own day is past: the rates are charged.
  if (start && published && start.date <= published) return;
  for (const s of told) {
    const future = s.status === 'announced' || s.status === 'agreed' || s.status === 'signed';
    // The rate a change replaces ("to 10% from 125%") is charged until the new one starts.
    if (s.notes.some((n) => n.startsWith('replaced by'))) continue;
    if (s.status === 'in effect' && !STILL_NOW.test(s.mentions[0]?.sentence ?? '')) {
      s.status = 'announced';
      // A date read as the day it was charged ("on Wednesday imposed") is the day it was ordered.
      s.effective = start?.date ?? null;
      s.effectivePrecision = start?.precision ?? null;
    } else if (future && start && s.effective === null) {
      // "The new rates were slated to begin Wednesday": a deal's rate with its start announced.
      if (s.status === 'agreed') s.status = 'announced';
      s.effective = start.date;
      s.effectivePrecision = start.precision;
    }
  }
}

/**
 * "Trump announced a 30% tariff on Peru. The tariff was later paused for 90 days.", "These higher
 * rates were set to start Friday, but Trump paused them.": a sentence with no figure of its own,
 * about the tariffs just told, that pauses them. Rates still to come (announced, agreed, signed,
 * threatened) are then paused; a rate told as charged is left alone, since "the higher rates"
 * paused are seldom the ones already paid.
 */
const REFERS_BACK =
  /^\W*(?:the|these|those|such|that|this)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties|rates?|measures?|increases?|hikes?)\b|\b(?:paus|suspend|postpon|delay|shelv)\w*\s+(?:it|them)\b|\bput\s+(?:it|them)\s+on\s+hold\b/i;
const PAUSED_NOW =
  /\b(?:paused|suspended|shelved|(?:put|placed)\s+(?:it\s+|them\s+)?on\s+hold)\b|\b(?:postponed|delayed)\s+(?:it\s+|them\s+)?(?:for\s+(?:\d+|ninety|three|two|six|a)\b|indefinitely)/i;
const NOT_PAUSED =
  /\b(?:not|never|no\s+longer)\s+(?:been\s+|be\s+)?(?:paused|suspended)\b|n['’]t\s+(?:been\s+|be\s+)?(?:paused|suspended)\b/i;
const STILL_TO_COME: ReadonlySet<RateStatus> = new Set(['announced', 'agreed', 'signed', 'threatened']);

function pausedAfter(sentence: string, told: readonly RateStatement[]): void {
  if (told.length === 0 || !PAUSED_NOW.test(sentence) || NOT_PAUSED.test(sentence)) return;
  if (!REFERS_BACK.test(sentence)) return;
  for (const s of told)
    if (STILL_TO_COME.has(s.status) && !s.notes.some((n) => n.startsWith('replaced by'))) {
      s.status = 'paused';
      s.effective = null;
      s.effectivePrecision = null;
    }
}

/**
 * "Peru faces a 36% tariff from August 1. The rate was set out in a letter Trump posted on Monday.":
 * a sentence with no figure of its own that says the tariffs just told come from a letter (or a
 * warning) makes them a threat, as a letter's rate is one until a deal or an order settles it. A
 * rate the sentence says took effect, or one told with a stage of its own, is left alone.
 */
const LETTER_BACK =
  /^\W*(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:letters?|warnings?|ultimatums?)\b|\b(?:in|by|via|through)\s+(?:an?|the|his|their)\s+(?:[\w-]+\s+){0,2}?letters?\b/i;
const TOOK_EFFECT =
  /\b(?:took\s+effect|in\s+effect|in\s+force|kicked\s+in|came\s+into|imposed|implemented|collected|charged)\b/i;

/** A sentence about the letter itself: "The letter sets …", "This letter follows …". */
const LETTER_SUBJECT = /^\W*(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2}?letters?\b/i;

function threatAfter(sentence: string, told: readonly RateStatement[]): void {
  if (told.length === 0 || !sentence.includes('etter') || !LETTER_BACK.test(sentence)) return;
  if (TOOK_EFFECT.test(sentence)) return;
  if (!REFERS_BACK.test(sentence) && !LETTER_SUBJECT.test(sentence)) return;
  for (const s of told)
    if (s.status === 'announced' || (s.status === 'in effect' && UNCUED.has(s))) s.status = 'threatened';
}

/**
 * "Trump sent letters to 14 countries on Monday. Japan and South Korea will face 25% tariffs from Aug. 1,
 * while Laos will face 40%.": rates told in the two sentences after one about letters being sent
 * are the letters' rates, a threat until a deal or an order settles them. Only rates read as merely
 * announced change: a deal, an order or a charge told of them keeps its own stage.
 */
const LETTERS_SENT =
  /\b(?:sent|send(?:s|ing)?|post(?:ed|s|ing)|issu(?:ed|es|ing)|dispatch(?:ed|es|ing)|releas(?:ed|es|ing)|wrote|writ(?:es|ing)|deliver(?:ed|s|ing)|receiv(?:ed|es|ing)|arriv(?:ed|es|ing)|publish(?:ed|es|ing))\b[^.;]{0,60}\bletters?\b|\bletters?\b[^.;]{0,40}\b(?:sent|posted|issued|dispatched|released|arrived|went\s+out)\b/i;

const DEAL_WORD = /\b(?:deal|agreement|pact|accord|framework)s?\b/i;

function threatsOfLetters(found: readonly RateStatement[]): void {
  for (const s of found)
    if (s.status === 'announced' && !DEAL_WORD.test(s.mentions[0]?.sentence ?? '')) s.status = 'threatened';
}

/** "21 days from Wednesday", "three weeks after the order": a span counted from a day. */
const SPAN_FROM = /\b(\d{1,3}|one|two|three|four|five|six|seven)\s+(days?|weeks?)\s+(?:from|after)\s+$/i;

/** The first date in `text`, read forward, moved on by a span counted from it. */
function laterDate(text: string, published: string | null): ReadDate | null {
  const d = readDates(text, published, false)[0] ?? readDates(text, published, true)[0] ?? null;
  if (!d) return null;
  const span = SPAN_FROM.exec(d.lead);
  if (!span) return readDates(text, published, true)[0] ?? null;
  const n = NUMBER_WORDS[span[1]!.toLowerCase()] ?? Number(span[1]);
  const days = /^week/i.test(span[2]!) ? n * 7 : n;
  const moved = new Date(`${d.date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return { ...d, date: moved.toISOString().slice(0, 10), precision: 'day' };
}

/** Statements whose sentence gave no stage at all ("the 19% tariff, called an insult"). */
const UNCUED = new WeakSet<RateStatement>();
/** Statements the article calls a threat in so many words ("threatened to impose", "in a letter"). */
const CALLED_A_THREAT = new WeakSet<RateStatement>();
const ON_TOP = 'on top of the existing duty';
const THREAT_CUE = /\b(?:threat\w*|warn\w*|letters?)\b/i;

/** Another statement of the same rate (module level: adoptStages runs per article). */
function same(s: RateStatement, o: RateStatement): boolean {
  return (
    o !== s &&
    o.goods === s.goods &&
    o.rate === s.rate &&
    o.appliesTo === s.appliesTo &&
    o.imposedBy === s.imposedBy &&
    // "an additional 35%" stacked on a 35% already told of is a second rate, not the same one.
    o.notes.includes(ON_TOP) === s.notes.includes(ON_TOP)
  );
}

/**
 * A rate named again with no word of its stage is the rate the article described elsewhere:
 * it takes that stage instead of passing for a rate in effect. A rate the article calls a threat
 * stays one where it quotes the threat's own words ("we will charge Brazil a Tariff of 50%") or
 * tells of the decision behind it, with no start date of their own.
 */
function adoptStages(statements: RateStatement[]): void {
  for (const s of statements) {
    if (UNCUED.has(s)) {
      const told = statements.find((o) => !UNCUED.has(o) && same(s, o));
      if (told) s.status = told.status;
    } else if (s.status === 'announced' && s.effective === null) {
      if (statements.some((o) => CALLED_A_THREAT.has(o) && same(s, o))) s.status = 'threatened';
    }
  }
}

/** The rate a change only agreed starts from, with the agreed rate that is to replace it. */
const AGREED_CUT = new WeakMap<RateStatement, RateStatement>();

/**
 * "Both governments agreed to reduce tariffs on cars from 25% to 15%", "Under the agreement, tariffs
 * will fall to 30% from 145%": a cut that is only agreed leaves the old rate charged. It is gone
 * only where the article tells the new rate as ordered or charged; where the article tells the old
 * rate at a stage of its own ("the 25% Trump had threatened"), that stage is its.
 */
function keepUntilCut(statements: readonly RateStatement[]): void {
  for (const s of statements) {
    const next = AGREED_CUT.get(s);
    if (!next) continue;
    const made = statements.some((o) => same(next, o) && (o.status === 'signed' || o.status === 'in effect'));
    if (made) continue;
    const told = statements.find((o) => same(s, o) && !AGREED_CUT.has(o));
    s.status = told ? told.status : 'in effect';
  }
}

interface Group {
  target: PercentMention;
  from: PercentMention | null;
  start: number;
  end: number;
}

/** Between a new rate and the one it replaced: "to 15% from 27.5%", "15%, down from the previous 25%". */
const REPLACED_GAP =
  /^(?:\s+[\w'’-]+){0,4}?[\s,]*(?:(?:down|up|lowered|reduced|cut|raised|increased)\s+)?(?:from|instead\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:level\s+of\s+|rate\s+of\s+|threat\s+of\s+)?$/i;

/** "cut the 25% levy on cars to 15%": a change verb takes a rate, and "to" gives the new one. */
const CHANGE_LEAD =
  /\b(?:reduc|cut|lower|rais|increas|hik|slash|lift|doubl|bring|brought)\w*\s+(?:the|its|their|that|this|an?)\s+(?:[\w-]+\s+){0,3}$/i;
/** The words after the first figure up to "to": no clause break, no second change of subject. */
const CHANGED_TO_GAP = /^(?:[^.;,%—–]){0,70}?\bto\s+$/i;

/** Pairs "to 27.5% from 2.5%" and "from 27.5% to 15%": the second figure is the rate replaced. */
/** "from 25% to 15%", "from a previously planned 32 percent to 19 percent": where a change starts. */
const FROM_LEAD = /\b[Ff]rom\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}$/;

function groupFigures(sentence: string, figures: PercentMention[]): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const next = figures[i + 1];
    const gap = next ? sentence.slice(f.end, next.start) : '';
    if (next && REPLACED_GAP.test(gap)) {
      groups.push({ target: f, from: next, start: f.start, end: next.end });
      i++;
    } else if (
      next &&
      FROM_LEAD.test(sentence.slice(Math.max(0, f.start - 40), f.start)) &&
      /^\s+(?:(?:all\s+the\s+way\s+)?(?:down|up)\s+)?to\s+$/i.test(gap)
    ) {
      groups.push({ target: next, from: f, start: f.start, end: next.end });
      i++;
    } else if (
      next &&
      CHANGE_LEAD.test(sentence.slice(Math.max(0, f.start - 60), f.start)) &&
      CHANGED_TO_GAP.test(gap)
    ) {
      // "reducing the additional 145% announced in April to 30%": the figure a change starts from,
      // then where it goes.
      groups.push({ target: next, from: f, start: f.start, end: next.end });
      i++;
    } else {
      groups.push({ target: f, from: null, start: f.start, end: f.end });
    }
  }
  return groups;
}

/**
 * CLAUSE_BREAK is global and shared: each scan starts from lastIndex 0 itself. (matchAll copies
 * the pattern's lastIndex, so a scan after clauseAfter's exec began mid-text and missed breaks.)
 */
function clauseAfter(text: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(text);
  return m ? text.slice(0, m.index) : text;
}

function clauseBefore(text: string): string {
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) cut = m.index + m[0].length;
  return text.slice(cut);
}

/**
 * Is this figure a tariff rate? A tariff word must govern it within its own clause ("tariffs,
 * then a weak yen, and exports fell 3%" is no tariff of 3%), or stand just before it as an
 * apposition ("the tariff, currently 25%").
 */
function isTariff(before: string, after: string, beforeAll: string, ctx: Context): boolean {
  if (SHARE_OF.test(after) || THRESHOLD.test(after) || CHANGE_IN.test(after)) return false;
  const moved = MOVED.exec(before.slice(-30));
  if (moved && !TARIFF_NOUN.test(before.slice(-60, before.length - moved[0].length))) return false;
  const near = `${before.slice(-80)} ${after.slice(0, 60)}`;
  const tight = `${before.slice(-40)} ${after.slice(0, 40)}`;
  if (NOT_A_TARIFF.test(tight)) return false;
  if (TARIFF_NOUN.test(near) || APPOSITION.test(beforeAll)) return true;
  // "the 15% rate" in a text about tariffs, when nothing says it measures something else.
  if (ctx.aboutTariffs && (RATE_AFTER.test(after) || RATE_BEFORE.test(before))) return true;
  if (ctx.aboutTariffs && PAY.test(before)) return true;
  // "lower than the 46 percent initially threatened": a figure someone threatened or imposed.
  if (ctx.aboutTariffs && TOLD_AFTER.test(after)) return true;
  // "goods such as beef at 26.4%": a kind of goods priced at a figure, in a text about tariffs.
  if (!ctx.aboutTariffs || !/\bat\s+$/i.test(before)) return false;
  const goods = findGoods(before.slice(-40));
  const lastGoods = goods[goods.length - 1];
  return lastGoods !== undefined && /^\s+at\s+$/i.test(before.slice(-40).slice(lastGoods.end));
}

/** The goods a figure is about: right after it ("15% on autos, steel and aluminum"), else just before. */
function goodsFor(before: string, afterClause: string, afterAll: string, beforeAll = before): GoodsMatch[] {
  const after = findGoods(afterAll);
  const first = after[0];
  // "15% tariff rate may still deal a blow to its textile industry": goods past a verb are not taxed.
  const lead = first ? afterAll.slice(0, first.start) : '';
  if (first && first.start < afterClause.length && (!VERB_GAP.test(lead) || APPLIES_TO.test(lead))) {
    const list = [first];
    for (let k = 1; k < after.length; k++) {
      const gap = afterAll.slice(list[list.length - 1]!.end, after[k]!.start);
      if (!LIST_GAP.test(gap)) break;
      list.push(after[k]!);
    }
    return list;
  }
  // The list may run back past the clause's commas: "coffee, beef and fruit would be tariffed 40%".
  const offset = beforeAll.length - before.length;
  const prior = offset > 0 ? findGoods(beforeAll) : findGoods(before);
  const inClause = prior.filter((g) => g.start >= offset);
  // "fabrics, which faced an earlier rate of 7.5%": the goods are the relative clause's antecedent.
  const antecedent = prior[prior.length - 1];
  // "some products, such as orange juice, would now have a zero tariff": the example set off by
  // commas is the subject that faces the rate.
  const gap = antecedent ? beforeAll.slice(antecedent.end, offset) : '';
  const example =
    antecedent !== undefined &&
    /^\s*,\s*$/.test(gap) &&
    /\b(?:such\s+as|including|like|notably|especially)\s+$/i.test(beforeAll.slice(0, antecedent.start));
  // "steel and aluminum (metals that will remain subject to 50% tariffs)": a parenthesis opened
  // right after goods is about them.
  const aside = !inClause.length && antecedent !== undefined && /^\s*\(\s*$/.test(gap);
  if (!inClause.length && antecedent && (RELATIVE_GAP.test(gap) || example || aside))
    inClause.push(antecedent);
  const last = inClause[inClause.length - 1];
  // "goods transshipped to evade the 35% tariff": the goods escape that rate, they are not charged it.
  if (!last || EVADING.test(beforeAll.slice(last.end))) return [];
  const list = [last];
  for (let k = prior.indexOf(last) - 1; k >= 0; k--) {
    const gap = beforeAll.slice(prior[k]!.end, list[0]!.start);
    if (!LIST_GAP.test(gap)) break;
    list.unshift(prior[k]!);
  }
  // "(metals that ...)": of the list, only the metals.
  return aside && /^\s*(?:both\s+)?metals\b/i.test(before)
    ? list.filter((g) => METAL_KINDS.has(g.kind))
    : list;
}

/** "fabrics, which", "pharmaceuticals and aircraft, which": a relative clause after goods (the list's
 * last item may be one the catalogue does not know). */
const RELATIVE_GAP = /^\s*(?:and\s+[\w-]+\s*)?,?\s*(?:which|who)\s*$/i;

const METAL_KINDS: ReadonlySet<string> = new Set(['steel', 'aluminium', 'copper']);

/**
 * Goods the catalogue does not know ("heavy trucks", "kitchen cabinets"), named right after
 * "tariff on" or as the subject that faces the rate: better their own words than "goods in general".
 */
const ON_GOODS =
  /^\s*(?:[\w“”"'‘’-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties|rate)?\s*on\s+(?:imported\s+|foreign[-\s]made\s+|imports\s+of\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)/i;
/** A headline in title case capitalises goods too: "Tariff on Imported Cars Takes Effect". */
const TITLE_CASE = /^\s*(?:[^\sa-z]\S*\s+){4}/;
const FACING_GOODS =
  /(?:^|\s)((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:face|faces|facing|will\s+face|would\s+face|(?:are|is)\s+subject\s+to)\s+(?:a\s+|an\s+)?$/i;
const NOT_GOODS =
  /^(?:the|a|an|its|their|all|most|top|average|hold|track|time|table|behalf|board|record|paper|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|it|they|them|this|that|these|those|he|she|we|you|who|which|exporters?|importers?|companies|firms|makers|manufacturers|businesses|industry|goods|products|imports|exports|shipments|items|everything|nations|countries|partners|economies|economy|trade|both|each|some|many|what|whether|and|or|but|now|also|still|allies|rivals|friends|neighbou?rs|members|states|world|everyone|anyone|others|basis|condition|schedule|tariffs?|levy|levies|duty|duties|rates?|will|would|could|may|might|shall)$/i;

function otherGoods(before: string, after: string): GoodsMatch | null {
  // "cabinets from Japan face 25%": where the goods come from is not part of their name.
  const subject = before.replace(
    /\s+(?:from|made\s+in|of)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=\s)/g,
    '',
  );
  const on = ON_GOODS.exec(after);
  const m = on ?? FACING_GOODS.exec(subject);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).filter((w) => !/^(?:the|a|an|its|their|all|most|some|other)$/i.test(w));
  if (words.length === 0 || words.some((w) => NOT_GOODS.test(w))) return null;
  // "50% tariffs on New Delhi", "retaliatory tariffs on Ottawa": past "on", a capitalised name in
  // running text is a place (a capital standing for its country) or a body, not goods.
  if (on && /^[A-Z][a-z]/.test(words[0]!) && !TITLE_CASE.test(after)) return null;
  const phrase = words.join(' ');
  if (findCountries(phrase).length > 0 || (/^[A-Z]/.test(words[0]!) && findCountries(words[0]!).length > 0))
    return null;
  return { kind: phrase.toLowerCase(), text: phrase, start: 0, end: 0 };
}

const OWN_IMPORTS =
  /\b([A-Z][\w.]*(?:['’]s)?)\s+(?:own\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?(?:tariffs?|levy|levies|duty|duties)\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?on\s+(?:imported|foreign|imports\s+of)\b/;

const COMPARISON =
  /\b(?:as|than|like|unlike|similar\s+to|same\s+as|matching|including)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?$/i;

const ON_IMPORTS = /^\s*(?:[\w-]+\s+){0,2}?on\s+(?:all\s+)?(?:imported|imports\s+of|foreign[-\s]made)\b/i;

// "Vietnam had agreed to lower its tariffs", "India offered to cut its tariffs to zero": the
// country's own tariffs, whether it changed them or agreed or offered to.
const OWN_CHANGED =
  /^(?:['’]s)?\s+(?:(?:has|have|had|will|would|also|then|later|in\s+turn)\s+)?(?:(?:agreed|offered|wants|wanted|plans|planned|promised|pledged|vowed)\s+to\s+)?(?:rais|hik|increas|lower|cut|reduc|slash|doubl)\w*\s+(?:its|their)\s+(?:own\s+)?(?:retaliatory\s+)?(?:tariffs?|duties|levies|rates?)\b/i;
const PASSIVE_BE = /\b(?:be|been|being|is|are|was|were|get|gets|got)\s*$/i;
const IMPOSES = /\b(impos\w*|levies|levied|charges?|charged|applies|maintains|keeps|retaliat\w*)\b/i;
// "U.S." ends in a dot, so the end of the name is "no letter follows", not a word boundary.
// "on US President Trump's announcement": an official's title, not goods from the United States.
const US_GOODS =
  /\b(?:on|against)\s+(?:the\s+)?(?:American|U\.S\.|US|United\s+States)(?![\w.])(?!\s+(?:President|Vice\s+President|Secretary|Trade\s+Representative|Commerce|Treasury|officials?|administration|government|negotiators?|envoy|Ambassador|side|demands?)\b)|\bimports?\s+from\s+(?:the\s+)?(?:U\.S\.|US|United\s+States)(?![\w.])/;

/** "exports to the United States", "goods entering the U.S.": goods the US charges at its border. */
const INTO_US =
  /^[^.;]{0,60}?\b(?:exports?|shipments|goods|products|imports)\s+(?:(?:sent|shipped|going|coming)\s+)?(?:to|into|entering)\s+(?:the\s+)?(?:U\.S\.(?![\w.])|US\b|United\s+States\b|America\b)/;
/** "a 15% US tariff": the figure's own tariff is named as the US's. */
const US_TARIFF_AFTER =
  /^\s*(?:U\.S\.|US|American)\s+(?:[Ii]mport\s+)?(?:[Tt]ariffs?|[Ll]ev(?:y|ies)|[Dd]ut(?:y|ies))\b/;

// "Across-the-board" and "blanket" say all goods of one country ("the across-the-board 15% on Japan"), not all countries.
const BASELINE_WORD = '(?:baseline|minimum|universal)';
const BASELINE_BEFORE = new RegExp(`\\b${BASELINE_WORD}\\b[^.;,%]{0,30}$`, 'i');
const BASELINE_AFTER = new RegExp(`^\\s*${BASELINE_WORD}\\b`, 'i');

const TALKS_BETWEEN =
  /\b(?:negotiations?|talks|discussions)\s+between\s+(?:Washington|the\s+U\.S\.|the\s+US|the\s+United\s+States)\s+and\s+((?:[A-Z][\w.'’-]*\s*){1,3})/;

const DEFINITE_TARIFF =
  /\b(?:the|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties)\b/i;

/** "the same 15% as the EU": a country named for comparison is not the one charged. */
function comparedAt(text: string, at: number): boolean {
  return COMPARISON.test(text.slice(Math.max(0, at - 20), at));
}

function whoAndWhom(
  before: string,
  after: string,
  wide: string,
  ctx: Context,
  previous: readonly RateStatement[] = [],
): { imposedBy: string; appliesTo: string } {
  const clause = `${before} ${after}`;
  // "an additional 35% duty on exports to the United States", "a 15% US tariff on European imports":
  // the goods enter the US, so the US charges the rate, whoever's retaliation the clause tells of.
  const intoUs = INTO_US.test(after) || US_TARIFF_AFTER.test(after);
  // Japan's own tariff on US goods ("Japan's 778% tariff on American rice"): the goods come from the US.
  if (!intoUs && US_GOODS.test(clause)) return { imposedBy: ctx.focus, appliesTo: 'United States' };
  // "Japan's 778% tariff on imported rice": imported into Japan, so Japan charges it.
  const own = intoUs ? null : OWN_IMPORTS.exec(clause);
  if (own) {
    const by = findCountries(own[1]!)[0]?.name;
    if (by && by !== 'United States') return { imposedBy: by, appliesTo: ALL_COUNTRIES };
  }
  for (const c of intoUs ? [] : findCountries(before)) {
    if (c.name === 'United States') continue;
    const rest = before.slice(c.end);
    // "China raised its tariff to 84%": a country changing its own tariffs charges them.
    if (OWN_CHANGED.test(rest)) return { imposedBy: c.name, appliesTo: ALL_COUNTRIES };
    if (
      IMPOSES.test(rest.slice(0, 30)) &&
      /^\s*(?:has|have|had|will|would|also|now)?\s*\w*\s*$/.test(rest.slice(0, rest.search(IMPOSES))) &&
      // "Brazil will be charged a 50% tariff": the country named is the one charged.
      !PASSIVE_BE.test(rest.slice(0, rest.search(IMPOSES)))
    ) {
      return { imposedBy: c.name, appliesTo: ALL_COUNTRIES };
    }
  }
  // "the minimum rate was set at 10%, higher tariffs were applied to certain countries, with Sri
  // Lanka …": a baseline or minimum is the rate on every country; one named past the clause's end
  // is set apart from it ("a baseline 15% tariff on Japanese imports" is Japan's own).
  const ownClause = `${before.slice(-60)} ${after.split(/[,;]/, 1)[0]}`;
  if (
    (BASELINE_BEFORE.test(before.slice(-40)) || BASELINE_AFTER.test(after)) &&
    !findCountries(ownClause).some((c) => c.name !== 'United States')
  ) {
    // "negotiations between Washington and Brussels had involved proposals, including a baseline
    // 10% duty": a baseline put on the table in two sides' talks is a rate on the other side.
    const talks = TALKS_BETWEEN.exec(wide);
    const side = talks ? findCountries(talks[1]!).find((c) => c.name !== 'United States') : undefined;
    return { imposedBy: 'United States', appliesTo: side?.name ?? ALL_COUNTRIES };
  }
  // "50% tariffs on New Delhi over its purchases of Russian oil": the capital is whose goods.
  const capital = capitalCharged(before, after);
  if (capital) return { imposedBy: 'United States', appliesTo: capital };
  const candidates = [
    ...findCountries(before)
      .filter((c) => !comparedAt(before, c.start))
      .map((c) => ({ name: c.name, distance: before.length - c.end })),
    ...findCountries(after)
      .filter((c) => !comparedAt(after, c.start))
      .map((c) => ({ name: c.name, distance: c.start })),
  ].filter((c) => c.name !== 'United States');
  candidates.sort((a, b) => a.distance - b.distance);
  const nearest = candidates[0];
  if (nearest) return { imposedBy: 'United States', appliesTo: nearest.name };
  // "a 25% duty on imported automobiles", "a tariff on imports of the metal": a sector's rate on
  // imports from anywhere, when the clause names no country.
  if (mentionsEveryone(clause) || ON_IMPORTS.test(after))
    return { imposedBy: 'United States', appliesTo: ALL_COUNTRIES };
  const wider = findCountries(wide).filter((c) => c.name !== 'United States');
  if (wider[0]) return { imposedBy: 'United States', appliesTo: wider[0].name };
  // "... additional 10% tariffs on its trading partners. Trump said the additional tariffs will be
  // raised to 15%": a tariff named with "the" and no country is the one the sentence before told of.
  const told = previous[previous.length - 1];
  if (told && DEFINITE_TARIFF.test(clause)) return { imposedBy: told.imposedBy, appliesTo: told.appliesTo };
  return { imposedBy: 'United States', appliesTo: ctx.focus };
}

function notesFor(
  before: string,
  after: string,
  afterAll: string,
  wide: string,
  group: Group,
  status: RateStatus,
): string[] {
  const notes: string[] = [];
  // "25% on cars in April, on top of an existing 2.5%": the add-on may sit past a comma.
  const clause = `${before} ${after} ${/^[^.;]*?,\s*(?:on\s+top\s+of|in\s+addition\s+to)\b/i.test(afterAll) ? 'on top of' : ''}`;
  if (/\bnot\s+(?:be\s+)?stacked\b|\bno[-\s]stacking\b/i.test(clause))
    notes.push('not stacked on existing duties');
  else if (
    /\bon\s+top\s+of\b|\bin\s+addition\s+to\b|\bstacked\b|\badditional\b|\banother\b/i.test(clause) &&
    // "26.4% on top of the new 15% levy": the 15% is the base, not the add-on.
    !/\b(?:on\s+top\s+of|in\s+addition\s+to)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$/i.test(before)
  )
    notes.push(ON_TOP);
  if (/\binclusive\s+of\b|\binclud(?:ing|es?)\s+(?:the\s+|any\s+)?existing\b|\ball[-\s]in\b/i.test(clause))
    notes.push('inclusive of the existing duty');
  if (
    /\b(?:maximum|max\.?|up\s+to|at\s+most|capped\s+at|ceiling\s+of|no\s+more\s+than|(?:higher|more)\s+than|above|exceeding)\s+(?:of\s+)?(?:a\s+)?$/i.test(
      before,
    ) ||
    /\bcap(?:s|ped|ping)?\b[^.]*\bat\s+$/i.test(before)
  )
    notes.push(`maximum ${formatRate(group.target.value)}`);
  if (/\boriginal\s+$/i.test(before)) notes.push('the rate first announced');
  if (group.from) notes.push(`from ${formatRate(group.from.value)}`);
  if (status === 'threatened' && /\bif\b|\bbarring\b|\bunless\b|\bwithout\b/i.test(wide))
    notes.push('if there is no deal');
  return notes;
}

interface Dates {
  effective: ReadDate | null;
  said: ReadDate | null;
}

/** "the July 9 letter", "on Tuesday said": a date naming an event, or the day something was said. */
const DATED_EVENT =
  /^\s*(?:,\s*)?(?:letters?|statements?|meetings?|calls?|announcements?|speech|notices?|summit|visit|talks|phone\s+call|said|says|told|wrote|warned|stated|posted|added)\b/i;

const TAKES_EFFECT_STATUSES: ReadonlySet<RateStatus> = new Set(['in effect', 'threatened']);

function datesFor(wide: string, figureAt: number, status: RateStatus, index: number, ctx: Context): Dates {
  const published = ctx.article.published;
  const found = readDates(wide, published).map((d) => ({
    d,
    distance: Math.abs(wide.indexOf(d.text) - figureAt),
  }));
  found.sort((a, b) => a.distance - b.distance);
  const leadEffective = found.find((f) => EFFECTIVE_LEAD.test(f.d.lead))?.d ?? null;
  const other = found.find((f) => !EFFECTIVE_LEAD.test(f.d.lead))?.d ?? null;
  // "the July 9, 2025 letter": a date naming an event is when that event happened, never a start.
  let effective = leadEffective;
  let said: ReadDate | null = null;
  // A rate in effect started on or before the article's day: "since returning to office in January"
  // read forward to next January is no start date.
  const past = other && (!published || status !== 'in effect' || other.date <= published) ? other : null;
  if (TAKES_EFFECT_STATUSES.has(status) && !effective)
    effective = past && !namesEvent(wide, past) ? past : null;
  // "announced on July 7 ... starting Aug. 1": the other date is when it was said.
  // A date in a pause's clause ("before a moratorium expires in July") is when the pause ends.
  else said = status === 'paused' ? null : other;
  if (!effective && /\bthe\s+deadline\b/i.test(wide))
    effective = deadlineDate(ctx.sentences, index, published);
  return { effective, said };
}

/** What follows the date in `wide` names an event of its own. Module level: datesFor runs per figure. */
function namesEvent(wide: string, d: ReadDate): boolean {
  return DATED_EVENT.test(wide.slice(wide.indexOf(d.text) + d.text.length));
}

function ratesInSentence(
  sentence: string,
  index: number,
  ctx: Context,
  previousSentence: readonly RateStatement[],
): RateStatement[] {
  const figures = findPercents(sentence);
  if (figures.length === 0) return [];
  const groups = groupFigures(sentence, figures);
  const out: RateStatement[] = [];
  let last: { reading: Reading; tariff: boolean; status: StatusReading | null; dates: Dates | null } | null =
    null;
  groups.forEach((g, k) => {
    // "tit-for-tat tariffs that exceeded 100%", "well above 100%": a bound the rate passed, not a rate.
    if (g.from === null && LOWER_BOUND.test(sentence.slice(Math.max(0, g.start - 30), g.start))) {
      last = null;
      return;
    }
    const wideStart = k > 0 ? groups[k - 1]!.end : 0;
    const wideEnd = k + 1 < groups.length ? groups[k + 1]!.start : sentence.length;
    const beforeAll = sentence.slice(wideStart, g.start);
    // "a 15% tariff, down from 25%": the words between the two figures belong to the new rate.
    const afterAll = sentence.slice(g.target.start === g.start ? g.target.end : g.end, wideEnd);
    const before = clauseBefore(beforeAll);
    const after = clauseAfter(afterAll);
    const wide = sentence.slice(wideStart, wideEnd);
    // "15%, down from the 25% Trump had threatened": what follows the old rate is about the old rate.
    const fromTail =
      g.from && g.from.start > g.target.start ? clauseAfter(sentence.slice(g.from.end, wideEnd)) : '';
    const ownWide = fromTail ? sentence.slice(wideStart, g.from!.start) : wide;
    // The new rate's stage is said before it; the words after it up to the old rate are the old rate's.
    const fromAfter = g.from !== null && g.from.start > g.target.start;
    const fromBefore = g.from !== null && g.from.start < g.target.start;
    const figureAt = g.target.end - wideStart;
    const relative = ownWide.slice(figureAt).search(RELATIVE);
    const statusWide = fromAfter
      ? sentence.slice(wideStart, g.target.end)
      : relative >= 0
        ? ownWide.slice(0, figureAt + relative)
        : ownWide;
    const listed = last !== null && k > 0 && LIST_GAP.test(beforeAll);
    // "Switzerland at 39 per cent, Canada and Iraq at 35 per cent": the countries named right before
    // a figure are whose rate it is; after a first rate, such a pair continues the list.
    const named = listed ? null : countriesBefore(beforeAll);
    const countryListed =
      named !== null && k > 0 && last?.tariff === true && last.reading.imposedBy === 'United States';
    // "…, bringing the total to 27.5%": a sum of the tariffs just named.
    const compared =
      last !== null && k > 0 && !listed && last.tariff && (COMPARED_GAP.test(before) || TOTAL.test(before));
    // "now set at 27.5%—a combination of a previous 2.5% rate and a new 25%": the parts of a total
    // stated now are charged now, however "previous" the older part is.
    const part =
      last !== null &&
      k > 0 &&
      !listed &&
      last.tariff &&
      PARTS_LEAD.test(sentence.slice(groups[0]!.end, g.start)) &&
      (PART_GAP.test(beforeAll) || PARTS_LEAD.test(beforeAll));
    const anaphoric = k === 0 && previousSentence.length > 0 && ANAPHOR.test(sentence);
    // "Kenya or Eswatini, who have 10%": the rate of the countries the relative clause is about.
    const rel =
      ctx.aboutTariffs && !listed && !compared && !SHARE_OF.test(afterAll) && !NOT_A_TARIFF.test(after)
        ? relativeRate(beforeAll)
        : null;
    const tariff =
      listed || compared || part || countryListed
        ? last!.tariff
        : rel !== null ||
          isTariff(before, after, beforeAll, ctx) ||
          // "reducing the additional 145% announced in April to 30%": the words after the old rate tell.
          (fromBefore &&
            isTariff(before, clauseAfter(sentence.slice(g.from!.end, g.target.start)), beforeAll, ctx)) ||
          (anaphoric && !SHARE_OF.test(afterAll)) ||
          // "In tariff rankings, India matches Brazil at the top with 50 per cent": a figure
          // given to countries, in a sentence about tariffs, is their rate.
          (named !== null &&
            ctx.aboutTariffs &&
            !SHARE_OF.test(afterAll) &&
            !NOT_A_TARIFF.test(`${before.slice(-40)} ${after.slice(0, 40)}`) &&
            TARIFF_NOUN.test(sentence));
    if (!tariff) {
      last = {
        reading: { goods: [], goodsDefault: 'all goods', imposedBy: '', appliesTo: '' },
        tariff: false,
        status: null,
        dates: null,
      };
      return;
    }
    let reading: Reading;
    if (listed || compared || part) reading = last!.reading;
    else if (countryListed) {
      const own = goodsFor('', after, afterAll, '');
      reading = {
        ...last!.reading,
        goods: own.length ? own : last!.reading.goods,
        appliesTo: named!.countries[0]!,
      };
    } else if (rel) {
      // Goods are those named after the figure only: before it sit the speaker's own goods.
      const goods = goodsFor('', after, afterAll, '');
      reading = {
        goods,
        goodsDefault: 'all goods',
        imposedBy: 'United States',
        appliesTo: rel.countries[0]!,
      };
    } else {
      // "the tariff on Japanese cars, currently 27.5%": the goods sit before the apposition.
      const found = goodsFor(before, after, afterAll, beforeAll);
      const known = found.length === 0 && APPOSITION.test(beforeAll) ? goodsFor(beforeAll, '', '') : found;
      // "imports of the metal": "imports" names no kind of its own when the metal is named before.
      const unnamed = known.every((x) => x.kind === 'all goods');
      const metal = unnamed ? metalReferred(after, beforeAll, ctx.sentences.slice(0, index)) : null;
      const other = known.length === 0 && !metal ? otherGoods(before, after) : null;
      const goods = metal ? [metal] : other ? [other] : known;
      const parties = whoAndWhom(before, after, wide, ctx, previousSentence);
      reading = { goods, goodsDefault: 'all goods', ...parties };
      // "27.5% on autos — a previous 2.5% and a new 25%": a bare figure beside a rate on named
      // goods, in a sentence naming no other goods, is part of that rate's story.
      const named = last?.tariff && last.reading.goods.some((x) => x.kind !== 'all goods');
      // "orange juice … as they were not targeted by the additional 40%": exempt goods are not the 40%'s.
      const exempt = EXEMPT_BY.test(before.slice(-60));
      if (goods.length === 0 && last?.tariff && !exempt && (TOTAL.test(before) || named)) {
        reading = { ...last.reading, goods: last.reading.goods.length ? last.reading.goods : goods };
      } else if (goods.length === 0 && anaphoric) {
        const lastOne = previousSentence[previousSentence.length - 1]!;
        // The last figure's first goods: "autos and parts" are referred to by the first named.
        const ref = /^\s*the\s+former\b/i.test(sentence)
          ? previousSentence[0]!
          : (previousSentence.find((p) => p.rate === lastOne.rate) ?? lastOne);
        // "That policy hit Japanese automakers by adding the 25%": a country named here is whose goods.
        const named = findCountries(`${before} ${after}`).some((c) => c.name !== 'United States');
        reading = {
          goods: [{ kind: ref.goods, text: ref.goodsText, start: 0, end: 0 }],
          goodsDefault: ref.goods,
          imposedBy: named ? parties.imposedBy : ref.imposedBy,
          appliesTo: named ? parties.appliesTo : ref.appliesTo,
        };
      }
      if (reading.goods.length === 0 && k > 0)
        reading = { ...reading, goods: evaderGoods(sentence, groups[k - 1]!.start) };
    }
    // A lone "from 27.5%" names the rate a change starts from: charged until the change is made.
    const replacedOnly = g.from === null && /\bfrom\s+(?:an?\s+|the\s+)?$/i.test(before);
    const past =
      !part &&
      (PAST_BEFORE.test(before.slice(-60)) ||
        AT_THE_TIME.test(before) ||
        (g.from === null && CHANGED_BEFORE.test(before) && CHANGED_AFTER.test(after)) ||
        pastPerfect(sentence.slice(0, g.start)));
    // "Brunei and Moldova a 25% rate": a pair with no verb of its own shares the list's stage.
    const gapped = countryListed && named!.gapped && last!.status !== null;
    const read: StatusReading =
      (listed || gapped) && last!.status
        ? last!.status
        : rel
          ? { status: rel.past ? 'superseded' : 'in effect', paused: false, cue: 'relative clause' }
          : replacedOnly
            ? {
                // "would mark an increase from the 10% baseline": a rise that is only threatened leaves it charged.
                status: replacedStatus(
                  last?.tariff && last.status ? last.status : readStatus(before, '', before),
                ),
                paused: false,
                cue: 'from',
              }
            : g.from === null && CHANGED_AWAY.test(before.slice(-60))
              ? { status: 'superseded', paused: false, cue: 'changed' }
              : pastOrRead(
                  past,
                  // "lower the threatened 25% tariff to 15%": the new rate's words run up to it, past the old one's.
                  fromBefore ? `${before}${sentence.slice(g.from!.start, g.target.start)}` : before,
                  fromAfter ? '' : after,
                  statusWide,
                );
    // "announced tariffs, imposing a 20% duty along with a 40% levy on transshipped goods": a figure
    // joined to the one before with no stage of its own shares that one's stage.
    const status: StatusReading =
      read.cue === null && !listed && last?.tariff && last.status && JOINED_GAP.test(beforeAll)
        ? last.status
        : read;
    // "announced 24% on April 2 but paused it on April 9": dates after the pause belong to the pause.
    const pauseAt = status.paused ? ownWide.search(PAUSE) : -1;
    const ownDates = pauseAt > g.start - wideStart ? ownWide.slice(0, pauseAt) : ownWide;
    const dates =
      (listed || gapped) && last!.dates
        ? last!.dates
        : datesFor(ownDates, g.start - wideStart, status.status, index, ctx);
    const pausedOn =
      pauseAt > g.start - wideStart
        ? (readDates(ownWide.slice(pauseAt), ctx.article.published)[0] ?? null)
        : null;
    last = { reading, tariff: true, status, dates };
    const notes = replacedOnly
      ? ['the rate before a change']
      : notesFor(before, after, afterAll, wide, g, status.status);
    if (part) notes.push(`part of ${formatRate(groups[0]!.target.value)}`);
    const goodsList = reading.goods.length
      ? reading.goods
      : [{ kind: reading.goodsDefault, text: tariffWords(before, after), start: 0, end: 0 }];
    const seen = new Set<string>();
    for (const goods of goodsList) {
      if (seen.has(goods.kind)) continue;
      seen.add(goods.kind);
      const base: RateStatement = {
        goods: goods.kind,
        goodsText: goods.text,
        rate: g.target.value,
        // "would be charged 25% from Aug. 1" is a threat; "will take effect" with no date is announced.
        status: status.conditional
          ? 'threatened'
          : (status.future && !dates.effective) || startsLater(status.status, dates, ctx)
            ? 'announced'
            : signedBefore(status, dates, ctx)
              ? 'in effect'
              : status.status,
        imposedBy: reading.imposedBy,
        appliesTo: reading.appliesTo,
        effective: dates.effective?.date ?? null,
        effectivePrecision: dates.effective?.precision ?? null,
        said: dates.said?.date ?? ctx.article.published,
        saidPrecision: dates.said?.precision ?? (ctx.article.published ? 'day' : null),
        notes,
        articleIds: [ctx.article.id],
        mentions: [{ articleId: ctx.article.id, sentence }],
        previousRate: g.from?.value ?? null,
      };
      if (base.status === 'threatened' && !dates.effective && pausedJustBefore(ctx.sentences, index))
        base.status = 'paused';
      if (status.cue === null && !listed) UNCUED.add(base);
      if (base.status === 'threatened' && status.cue !== null && THREAT_CUE.test(status.cue))
        CALLED_A_THREAT.add(base);
      // A rate paused as of the article is paused: the step it paused is only history.
      if (!status.paused) {
        out.push(base);
        // A rate told of a list of countries is a rate on each of them.
        for (const c of rel?.countries.slice(1) ?? [])
          out.push({ ...base, appliesTo: c, notes: [...base.notes] });
        if (reading.imposedBy === 'United States' && !rel) {
          // "Both Thailand and Cambodia face a 36% tariff": each country of the pair is charged it.
          const pair = named?.countries.includes(base.appliesTo) ? named.countries : [];
          for (const c of [...pair, ...listedCountries(afterAll), ...coordinatedOn(base.appliesTo, afterAll)])
            if (c !== base.appliesTo) out.push({ ...base, appliesTo: c, notes: [...base.notes] });
        }
      }
      if (status.paused) {
        out.push({
          ...base,
          status: 'paused',
          effective: null,
          effectivePrecision: null,
          said: pausedOn?.date ?? ctx.article.published,
          saidPrecision: pausedOn?.precision ?? (ctx.article.published ? 'day' : null),
          notes: [],
          previousRate: null,
        });
      }
      if (g.from) {
        // The replaced rate was in effect until this change.
        const gap = fromAfter ? sentence.slice(g.target.end, g.from.start) : '';
        const was = fromAfter ? readStatus(gap, fromTail, `${gap} ${fromTail}`) : null;
        const lead = sentence.slice(Math.max(0, g.from.start - 40), g.from.start);
        const threatNamed = THREAT_NAMED.test(lead);
        const pastBefore = PAST_BEFORE.test(lead);
        const oncePlannedBefore = ONCE_PLANNED_BEFORE.test(lead);
        const old: RateStatement = {
          ...base,
          rate: g.from.value,
          // Only a threat or a proposal said of the old figure changes what it was ("the 25% Trump had threatened").
          status:
            // "to 20% from the 17% previously announced", "from a previously planned 32 percent":
            // a rate once announced or planned that the change replaces is past.
            !threatNamed && (oncePlannedBefore || (fromAfter && ONCE_PLANNED_AFTER.test(fromTail)))
              ? 'superseded'
              : was?.cue && ['threatened', 'proposed', 'announced'].includes(was.status)
                ? was.status
                : threatNamed
                  ? 'threatened'
                  : pastBefore
                    ? 'superseded'
                    : replacedStatus(
                        base,
                        CHARGED_NOW.test(sentence.slice(Math.max(0, g.from.start - 30), g.from.start)),
                      ),
          effective: null,
          effectivePrecision: null,
          said: ctx.article.published,
          saidPrecision: ctx.article.published ? 'day' : null,
          notes: [`replaced by ${formatRate(g.target.value)}`],
          previousRate: null,
        };
        // Left behind by a change only agreed: the article as a whole says whether it is gone.
        if (
          old.status === 'superseded' &&
          base.status === 'agreed' &&
          !was?.cue &&
          !pastBefore &&
          !oncePlannedBefore
        )
          AGREED_CUT.set(old, base);
        out.push(old);
      }
    }
  });
  return out;
}

/** Countries joined to the one a figure was read on, after the figure ("on Mexico and Canada"). */
function coordinatedOn(appliesTo: string, after: string): string[] {
  const joined = coordinatedAfter(after);
  return joined[0] === appliesTo ? joined : [];
}

/** Words that make a figure a bound the rate lies beyond; plain "above 15%" is often a threshold of goods. */
const LOWER_BOUND =
  /\b(?:(?:well|far|way|much)\s+(?:above|over|beyond|in\s+excess\s+of|more\s+than|higher\s+than)|more\s+than|in\s+excess\s+of|upwards\s+of|north\s+of|at\s+least|exceed(?:ed|ing|s)?|topp(?:ed|ing))\s+(?:an?\s+)?$/i;

/** The two sentences before this one tell of rates held back by a pause. */
function pausedJustBefore(sentences: readonly string[], index: number): boolean {
  return sentences.slice(Math.max(0, index - 2), index).some(tellsOfPause);
}

/**
 * The rate a change starts from: gone once the new rate is charged or ordered ("cut from 25% to
 * 15%"), still charged while the new one is only agreed or proposed ("agreed to reduce ... from 27.5%").
 */
function replacedStatus(
  next: { status: RateStatus; future?: boolean; conditional?: boolean },
  chargedNow = true,
): RateStatus {
  if (next.future || next.conditional) return 'in effect';
  // "The agreement to lower the rate from 25 percent to 15 percent was reached": the sentence says
  // nothing of the old rate being charged (it may only have been threatened); it is the rate left behind.
  if (next.status === 'agreed' && !chargedNow) return 'superseded';
  return next.status === 'in effect' || next.status === 'signed' ? 'superseded' : 'in effect';
}

/** "lower the threatened 25% tariff to 15%", "from a previous threat of 30%": the old rate was only threatened. */
const THREAT_NAMED = /\b(?:threatened|threat\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;

/** Words before the rate a change starts from that put its plan in the past: "from a previously planned". */
const ONCE_PLANNED_BEFORE =
  /\b(?:previously|originally|initially|first|earlier)\s+(?:announced|planned|proposed|set|slated|unveiled|scheduled)\s+$/i;
/** The same said after it: "from the 17% previously announced in April". */
const ONCE_PLANNED_AFTER =
  /^[^,;.]{0,20}?\b(?:(?:that|which)\s+(?:was|had\s+been)\s+)?(?:previously|originally|initially|first|earlier)\s+(?:announced|planned|proposed|set|slated|unveiled|scheduled)\b/i;

/** "from the current 27.5%", "the existing 2.5%", "now 25%": the old rate is said to be charged. */
const CHARGED_NOW = /\b(?:current(?:ly)?|existing|now|present|prevailing|still)\b/i;

/** A figure the sentence puts in the past is superseded, unless a threat or pause is said of it. */
function pastOrRead(past: boolean, before: string, after: string, wide: string): StatusReading {
  const read = readStatus(before, after, wide);
  if (!past || ['threatened', 'proposed', 'paused'].includes(read.status) || read.paused) return read;
  // "Trump had earlier planned to impose 25% from August 1": a plan given up was only ever a threat.
  if (read.status === 'announced' && read.cue !== null && /^(?:plan|intend)/i.test(read.cue))
    return { status: 'threatened', paused: false, cue: read.cue };
  return { status: 'superseded', paused: false, cue: 'past' };
}

/** "takes effect on August 1" said on July 9: charged from then, announced as of the article. */
function startsLater(status: RateStatus, dates: Dates, ctx: Context): boolean {
  const published = ctx.article.published;
  const from = dates.effective;
  return status === 'in effect' && published !== null && from !== null && from.date > published;
}

/**
 * "signed an order earlier this month setting a maximum 15%", told after the signing and with no
 * later start: the order is in force as of the article.
 */
function signedBefore(status: StatusReading, dates: Dates, ctx: Context): boolean {
  const published = ctx.article.published;
  if (status.status !== 'signed' || status.future || published === null) return false;
  if (dates.effective && dates.effective.date > published) return false;
  return dates.said !== null && dates.said.date < published;
}

function tariffWords(before: string, after: string): string {
  const m = /(?:\S+\s+)?(?:tariffs?|levy|levies|duty|duties)\b(?:\s+on\s+\S+)?/i.exec(`${before} ${after}`);
  return m
    ? m[0]
        .replace(/[“”"‘’']/g, '')
        .replace(/\s+/g, ' ')
        .replace(/^(?:a|an|the)\s+/i, '')
        .trim()
    : 'tariff';
}
