import type { Quote } from '../article';
import { type QuoteSpan, scanQuotes } from './quotes-scan';
import { extractReported } from './reported';
import { nameDescribedSources } from './source-names';
import { findEntities } from './speakers';
import { type Attribution, attributeSentences, type SentenceInfo } from './speakers-attribution';
import { maskQuotes, type Segment, sentenceSegments } from './speakers-text';
import { topicsOf } from './topics';
import type { CleanArticle, Mention, PeopleIndex } from './types';

/**
 * Direct quotes and reported statements of one article, in body order. A direct quote is kept
 * only when the article attributes it to someone: scare-quoted terms, unattributed sub-headings
 * and quotes cut off by the end of the excerpt are not quotes.
 */
export function extractQuotes(article: CleanArticle, people: PeopleIndex): Quote[] {
  const analysis = analyseSpeech(article, people);
  const quoting = new Set<Attribution>();
  const direct = directQuotes(article, analysis, quoting);
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

export interface SpeechAnalysis {
  body: string;
  /** The body with quoted words blanked out. */
  masked: string;
  spans: QuoteSpan[];
  sentences: SentenceInfo[];
  segments: Segment[];
  mentions: Mention[];
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
  const segments = sentenceSegments(masked, body, spans);
  const mentions = people.mentions(body);
  const entities = findEntities(masked, people, mentions);
  const paragraphOf = paragraphLookup(article);
  const sentences = attributeSentences(body, masked, segments, entities, spans, paragraphOf, people);
  qualifyBareOfficials(sentences);
  nameDescribedSources(body, sentences);
  return { body, masked, spans, sentences, segments, mentions };
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

function paragraphLookup(article: CleanArticle): (offset: number) => number {
  const starts = article.paragraphStarts.length > 0 ? article.paragraphStarts : lineStarts(article.body);
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
function directQuotes(article: CleanArticle, a: SpeechAnalysis, quoting: Set<Attribution>): Draft[] {
  const { body, masked } = a;
  const out: Draft[] = [];
  let last: { speaker: string; paragraph: number; sentence: number } | null = null;
  const unattributedTerms = new Set<string>();
  const candidates: { draft: Draft; words: number; term: string }[] = [];
  const pending: { span: QuoteSpan; paragraph: number }[] = [];
  for (const s of a.sentences) {
    for (const span of s.spans) {
      const text = body.slice(span.start, span.end);
      if (text.trim() === '') continue;
      // “so-called” marks a term, not anyone's words.
      const soCalled = /\bso-called\s*$/i.test(masked.slice(Math.max(0, span.open - 12), span.open));
      const via: Via | null = soCalled ? null : speakerFor(span, s, masked, body, last);
      const speaker: string | null = via?.speaker ?? null;
      const term = text
        .toLowerCase()
        .replace(/[,.;:!?]+$/, '')
        .trim();
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
      last = { speaker, paragraph: s.paragraph, sentence: s.index };
      const draft: Draft = draftOf(article, body, span, speaker);
      candidates.push({ draft, words: text.trim().split(/\s+/).length, term });
    }
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

type Via = { speaker: string; attribution: Attribution | null };

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
  last: { speaker: string; paragraph: number; sentence: number } | null,
): Via | null {
  const usable = s.attributions.filter((x) => x.speakers.length === 1 && introduces(x));
  // 1. Attribution right after the closing mark: “…,” Akazawa said / said Akazawa.
  const after = usable.find((x) => x.verb.start > span.end);
  if (after && directlyAfter(masked, span, after)) return viaAttribution(after);
  // 2. The nearest speech verb before the quote: Ishiba said talks were “frank”.
  const before = usable.filter((x) => x.verb.end <= span.open).pop();
  if (before) return viaAttribution(before);
  // 3. A speech verb later in the sentence: “…” in the run-up to …, Akazawa told reporters.
  if (after) return viaAttribution(after);
  // 3b. "Akazawa was blunt: “…”" — a colon hands the quote to the person the sentence is about.
  if (/:\s*$/.test(masked.slice(Math.max(s.start, span.open - 3), span.open)) && s.subject)
    return { speaker: s.subject, attribution: null };
  if (s.accordingTo && s.accordingTo.speakers.length === 1)
    return { speaker: s.accordingTo.speakers[0]!, attribution: null };
  // 4. A quote standing alone continues the previous speaker: in the same paragraph always; in a
  // new paragraph only when it reads as a full utterance (a sub-heading in quotes does not).
  if (!last || !standsAlone(masked, s, span)) return null;
  if (last.paragraph === s.paragraph) return { speaker: last.speaker, attribution: null };
  const inner = body.slice(span.start, span.end).trim();
  const fullUtterance = /[.!?…,]$/.test(inner) || /^[.!?,]/.test(body.slice(span.end + 1, span.end + 2));
  if (fullUtterance && s.paragraph - last.paragraph <= 1 && s.index - last.sentence <= 2)
    return { speaker: last.speaker, attribution: null };
  return null;
}

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

/** The sentence holds nothing but quoted words and punctuation. */
function standsAlone(masked: string, s: SentenceInfo, span: QuoteSpan): boolean {
  const outside = masked.slice(s.start, span.open) + masked.slice(span.end + 1, s.end);
  return /^[\s_.,;:!?—–-]*$/.test(outside);
}

const INNER_ATTRIBUTION =
  /,\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)(?:,[^,“”"]{1,80},)?\s+(?:said|told [a-z ]{1,40}?|added|explained)\b[^.!?“”"]{0,120}[.!?]\s+/g;

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
