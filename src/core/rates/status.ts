import type { RateStatus } from '../article';

/**
 * What a sentence says happened to a rate. Cues are matched in the words around the figure;
 * a condition or threat anywhere in the clause makes the rate a threat, a pause is reported
 * alongside the step it paused, and otherwise the cue of the most advanced step wins.
 */

interface Cue {
  status: RateStatus;
  re: RegExp;
}

/**
 * A condition or a threat in so many words: the rate is a threat wherever it sits in the clause.
 * A threat may be told by a noun ("the prospect of a 36% tariff"), and a condition by the want of a
 * deal ("in the absence of a deal", "absent a deal", "failure to reach a deal would").
 */
const THREAT =
  /\b(?:threaten\w*|threats?\s+(?:of|to)|warn\w*|(?:prospects?|spect(?:re|er))\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?[\d.]+(?=\s*(?:%|percent|per\s+cent))|(?:in\s+the\s+absence\s+of|absent)\s+(?:an?\s+|such\s+an?\s+)?(?:[\w-]+\s+){0,2}(?:deal|agreement)|failure\s+to\s+(?:reach|sign|strike|secure|conclude|clinch|seal|agree)|if\s+(?:there\s+is\s+)?no\s+(?:deal|agreement)|in\s+the\s+event\s+(?:that|of)|if\s+(?:[\w-]+\s+){0,4}(?:fails?|cannot|can['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t)\b|barring|unless|without\s+(?:a|an)\s+(?:deal|agreement)|(?:you|they|japan|it)['’]?(?:ll|\s+will|\s+would)\s+pay|would\s+pay|(?:in\s+(?:a|his|her|the|its)\s+)?letters?\b)\b/i;

/** "following through on his threat", "made good on threats": the threat is now being carried out. */
const CARRIED_OUT =
  /\b(?:follow(?:s|ed|ing)?\s+through|ma(?:de|ke|kes|king)\s+good|carr(?:y|ies|ied|ying)\s+out|deliver(?:s|ed|ing)?)\s+on\s+(?:(?:his|her|its|their|the|an?|that|this|earlier|previous|repeated)\s+){0,2}$/i;

const THREAT_ALL = new RegExp(THREAT.source, 'gi');

/**
 * A threat word that names a rate as a noun phrase of its own: "Trump's threatened tariffs", "the
 * threatened rate", "tariffs he had threatened", "what he had earlier threatened", "a previous threat
 * of 30%". It tells of the rate it names, not of every figure in the clause ("a deal to reduce Trump's
 * threatened tariffs to 15%": the 15% is the deal's).
 */
const NAMING_LEAD =
  /(?:\b(?:the|a|an|his|her|its|their|this|that|[A-Z][\w.]*['’]s)\s+(?:(?:previous(?:ly)?|earlier|original(?:ly)?|initial(?:ly)?|prior|former|long|once|first)\s+)?|\b(?:tariffs?|rates?|levy|levies|duty|duties|levels?|what|that|which)\s+(?:(?:he|she|they|it|Trump|Washington|the\s+(?:US|U\.S\.|White\s+House|administration))\s+)?(?:had\s+|has\s+|have\s+)?(?:(?:earlier|previously|initially|originally|once|first)\s+)?)$/;
const NAMING_WORD = /^(?:threatened|threats?(?:\s+of)?)$/i;
/** Words between a naming threat and its own figure: "the threatened 25%", "a previous threat of 30%". */
const OWN_FIGURE_AFTER = /^\s*(?:of\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
/** Words between a figure and the threat that names it: "the 24% that the US threatened", "a 25% levy as threatened". */
const OWN_FIGURE_BEFORE = /^[^,;:–—(.]{0,60}$/;
const LEADING_FIGURE = /^[\d.]+\s*(?:%|percent|per\s+cent)/i;
/**
 * A comparison or change between a figure and a later threat word: "the 15% tariff would be lower
 * than previously threatened", "19% ... down from the threatened 32%", "less than half the 46% the
 * administration threatened". The threat is of the rate compared with, not of this figure; a threat
 * told by a speech verb ("far higher than any rate it has seen, Trump warned") is still of it.
 */
const COMPARED_THREAT =
  /\b(?:lower|higher|less|more|smaller|bigger|greater|steeper|milder|below|above|than|instead\s+of|short\s+of|down\s+from|up\s+from|compared\s+(?:with|to)|as\s+(?:[\w-]+\s+)?as)\b/i;

/** After a figure: "46 percent tariffs, currently paused until July", "the 24% rate, which was suspended". */
const PAUSED_APPOSED =
  /^[\d.]+\s*(?:%|percent|per\s+cent)[^.;,:()]{0,50},\s*(?:(?:which|that)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+)?(?:(?:currently|now|since|later|then|temporarily)\s+)?(?:paused|suspended|on\s+hold|postponed|delayed)\b/i;

/** "suspended his threat of 25% tariffs", "a 30-day pause on his tariff threats": the threat is held back. */
const PAUSED_THREAT =
  /\b(?:suspend|paus|postpon|delay|shelv)\w*\s+(?:on\s+)?(?:his|her|its|their|the|that|this|a)\s+(?:[\w-]+\s+)?$/i;

/**
 * The first threat word in `text` that is not one being carried out, nor one naming another rate
 * than the figure at `figureAt` (-1: position unknown, every threat word counts).
 */
function threatIn(text: string, figureAt = -1): RegExpExecArray | null {
  if (!THREAT.test(text)) return null;
  THREAT_ALL.lastIndex = 0;
  for (let m = THREAT_ALL.exec(text); m !== null; m = THREAT_ALL.exec(text)) {
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    if (CARRIED_OUT.test(lead)) continue;
    if (
      figureAt >= 0 &&
      m.index > figureAt &&
      NAMING_WORD.test(m[0]) &&
      COMPARED_THREAT.test(text.slice(figureAt, m.index))
    )
      continue;
    if (figureAt >= 0 && NAMING_WORD.test(m[0]) && NAMING_LEAD.test(lead)) {
      const own =
        m.index < figureAt
          ? OWN_FIGURE_AFTER.test(text.slice(m.index + m[0].length, figureAt))
          : OWN_FIGURE_BEFORE.test(text.slice(figureAt, m.index).replace(LEADING_FIGURE, ''));
      if (!own) continue;
    }
    return m;
  }
  return null;
}

/**
 * "the deal averts the 30% tariff", "could have triggered a 30% blanket tariff": a rate avoided, or
 * one that would have applied but for what happened, was only ever a threat.
 */
const AVERTED_BEFORE =
  /\b(?:avoid|avert|spar(?:e|ed|es|ing)|stav(?:e|ed|es|ing)\s+off|ward(?:ed|s|ing)?\s+off|escap|dodg|sidestep)\w*\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$|\b(?:would|could|might)\s+have\s+(?:been\s+)?[a-z]+\s+(?:(?:the|a|an|to)\s+)?(?:[\w-]+\s+){0,3}$/i;

/**
 * "still has time to negotiate with the United States before a 25% tariff takes effect": a rate a
 * deal may yet avert is a threat, however firmly it was announced.
 */
const AVERTABLE =
  /\b(?:negotiat\w*|talks|(?:reach|strike|secure|clinch)\s+(?:a|an)\s+(?:deal|agreement))\s+(?:[\w-]+\s+){0,5}before\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?(?:tariffs?|levy|levies|duty|duties)\s+(?:takes?|come[s]?|goes|go|kicks?)\b/i;

/**
 * "faces a 36% tariff if ... before a moratorium expires", "higher rates set to take effect after
 * the three-month negotiation period": a rate waiting for a pause to end is suspended now.
 */
const AFTER_PAUSE =
  /\b(?:moratorium|pause|suspension|reprieve|truce|grace\s+period|negotiation\s+period)\s+(?:[\w-]+\s+){0,2}?(?:expires?|ends?|lapses?|runs?\s+out|is\s+over)\b|\b(?:after|when|once|at\s+the\s+end\s+of)\s+(?:the|a|an|its|this)\s+(?:[\w-]+\s+){0,3}(?:pause|moratorium|suspension|reprieve|negotiation\s+period|grace\s+period)\b/i;
/** "announced and then suspended for 90 days", "the 90-day pause": a pause of rates, told in so many words. */
const PAUSED_FOR =
  /\b(?:paus|suspend|postpon)\w*\s+(?:[\w-]+\s+){0,3}?(?:for|until)\s+(?:\d+|ninety|three|two|six|a)\b|\b(?:\d+|ninety|three-month|90)-day\s+(?:pause|suspension|reprieve|moratorium)\b/i;

/**
 * Does this text tell of rates held back by a pause? A threat with no date of its own, told right
 * after such a sentence, is one of the rates paused ("... suspended for 90 days. Norway faces 15%
 * if it fails to reach an agreement").
 */
export function tellsOfPause(text: string): boolean {
  return AFTER_PAUSE.test(text) || PAUSED_FOR.test(text);
}

/**
 * "The court ruled that the act, under which the administration imposed 15% tariffs, does not grant
 * the president the authority to impose such tariffs": a rate a court struck down is no longer charged.
 * A ruling stayed or appealed while the tariffs remain in place leaves them charged.
 */
/** The order itself is the subject that sets the rate: "the order lowers tariffs on cars to". */
const ORDER_DOES =
  /\b(?:order|directive|proclamation|decree)\s+(?:[\w-]+\s+){0,2}?(?:reduces|lowers|cuts|sets|caps|establishes|brings)\s+(?:[^.;,]{0,60}?\s)?(?:to|at)\s+(?:a\s+|an\s+)?$/i;
const COURT = /\b(?:court|judges?|justices|tribunal)\b/i;
const STRUCK_DOWN =
  /\b(?:(?:does|did|do)\s+not|doesn['’]t|didn['’]t)\s+(?:grant|give|confer|authori[sz]e|allow|permit)\b|\b(?:struck|strikes?|striking)\s+down\b|\b(?:unlawful|illegal|unconstitutional|invalid(?:ated)?|exceeded\s+(?:his|its|the|their)\s+(?:authority|powers))\b/i;
const STILL_CHARGED =
  /\b(?:remain|stay)\w*\s+in\s+(?:place|effect|force)\b|\bpending\s+(?:an?\s+)?appeal\b|\bstayed\b/i;

/** The figure is qualified as the one charged now: "the current 10%", "its existing 2.5 percent". */
const CURRENT_BEFORE =
  /\b(?:the|its|their|his|our|an?|[A-Z][\w.]*['’]s)\s+(?:current|existing|present|prevailing)\s+(?:[\w-]+\s+)?$/i;

const IF_STAYS = /\bif\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:stays?|remains?|holds?)\s+(?:at\s+)?$/i;

/** Words that make a rate a possibility; an announcement or deal in the same clause outranks them. */
const MAYBE =
  /\b(?:(?:would|could|may|might|set\s+to|is\s+to)\s+(?:face|see(?!\s+(?:[\w.-]+\s+){1,2}(?:impose|charge|raise|cut|slap|apply|hike|lower|reduce)\b))|fac(?:e|es|ing)\s+(?:a|an|the)?\s*(?:higher|steeper|possible)|risk\w*|could\s+be\s+hit|would\s+be\s+hit)\b/i;
/**
 * "tariffs could rise to 25%": the figure a rise might reach. Said after the figure ("the 10% tax
 * could rise or fall") the rise is of the rate charged now, which is no possibility itself.
 */
const MAY_RISE_TO =
  /\b(?:set\s+to\s+(?:return|rise|jump|increase|climb)|(?:would|could|may|might)\s+(?:rise|jump|increase|climb|soar|return|reach|hit|go\s+as\s+high\s+as)|(?:phased\s+)?escalations?\s+to)\b/i;
/**
 * "a new tariff proposal reducing the rate to 30%", "their initial goal of a zero-for-zero tariff":
 * the figure is what a proposal, offer or goal holds.
 */
const PROPOSAL_OF =
  /\b(?:proposal|offer|counter-?offer|counterproposal|goal)s?\s+(?:(?:of|for|at|to|reducing|cutting|lowering|raising|setting)\s+)?(?:[\w-]+\s+){0,4}[\w-]*$/i;

const STILL_TO_COME = /\b(?:set|due|scheduled|slated)\s+to\s+(?:be\s+)?[a-z]+/i;
const STACKED = /\b(?:stack(?:ed|ing|s)?|stacked\s+on\s+top)\b/i;
const REPORTED = /\b(?:said|says|told|stated|announced|confirmed|added|expects?|expected)\b/i;
const RETURN_TO = /\b(?:return\w*|revert\w*|snap\w*\s+back)\s+to\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+)?$/i;
/** A modal right after the figure's noun: "25% tariff would take effect", "the 50% levy could". */
const MODAL_AFTER =
  /^\s*(?:[\w-]+\s+)?(?:tariffs?|levy|levies|duty|duties|rate|tax)\s+(would|could|might|will|['’]ll)\s+(?!(?:still|remain|stay|continue|not|rise|fall|drop|change|go|be\s+(?:raised|lowered|cut|increased|reduced|higher|lower))\b)/i;

export const PAUSE = /\b(?:paus\w*|on\s+hold|suspend\w*|postpon\w*|delay\w*)\b/i;

/**
 * Future intent by the side that sets the rate: announced, not yet done. Said in the passive too:
 * "tariffs will be reduced to 19%", "duties will also be cut to 15%", "will be capped at 15%".
 */
const FUTURE =
  /\b(?:will|would|shall|plans?\s+to|intends?\s+to|is\s+to|are\s+to|set\s+to|going\s+to)\s+(?:\w+\s+)?(?:impose|lower|raise|cut|reduce|increase|hike|slap|set|apply|charge|levy|introduce|bring|issue|sign|order|rise|drop|fall)\b|\b(?:will|would|shall)\s+(?:also\s+|then\s+|further\s+)?be\s+(?:reduced|lowered|cut|raised|increased|slashed|capped|halved|hiked|doubled|brought\s+down)\s+(?:to|at)\b|\bwill\s+(?!now\b|still\b|continue\b)(?:\w+\s+)?(?:fac(?:e|ed|ing)|see(?!\s+(?:[\w.-]+\s+){1,2}(?:impose|charge|raise|cut|slap|apply|hike|lower|reduce)\b))\b|\b(?:is|are)\s+(?:scheduled|slated|due)\s+to\b|\b(?:going\s+to|will|['’]ll)\s+pay\b|\b(?:is|are)\s+(?:now\s+)?(?:rais|doubl|tripl|increas|lower|cutt|reduc|hik|lift|bring)\w*ing\b/i;

/**
 * "the US still decided to impose a 20 percent tariff", "the decision to impose": a decision is
 * announced; the rate is charged only once an article says it took effect.
 */
const DECIDED =
  /\b(?:decid(?:ed|es|ing)|decision)\s+to\s+(?:impose|slap|levy|apply|charge)\s+(?:[^.;,]{0,40}\s)?$/i;

/** "US Increasing Canada Tariff to 35%": a headline drops the "is" of a change under way. */
const HEADLINE_CHANGING =
  /^\s*(?:[A-Z][\w.'’-]*\s+){1,3}(?:Rais|Increas|Lower|Cutt|Hik|Doubl|Slash|Lift)ing\s/;

/** A rate set by a deal: "under the agreement", "as part of the deal". */
const UNDER_DEAL =
  /\b(?:under|as\s+part\s+of|in\s+line\s+with|per)\s+(?:the|a|this|these|their|its)\s+(?:\w+\s+)?(?:deal|agreement|accord|pact)s?\b/i;

const CUES: readonly Cue[] = [
  {
    status: 'revoked',
    re: /\b(?:revok\w*|rescind\w*|scrap\w*|lift(?:ed|s|ing)?|remov\w*|repeal\w*|abolish\w*|eliminat\w*|withdr[ae]w\w*)\b/i,
  },
  {
    status: 'in effect',
    // "is still set to take effect", "remains set to go into effect": a start still to come, not a charge.
    re: /\b(?:remain(?:s|ed)?(?!\s+(?:set|due|scheduled|slated|on\s+track)\s+to\b)|stay(?:s|ed)?\s+at|still(?!\s+(?:set|due|scheduled|slated|expected|planned|on\s+track)\s+to\b)|(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,6}?at|continu(?:e|es|ed|ing)\s+(?:to\s+)?(?:impos|charg|appl|levy|levi|pay|fac|collect)\w*|impos(?:ed|es|ing|ition)|slap(?:ped|s)?|levied|subject\s+to|in\s+effect|in\s+place|in\s+force|t(?:ook|akes?|aking)\s+effect|(?:go(?:es)?|went|gone)\s+into\s+(?:effect|force)|kick(?:s|ed)?\s+in|came\s+into|enforc\w*|implement(?:ed|ing|s)|collect(?:ed|ing)|current(?:ly)?|existing|now\s+(?:faces?|pays?|at)|raised|increase[ds]?|hik(?:ed|es)|charg(?:ed|es|ing)|appl(?:ies|ied)|began|started)\b/i,
  },
  { status: 'signed', re: /\b(?:sign(?:ed|s|ing)?|executive\s+order|proclamation|decree|ordered)\b/i },
  {
    status: 'agreed',
    re: /\b(?:agree(?:d|s|ments?)?|deals?|accords?|pacts?|settled|struck|secur(?:ed|es|ing)|negotiated|in\s+exchange\s+for|in\s+return\s+for)\b/i,
  },
  {
    status: 'announced',
    re: /\b(?:announc\w*|unveil\w*|declar\w*|promis\w*|pledg\w*|letters?|notif\w*|(?:initially|originally|first)\s+set|planned|plans?)\b/i,
  },
  { status: 'proposed', re: /\b(?:propos\w*|offer\w*|float\w*|suggest\w*|sought|seek\w*|request\w*)\b/i },
];

/**
 * Words just before a cue that make it a goal rather than a fact ("to eliminate the 25% tariff",
 * "to implement the deal", "calls for lifting").
 */
const GOAL_BEFORE =
  /(?:\bto|\bpropos\w*|\bthreaten\w*|\boffer\w*|\brequest\w*|\bdemand\w*|\bask\w*\s+for|\bsought|\bwants?\s+to|\bcall(?:s|ed)?\s+for|\burg\w+|\bpush\w*\s+(?:for|to)|\bseek\w*\s+to|\bhopes?\s+to|\baims?\s+to|\brather\s+than|\bnot)\s+(?:\w+\s+)?$/i;

/** Compiling a cue's global form on every call was a measurable share of rate reading. */
const globalForms = new Map<RegExp, RegExp>();

function unguarded(re: RegExp, text: string): { index: number; text: string }[] {
  // Most cues are absent from most clauses: one test is cheaper than starting a global scan.
  if (!re.test(text)) return [];
  let global = globalForms.get(re);
  if (!global) {
    global = new RegExp(re.source, 'gi');
    globalForms.set(re, global);
  }
  const out: { index: number; text: string }[] = [];
  global.lastIndex = 0;
  for (let hit = global.exec(text); hit !== null; hit = global.exec(text)) {
    const lead = text.slice(Math.max(0, hit.index - 40), hit.index);
    // "is expected to take effect" is a forecast, not a goal: kept, and read as future.
    // "before agreeing to suspend them": what one agreed or decided to do was done, not a goal.
    if (GOAL_BEFORE.test(lead.slice(-30)) && !MODAL_BEFORE.test(lead) && !DONE_TO.test(lead)) continue;
    out.push({ index: hit.index, text: hit[0] });
  }
  return out;
}

/** Verbs of a charge going on: said with "will", they tell of a rate charged now. */
const ONGOING = /^(?:remain|stay|still|now|keep|kept|maintain|continu)/i;
const ONGOING_BEFORE = /\b(?:continu\w*|keep(?:s|ing)?(?:\s+on)?)\s+(?:to\s+)?$/i;

const PAUSE_OF_IT = /\b(?:paus|suspend|postpon|delay)\w*\s+(?:it|them|their|its)\b/i;
const DONE_TO =
  /\b(?:agree(?:d|s|ing)?|decid(?:ed|es|ing)|decision|mov(?:ed|es|ing)|vot(?:ed|es|ing))\s+to\s+$/i;

const WISH =
  /\b(?:expect(?:s|ed|ing)?\s+to\s+(?:secure|get|win|obtain|land|clinch|receive)|hop(?:e|ed|es|ing)|want(?:s|ed)?|wish(?:es|ed)?|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for)\b/i;

/** "would" and "could" stay conditional even with a date; "will ... as of Sept. 16" starts then. */
const CONDITIONAL_BEFORE = /\b(?:would|could|may|might)\s+(?:\w+\s+)?(?:formally\s+)?$/i;

const MODAL_BEFORE =
  /\b(?:will|would|shall|could|may|might|(?:is|are)\s+(?:expected|likely)\s+to|(?:(?:is|are)\s+)?(?:set|due|scheduled|slated)\s+to)\s+(?:\w+\s+)?(?:formally\s+)?$/i;

/**
 * "a deal that imposes", "the agreement, which sets", "The agreement with Indonesia, formalized in
 * separate talks, imposes", "Both agreements impose": the deal is the subject of the charging verb.
 * What a deal sets is agreed until an article says it took effect.
 */
const DEAL_THAT =
  /\b(?:deal|agreement|accord|pact|framework|arrangement)s?(?:\s+(?:with|between)\s+[^,;.:]{1,40}?)?(?:\s*,[^,;.:]{1,60},)?(?:\s*,?\s+(?:that|which))?\s+(?:(?:will|would|also)\s+)?$/i;

const COMPARED_WITH = /\b(?:in\s+line\s+with|similar\s+to|compared\s+(?:with|to)|on\s+par\s+with)\s+[^.;]*$/i;

const IN_ANNOUNCEMENT =
  /^[^.;]{0,80}?\bin\s+(?:his|her|its|their|the|an?)\s+(?:[^\s.;]+\s+){0,3}announcement\b/i;
/** "announced by the U.S. Government, including imposing 14%": an initial's dot ends no clause. */
const ANNOUNCED_INCLUDING =
  /\bannounced\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}(?:\bincluding\s+|,\s*)(?:impos|slap|levy)\w*\s+(?:an?\s+|the\s+)?[\d.]+\s*(?:%|percent|per\s+cent)/i;

function announcedImposing(after: string, wide: string): boolean {
  return IN_ANNOUNCEMENT.test(after) || ANNOUNCED_INCLUDING.test(wide);
}

function signedIn(text: string): boolean {
  const signed = CUES.find((c) => c.status === 'signed')!;
  return unguarded(signed.re, text).length > 0;
}

export interface StatusReading {
  status: RateStatus;
  /** A pause reported in the same clause ("announced 24%, but later paused them"). */
  paused: boolean;
  cue: string | null;
  /** "will take effect": in effect only from a date the text gives, else merely announced. */
  future?: boolean;
  /** "would be charged 25% from Aug. 1": announced, not in effect, whatever the date. */
  conditional?: boolean;
}

/**
 * `near` is the clause around the figure (before and after it), `wide` the whole window of
 * the sentence that belongs to the figure; the figure itself sits at `near.length - after`.
 */
export function readStatus(before: string, after: string, wide: string): StatusReading {
  const near = `${before} ${after}`;
  // "the 15% levy was not stacked on goods with higher rates": whether it stacks is a question only
  // about a rate being charged.
  // "a 25% tariff set to be implemented overnight" is still to come, whatever stacks on it.
  if (STACKED.test(near) && !THREAT.test(near) && !STILL_TO_COME.test(after))
    return { status: 'in effect', paused: false, cue: 'stacked' };
  // "Trump's directive reduces tariffs on cars to 15 percent, without stacking": what an order does
  // is signed, charged once the order takes effect.
  const ordered = ORDER_DOES.exec(before);
  if (ordered) return { status: 'signed', paused: false, cue: ordered[0] };
  const struck = COURT.test(wide) ? STRUCK_DOWN.exec(wide) : null;
  if (struck && !STILL_CHARGED.test(wide)) return { status: 'superseded', paused: false, cue: struck[0] };
  // "lower the current 36% tariff", "hopes to keep the current 10%", "until a deal is signed, ... subject to the
  // current 10 percent": the adjective states the rate's stage; wishes and deals around it are about a change.
  if (CURRENT_BEFORE.test(before.slice(-40))) return { status: 'in effect', paused: false, cue: 'current' };
  // "set to return to an original 24%": the rate is suspended now and may come back.
  if (RETURN_TO.test(before)) return { status: 'paused', paused: false, cue: 'return to' };
  // "The 50% tariff would mark a sharp increase": the rate itself is only a possibility.
  const modal = MODAL_AFTER.exec(after);
  if (modal && !/\bstill\b/i.test(after.slice(0, 40)))
    // "Lutnick said the tariff would take effect": reported speech shifts "will" to "would".
    return /^will|['’]ll/i.test(modal[1]!) || REPORTED.test(before)
      ? { status: 'announced', paused: false, cue: modal[1]! }
      : { status: 'threatened', paused: false, cue: modal[1]! };
  // "if tariff stays at 29%, exports may fall": a supposition about the rate, not a report that it is charged.
  const supposed = IF_STAYS.exec(before);
  if (supposed) return { status: 'threatened', paused: false, cue: supposed[0].trim() };
  // Only in the figure's own clause: "10% on most countries, with higher rates ... after the pause".
  const waiting = AFTER_PAUSE.exec(near);
  if (waiting) return { status: 'paused', paused: false, cue: waiting[0] };
  const averted = AVERTED_BEFORE.exec(before.slice(-60));
  if (averted) return { status: 'threatened', paused: false, cue: averted[0] };
  // Where the figure sits in `wide` (-1 when unknown): `before` is the end of the text leading up to it.
  const beforeAt = before ? wide.indexOf(before) : -1;
  const figureAt = beforeAt >= 0 ? beforeAt + before.length : -1;
  const threat = threatIn(wide, figureAt) ?? AVERTABLE.exec(wide);
  if (threat) {
    // "threatened 25% tariffs ..., but delayed them for a month": the threat was then held back.
    const held =
      PAUSED_THREAT.test(wide.slice(Math.max(0, threat.index - 40), threat.index)) ||
      PAUSE_OF_IT.test(wide.slice(threat.index));
    return { status: held ? 'paused' : 'threatened', paused: false, cue: threat[0] };
  }
  // "46 percent tariffs, currently paused until July": a pause set off right after the figure is its own.
  if (figureAt >= 0 && PAUSED_APPOSED.test(wide.slice(figureAt, figureAt + 120)))
    return { status: 'paused', paused: false, cue: 'paused' };
  const paused = unguarded(PAUSE, wide).length > 0;
  const deal = UNDER_DEAL.exec(wide);
  const inEffect = CUES.find((c) => c.status === 'in effect')!;
  // "implementing 15% as of Sept. 16, in line with the deal": the deal is why, the rate is in effect.
  if (deal && unguarded(inEffect.re, near).length === 0) return { status: 'agreed', paused, cue: deal[0] };
  // "Japanese officials hoped the tariff would be cut to 12.5%": a wish, so a proposal at most.
  const wish = WISH.exec(before.slice(-60));
  // "did not want to commit on whether the 10% ...": a wish denied is no proposal.
  // "wanted to know whether the tariff will stay at 10%": a question, not a wish for the rate.
  const denied = wish
    ? /\b(?:not|never)\s+$|n['’]t\s+$/i.test(before.slice(-60).slice(0, wish.index)) ||
      /^\s+to\s+(?:know|learn|understand|find\s+out|see|ask|check|clarify)\b/i.test(
        before.slice(-60).slice(wish.index + wish[0].length),
      )
    : false;
  if (wish && !denied) return { status: 'proposed', paused, cue: wish[0] };
  if (PROPOSAL_OF.test(before.slice(-60))) return { status: 'proposed', paused, cue: 'proposal' };
  const future = FUTURE.exec(before) ?? DECIDED.exec(before) ?? HEADLINE_CHANGING.exec(before);
  if (future) return { status: 'announced', paused, cue: future[0] };
  const maybe = MAYBE.exec(near) ?? MAY_RISE_TO.exec(before);
  if (maybe) {
    const firm = ['announced', 'signed'].find((st) =>
      CUES.some((c) => c.status === st && unguarded(c.re, near).length > 0),
    ) as RateStatus | undefined;
    return { status: firm ?? 'threatened', paused: false, cue: maybe[0] };
  }
  for (const text of [near, wide]) {
    for (const cue of CUES) {
      if (cue.status === 'revoked' && paused) continue;
      // "the 15% tariff is in line with the surcharges that have been imposed on Japanese goods": a
      // cue past "in line with" tells of the other rate compared, not this one.
      const hits = unguarded(cue.re, text).filter(
        (h) => !COMPARED_WITH.test(text.slice(Math.max(0, h.index - 80), h.index)),
      );
      const hit = hits[0];
      // "signed an order implementing the deal": the participle says what the order does, not that it is done.
      if (hit && cue.status === 'in effect' && /ing$/i.test(hit.text) && signedIn(text)) {
        return { status: 'signed', paused, cue: 'signed' };
      }
      // A rate "left in place" by a pause elsewhere in the sentence was not itself paused.
      // "imposed a 30% tariff …, before agreeing to suspend their application": a pause whose object
      // is a pronoun takes the rate just named.
      const own =
        cue.status === 'in effect'
          ? unguarded(PAUSE, near).length > 0 || (paused && PAUSE_OF_IT.test(wide))
          : paused;
      if (!hit) continue;
      // "slapped a 17% tariff on Israel in his 'Liberation Day' announcement", "measures announced
      // …, including imposing a 14% tariff": the imposing is what was announced, not yet charged.
      if (
        cue.status === 'in effect' &&
        /^(?:impos|slap|levied)/i.test(hit.text) &&
        announcedImposing(after, wide)
      )
        return { status: 'announced', paused: own, cue: 'announcement' };
      // "a new trade deal that imposes a 15% tariff": what a deal sets is agreed, not yet charged.
      // The clause may begin past the deal's appositive ("The agreement, formalized in talks, imposes"):
      // a cue before the figure is looked up in the whole window.
      const at = text === near && beforeAt >= 0 && hit.index < before.length ? beforeAt + hit.index : -1;
      const dealLead =
        at >= 0 ? wide.slice(Math.max(0, at - 120), at) : text.slice(Math.max(0, hit.index - 120), hit.index);
      if (cue.status === 'in effect' && DEAL_THAT.test(dealLead))
        return { status: 'agreed', paused: own, cue: 'deal' };
      // "will remain at 27.5%", "will keep its tariff at 30%", "will continue imposing 10%": a rate
      // charged now and going on is in effect; "would take effect" is not yet.
      const lead = text.slice(Math.max(0, hit.index - 40), hit.index);
      const future =
        cue.status === 'in effect' &&
        !ONGOING.test(hit.text) &&
        MODAL_BEFORE.test(lead) &&
        !ONGOING_BEFORE.test(lead);
      const conditional =
        future && CONDITIONAL_BEFORE.test(text.slice(Math.max(0, hit.index - 40), hit.index));
      return { status: cue.status, paused: own, cue: hit.text, future, conditional };
    }
  }
  if (paused) return { status: 'paused', paused: false, cue: 'pause' };
  return { status: 'in effect', paused: false, cue: null };
}
