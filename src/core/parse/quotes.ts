import type { Quote } from '../article';
import { loneSpeakers } from './lone-speakers';
import { type QuoteSpan, scanQuotes } from './quotes-scan';
import { extractReported } from './reported';
import { nameDescribedSources } from './source-names';
import type { Entity } from './speakers';
import { findEntities } from './speakers';
import {
  type Attribution,
  attributeSentences,
  clauseSubject,
  participleSubject,
  type SentenceInfo,
} from './speakers-attribution';
import { maskQuotes, sentenceSegments } from './speakers-text';
import type { SpeechAnalysis } from './speech-analysis';
import { topicsOf } from './topics';
import type { CleanArticle, PeopleIndex } from './types';
import { isSpace } from './white-space';

/**
 * Direct quotes and reported statements of one article, in body order. A direct quote is kept
 * only when the article attributes it to someone: scare-quoted terms, unattributed sub-headings
 * and quotes cut off by the end of the excerpt are not quotes.
 */
export function extractQuotes(article: CleanArticle, people: PeopleIndex): Quote[] {
  const analysis = analyseSpeech(article, people);
  const quoting = new Set<Attribution>();
  const direct = directQuotes(article, analysis, quoting, analysis.people);
  const reported = extractReported(article, analysis, direct, quoting);
  const all = [...direct, ...reported].sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  // Built field by field (same keys, same order as the drafts plus the id): spreading drafts of
  // two shapes was the costliest line of quote extraction.
  return all.map((q, i) => ({
    articleId: q.articleId,
    speaker: q.speaker,
    text: q.text,
    kind: q.kind,
    start: q.start,
    end: q.end,
    topics: topicsOf(q.text),
    id: `${article.id}#q${i + 1}`,
  }));
}

/** One analysis per article and registry: quotes and events read the same sentences. */
const analyses = new WeakMap<CleanArticle, { people: PeopleIndex; body: string; analysis: SpeechAnalysis }>();

export function analyseSpeech(article: CleanArticle, people: PeopleIndex): SpeechAnalysis {
  const cached = analyses.get(article);
  if (cached && cached.people === people && cached.body === article.body) return cached.analysis;
  const analysis = analyse(article, people);
  analyses.set(article, { people, body: article.body, analysis });
  return analysis;
}

/**
 * Drops the analysis kept for `article` once quotes and events have both read it: kept for every
 * article of a large load, the masked copies and sentence lists only made garbage collection dearer.
 */
export function forgetSpeech(article: CleanArticle): void {
  analyses.delete(article);
}

function analyse(article: CleanArticle, people: PeopleIndex): SpeechAnalysis {
  const body = article.body;
  const spans = splitMisplacedAttribution(body, scanQuotes(body), people);
  const masked = maskQuotes(body, spans);
  const starts = paragraphStartsOf(article);
  const segments = sentenceSegments(masked, body, spans, starts);
  const mentions = people.mentions(body);
  let entities = findEntities(masked, people, mentions);
  // Speakers named by one word only: read as people for attribution (events keep the registry's).
  const lone = loneSpeakers(body, masked, entities, mentions, people);
  if (lone) entities = findEntities(masked, lone.people, lone.mentions);
  const speakers = lone?.people ?? people;
  const paragraphOf = paragraphLookup(starts);
  const sentences = attributeSentences(body, masked, segments, entities, spans, paragraphOf, speakers);
  qualifyBareOfficials(sentences);
  nameDescribedSources(body, sentences);
  return { body, masked, spans, sentences, segments, mentions, people: speakers };
}

/**
 * "An official said" names nobody; where the article has exactly one government speaking, the
 * official is that government's ("Japanese government official").
 */
function qualifyBareOfficials(sentences: SentenceInfo[]): void {
  const governments = new Set<string>();
  for (const s of sentences)
    for (const a of s.attributions)
      for (const n of a.speakers) if (/\bgovernment$/.test(n)) governments.add(n);
  if (governments.size !== 1) return;
  const [gov] = [...governments];
  for (const s of sentences)
    for (const a of s.attributions)
      a.speakers = a.speakers.map((n) => {
        const bare = /^(?:the\s+)?(officials?)$/i.exec(n);
        return bare ? `${gov} ${bare[1]!.toLowerCase()}` : n;
      });
}

function paragraphStartsOf(article: CleanArticle): number[] {
  return article.paragraphStarts.length > 0 ? article.paragraphStarts : lineStarts(article.body);
}

function paragraphLookup(starts: number[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

function lineStarts(body: string): number[] {
  const out = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') out.push(i + 1);
  return out;
}

type Draft = Omit<Quote, 'id'>;

/** `quoting` collects the attributions that introduce a direct quote. */
function directQuotes(
  article: CleanArticle,
  a: SpeechAnalysis,
  quoting: Set<Attribution>,
  people: PeopleIndex,
): Draft[] {
  const { body, masked } = a;
  const out: Draft[] = [];
  let last: Last | null = null;
  const unattributedTerms = new Set<string>();
  const candidates: { draft: Draft; words: number; term: string }[] = [];
  const pending: { span: QuoteSpan; paragraph: number }[] = [];
  const headlines = headlineParagraphs(article);
  const headlineQuotes: { span: QuoteSpan; paragraph: number; term: string; speaker: string | null }[] = [];
  const lastIndex = a.sentences.length - 1;
  for (const s of a.sentences) {
    for (const span of s.spans) {
      const text = body.slice(span.start, span.end);
      if (text.trim() === '') continue;
      // “so-called” marks a term, not anyone's words.
      const soCalled =
        /\bso-called\s*$/i.test(masked.slice(Math.max(0, span.open - 12), span.open)) ||
        ownedLabel(masked, body, span);
      const via: Via | null = soCalled
        ? null
        : speakerFor(span, s, masked, body, last, s.index === lastIndex, a.sentences[s.index + 1]);
      const speaker: string | null = via?.speaker ?? null;
      const term = termOf(text);
      // A headline's quote is settled once the body has been read (see below).
      if (headlines.has(s.paragraph) && !soCalled) {
        headlineQuotes.push({ span, paragraph: s.paragraph, term, speaker });
        continue;
      }
      if (!speaker) {
        // The first paragraphs of a quote running over several take the speaker its end names.
        if (span.runOn) pending.push({ span, paragraph: s.paragraph });
        else unattributedTerms.add(term);
        continue;
      }
      for (const p of pending.splice(0)) {
        if (s.paragraph - p.paragraph > 3) continue;
        candidates.push({
          draft: draftOf(article, body, p.span, speaker),
          words: 99,
          term: '',
        });
      }
      if (via?.attribution) quoting.add(via.attribution);
      last = { speaker, paragraph: s.paragraph, sentence: s.index, quoteEnd: span.end };
      const draft: Draft = draftOf(article, body, span, speaker);
      candidates.push({ draft, words: text.trim().split(/\s+/).length, term });
    }
    // Reported speech sets the speaker too: "He further stressed that …" followed by a quoted
    // paragraph standing alone is the same person talking on.
    const spoke = s.attributions
      .filter((x) => x.speakers.length === 1 && introduces(x) && !x.verb.participle)
      .pop();
    if (spoke && (!last || last.sentence < s.index))
      last = { speaker: spoke.speakers[0]!, paragraph: s.paragraph, sentence: s.index, quoteEnd: -1 };
  }
  // A headline repeats the body's words: the body says whose they are ("‘Still room for
  // engagement’ says Tau" over "Tau says the US signalled there is ‘still room for engagement’").
  // Failing that, the headline's own attribution counts ("… ‘starting point’ - Romualdez").
  const bodySpeaker = new Map<string, string>();
  for (const c of candidates) if (!bodySpeaker.has(c.term)) bodySpeaker.set(c.term, c.draft.speaker!);
  for (const h of headlineQuotes) {
    const speaker =
      bodySpeaker.get(h.term) ??
      containingTerm(bodySpeaker, h.term) ??
      h.speaker ??
      headlineSpeaker(article, h.paragraph, people);
    if (!speaker) {
      unattributedTerms.add(h.term);
      continue;
    }
    candidates.push({ draft: draftOf(article, body, h.span, speaker), words: 99, term: h.term });
  }
  candidates.sort((x, y) => x.draft.start - y.draft.start);
  for (const c of candidates) {
    // A short term the article also puts in quotes with nobody saying it is a scare quote
    // (“reciprocal” tariffs), even where a sentence around it has a speaker.
    if (c.words <= 3 && unattributedTerms.has(c.term)) continue;
    out.push(c.draft);
  }
  return out;
}

/**
 * "Trump’s “90-day pause” on tariffs", "CBS News’ “Face the Nation”": a short quoted name that a
 * capitalised possessor owns, inside a running noun phrase, labels a thing (a policy, a
 * programme); nobody is said to utter it.
 */
function ownedLabel(masked: string, body: string, span: QuoteSpan): boolean {
  if (span.end - span.start > 40) return false;
  const lead = masked.slice(Math.max(0, span.open - 30), span.open);
  const inner = body.slice(span.start, span.end);
  // "his sweeping “Liberation Day” levies": after a possessive pronoun, only a proper name in
  // title case is a label ("his “very good” relationship" may be his own words).
  if (!OWNED_BEFORE.test(lead) && !(PRONOUN_OWNED_BEFORE.test(lead) && TITLE_CASE.test(inner))) return false;
  if (/[,.;:!?]\s*$/.test(inner) || inner.split(/\s+/).length > 4) return false;
  // The phrase runs on past the closing mark ("… pause” on tariffs"), a label within it.
  return /^\s+[a-z]/.test(masked.slice(span.end + 1, span.end + 4));
}

type Via = { speaker: string; attribution: Attribution | null };
/** The speaker of the last quote (or of reported speech, quoteEnd -1) and where it stood. */
type Last = { speaker: string; paragraph: number; sentence: number; quoteEnd: number };

/** "… as “vile” and “unilateralist”": only "and"/"or" (and a comma) between two quotes. */
const COORDINATED_QUOTE = /^\s*,?\s*(?:and|or)\s+$/;

const termOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[,.;:!?…]+$/, '')
    .trim();

/**
 * Paragraphs that are headlines: among the first three, a line with no closing full stop that
 * reads as a title (the cleaner keeps the headline and sometimes a repeat of it).
 */
function headlineParagraphs(article: CleanArticle): Set<number> {
  const out = new Set<number>();
  const n = Math.min(3, article.paragraphs.length);
  for (let i = 0; i < n; i++) {
    const t = article.paragraphs[i]!.trim();
    // The cheap tests first, on the title's end and its first words only: a body paragraph can
    // run to thousands of characters, and splitting it into words only to count them was costly.
    if (t.includes('\n') || !wordCountWithin(t, 2, 30)) continue;
    // A title may end on an abbreviation ("… trade talks with U.S.") but not on a full stop.
    const stops = /[.!?:;,]["”’']?$/.test(t.slice(-2)) && !ENDS_IN_INITIALS.test(t);
    if (!stops) out.add(i);
  }
  return out;
}

/** `t.split(/\s+/).length` lies in [min, max] (t trimmed), counted without splitting. */
function wordCountWithin(t: string, min: number, max: number): boolean {
  let words = 1;
  let inSpace = false;
  for (let i = 0; i < t.length; i++) {
    const space = isSpace(t.charCodeAt(i));
    if (space && !inSpace && ++words > max) return false;
    inSpace = space;
  }
  return words >= min;
}

/**
 * A headline trims the body's words ("15% the ‘best we could get’" over "defended the deal as “the
 * best we could get”"): the speaker of a body quote that holds the headline's words whole.
 */
function containingTerm(bodySpeaker: Map<string, string>, term: string): string | null {
  if (term.split(' ').length < 2) return null;
  for (const [t, speaker] of bodySpeaker) {
    const at = t.indexOf(term);
    if (at < 0) continue;
    const before = at === 0 ? ' ' : t[at - 1]!;
    const after = t[at + term.length] ?? ' ';
    if (!WORD_CHAR.test(before + after)) return speaker;
  }
  return null;
}

/**
 * "… ‘starting point,’ more negotiations ahead - Romualdez" / "Romualdez: ‘…’" / "EU's von der
 * Leyen: …": a headline's speaker (an owner before the name is not part of it).
 */
function headlineSpeaker(article: CleanArticle, paragraph: number, people: PeopleIndex): string | null {
  const t = (article.paragraphs[paragraph] ?? '').trim();
  // "‘There's nothing suspicious’: Trade Minister Roe grilled over …": the quote opens the title,
  // and the person named first after the colon (past a title of a few words) said it.
  const lead = QUOTE_THEN_COLON.exec(t);
  if (lead) {
    const first = people.mentions(t.slice(lead[0].length, lead[0].length + 60))[0];
    return first && first.start < 40 && people.person(first.name)?.kind === 'person' ? first.name : null;
  }
  const m = SPEAKER_AFTER_DASH.exec(t) ?? SPEAKER_BEFORE_COLON.exec(t);
  if (!m) return null;
  const name = people.resolve(m[1]!.trim().replace(OWNER_FIRST, ''));
  return name && people.person(name)?.kind === 'person' ? name : null;
}

function draftOf(article: CleanArticle, body: string, span: QuoteSpan, speaker: string): Draft {
  return {
    articleId: article.id,
    speaker,
    text: body.slice(span.start, span.end),
    kind: 'direct',
    start: span.start,
    end: span.end,
    topics: [],
  };
}

/** Module level, not a closure in speakerFor: it runs for every quoted span. */
function viaAttribution(x: Attribution): Via {
  return { speaker: x.speakers[0]!, attribution: x };
}

/** Who says the words of `span`, by the rules of attribution in order of strength. */
function speakerFor(
  span: QuoteSpan,
  s: SentenceInfo,
  masked: string,
  body: string,
  last: Last | null,
  lastSentence: boolean,
  next: SentenceInfo | undefined,
): Via | null {
  // 0. "responding to the opposition's accusation of “…”": the words are the possessor's charge,
  // not the answer of the sentence's speaker; with no name for the possessor, nobody is filed.
  const leadIn = masked.slice(Math.max(s.start, span.open - 90), span.open);
  const charge = CHARGE_NOUN.test(leadIn) ? CHARGE_BY.exec(leadIn) : null;
  if (charge) {
    const at = span.open - charge[0].length + charge[1]!.length;
    const owner = s.entities.find((e) => e.end === at || e.end === at + 2);
    const who = owner ? resolvedName(owner, s) : null;
    return who ? { speaker: who, attribution: null } : null;
  }
  const usable = s.attributions.filter((x) => x.speakers.length === 1 && introduces(x));
  // 1. Attribution right after the closing mark: “…,” Akazawa said / said Akazawa.
  const after = usable.find((x) => x.verb.start > span.end);
  // "When asked whether Roe would leave “with a deal,” Doe responded, …": words inside the
  // question are the questioner's, not the answerer's.
  const asked = inQuestion(masked, s.start, span.open);
  if (after && directlyAfter(masked, span, after) && !asked) return viaAttribution(after);
  // "“…”, Roe promised today": right after the closing mark, a verb of promising or announcing
  // attributes the words too (elsewhere it reports an act: "promised to cut tariffs").
  const pledge = s.attributions.find(
    (x) => x.speakers.length === 1 && x.verb.start > span.end && PLEDGE_VERB.test(x.verb.word),
  );
  if (
    pledge &&
    (!after || pledge.verb.start < after.verb.start) &&
    titledAfter(masked, span, pledge) &&
    !asked
  )
    return viaAttribution(pledge);
  // 1b. Words someone gave a thing or a person: "whom Trump has praised as a “great leader”".
  const namer = namingSubject(span, s, masked, usable);
  if (namer) return namer;
  // 2. The nearest speech verb before the quote: Ishiba said talks were “frank”.
  const before = usable.filter((x) => x.verb.end <= span.open).pop();
  // "Roe promised the prime minister would walk away “very happy”", "the ministry announced that
  // it is “assessing”": a verb of promising or announcing that takes a clause reports words, as
  // "said" does (with an object or "to" it reports an act, and is left out above).
  const pledged = pledgedClause(span, s, masked, before);
  if (pledged) return pledged;
  if (before) return viaAttribution(before);
  // 2b. "Doe and Roe both said they were “disappointed”": words two people said together go to
  // the first named (a quote has one speaker); the reported statement keeps both.
  const pair = s.attributions
    .filter((x) => x.speakers.length > 1 && introduces(x) && x.verb.end <= span.open)
    .pop();
  if (pair) return viaAttribution(pair);
  // 3. A speech verb later in the sentence: “…” in the run-up to …, Akazawa told reporters. A
  // participle there ("…, saying he would …") belongs to its own clause, not to the quote.
  if (after && !after.verb.participle && !asked) return viaAttribution(after);
  // 3b. "Akazawa was blunt: “…”", "Akazawa took to X to announce, “…”" — a colon, or a comma
  // after a verb, hands the quote to the subject of the clause that introduces it.
  const lead = masked.slice(Math.max(s.start, span.open - 3), span.open);
  const opensUtterance = OPENS_UPPER_OR_DIGIT.test(body.slice(span.start, span.start + 1));
  if (/:\s*$/.test(lead) || (opensUtterance && /[a-z],\s*$/.test(lead))) {
    const e = clauseSubject(s.entities, s.start, span.open, masked);
    const who = e ? resolvedName(e, s) : null;
    if (who) return { speaker: who, attribution: null };
    // "Doe criticised Roe, asking: “…”" then "The Conservative MP and former minister added: “…”":
    // a description opening the sentence that no registered role fits is who spoke just before.
    const opener = s.entities[0];
    if (
      /:\s*$/.test(lead) &&
      opener?.kind === 'role' &&
      opener.start === s.start &&
      last &&
      s.index - last.sentence <= 1
    )
      return { speaker: last.speaker, attribution: null };
    if (/:\s*$/.test(lead) && s.subject) return { speaker: s.subject, attribution: null };
  }
  if (s.accordingTo && s.accordingTo.speakers.length === 1)
    return { speaker: s.accordingTo.speakers[0]!, attribution: null };
  // 3b'. "criticized the tariffs as “vile” and “unilateralist”": a quote joined by "and" to the
  // quote just given a speaker in the same sentence is the same speaker's.
  if (
    last &&
    last.sentence === s.index &&
    last.quoteEnd > 0 &&
    COORDINATED_QUOTE.test(masked.slice(last.quoteEnd + 1, span.open))
  )
    return { speaker: last.speaker, attribution: null };
  // 3c. The speaker named right after, in a sentence of its own: “… .” Roe added.
  const following = next ? nextSentenceSpeaker(span, s, next, masked, body) : null;
  if (following) return following;
  // 4. A quote standing alone continues the previous speaker: in the same paragraph always; in a
  // new paragraph only when it reads as a full utterance (a sub-heading in quotes does not).
  if (!last || !(standsAlone(masked, s, span) || (lastSentence && cutAttribution(masked, s, span))))
    return null;
  if (last.paragraph === s.paragraph) return { speaker: last.speaker, attribution: null };
  const inner = body.slice(span.start, span.end).trim();
  const fullUtterance = /[.!?…,]$/.test(inner) || /^[.!?,]/.test(body.slice(span.end + 1, span.end + 2));
  if (fullUtterance && s.paragraph - last.paragraph <= 1 && s.index - last.sentence <= 2)
    return { speaker: last.speaker, attribution: null };
  return null;
}

const PLEDGE_VERB = /^(?:promised|announced)$/i;
/**
 * What follows a verb of promising or announcing when it takes a clause: "that", or a subject of up
 * to four words and a modal ("… the prime minister would …"), after an optional time.
 */
const CLAUSE_AFTER_PLEDGE =
  /^\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+|(?:today|yesterday|earlier|later)\s+)?(?:that\s|(?:the\s+)?[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,3}\s+(?:would|will|could|might|should|can)\s)/u;

/** A promise or announcement of a clause that holds the quote, nearer the quote than `before`. */
function pledgedClause(
  span: QuoteSpan,
  s: SentenceInfo,
  masked: string,
  before: Attribution | undefined,
): Via | null {
  for (let i = s.attributions.length - 1; i >= 0; i--) {
    const x = s.attributions[i]!;
    if (x.verb.end > span.open || x.speakers.length !== 1 || !PLEDGE_VERB.test(x.verb.word)) continue;
    if (before && before.verb.start > x.verb.start) return null;
    if (!CLAUSE_AFTER_PLEDGE.test(masked.slice(x.verb.end, Math.min(span.open, x.verb.end + 80))))
      return null;
    return { speaker: x.speakers[0]!, attribution: null };
  }
  return null;
}
/**
 * Punctuation and at most a title of capitalised words between a quote and its subject; an
 * organisation may stand with its article ("…”, the Federal Council announced").
 */
const TITLE_GAP = /^[\s,:;—–-]*(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/** The attribution follows the closing mark with only a title before its subject ("…”, Prime Minister Roe promised"). */
function titledAfter(masked: string, span: QuoteSpan, a: Attribution): boolean {
  const from = span.end + 1;
  const to = a.inverted ? a.verb.start : a.subject.start;
  return to >= from && a.verb.start - from < 120 && TITLE_GAP.test(masked.slice(from, to));
}

/** The quote stands inside a question put to the speaker ("When asked whether … “…”"). */
function inQuestion(masked: string, from: number, open: number): boolean {
  return QUESTION_LEAD.test(masked.slice(Math.max(from, open - 160), open));
}

const QUESTION_LEAD =
  /\b(?:[Aa]sked|questioned|pressed)\s+(?:whether|if|about|how|why|what|when)\b[^,;:.!?_]*$/;

function introduces(x: Attribution): boolean {
  return (
    !/^(?:agreed|announced|promised|declined to comment|cast)$/i.test(x.verb.word) || x.verb.word === 'cast'
  );
}

/** The attribution follows the closing mark with nothing but punctuation and the subject between. */
function directlyAfter(masked: string, span: QuoteSpan, a: Attribution): boolean {
  const from = span.end + 1;
  const to = a.inverted ? a.verb.start : a.subject.start;
  if (to < from) return false;
  return /^[\s,:;—–-]*$/.test(masked.slice(from, to)) && a.verb.start - from < 120;
}

/**
 * The excerpt ends in the attribution ("…,” h): what follows the closing mark is a fragment of a
 * word or two with no full stop, so the quote reads as the speaker's next words.
 */
function cutAttribution(masked: string, s: SentenceInfo, span: QuoteSpan): boolean {
  const before = masked.slice(s.start, span.open);
  const after = masked.slice(span.end + 1, s.end);
  return /^[\s_.,;:!?—–-]*$/.test(before) && /^[,\s]+[a-z]{1,12}(?:\s+[a-z]{1,12})?$/.test(after);
}

/**
 * “We will win.” Roe added. — a quote standing alone whose speaker opens the next sentence. Across
 * a paragraph break only when the quote ends on a comma, which promises an attribution.
 */
function nextSentenceSpeaker(
  span: QuoteSpan,
  s: SentenceInfo,
  next: SentenceInfo,
  masked: string,
  body: string,
): Via | null {
  if (!standsAlone(masked, s, span) || next.spans.length > 0) return null;
  if (next.paragraph !== s.paragraph && !/,\s*$/.test(body.slice(span.start, span.end))) return null;
  const first = next.attributions[0];
  if (first?.speakers.length !== 1 || !introduces(first) || first.verb.participle) return null;
  const head = first.inverted ? first.verb.start : first.subject.start;
  return head - next.start <= 2 ? viaAttribution(first) : null;
}

/** The canonical name an entity was resolved to by one of the sentence's attributions. */
function resolvedName(e: Entity, s: SentenceInfo): string | null {
  for (const a of s.attributions) if (a.subject === e && a.speakers.length === 1) return a.speakers[0]!;
  if (e.kind === 'named' || (e.kind === 'source' && e.name)) return e.name;
  // A pronoun or role opening the sentence is the person the sentence is about.
  if ((e.kind === 'pronoun' || e.kind === 'role') && e.start - s.start < 40) return s.subject;
  return null;
}

/**
 * Verbs that give a thing or a person a name in quote marks: "praised him as a “…”", "slammed the
 * levy, describing it as “…”", "characterised the talks as “…”", "defended the deal as “the best we could get”", "criticized U.S.
 * tariffs as “vile”" (the lead-in lies within one sentence, so a full stop there is an abbreviation's).
 */
const NAMING =
  /\b(?:praised|hailed|dubbed|labell?ed|labell?ing|termed|branded|branding|described|describing|characteri[sz]ed|characteri[sz]ing|called|defended|defending|critici[sz]ed|critici[sz]ing|condemned|condemning|denounced|denouncing|slammed|slamming)\b[^_;:!?]{0,60}?\bas\s+(?:an?\s+|the\s+)?$/;

function namingSubject(span: QuoteSpan, s: SentenceInfo, masked: string, usable: Attribution[]): Via | null {
  const lead = masked.slice(Math.max(s.start, span.open - 90), span.open);
  const m = NAMING.exec(lead);
  if (!m) return null;
  const verbAt = span.open - lead.length + m.index;
  // The verb's own attribution when the sentence has one ("Trump described Bolsonaro as …").
  const own = usable.find((x) => x.verb.start === verbAt);
  if (own) return viaAttribution(own);
  // The clause's subject stands before the verb, and the verb itself shows it is one.
  const verbEnd = verbAt + (/^\w+/.exec(m[0])?.[0].length ?? 0);
  // A participle ("…, labeling them as “…”") continues its clause's subject, past an object before it.
  const e = m[0].includes('ing ')
    ? participleSubject(s.entities, s.start, verbAt, masked)
    : clauseSubject(s.entities, s.start, verbEnd, masked);
  const who = e && e.end <= verbAt ? resolvedName(e, s) : null;
  return who ? { speaker: who, attribution: null } : null;
}

/** The sentence holds nothing but quoted words and punctuation. */
function standsAlone(masked: string, s: SentenceInfo, span: QuoteSpan): boolean {
  const outside = masked.slice(s.start, span.open) + masked.slice(span.end + 1, s.end);
  return /^[\s_.,;:!?—–-]*$/.test(outside);
}

const INNER_ATTRIBUTION =
  /,\s+((?:\p{Lu}[\p{L}\p{N}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{N}’'-]*)(?:,[^,“”"]{1,80},)?\s+(?:said|told [a-z ]{1,40}?|added|explained)\b[^.!?“”"]{0,120}[.!?]\s+/gu;

/**
 * Source texts sometimes leave the attribution inside the marks (“… negotiators, Akazawa said
 * before leaving. I want …”). Where a named speaker and a speech verb stand inside a span, the
 * span is two quotes around them; the words follow the article, not the misplaced marks.
 */
function splitMisplacedAttribution(body: string, spans: QuoteSpan[], people: PeopleIndex): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const s of spans) {
    const text = body.slice(s.start, s.end);
    INNER_ATTRIBUTION.lastIndex = 0;
    const m = INNER_ATTRIBUTION.exec(text);
    if (!m || !people.resolve(m[1]!)) {
      out.push(s);
      continue;
    }
    const cut = s.start + m.index;
    const resume = s.start + m.index + m[0].length;
    out.push({ ...s, end: cut });
    // The second part has no mark of its own; it opens where the words resume.
    out.push({ ...s, open: resume, start: resume });
  }
  return out;
}

/**
 * Patterns with Unicode property escapes, made once: esbuild (tsx, target node20) turns such a
 * literal into `new RegExp(...)` where it stands, so inside a function it was rebuilt on every call.
 */
const ENDS_IN_INITIALS = /\b(?:\p{Lu}\.){2,}$/u;
const SPEAKER_AFTER_DASH = /\s[-–—|]\s+((?:\p{Lu}[\p{L}.’'-]*\s?){1,4})$/u;
const SPEAKER_BEFORE_COLON =
  /^((?:(?:\p{Lu}[\p{L}.’'-]*|von|van|der|den|de|da|di|du|bin|al|le|la)\s?){1,6}):\s/u;
const OWNER_FIRST = /^\p{Lu}[\p{L}.]*['’]s\s+/u;
/** A title that opens with a quote ending in a colon: "‘…’: Minister Roe grilled over …". */
const QUOTE_THEN_COLON = /^[“‘"'][^“”"\n]{1,120}?[”’"']\s*:\s+/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A capitalised possessor right before a quote mark: "Trump’s ", "CBS News’ ". */
const OWNED_BEFORE = /\p{Lu}[\p{L}.]*(?:['’]s|s['’])\s*$/u;
/** "his ", "its sweeping ": a possessive pronoun and up to two lower-case words before a quote mark. */
const PRONOUN_OWNED_BEFORE = /\b(?:his|her|its|their)\s+(?:[a-z]+\s+){0,2}$/;
/** Every word capitalised: "Liberation Day", "America First". */
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;
const OPENS_UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
/** "the opposition’s accusation of “…”", "Roe's claim that it was “…”": a possessor's charge in quote marks. */
/**
 * CHARGE_BY's fixed middle, tried first: it opens with a quote mark, which V8 finds fast, where
 * CHARGE_BY opens with a run of letters tried at every position of every span's lead-in.
 */
const CHARGE_NOUN =
  /['’]s\s+(?:accusations?|allegations?|charges?|claims?|criticism|complaints?)\s+(?:of|that)\s/;
const CHARGE_BY =
  /([\p{L}.-]+)['’]s\s+(?:accusations?|allegations?|charges?|claims?|criticism|complaints?)\s+(?:of|that)\s+[^_.;:!?]{0,50}$/u;
