import type { Quote } from '../article';
import type { SpeechAnalysis } from './quotes';
import type { Attribution, SentenceInfo } from './speakers-attribution';
import type { CleanArticle } from './types';

/**
 * Reported statements: "Akazawa told reporters that …", "X said …", "…, the sources said",
 * "according to X, …". The text is the reported clause; the speaker is resolved as for direct
 * quotes. A clause that is mostly a direct quote is left to the direct quote.
 */

type Draft = Omit<Quote, 'id'>;

/** Objects of telling that stand between the verb and the clause ("told reporters that"). */
const TOLD_OBJECT =
  /^\s+(?:(?:the\s+)?(?:reporters|journalists|lawmakers|the press|a press conference|a news conference|him|her|them|us|me|parliament|the Diet|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}))(?=[\s,])/;
/** Time and manner adverbials after the verb ("said Tuesday", "said on Monday that"). */
const ADVERBIAL =
  /^\s*(?:,\s*)?(?:(?:on|in|at|during|after|before|late|early|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+day|this\s+week|last\s+week|yesterday|today|morning|evening|night|(?:a|an|the)\s+[\w-]+\s+(?:interview|statement|briefing|conference|meeting|post))\s*)+(?:,\s*)?/i;

const SAY = /^(?:said|says|say|told|tells|posted|wrote|tweeted|added|adds|stated|states)$/i;
const PREPOSITION =
  /^(?:on|in|at|after|before|during|for|from|with|to|upon|without|about|via|by|held|when|while|prior|ahead|following)\b/i;

export function extractReported(
  article: CleanArticle,
  a: SpeechAnalysis,
  direct: Draft[],
  quoting: Set<Attribution>,
): Draft[] {
  const out: Draft[] = [];
  for (const s of a.sentences) {
    for (const at of s.attributions) {
      const clause = clauseFor(a, s, at, quoting.has(at));
      if (!clause) continue;
      for (const speaker of at.speakers) out.push(draft(article, a.body, speaker, clause));
    }
    if (s.accordingTo) {
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
  const after = masked.slice(at.verb.end, s.end);
  // "…, the sources said." / "…, Akazawa said." — the clause is what comes before the subject.
  const subjectStart = at.inverted ? at.verb.start : at.subject.start;
  const commaBefore = /,\s*$/.test(masked.slice(s.start, subjectStart));
  // "…, an official said, as they …": an attribution set off by commas reports what precedes it.
  const afterSubject = at.inverted ? masked.slice(at.subject.end, s.end) : after;
  const parenthetical = commaBefore && /^\s*,/.test(afterSubject);
  const trailing = commaBefore && (parenthetical || /^[\s\w.’'-]{0,40}[.!?]?$/.test(after));
  if (trailing) {
    const prior = s.attributions.filter((x) => x.verb.end <= subjectStart && x !== at);
    const start = prior.length > 0 ? prior[prior.length - 1]!.verb.end : s.start;
    return checked(a, skipThat(masked, start), subjectStart);
  }
  let start = at.verb.end;
  if (at.inverted) start = at.subject.end;
  let rest = masked.slice(start, s.end);
  const adv = ADVERBIAL.exec(rest);
  if (adv) {
    start += adv[0].length;
    rest = masked.slice(start, s.end);
  }
  if (/^(?:told|tells|asked|urged)$/i.test(at.verb.word)) {
    const obj = TOLD_OBJECT.exec(rest);
    if (obj) {
      start += obj[0].length;
      rest = masked.slice(start, s.end);
      const adv2 = ADVERBIAL.exec(rest);
      if (adv2) start += adv2[0].length;
    }
  }
  // "mentioned to Akazawa that …", "his view that …": the clause follows a nearby "that".
  const near = /^[^,;:_]{0,60}?\bthat\s/i.exec(masked.slice(start, start + 70));
  const that = near !== null;
  if (quotes && !that && /^[\s,:]*_/.test(masked.slice(start, start + 4))) return null;
  // "“…,” said Akazawa, minister of …": the quote before the verb is what he said; the appositive
  // after his name is not a statement.
  if (quotes && at.inverted && !at.verb.participle && !that) return null;
  if (
    near &&
    /^\s*(?:(?:to|after|before|during|in|at|on|his|her|their|its)\s|[A-Z])/.test(
      masked.slice(start, start + 8),
    )
  )
    start += near[0].length;
  start = skipThat(masked, start);
  // A said-clause opens with its subject, not a preposition ("posted on Truth Social this week").
  if (!that && SAY.test(at.verb.word) && PREPOSITION.test(masked.slice(start, start + 12))) return null;
  // The clause stops where another speaker's attribution or a participle ("…, adding") begins.
  let end = s.end;
  for (const x of s.attributions) {
    if (x === at || x.verb.start <= start) continue;
    const cut = x.verb.participle ? x.verb.start : x.inverted ? x.verb.start : x.subject.start;
    if (cut > start && cut < end) {
      end = cut;
      break;
    }
  }
  return checked(a, start, end);
}

function accordingClause(a: SpeechAnalysis, s: SentenceInfo): { start: number; end: number } | null {
  const acc = s.accordingTo!;
  // "X, according to Y." keeps X; "According to Y, X." keeps X.
  if (acc.start - s.start > 10) return checked(a, s.start, acc.start);
  return checked(a, acc.end, s.end);
}

function skipThat(masked: string, start: number): number {
  const m = /^[\s,:]*(?:that\s+)?/i.exec(masked.slice(start, start + 12));
  return start + (m ? m[0].length : 0);
}

/** Trims the clause and rejects one that is empty, a fragment, or mostly a direct quote. */
function checked(a: SpeechAnalysis, start: number, end: number): { start: number; end: number } | null {
  const { masked, body } = a;
  let s = start;
  let e = end;
  while (s < e && /[\s,:;—–-]/.test(body[s]!)) s++;
  while (e > s && /[\s,.;:!?—–-]/.test(body[e - 1]!)) e--;
  if (e - s < 12) return null;
  // A clause cut off at "that" or "to" ("he was told that") is the frame of an inner statement.
  if (/\b(?:that|to|of|by|the|a|an|and|whether|if)$/i.test(body.slice(s, e))) return null;
  // A clause that is nothing but a direct quote is left to the quote.
  const own = masked.slice(s, e).replace(/_+/g, ' ').trim();
  if (own === '' || own.split(/\s+/).length < 3) return null;
  return { start: s, end: e };
}
