import type { Quote } from '../article';
import { type Attribution, participleSubject, type SentenceInfo } from './speakers-attribution';
import type { SpeechAnalysis } from './speech-analysis';
import type { CleanArticle } from './types';

/**
 * Reported statements: "Akazawa told reporters that …", "X said …", "…, the sources said",
 * "according to X, …". The text is the reported clause; the speaker is resolved as for direct
 * quotes. A clause that is mostly a direct quote is left to the direct quote.
 */

type Draft = Omit<Quote, 'id'>;

/** Objects of telling that stand between the verb and the clause ("told reporters that"). A named
 * object may carry its titles ("urged U.S. Commerce Secretary Jane Roe and Trade Minister Kim
 * Yong-beom to …"): up to six capitalised words a side, so a long name is read whole, and a
 * country's body in lower case ("urging the U.S. side to review …"). */
const TOLD_OBJECT =
  /^\s+(?:(?:the\s+)?(?:reporters|journalists|lawmakers|the press|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|meeting|briefing|audience|summit|forum|committee|session|gathering|crowd|rally|hearing|interviewer)|(?:his|her|their|its|our)\s+(?:[\w.-]+\s+){0,2}?(?:counterparts?|colleagues|members|audience|supporters|partners|officials|ministers|leaders|cabinet|team)|him|her|them|us|me|parliament|the Diet|\p{Lu}[\p{L}\p{M}\w.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}\w.’'-]*){0,5}(?:\s+and\s+\p{Lu}[\p{L}\p{M}\w.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}\w.’'-]*){0,5})?(?:\s+(?:side|government|delegation|team|authorities|officials|negotiators|counterparts))?))(?=[\s,:.;]|$)/u;
/** A capitalised word of any alphabet ("Ishiba", "Šefčovič", "Lopez-Garcia"). */
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}\w.’'-]*`;
/** Time, place and manner adverbials after the verb ("said Tuesday", "said on Monday that",
 * "said Sept. 16 in Tokyo", "told reporters at a briefing in the capital"). One unit each; the
 * caller repeats it, so no pattern nests unbounded groups. */
const ADVERBIAL_UNIT = new RegExp(
  [
    String.raw`(?:on|in|at|during|after|before|late|early|earlier|later)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`(?:on|in|by)?\s*(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?`,
    String.raw`(?:on|in)?\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b`,
    String.raw`(?:on|in|at|during|after|before)?\s*(?:the\s+day|this\s+(?:week|month|morning)|last\s+(?:week|month|year)|next\s+week|yesterday|today|tonight|earlier|later|previously|repeatedly|also|again|separately|then|a\s+day\s+later)`,
    String.raw`(?:in|at|during|via|on|through|after|following)\s+(?:(?:a|an|the|his|her|their|its|a\s+separate)\s+)?(?:[\w’'-]+\s+){0,3}?(?:interview|statement|briefing|conference|meeting|post|session|speech|address|remarks|forum|summit|video|call|platform|account|event|dialogue|hearing)(?:\s+(?:with|on|in|at|to|of)\s+(?:the\s+)?${CAP_WORD}(?:\s+${CAP_WORD}){0,3})?`,
    String.raw`(?:on|via)\s+(?:X|Twitter|Facebook|Truth\s+Social|social\s+media|television|TV|radio)`,
    String.raw`(?:in|at)\s+the\s+(?:capital|city|parliament|embassy|ministry|headquarters|palace|office|airport|summit)\b`,
    String.raw`in\s+(?:the\s+)?${CAP_WORD}(?:\s+${CAP_WORD})?(?=\s*(?:,|that\b|on\b|$))`,
    String.raw`(?:at\s+(?:some|this|that|one)\s+point|for\s+now|so\s+far|at\s+the\s+moment|once\s+again)`,
    // "told reporters on Wednesday (June 4) that …": a date or a place in brackets.
    String.raw`\([^()\n]{1,40}\)`,
  ]
    .map((unit) => `(?:${unit})`)
    .join('|')
    // A unit ends on a word's end: "again" is not the start of "against".
    .concat(')', String.raw`(?![\p{L}\p{N}])`)
    .replace(/^/, '(?:'),
  'yu',
);

/** Skips a run of adverbials (at most six) and the commas between them from `start`. */
function skipAdverbials(masked: string, start: number): number {
  let at = start;
  for (let i = 0; i < 6; i++) {
    const lead = /^[\s,]*/.exec(masked.slice(at, at + 8))![0].length;
    ADVERBIAL_UNIT.lastIndex = 0;
    const m = ADVERBIAL_UNIT.exec(masked.slice(at + lead, at + lead + 120));
    if (!m || m[0].trim() === '') break;
    at += lead + m[0].length;
  }
  return at;
}

/** The opening of another clause left before a cut: a conjunction and an adverbial, a relative's
 * head, or the writer's subordinate clause of time or concession (", even after President …"). */
const CUT_TAIL =
  /,\s*(?:(?:and|but|or|while|as|so|yet)\b[^,;:_]{0,30}|(?:[^,;:_\s]+\s+){1,3}(?:that|which|who|whom)|(?:even\s+|just\s+)?(?:after|before|since|when|because|although|though|until|once)\b[^,;:_]{0,30})\s*,?\s*$/;

/** Words that cannot open a reported clause: it would be an adverbial, not a statement. */
const PREPOSITION =
  /^(?:on|in|at|after|before|during|for|from|with|to|upon|without|about|against|via|by|of|held|when|while|prior|ahead|following|according|as|into|among|amid|over|under|through|across|regarding|concerning|despite|and|but|or|then|which|who|whom|ed)\b/i;
/** Verbs whose noun-phrase object is an act or a thing, not a statement ("revealed the call"). */
const NAMES_AN_ACT =
  /^(?:announced|announces|revealed|disclosed|confirmed|confirms|acknowledged|reiterated|repeated|continued)$/i;
/** A noun whose "that" clause is its content ("his view that …", "the position that …"). */
const CONTENT_NOUN_THAT =
  /\b(?:view|views|belief|position|stance|hope|concern|claim|assessment|assurance|message|argument|point|expectation|pledge|commitment|promise|fact|warning|demand|call|conviction|understanding|opinion)\s+that\s$/i;
/** A finite verb within the first words: the object is a clause, not a noun phrase. */
const FINITE_CLAUSE =
  /^[^.;:]{0,80}?\b(?:would|will|is|are|was|were|had|has|have|could|can|may|might|must|should|shall)\b/i;
/** ", but declined to …", ", but did not provide details": the speaker's next act, not the claim. */
const SECOND_PREDICATE =
  /,\s*(?:but|and)\s+(?:(?:also|then)\s+)?(?:declined|refused|did not|didn['’]t|gave no|offered no|provided no|stopped short)\b/i;
/** A finite verb before any comma or stop: what follows "that" is a clause. */
const CLAUSE_VERB =
  /^\s*that\s[^.;:,_]{0,70}?\b(?:were|was|is|are|would|will|had|has|have|could|can|may|might|must|should)\b/i;
/** Verbs whose content may be an infinitive ("urged X to …", "pledged to …", "agreed to …"). */
const TAKES_INFINITIVE =
  /^(?:urged|urges|asked|asks|pledged|pledges|vowed|vows|promised|offered|proposed|agreed|declined|demanded|called|told|tells|requested|invited|expressed|threatened|threatens|urging|pledging|vowing|demanding|proposing)$/i;
/**
 * "Trump agreed to a 30-day pause", "Sheinbaum agreed to deploy troops", "the two leaders agreed to
 * extend the deal": people agreeing to a step is the writer's account of an act done together, not
 * anyone's words. (A government that "agreed to" a step is often its official response, relayed as
 * such, and stays.)
 */
const AGREED = /^agreed$/i;
function personSubject(at: Attribution): boolean {
  const k = at.subject.kind;
  return (k === 'named' && !at.subject.organisation) || k === 'pronoun' || k === 'plural' || k === 'role';
}
/** Commitments: "A promised to …, B said" is B's account of A's act, so the statement is B's. */
/** Verbs of naming ("what he called …"). */
const NAMING_VERB = /^(?:called|calls|termed|terms|dubbed|dubs|described|describes|labelled|labeled)$/i;
/**
 * "after what he called …", "announced what he called …": the free relative is the object of a
 * preposition or of a verb naming an act, a thing in the sentence; after "citing" or "said" it is
 * the content of a claim and stays.
 */
const WHAT_BEFORE =
  /\b(?:after|before|during|over|for|of|in|at|on|by|from|with|against|amid|about|under|to|announced|launched|unveiled|imposed|signed|introduced)\s+what\s+$/i;
/** Verbs of posting, and the thing posted as their object ("the news", "a video on X"). */
const POSTING_VERB = /^(?:posted|posts|tweeted|tweets|shared|shares|wrote|writes)$/i;
const POSTED_THING =
  /^\s*(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:news|message|post|video|statement|letter|photo|picture|announcement|update|note|clip|image|link)s?\b/i;
const CLAUSE_ONLY_PARTICIPLE =
  /^(?:highlighting|expressing|suggesting|predicting|recalling|affirming|indicating)$/i;
/** ", responds to …" after "according to Y": the claim's verb follows the interruption. */
const INTERRUPTED = /^\s*,\s*[a-z]/;
const PHONED = /^(?:called|calls)$/i;
/** "called on the EU to", "called upon the council and ministers to": the one urged, then "to"
 * (kept: it opens the infinitive). No stop, quote or clause mark inside the object. */
const CALLED_ON = /^\s*(?:on|upon)\s+[^,;:.!?_\n]{1,70}?\s(?=to\s+[a-z])/i;
/** After "called": a named person, "each other", or an infinitive of purpose ("called to discuss"). */
const PHONED_OBJECT =
  /^\s*(?:(?:U\.S\.\s+|US\s+)?(?:President|Prime|Premier|Chancellor|Minister|Secretary|Mr\.?|Ms\.?)\s+\p{Lu}|each other\b|to\s+(?!be\b)[a-z]+(?:\s+[a-z]+)?\s+(?:the|a|an|talks|negotiations|trade|on)\b)/u;
const RELATIVE_TAIL = /,?\s+(?:which|where|who|when)$/i;
/** ("X made it clear that …, B said": a position B reports, like a commitment.) */
const COMMITMENT = /^(?:promised|pledged|vowed|offered|proposed|agreed|declined|made clear|made it clear)$/i;
/** "said while the news was a surprise, the date meant …": a finite subordinate clause, a comma,
 * then the main clause — the statement opens with the subordinate clause. ("said while in Tokyo"
 * has no finite verb and stays an adverbial.) */
const SUBORDINATE_FIRST =
  /^(?:while|although|though|if|when|because|once|unless|since)\s[^,;:._]{3,80}?\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b[^,;:._]{0,80},\s*[\p{L}\d]/iu;
/** A fronted phrase that is a frame, not a claim ("At the same time, however, …", "Speaking to …"). */
const FRAME_OPENER =
  /^(?:[A-Z][a-z]+ing\b|(?:At|On|In|With|After|Before|During|For|From|Upon|While|When|As|Regarding|Asked|Despite|Amid|However|Meanwhile|Still|But|And|Yet|Also)\b)/;

export function extractReported(
  article: CleanArticle,
  a: SpeechAnalysis,
  direct: Draft[],
  quoting: Set<Attribution>,
): Draft[] {
  const out: Draft[] = [];
  // Where ", citing " occurs next: found once per article and moved on with the sentences, so a
  // sentence never searches the rest of the body.
  let cited = a.masked.indexOf(CITING);
  for (const s of a.sentences) {
    // A headline ("Minister Says Talks Will Resume") is no statement of its own: the story
    // reports the same claim in full.
    const relayed = relayedAttributions(a, s);
    const clauses: { at: Attribution; start: number; end: number }[] = [];
    for (const at of s.attributions) {
      if (relayed.has(at) || isHeadlineLine(a.body, at.verb.start)) continue;
      // "Bessent said Mexico had offered to match …": the offer is inside Bessent's clause, his
      // account of it; it is not Mexico's statement as well.
      if (clauses.some((c) => opensClause(at, c) && c.at.speakers.join() !== at.speakers.join())) continue;
      const clause = clauseFor(a, s, at, quoting.has(at));
      if (!clause) continue;
      clauses.push({ at, ...clause });
      for (const speaker of at.speakers) out.push(draft(article, a.body, speaker, clause));
    }
    while (cited >= 0 && cited < s.start) cited = a.masked.indexOf(CITING, cited + 1);
    if (cited >= 0 && cited < s.end && !s.accordingTo && s.end - s.start >= 40) {
      const c = citingClause(a, s, cited);
      if (c) out.push(draft(article, a.body, c.speaker, c));
    }
    // "Bessent reaffirmed …, according to the Treasury" / "According to NHK, Akazawa said …": the
    // sentence's own speaker is the claimant, and the source of the account only relays it.
    // A verb that gave no statement ("has continued meetings") leaves the source the only
    // claimant; one beside a direct quote ("“…,” Trump told reporters, according to the BBC") is
    // the quote's speaker, relayed by the source.
    if (
      s.accordingTo &&
      !s.attributions.some(
        (x) => !x.verb.participle && (s.spans.length > 0 || clauses.some((c) => c.at === x)),
      ) &&
      !isHeadlineLine(a.body, s.accordingTo.start)
    ) {
      const clause = accordingClause(a, s);
      if (clause)
        for (const speaker of s.accordingTo.speakers) out.push(draft(article, a.body, speaker, clause));
    }
  }
  // A statement whose words are all inside one direct quote adds nothing to it. Both lists are
  // in body order, so one pass finds the quote that could contain each statement.
  const byStart = [...direct].sort((x, y) => x.start - y.start);
  let k = 0;
  let reach = -1;
  const kept = out
    .sort((x, y) => x.start - y.start || y.end - x.end)
    .filter((r) => {
      while (k < byStart.length && byStart[k]!.start <= r.start) reach = Math.max(reach, byStart[k++]!.end);
      return !(reach >= r.end);
    });
  return withoutNested(kept);
}

/**
 * "Trump imposed a further 40% tariff on Brazil, citing the trial of his ally", "The US raised the
 * duty to 25%, citing delays in the legislature": the reason an actor gives for an act is its
 * statement (the subject of the clause the participle hangs on is the one who cites). Not when a
 * speech verb of that subject already carries the claim ("Trump threatened …, citing …" is one
 * statement), and not when what is cited is a source ("reported, citing people familiar with the
 * matter", "citing Reuters", "citing data"): that relays, it gives no reason.
 */
function citingClause(
  a: SpeechAnalysis,
  s: SentenceInfo,
  at: number,
): { speaker: string; start: number; end: number } | null {
  const { masked } = a;
  const start = at + CITING.length;
  const object = masked.slice(start, start + 60);
  if (CITED_SOURCE.test(object) || CITED_NAME.test(object)) return null;
  const subject = participleSubject(s.entities, s.start, at, masked);
  if (!subject || subject.outlet || subject.end > at) return null;
  const speaker =
    subject.kind === 'named'
      ? subject.name
      : subject === s.entities[0] && subject.kind !== 'source'
        ? s.subject
        : null;
  if (!speaker) return null;
  if (s.attributions.some((x) => !x.verb.participle && x.speakers.includes(speaker) && x.verb.start < at))
    return null;
  let end = softEnd(a, s);
  const stop = CITED_END.exec(masked.slice(start, end));
  if (stop) end = start + stop.index;
  const c = checked(a, start, end);
  return c ? { speaker, ...c } : null;
}

const CITING = ', citing ';
/** A cited source rather than a reason: unnamed sources, reports, media, data, an official. */
const CITED_SOURCE =
  /^(?:[\w'’-]+\s+){0,4}?(?:sources?|people|persons?|individuals|officials?|media|reports?|statement|data|figures|statistics|documents?|spokes(?:person|man|woman)|minister|secretary|ambassador|analysts?|economists?|survey|poll|study|estimates?)\b/i;
/** A name cited ("citing Bloomberg", "citing Commerce Minister X"); a possessive is a reason's
 * owner ("citing India's purchases of Russian oil") and stays. */
const CITED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}.&-]*(?!['’]s\b)(?:\s|,|$)/u;
/** Where the reason ends: the next clause ("…, as he …", "…, which …", "; …"). */
const CITED_END =
  /;|,\s*(?:and|but|while|as|which|who|where|when|after|before|although|though|even|saying|adding)\b|\s+as\s+(?:he|she|it|they|the)\s/i;

/** The attribution stands inside the clause of another: its subject opens the clause ("Bessent said
 * Mexico had offered …") or stands within it ("Carney said he and Trump agreed …"). */
function opensClause(at: Attribution, c: { at: Attribution; start: number; end: number }): boolean {
  return !at.inverted && !at.verb.participle && at.subject.start >= c.start && at.verb.end <= c.end;
}

/** "…“trade issues,” the ministry said": a comma inside the closing quote mark (masked in the
 * masked text) closes the clause before a trailing attribution all the same. */
const QUOTE_COMMA_END = /,\s*[”"’']\s*(?:(?:the|a|an)\s+)?$/i;
/** A mark that closes one clause before the next subject. */
const CLAUSE_MARK = /[,;:()–—]/;
/** "and"/"but" right before the next subject. */
const CONJUNCTION_BEFORE = /\b(?:and|or|but|while|whereas)\s+$/i;
/** The auxiliaries and modals of a finite clause, for FINITE_WORD and AUXILIARY. */
const AUXILIARIES = 'is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|did|does';
/** A finite verb (an auxiliary or a past tense), showing a clause ended before a conjunction. */
const FINITE_WORD = new RegExp(`\\b(?:${AUXILIARIES}|[a-z]{3,}ed)\\b`, 'i');

/**
 * "said he and President Trump agreed that …", "claimed India had offered to cut …", "said the
 * rate he had threatened would fall": a subject inside the clause, with no comma or finished
 * clause before it, is part of what was said; the clause does not stop at it. ("said talks
 * stalled and Trump said …" has a finished clause before "and": there the clause stops.)
 */
function embeddedIn(masked: string, start: number, subjectStart: number): boolean {
  const between = masked.slice(start, subjectStart);
  if (CLAUSE_MARK.test(between)) return false;
  const conj = CONJUNCTION_BEFORE.exec(between);
  if (!conj) return true;
  // Only the words since the last "that" are the conjunct ("noted that both the EU and U.S. …").
  const head = between.slice(0, conj.index);
  const that = head.search(/\bthat\s+(?!.*\bthat\s)/);
  return !FINITE_WORD.test(that >= 0 ? head.slice(that + 5) : head);
}

/**
 * A headline or kicker: a line with no closing stop, with more text after it, whose words are
 * capitalised ("Trump Says He Has a Deal") or, standing as a paragraph of its own, which
 * attributes in the headline's present tense ("Coffee will still be tariffed 40%, says Brazil's
 * vice president"). The page may have run it into the lines around it with no stop between, so
 * the line is read, not the sentence.
 */
function isHeadlineLine(body: string, at: number): boolean {
  const start = body.lastIndexOf('\n', at - 1) + 1;
  const nl = body.indexOf('\n', at);
  if (nl < 0 || !/\S/.test(body.slice(nl, nl + 400))) return false;
  const text = body.slice(start, nl).trim();
  if (text.length > 200 || /[.!?”"’']$/.test(text)) return false;
  // Present tense is also the feature writer's ("…, says an analyst"), so only a paragraph of its
  // own (not one line of a hard-wrapped paragraph) counts by its tense.
  const ownParagraph =
    (start === 0 || /\n[ \t]*\n$/.test(body.slice(Math.max(0, start - 40), start))) &&
    /^\n\s*\n/.test(body.slice(nl));
  if (ownParagraph && /,\s+says\s+\S/.test(text)) return true;
  const words = text.match(/[A-Za-z][\w’'-]{3,}/g) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / words.length >= 0.7;
}

const NONE_RELAYED: ReadonlySet<Attribution> = new Set();

/**
 * "Trump reiterated his view that …, the sources said": the words are Trump's, relayed by the
 * sources, and only his statement stands. "The government promised to …, the negotiator said"
 * reports an act, and the statement is the negotiator's. Returns the attributions to drop.
 */
function relayedAttributions(a: SpeechAnalysis, s: SentenceInfo): ReadonlySet<Attribution> {
  // One attribution has none before it to relay (most sentences): no set, no isTrailing.
  if (s.attributions.length < 2) return NONE_RELAYED;
  const drop = new Set<Attribution>();
  for (const at of s.attributions) {
    if (at.verb.participle || !isTrailing(a, s, at)) continue;
    const subjectStart = at.inverted ? at.verb.start : at.subject.start;
    const prior = s.attributions.filter((x) => x.verb.end <= subjectStart && x !== at && !x.verb.participle);
    const inner = prior[prior.length - 1];
    if (!inner || inner.speakers.join() === at.speakers.join()) continue;
    if (COMMITMENT.test(inner.verb.word)) drop.add(inner);
    else drop.add(at);
  }
  return drop;
}

/** "…, Akazawa said." / "…, the sources said, as …": the attribution follows its clause. */
function isTrailing(a: SpeechAnalysis, s: SentenceInfo, at: Attribution): boolean {
  const { masked } = a;
  const subjectStart = at.inverted ? at.verb.start : at.subject.start;
  const before = masked.slice(s.start, subjectStart);
  // "There is no “executive order,” said X": the comma closing the clause stands inside the
  // quote's marks; the clause has words of its own before the quote.
  const quoteComma =
    endsAfterQuote(before) &&
    /,\s*[”"’']\s*(?:(?:the|a|an)\s+)?$/i.test(a.body.slice(s.start, subjectStart)) &&
    ownWords(before) >= 2;
  if (!quoteComma && titleBeforeSubject(before) < 0) return false;
  const after = masked.slice(at.verb.end, s.end);
  const afterSubject = at.inverted ? masked.slice(at.subject.end, s.end) : after;
  // Set off by commas, not followed by the quote it introduces ("…, Akazawa said, “…”").
  if (/^\s*,\s*[^\s_]/.test(afterSubject)) return true;
  let from = skipAdverbials(masked, at.inverted ? at.subject.end : at.verb.end);
  // "…, officials told their counterparts, they said": the object of telling is no clause.
  if (/^(?:told|tells|informed|assured|reminded)$/i.test(at.verb.word)) {
    const obj = TOLD_OBJECT.exec(masked.slice(from, s.end));
    if (obj) from = skipAdverbials(masked, from + obj[0].length);
    if (/^\s*,\s*[^\s_]/.test(masked.slice(from, s.end))) return true;
  }
  const rest = masked.slice(from, s.end);
  // "…, the negotiator said Monday, as …": past a date or a place, a comma still closes the
  // attribution; the words after it are circumstance, not a clause the verb introduces.
  if (/^\s*,\s*[^\s_]/.test(rest)) return true;
  // "…, Starmer promised today – after …": a dash, like a comma, closes the attribution.
  if (/^\s*[–—]\s/.test(rest)) return true;
  // "…, Netanyahu said during a White House visit, as …": a clause cannot open with a
  // preposition, so what follows the verb is circumstance and the claim stands before it.
  if (
    /^\s*(?:during|at|in|on|after|before|while|as|amid|from|outside|ahead of)\s/i.test(rest) &&
    !/\bthat\s/i.test(rest)
  )
    return true;
  // Only a few words of circumstance may follow ("…, X told Reuters."); "X said that …" or
  // "X pointed out the talks continue" carries its own clause.
  const words = rest.replace(/[.!?]+\s*$/, '').trim();
  return (
    // Letters of any alphabet: a trailing name ("…, said the envoy Jan Dąbčovič-Lima") is circumstance too.
    FEW_WORDS.test(words) && !/_/.test(words) && !/^that\b/i.test(words) && words.split(/\s+/).length <= 3
  );
}

/**
 * A statement inside a longer one by the same speaker repeats it ("told reporters that he had
 * called strongly for X" also yields "strongly for X"). Input is sorted by start, longest first.
 */
function withoutNested(statements: Draft[]): Draft[] {
  const reach = new Map<string | null, number>();
  return statements.filter((r) => {
    const covered = (reach.get(r.speaker) ?? -1) >= r.end;
    if (!covered) reach.set(r.speaker, Math.max(reach.get(r.speaker) ?? -1, r.end));
    return !covered;
  });
}

function draft(
  article: CleanArticle,
  body: string,
  speaker: string,
  c: { start: number; end: number },
): Draft {
  return {
    articleId: article.id,
    speaker,
    text: body.slice(c.start, c.end),
    kind: 'reported',
    start: c.start,
    end: c.end,
    topics: [],
  };
}

/**
 * The reported clause of one attribution. When the same verb introduces a direct quote, only an
 * explicit "that" clause is a statement of its own ("told reporters that it went “well”").
 */
function clauseFor(
  a: SpeechAnalysis,
  s: SentenceInfo,
  at: Attribution,
  quotes: boolean,
): { start: number; end: number } | null {
  const { masked } = a;
  const subjectStart = at.inverted ? at.verb.start : at.subject.start;
  // "…, describing the mechanism differently": naming participles attribute quoted words only.
  if (at.verb.participle && /^(?:describing|calling|referring)/i.test(at.verb.word)) return null;
  if (!at.verb.participle && isTrailing(a, s, at)) {
    const prior = s.attributions.filter((x) => x.verb.end <= subjectStart && x !== at);
    const last = prior[prior.length - 1];
    // A commitment reported by another ("X promised to …, B said") is B's statement whole.
    const reportsAct = last && COMMITMENT.test(last.verb.word) && last.speakers.join() !== at.speakers.join();
    const from = last && !reportsAct ? last.verb.end : s.start;
    let start = skipThat(masked, from);
    // "At the same time, however, X said, …" / "Speaking to reporters, X said": a fronted frame
    // is no claim; a claim after it ("On Friday, the talks resumed, X said") still is.
    if (prior.length === 0 && FRAME_OPENER.test(masked.slice(start, start + 20))) {
      const comma = masked.indexOf(',', start);
      if (comma < 0 || comma >= subjectStart) return null;
      start = comma + 1;
      if (FRAME_OPENER.test(masked.slice(start, start + 20).trimStart())) return null;
    }
    // "…, the White House said": the subject's determiner is not part of the claim.
    // "…, the White House said" / "…, Prime Minister X said": the subject's determiner and title
    // are not part of the claim.
    const lead = titleBeforeSubject(masked.slice(start, subjectStart));
    const fronted = checked(a, start, lead >= 0 ? start + lead + 1 : subjectStart);
    if (fronted) return fronted;
    // "Some tariffs, Trump said, could be steeper": the attribution interrupts the claim, which
    // runs on after it (the span keeps the interruption; the claim has no other contiguous form).
    const resume = (at.inverted ? at.subject.end : at.verb.end) + 1;
    if (prior.length === 0 && /^\s*,/.test(masked.slice(resume - 1, resume + 2))) {
      let end = softEnd(a, s);
      const acc = /,?\s*(?:according to|as per)\b/i.exec(masked.slice(resume, end));
      if (acc) end = resume + acc.index;
      if (masked.slice(start, subjectStart).trim().split(/\s+/).length <= 3) return checked(a, start, end);
    }
    return null;
  }
  // "confirmed what Trump announced Tuesday: that a deal …": the free relative names the object
  // of another verb, whose statement the colon gives; it reports no statement of its own.
  if (
    !at.inverted &&
    FREE_RELATIVE.test(masked.slice(Math.max(s.start, subjectStart - 40), subjectStart)) &&
    /^[^.;:_]{0,60}:/.test(masked.slice(at.verb.end, at.verb.end + 62))
  )
    return null;
  // "after what he called a “beautiful visit” by …": a free relative with a verb of naming names a
  // thing in the speaker's words (the direct quote); it states nothing of its own.
  if (
    !at.inverted &&
    NAMING_VERB.test(at.verb.word) &&
    WHAT_BEFORE.test(masked.slice(Math.max(s.start, subjectStart - 20), subjectStart))
  )
    return null;
  let start = at.inverted ? at.subject.end : at.verb.end;
  start = skipAdverbials(masked, start);
  // "Ramaphosa called President Trump on Thursday", "have called to launch talks": a telephone
  // call, not words ("called for …", "called on X to …", "called it …" still report them).
  if (PHONED.test(at.verb.word) && PHONED_OBJECT.test(masked.slice(start, start + 30))) return null;
  // "confirmed what Trump announced Tuesday: that a deal has been reached": the statement is the
  // clause the colon gives.
  const what = /^\s*what\s[^.;:_]{1,80}:\s*/i.exec(masked.slice(start, start + 100));
  if (what) start += what[0].length;
  if (
    /^(?:told|tells|telling|asked|urged|asks|urges|urging|informed|assured|reminded)$/i.test(at.verb.word)
  ) {
    const obj = TOLD_OBJECT.exec(masked.slice(start, s.end));
    if (obj) start = skipAdverbials(masked, start + obj[0].length);
  }
  // "called on the EU to reduce …", "calls upon Washington to drop …": urging, like "urged X to";
  // the request is the infinitive after the one it is made of.
  if (PHONED.test(at.verb.word)) {
    const on = CALLED_ON.exec(masked.slice(start, start + 90));
    if (on) start += on[0].length;
  }
  // "asked for Japan to take …", "called for talks": the request follows "for".
  if (/^(?:asked|asks|called|calls|pressed|pushed|appealed)$/i.test(at.verb.word)) {
    const f = /^\s*for\s/i.exec(masked.slice(start, start + 6));
    if (f) start += f[0].length;
  }
  // "hinted at proposals on …": what was hinted at is the statement.
  if (/^(?:hinted|hints)$/i.test(at.verb.word)) {
    const f = /^\s*at\s/i.exec(masked.slice(start, start + 5));
    if (f) start += f[0].length;
  }
  // "repeated that stance on Thursday": "that" as a determiner opens no clause; "said that talks
  // on a deal were progressing" has the finite verb of a clause before any comma.
  if (
    /^\s*that\s+[a-z]+(?:\s*[,.;]|\s+(?:on|in|at|while|during|when|after|before)\b)/.test(
      masked.slice(start, start + 40),
    ) &&
    !CLAUSE_VERB.test(masked.slice(start, start + 90))
  )
    return null;
  // "mentioned to Akazawa that …", "his view that …": the clause follows a nearby "that" — in this
  // sentence: a short claim ("Officials said talks would resume.") must not reach the "that" of the
  // next paragraph's ("Sources warned that …") and lose its own words.
  const near = /^[^,;:_]{0,60}?\bthat\s/i.exec(masked.slice(start, Math.min(start + 70, softEnd(a, s))));
  const that = near !== null;
  // "…, highlighting concerns about …": these participles report words only with a clause
  // ("highlighting that …", "expressing hope that …"); with a noun they name a topic.
  if (!that && at.verb.participle && CLAUSE_ONLY_PARTICIPLE.test(at.verb.word)) return null;
  // "announced the deal with Tokyo that would lower …": after an act's object, "that" opens a
  // relative clause about the thing, not a statement.
  // ("reiterated his view that …" names the content: a noun of saying or thinking before "that").
  if (
    that &&
    NAMES_AN_ACT.test(at.verb.word) &&
    /^\s*(?:the|a|an|its|his|her|their)\s/i.test(masked.slice(start, start + 8)) &&
    !CONTENT_NOUN_THAT.test(near[0])
  )
    return null;
  if (quotes && !that && /^[\s,:]*_/.test(masked.slice(start, start + 4))) return null;
  // "posted the news on his platform", "shared a video": what was posted is a thing, not a clause
  // ("posted that …" and "posted: …" still report words).
  if (!that && POSTING_VERB.test(at.verb.word) && POSTED_THING.test(masked.slice(start, start + 60)))
    return null;
  // "“…,” said Akazawa, minister of …": the quote before the verb is what he said; the appositive
  // after his name is not a statement.
  if (quotes && at.inverted && !at.verb.participle && !that) return null;
  // "“…,” Albanese posted on X just before midnight": after the quote it introduces, the words
  // following the verb say when and where, not what.
  // (A participle borrows its subject from the main verb, so this reads only a verb's own.)
  if (
    quotes &&
    !that &&
    !at.verb.participle &&
    /_[\s,—–-]*(?:[A-Z][\w.’'-]*\s+){0,4}$/.test(masked.slice(s.start, subjectStart))
  )
    return null;
  // "told reporters, saying he …": the participle's own clause is the statement.
  const lead = /^[\s,]*/.exec(masked.slice(start, start + 8))![0].length;
  if (s.attributions.some((x) => x.verb.participle && x.verb.start === start + lead)) return null;
  // "responded positively, although …": a manner adverb reports how, not what.
  if (/^[\s,]*[a-z]+ly\b\s*(?:[,.;]|$)/.test(masked.slice(start, start + 30))) return null;
  if (
    near &&
    /^\s*(?:(?:to|after|before|during|in|at|on|his|her|their|its|the|a|an|concern|optimism|hope|confidence|doubt|view|belief)\b|[A-Z])/.test(
      masked.slice(start, start + 12),
    )
  )
    start += near[0].length;
  start = skipThat(masked, start);
  // A clause opens with its subject, not a preposition ("posted on Truth Social this week");
  // an infinitive only after a verb that takes one ("pledged to …", "urged X to …").
  const opening = masked.slice(start, start + 14);
  // "claims from the ministry that …": a "that" the clause did not open at leaves it a frame.
  const pastThat = /\bthat,?\s+$/i.test(masked.slice(Math.max(0, start - 7), start));
  if (!pastThat && PREPOSITION.test(opening) && !SUBORDINATE_FIRST.test(masked.slice(start, start + 200))) {
    if (!/^to\s/i.test(opening) || !TAKES_INFINITIVE.test(at.verb.word)) return null;
    if (AGREED.test(at.verb.word) && personSubject(at)) return null;
    // "tariffs proposed to be imposed": a passive infinitive describes a thing, it reports
    // nobody's words.
    if (/^to\s+be\s+[a-z]+(?:ed|en)\b/i.test(masked.slice(start, start + 30))) return null;
  }
  // "called the tariff “the worst insult”": a short object named by the quoted words that close
  // the sentence is the direct quote; the naming itself states nothing more.
  if (
    !that &&
    /^(?:called|calls|dubbed|dubs|termed|terms|labelled|labeled)$/i.test(at.verb.word) &&
    /^[^_]{1,40}_+[\s.,;!?]*$/.test(masked.slice(start, softEnd(a, s))) &&
    ownWords(masked.slice(start, softEnd(a, s))) <= 5
  )
    return null;
  // The clause stops where another speaker's attribution or a participle ("…, adding") begins.
  let end = softEnd(a, s);
  for (const x of s.attributions) {
    if (x === at || x.verb.start <= start) continue;
    // "said he had …, and expressed …": a verb far from a subject it shares with the clause is a
    // second predicate, and the clause stops before it.
    const gap = masked.slice(x.subject.end, x.verb.start);
    const shared = x.subject.start <= start && (/,/.test(gap) || gap.trim().split(/\s+/).length > 3);
    const cut = x.verb.participle || x.inverted || shared ? x.verb.start : x.subject.start;
    // "… under the directive of President X, who emphasized …": the relative clause is X's own
    // statement; the clause keeps X and stops at the relative's comma.
    const relative = /^\s*,\s*who\b/i.test(gap) && x.subject.start > start;
    if (relative && x.subject.end < end) {
      end = x.subject.end;
      break;
    }
    if (
      cut === x.subject.start &&
      embeddedIn(masked, start, cut) &&
      !QUOTE_COMMA_END.test(a.body.slice(start, cut))
    )
      continue;
    if (cut > start && cut < end) {
      end = cut;
      // "…, but on May 31, he announced …" / "…, something that Trump said …": the words before
      // the next speaker belong to that clause, not to this one.
      const tail = CUT_TAIL.exec(masked.slice(Math.max(start, end - 60), end));
      if (tail) end -= tail[0].length;
      break;
    }
  }
  // "…, according to the Financial Times": the source of the account, not part of the claim.
  const acc = /,?\s*(?:according to|as per)\b/i.exec(masked.slice(start, end));
  if (acc) end = start + acc.index;
  // "said talks were going well, but declined to give a deadline": a second predicate of the
  // speaker, with no subject of its own, says what the speaker did, not what was said.
  const second = SECOND_PREDICATE.exec(masked.slice(start, end));
  if (second) end = start + second.index;
  // "announced tariffs on …" reports an act (an event); "announced that a deal had been reached"
  // or "announced a tariff would kick in" reports a statement. Only the clause's own words count
  // ("who announced the levies, said the rate would stay" has its finite verb in another clause).
  if (
    !that &&
    NAMES_AN_ACT.test(at.verb.word) &&
    !FINITE_CLAUSE.test(masked.slice(start, Math.min(end, start + 90)))
  )
    return null;
  return checked(a, start, end);
}

/**
 * Where a sentence really ends: a hard line break inside a sentence (the line stops with no
 * stop and the next opens in lower case) continues it into the next line.
 */
function softEnd(a: SpeechAnalysis, s: SentenceInfo): number {
  const { body } = a;
  let end = s.end;
  for (let i = s.index + 1; i <= s.index + 3; i++) {
    const next = a.sentences[i];
    if (!next || /[.!?:;”"]$/.test(body.slice(end - 1, end))) break;
    if (!/^\n[ \t]*$/.test(body.slice(end, next.start)) || !/^[a-z(0-9]/.test(body[next.start]!)) break;
    end = next.end;
  }
  return end;
}

function accordingClause(a: SpeechAnalysis, s: SentenceInfo): { start: number; end: number } | null {
  const acc = s.accordingTo!;
  // "X, according to Y." keeps X; "According to Y, X." keeps X. "The measure, according to Y,
  // responds to …" interrupts the claim, which runs on after it (the span keeps the interruption).
  if (acc.start - s.start > 10) {
    const before = checked(a, s.start, acc.start);
    if (before || !INTERRUPTED.test(a.masked.slice(acc.end, acc.end + 20))) return before;
    return checked(a, s.start, s.end);
  }
  return checked(a, sourcePhraseEnd(a.masked, acc.end, s.end), s.end);
}

/** The rest of a fronted source phrase, up to the comma that closes it: "According to a source
 * from Canada, …", "According to a White House official quoted by AFP, …", "According to the
 * Ministry of Trade, Industry and Energy, …". No auxiliary: a verb there would be the claim's. */
const SOURCE_TAIL = /^[^,;:.!?_\n]{0,80},/;
const AUXILIARY = new RegExp(`\\b(?:${AUXILIARIES})\\b`, 'i');
/** An apposition or a relative clause after that comma: "According to Haryo Limanseto,
 * spokesperson for the ministry, …", "According to a statement from X, which did not …, …". */
const SOURCE_APPOSITION =
  /^\s*(?:(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:spokes(?:person|man|woman)|minister|secretary|director|head|chief|chairman|chairwoman|president|official|advis[eo]r|ambassador|negotiator|representative|commissioner|governor)(?:\s+(?:for|of|at|in|to|with|under)\b[^,;:.!?_\n]{0,100})?|(?:which|who)\b[^,;:.!?_\n]{0,100}),/iu;

function sourcePhraseEnd(masked: string, from: number, end: number): number {
  const tail = SOURCE_TAIL.exec(masked.slice(from, Math.min(end, from + 82)));
  if (!tail || AUXILIARY.test(tail[0])) return from;
  let at = from + tail[0].length;
  const app = SOURCE_APPOSITION.exec(masked.slice(at, Math.min(end, at + 160)));
  if (app) at += app[0].length;
  return at;
}

function skipThat(masked: string, start: number): number {
  // "stated that, by the end of the meeting, …": the comma after "that" opens a fronted phrase.
  const m = /^[\s,:]*(?:that(?:\s*,)?\s+)?/i.exec(masked.slice(start, start + 12));
  return start + (m ? m[0].length : 0);
}

/** Trims the clause and rejects one that is empty, a fragment, or mostly a direct quote. */
function checked(a: SpeechAnalysis, start: number, end: number): { start: number; end: number } | null {
  const { masked, body } = a;
  let s = start;
  let e = end;
  while (s < e && /[\s,:;—–-]/.test(body[s]!)) s++;
  // "RUETLI (Switzerland): The government …": the dateline says where, the claim follows it.
  const dateline = DATELINE.exec(body.slice(s, s + 80));
  if (dateline) s += dateline[0].length;
  while (e > s && /[\s,.;:!?—–-]/.test(body[e - 1]!)) e--;
  // "…, and expressed …" cut before the second verb leaves its "and" behind.
  // "… to zero – as" cut before the next clause leaves a dash and its conjunction.
  const conj = /(?:[\s,]+(?:and|but|or|while)|\s+[–—]\s*(?:as|and|but|or|while)?)+$/i.exec(
    body.slice(Math.max(s, e - 12), e),
  );
  if (conj) e -= conj[0].length;
  if (e - s < 12) return null;
  // A short clause cut off at "that" or "to" ("he was told that") is the frame of an inner
  // statement; a long one stopped by the end of the excerpt keeps its words up to the cut.
  // "…, where" / "…, which" left by a cut before the next speaker: a relative clause it lost.
  const relative = RELATIVE_TAIL.exec(body.slice(Math.max(s, e - 12), e));
  if (relative) e -= relative[0].length;
  const dangling = danglingWord(body, s, e);
  if (dangling) {
    if (body.slice(s, e).split(/\s+/).length < 10) return null;
    e -= dangling[0].length;
  }
  // A clause that is nothing but a direct quote is left to the quote.
  const own = masked.slice(s, e).replace(/_+/g, ' ').trim();
  if (own === '' || own.split(/\s+/).length < 3) return null;
  // "as a reliable" left by the end of the excerpt: a few words after a preposition say nothing.
  // A short infinitive that closes its sentence is a whole commitment ("vowing to take
  // countermeasures.", "pledged to retaliate immediately.").
  if (
    own.split(/\s+/).length < 5 &&
    PREPOSITION.test(own) &&
    !(WHOLE_INFINITIVE.test(own) && SENTENCE_STOP.test(body.slice(e, e + 1)))
  )
    return null;
  // "“…” in the run-up to the meeting, X told reporters": outside the quote stands only a frame.
  if (masked[s] === '_' && PREPOSITION.test(own)) return null;
  // "noted that regarding the delay, “…”": a frame, then the quote it introduces.
  if (PREPOSITION.test(own) && /,\s*_/.test(masked.slice(s, e))) return null;
  // A mark that opens no quote (the excerpt cut it off) opens no statement either.
  if (/["“‘']/.test(body[s]!) && masked[s] !== '_') return null;
  return { start: s, end: e };
}

const DANGLING = /\s+(?:that|to|of|by|the|a|an|and|whether|if)$/i;
/** "to take countermeasures": "to", a verb and at least one more word. */
const WHOLE_INFINITIVE = /^to\s+[a-z]+\s+\S/;
const SENTENCE_STOP = /^[.!?]$/;

/**
 * DANGLING's match in `body` from `s` to `e`. A pattern anchored at the end is still tried at every
 * position: it is tried on the clause's last characters, and on the whole clause only when the
 * white space it found may run on before them.
 */
function danglingWord(body: string, s: number, e: number): RegExpExecArray | null {
  const from = Math.max(s, e - 16);
  const tail = DANGLING.exec(body.slice(from, e));
  // No match ends the last characters, so none ends the clause (its words are seven letters at most).
  if (!tail) return null;
  return tail.index > 0 || from === s ? tail : DANGLING.exec(body.slice(s, e));
}

/**
 * A dateline opening a lead: a place in capitals, an optional date ("SEOUL, July 25") and
 * "(Country)" or "(Agency)", a colon or dash.
 */
const DATELINE =
  /^\p{Lu}{2,}(?:[ \t-]\p{Lu}{2,}){0,3}(?:,[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2})?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?::|—|–|--)[ \t]*/u;

/** The comma that closes a fronted claim, then a determiner or a capitalised title before the subject. */
const TITLE_BEFORE_SUBJECT =
  /^,\s*(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|(?:trade|foreign|finance|economy|deputy|vice|chief|prime|commerce)?\s*(?:minister|secretary|commissioner|president|spokes(?:person|man|woman)|negotiator|envoy|ambassador|representative|chief))\s+){0,5}$/u;

/**
 * Where TITLE_BEFORE_SUBJECT's words start in `text` (at a comma), or -1. Nothing after that
 * comma may be another, so only the last comma can start it: the pattern is tried there alone,
 * not at every comma of a long sentence.
 */
function titleBeforeSubject(text: string): number {
  const comma = text.lastIndexOf(',');
  return comma >= 0 && TITLE_BEFORE_SUBJECT.test(text.slice(comma)) ? comma : -1;
}

/** Masked text ending in a quote's mask and at most an article ("… _ the"). Only the last "_" can open it. */
function endsAfterQuote(text: string): boolean {
  const mark = text.lastIndexOf('_');
  return mark >= 0 && QUOTE_THEN_ARTICLE.test(text.slice(mark));
}

const QUOTE_THEN_ARTICLE = /^_\s*(?:(?:the|a|an)\s+)?$/i;

/** Words of a masked span that stand outside quotes. */
function ownWords(masked: string): number {
  const own = masked.replace(/_+/g, ' ').trim();
  return own === '' ? 0 : own.split(/\s+/).length;
}

/**
 * Patterns with Unicode property escapes, made once: esbuild (tsx, target node20) turns such a
 * literal into `new RegExp(...)` where it stands, so inside a function it was rebuilt on every call.
 */
const FEW_WORDS = /^[\s\p{L}\p{M}\w.’'-]{0,50}$/u;
const FREE_RELATIVE = /\bwhat\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
