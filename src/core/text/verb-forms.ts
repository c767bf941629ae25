/**
 * English verb forms for headlines: a reported past ("met", "signed", "announced") becomes the
 * headline's present ("meets", "sign", "announces"). Irregular verbs are listed; regular ones
 * follow the spelling rules of -ed (doubled consonants, a dropped e, y → ied).
 */

/** Past tense → base form, for the irregular verbs news reports of talks use. */
const IRREGULAR_PAST: Record<string, string> = {
  met: 'meet',
  held: 'hold',
  upheld: 'uphold',
  spoke: 'speak',
  left: 'leave',
  flew: 'fly',
  took: 'take',
  undertook: 'undertake',
  made: 'make',
  said: 'say',
  told: 'tell',
  sent: 'send',
  went: 'go',
  came: 'come',
  became: 'become',
  began: 'begin',
  gave: 'give',
  struck: 'strike',
  won: 'win',
  lost: 'lose',
  led: 'lead',
  sought: 'seek',
  brought: 'bring',
  thought: 'think',
  saw: 'see',
  knew: 'know',
  wrote: 'write',
  rose: 'rise',
  fell: 'fall',
  broke: 'break',
  chose: 'choose',
  drew: 'draw',
  withdrew: 'withdraw',
  got: 'get',
  ran: 'run',
  sat: 'sit',
  stood: 'stand',
  found: 'find',
  kept: 'keep',
  paid: 'pay',
  laid: 'lay',
  heard: 'hear',
  felt: 'feel',
  meant: 'mean',
  spent: 'spend',
  understood: 'understand',
  shook: 'shake',
  dealt: 'deal',
  sold: 'sell',
  bought: 'buy',
  built: 'build',
  hung: 'hang',
  did: 'do',
  had: 'have',
  was: 'be',
  were: 'be',
};

/** Participles of irregular verbs that differ from their past tense. */
const IRREGULAR_PARTICIPLE: Record<string, string> = {
  spoken: 'speak',
  taken: 'take',
  given: 'give',
  chosen: 'choose',
  gone: 'go',
  begun: 'begin',
  written: 'write',
  risen: 'rise',
  fallen: 'fall',
  broken: 'break',
  drawn: 'draw',
  withdrawn: 'withdraw',
  flown: 'fly',
  known: 'know',
  seen: 'see',
  been: 'be',
  done: 'do',
  undertaken: 'undertake',
};

/** Words ending in -ed that are no past tense. */
const NOT_PAST = new Set([
  'need',
  'exceed',
  'proceed',
  'succeed',
  'feed',
  'heed',
  'speed',
  'breed',
  'seed',
  'shed',
  'bed',
  'red',
  'wed',
  'embed',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'kindred',
  'shred',
]);

/** Stems that look as if they had lost an e and have not ("developed", "focused", "monitored"). */
const NO_E = new Set([
  'develop',
  'envelop',
  'gallop',
  'gossip',
  'worship',
  'focus',
  'bias',
  'pivot',
  'target',
]);
/** "-ored" stems that did lose their e ("ignored", "restored"); most ("monitored") did not. */
const E_OR = new Set(['ignor', 'restor', 'explor', 'scor', 'stor', 'deplor', 'implor', 'ador', 'bor']);

/** Whether a lower-case word is a past tense (or participle) this module can take back to its base. */
export const isPastForm = (w: string): boolean =>
  w in IRREGULAR_PAST || w in IRREGULAR_PARTICIPLE || (/^[a-z][a-z-]{2,}ed$/.test(w) && !NOT_PAST.has(w));

/** The base form of a past tense or participle: "announced" → "announce", "met" → "meet". */
export function baseOfPast(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PAST[w] ?? IRREGULAR_PARTICIPLE[w];
  if (irregular) return irregular;
  if (!w.endsWith('ed')) return w;
  if (w.endsWith('eed')) return w.slice(0, -1); // agreed, guaranteed
  if (w.endsWith('ied')) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`; // tied; tried
  const stem = w.slice(0, -2);
  // Doubled final consonant: stopped, planned, submitted, referred (but added, called, passed).
  if (/([bdgmnprt])\1$/.test(stem) && stem !== 'add' && stem !== 'err') return stem.slice(0, -1);
  // controlled, cancelled, compelled (but called, installed, filled: one syllable, or -all).
  if (stem.endsWith('ll'))
    return /all$/.test(stem) || !/[aeiou][^aeiou]+[aeiou]/.test(stem) ? stem : stem.slice(0, -1);
  return needsE(stem) ? `${stem}e` : stem;
}

/** Whether a regular stem lost a final e to -ed: announc(e), arriv(e), negotiat(e), declin(e). */
function needsE(stem: string): boolean {
  if (NO_E.has(stem)) return false;
  if (/[cvzu]$/.test(stem)) return true; // announce, arrive, seize, continue
  if (/(?:[^aeiou][aeiou]|[dlr])g$|[ae]ng$/.test(stem)) return true; // engage, pledge, merge, change
  if (/(?:[aeiou]|[rnpl])s$/.test(stem)) return !/(?:ss|cus)$/.test(stem); // raise, impose, cause (not focus)
  if (/(?:[^aeiou]|i)at$|[^aeiou](?:ut|ot)$|(?:[cvn]it|[lp]et)$/.test(stem)) return true; // negotiate, dispute, vote, invite, delete
  if (/(?:[^aeiou]|qu)[aiu]r$/.test(stem)) return true; // declare, secure, require
  if (E_OR.has(stem)) return true;
  if (/(?:[^aeiou]l|[ui]l)$/.test(stem) && !/[aeiou]{2}l$/.test(stem)) return true; // handle, rule, compile
  if (/[^aeiou][aeiou][mkpbd]$/.test(stem)) return true; // name, revoke, shape, describe, decide
  if (/uid$|(?:pon|zon|phon|hon|ton|[^aeiou]in|[^aeiou]un)$/.test(stem)) return !/[aeiou]{2}n$/.test(stem); // guide, postpone, decline
  return false;
}

/** The present tense for a subject: "meet" → "meets" (singular) or "meet" (plural). */
export function presentOf(base: string, plural: boolean): string {
  if (base === 'be') return plural ? 'are' : 'is';
  if (plural) return base;
  if (base === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
