import type { QuoteSpan } from './quotes-scan';
import { type Entity, findVerbs, personByRole, type Verb, verbIntroducesQuote } from './speakers';
import type { Segment } from './speakers-text';
import type { PeopleIndex } from './types';

/**
 * Walks an article sentence by sentence and resolves, for every speech verb, who its subject is.
 * It keeps the discourse state pronouns need: the most recent person spoken about ("he" / "she"),
 * the most recent group of people ("they"), and the people named so far (for "the minister").
 */

export interface Attribution {
  verb: Verb;
  /** Canonical speakers; more than one for a plural subject ("Lutnick and Bessent said"). */
  speakers: string[];
  /** The entity the speakers were read from. */
  subject: Entity;
  /** True when the subject stands after the verb ("said Akazawa"). */
  inverted: boolean;
}

export interface SentenceInfo extends Segment {
  index: number;
  paragraph: number;
  attributions: Attribution[];
  /** Quote spans that open inside this sentence. */
  spans: QuoteSpan[];
  /** The person the sentence opens with, before any verb ("Akazawa was blunt: …"). */
  subject: string | null;
  /** The speakers and other entities the sentence names, outside quotes, in order. */
  entities: Entity[];
  /** Claimant of "according to X" in this sentence, if any. */
  accordingTo: { speakers: string[]; start: number; end: number } | null;
}

/** Conjunctions that open a subordinate clause at the start of a sentence. */
const SUBORDINATE = /^(?:While|Although|Though|As|Since|After|Before|When|If|Because|Despite|Whereas)\b/;

/** "Bessent and Trade Representative Jamieson Greer": two named people joined by "and". */
const AND_BETWEEN = /^\s+and\s+(?:[A-Z][\w.]*\s+){0,3}$/;

interface State {
  focus: string | null;
  group: string[];
  named: string[];
  ahead: string[];
  /** Organisations and sources that have spoken, in order ("the statement" speaks for the last). */
  orgs: string[];
  /** Index of the last sentence in which an organisation spoke. */
  orgSpokeAt: number;
  /** Index of the sentence being read. */
  index: number;
  /** Sentence index at which `group` was last set. */
  groupAt: number;
  /** The unnamed plural speakers who spoke last ("the sources", "officials"), and when. */
  pluralSource: string | null;
  pluralSourceAt: number;
  /** The one government the article names as such ("the South African government"), if one. */
  government: string | null;
  /** The government of the one country other than the U.S. that the article is about, if one. */
  mainGovernment: string | null;
  /** The person last said to speak "in a statement". */
  statementBy: string | null;
  /** Index of the sentence in which `focus` last spoke. */
  focusSpokeAt: number;
}

/** Words that may stand between a quote and an inverted verb ("…,” also said Akazawa). */
const FILLER_WORDS = new Set(
  'also then later further again only just previously repeatedly had has have once'.split(' '),
);

/** Only punctuation, quote masks and filler words: checked word by word, never by backtracking. */
function onlyFiller(text: string): boolean {
  for (const w of text.split(/[\s,;:—–\-_]+/))
    if (w !== '' && !FILLER_WORDS.has(w.toLowerCase())) return false;
  return true;
}

export function attributeSentences(
  body: string,
  masked: string,
  segments: Segment[],
  entities: Entity[],
  spans: QuoteSpan[],
  paragraphOf: (offset: number) => number,
  people: PeopleIndex,
): SentenceInfo[] {
  // Named people in article order: a role named before the person ("Tokyo's negotiator said …")
  // is read as the first person of that role the article names.
  // Reversed, so that personByRole (which reads from the end) meets the earliest first.
  const ahead = entities
    .filter((e) => e.kind === 'named' && e.name)
    .map((e) => e.name!)
    .reverse();
  const state: State = {
    focus: null,
    group: [],
    named: [],
    ahead,
    orgs: [],
    orgSpokeAt: -9,
    index: 0,
    groupAt: -1,
    pluralSource: null,
    pluralSourceAt: -2,
    government: onlyGovernment(entities),
    mainGovernment: mainGovernment(entities),
    statementBy: null,
    focusSpokeAt: -9,
  };
  const out: SentenceInfo[] = [];
  let e0 = 0;
  let s0 = 0;
  // The first "statement" at or after `statementFrom` (-1: none), carried from sentence to
  // sentence: searched afresh in each, a page without the word was scanned to its end each time.
  let statementFrom = -1;
  let statementAt = -1;
  for (let index = 0; index < segments.length; index++) {
    const seg = segments[index]!;
    state.index = index;
    while (e0 < entities.length && entities[e0]!.end <= seg.start) e0++;
    let e1 = e0;
    while (e1 < entities.length && entities[e1]!.start < seg.end) e1++;
    const ents = entities.slice(e0, e1);
    while (s0 < spans.length && spans[s0]!.open < seg.start) s0++;
    let s1 = s0;
    while (s1 < spans.length && spans[s1]!.open < seg.end) s1++;
    const sentSpans = spans.slice(s0, s1);

    // A verb inside an entity ("Local media reports") is part of a name. Both lists are in order.
    let ei = 0;
    const verbs = findVerbs(masked, seg.start, seg.end).filter((v) => {
      while (ei < ents.length && ents[ei]!.end < v.end) ei++;
      for (let j = ei; j < ents.length && ents[j]!.start <= v.start; j++)
        if (ents[j]!.end >= v.end) return false;
      return true;
    });
    const attributions: Attribution[] = [];
    let main: Attribution | null = null;
    let opening: Verb | null = null;
    for (let k = 0; k < verbs.length; k++) {
      const v = verbs[k]!;
      if (v.passive) continue;
      if (v.participle) {
        const asSaying = /\bas\s+$/i.test(masked.slice(Math.max(seg.start, v.start - 4), v.start));
        const asWho = asSaying ? leftSubject(v, ents, seg.start, masked) : null;
        // "The Times quotes X as calling …": the outlet relays, it is never the one quoted.
        const quoted = asWho?.outlet ? null : asWho;
        // With no speech verb of its own, the clause's subject is who the participle continues
        // ("Trump condemned the trial, calling it …").
        const clause = quoted || main ? null : participleSubject(ents, seg.start, v.start, masked);
        const own = quoted ?? clause;
        // "…, Lai said, stressing that …": right after a trailing attribution, the participle
        // continues that speaker, not the subject of a verb inside the claim before it.
        const last = attributions[attributions.length - 1];
        const next =
          last &&
          !last.verb.participle &&
          JUST_A_COMMA.test(masked.slice(Math.max(last.verb.end, last.subject.end), v.start))
            ? last
            : main;
        const from = own ? resolve(own, state, people) : (next?.speakers ?? []);
        const subject = own ?? next?.subject ?? ents.find((e) => e.name !== null) ?? null;
        if (subject && from.length > 0)
          attributions.push({ verb: v, speakers: from, subject, inverted: false });
        // "Adding that …, he said: …": a participle opening the sentence takes the subject of
        // the main verb that follows it.
        else if (!own && v.start - seg.start < 3 && !NAMING_PARTICIPLE.test(v.word)) opening = v;
        continue;
      }
      const prevEnd = Math.max(
        seg.start,
        k > 0 ? verbs[k - 1]!.end : seg.start,
        lastSpanEnd(sentSpans, v.start),
      );
      let subject = leftSubject(v, ents, prevEnd, masked);
      // "Roe assured that … affected by Trump's decisions and urged the US to …": a verb right
      // after "and" or "but" has no subject of its own; the name nearest before it is an object,
      // and the verb shares the subject of the verb before it.
      if (
        subject &&
        main &&
        subject !== main.subject &&
        COORDINATED.test(masked.slice(Math.max(prevEnd, v.start - 20), v.start))
      ) {
        attributions.push({ verb: v, speakers: main.speakers, subject: main.subject, inverted: false });
        continue;
      }
      // "Milei, whom Trump has praised as a “great leader,” has said …": a verb inside a relative
      // clause is no bound on the subject of the verb after it, which stands before the clause.
      if (!subject) {
        const rel = relativeClauseStart(masked, seg.start, v.start);
        if (rel !== null && rel < prevEnd)
          subject = leftSubject({ ...v, start: rel }, ents, seg.start, masked);
      }
      // "He did not mention the deadline, but has previously said that …": a second predicate
      // shares the subject that opens the sentence.
      if (
        !subject &&
        k === 0 &&
        SHARED_SUBJECT.test(masked.slice(Math.max(seg.start, v.start - 40), v.start))
      ) {
        const first = ents[0];
        if (first && first.start - seg.start < 3 && (first.kind === 'named' || first.kind === 'pronoun'))
          subject = first;
      }
      let inverted = false;
      // "The government did not negotiate …, said Deputy Prime Minister Gan": a clause ending in a
      // comma before the verb is what was said, and the speaker follows the verb.
      if (subject && clauseBefore(masked.slice(subject.end, v.start))) {
        const right = rightSubject(v, ents, verbs[k + 1]?.start ?? seg.end, masked);
        if (right) {
          subject = right;
          inverted = true;
        }
      }
      if (!subject) {
        const left = masked.slice(prevEnd, v.start);
        // "…, said Ishiba" / "“…” said a statement from the ministry": the subject follows.
        // "has said" never inverts; "said he" only closing a sentence ("…,” said he.").
        if ((onlyFiller(left) || /,\s*$/.test(left)) && !/^(?:has|had|have|will|would)\b/i.test(v.word)) {
          subject = rightSubject(v, ents, verbs[k + 1]?.start ?? seg.end, masked);
          if (subject?.kind === 'pronoun' && !/^\s*[.,;!?]/.test(masked.slice(subject.end, subject.end + 2)))
            subject = null;
          inverted = subject !== null;
        }
      }
      if (!subject) continue;
      // Only a document reads ("the executive order reads"); a person reading is not speaking.
      if (/^reads?$/i.test(v.word) && !subject.document) continue;
      // Within a sentence, "he" is first of all the sentence's own speaker ("X said …, but he …"),
      // then the person the sentence is about ("Trump's decision, which he called …").
      // A subordinate clause the sentence opens with ("While …, since Trump announced …, he")
      // does not give "he" its referent.
      const opener = SUBORDINATE.test(masked.slice(seg.start, seg.start + 12))
        ? masked.indexOf(',', seg.start)
        : -1;
      const mainPerson =
        attributions.find(
          (x) =>
            x.speakers.length === 1 &&
            people.person(x.speakers[0]!)?.kind === 'person' &&
            !(opener >= 0 && opener < v.start && x.verb.start < opener),
        )?.speakers[0] ??
        (subject.kind === 'pronoun'
          ? leadPerson(
              ents,
              opener >= 0 && opener < subject.start ? opener : seg.start,
              subject.start,
              masked,
              state,
              people,
            )
          : null);
      const local = mainPerson ? { ...state, focus: mainPerson } : state;
      const speakers = resolve(subject, local, people, ents, body);
      if (speakers.length === 0) continue;
      const a: Attribution = { verb: v, speakers, subject, inverted };
      attributions.push(a);
      if (!main) main = a;
    }

    if (opening && main)
      attributions.unshift({
        verb: opening,
        speakers: main.speakers,
        subject: main.subject,
        inverted: false,
      });
    const according = accordingTo(masked, seg, ents, state, people, body);
    const opener = ents.find((e) => e.kind === 'named' || e.kind === 'pronoun' || e.kind === 'role');
    const subject =
      opener && opener.start - seg.start < 40 && /^[^_]*$/.test(masked.slice(seg.start, opener.start))
        ? (resolve(opener, state, people)[0] ?? null)
        : null;
    if (statementFrom < 0 || seg.start < statementFrom || (statementAt >= 0 && statementAt < seg.start)) {
      statementFrom = seg.start;
      statementAt = masked.indexOf('statement', seg.start);
    }
    const st = statementAt;
    if (st >= 0 && st < seg.end) issuedStatement(masked, seg.start, st, attributions, state, people);
    out.push({
      start: seg.start,
      end: seg.end,
      index,
      paragraph: paragraphOf(seg.start),
      attributions,
      spans: sentSpans,
      subject,
      entities: ents,
      accordingTo: according,
    });
    advance(state, ents, attributions, people, body);
    // "According to an EU diplomat, …" then "the diplomat told AFP": a described source spoke, as if
    // by a verb. Not a country ("set according to the US trade deficit" is a measure, not a claim),
    // nor a bare noun, which adds nothing to the later "the official".
    if (according)
      for (const n of according.speakers) if (n.includes(' ') && DESCRIBED_SOURCE.test(n)) state.orgs.push(n);
  }
  return out;
}

/** A title of several portfolios ("the business and trade secretary", "the Investment, Trade and Industry Minister"). */
const COMPOUND_ROLE = /,|\sand\s/;

/** "Referring to …,", "Calling it …,": a participle that frames or names, not one that states. */
const NAMING_PARTICIPLE = /^(?:referring|calling|describing|asking|telling)/i;

/** "…, Lai said, stressing": only a comma between an attribution and its participle. */
const JUST_A_COMMA = /^\s*,\s*$/;

/** ", but has previously said": a coordinated predicate with no subject of its own. */
const SHARED_SUBJECT = /,\s+(?:but|and)\s+(?:(?:has|had|also|then|later|previously|repeatedly)\s+){0,2}$/i;

/** "… and urged", ", but also said": a second predicate with no subject between it and "and". */
const COORDINATED = /[\s,](?:and|but)\s+(?:(?:also|then|later|further|repeatedly)\s+)?$/;

/** Text between a subject and a verb that is a clause of its own, set off by a comma. */
function clauseBefore(gap: string): boolean {
  if (!/,\s*$/.test(gap) || /^\s*,/.test(gap)) return false;
  return gap.trim().split(/\s+/).length >= 3;
}

function lastSpanEnd(spans: QuoteSpan[], before: number): number {
  let end = -1;
  for (const s of spans) if (s.end < before) end = s.end + 1;
  return end;
}

/**
 * Words that may stand between a subject and its verb ("Akazawa also said", "Chile on Wednesday said",
 * "Lutnick and Bessent both said").
 */
const ADJACENT_GAP =
  /^\s*(?:(?:also|has|have|had|then|later|now|again|previously|repeatedly|further|once|too|separately|earlier|publicly|reportedly|both|jointly|on|in|a|an|the|statement|post|interview|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+){0,4}$/;

/**
 * A comma standing right before the verb closes an appositive or a relative clause ("Roe, the
 * deputy minister for trade policy, said"; "Akazawa, who met the US side, has said"): the
 * subject is the entity right before the comma that opens it.
 */
/**
 * Where a relative clause set off by commas ends right before `verbStart` (", who/whom/which …,"
 * then at most two auxiliaries or adverbs), the offset of its opening comma; else null. The
 * closing comma may stand inside quote marks ("as a “great leader,” has said").
 */
function relativeClauseStart(masked: string, from: number, verbStart: number): number | null {
  const lo = Math.max(from, verbStart - 200);
  const left = masked.slice(lo, verbStart);
  const m =
    /,\s*(?:who|whom|whose|which)\s[^,;:.]{1,160}(?:,|_[”"’']?)\s*(?:(?:has|have|had|also|later|then|previously|once)\s+){0,2}$/i.exec(
      left,
    );
  return m ? lo + m.index : null;
}

function beforeParenthetical(ents: Entity[], from: number, verbStart: number, masked: string): Entity | null {
  const left = masked.slice(from, verbStart);
  const close = /,\s*(?:(?:also|has|have|had|then|later)\s+)*$/.exec(left);
  if (!close) return null;
  const inner = left.slice(0, close.index);
  const open = Math.max(inner.lastIndexOf(','), inner.lastIndexOf('—'), inner.lastIndexOf('–'));
  if (open < 0 || inner.length - open > 160) return null;
  const at = from + open;
  for (let i = ents.length - 1; i >= 0; i--) {
    const e = ents[i]!;
    if (e.end > at) continue;
    if (e.start < from) return null;
    if (!/^['’]?s?\s*$/.test(masked.slice(e.end, at))) return null;
    if (e.kind === 'source' && e.name === null && !e.document) return null;
    // "the commission's trade spokesman, Olof Gill, said", "the director of the Trade Remedies
    // Authority under the ministry, Ta Hoang Linh, said": an aside that is a person's name alone
    // names the role or body's speaker before it.
    if (e.kind === 'role' || e.kind === 'source') {
      const aside = ents[i + 1];
      if (
        aside?.kind === 'named' &&
        !aside.organisation &&
        aside.name &&
        /^\s*$/.test(masked.slice(at + 1, aside.start)) &&
        /^\s*$/.test(inner.slice(aside.end - from))
      )
        // One subject from the role to the name, so the claim before it stops at the role.
        return { ...aside, start: e.start };
    }
    return e;
  }
  return null;
}

/** "two of", "some of", "most of" right before a noun phrase. */
const PARTITIVE =
  /(?:^|[\s,;:])(?:one|two|three|four|five|six|several|some|many|most|all|both|none|each|either|neither|a few|a number)\s+of\s+$/i;

/** Whether `e` is the object of a preposition ("with Trump said") rather than a subject. */
function objectOfPreposition(ents: Entity[], i: number, masked: string): boolean {
  const e = ents[i]!;
  const before = masked.slice(Math.max(0, e.start - 8), e.start);
  // "Two of the sources said": a partitive's noun is the subject it counts.
  if (PARTITIVE.test(masked.slice(Math.max(0, e.start - 24), e.start))) return false;
  if (/\b(?:to|with|by|for|from|of|about|on|against|at|in)\s+$/i.test(before)) return true;
  // "Lutnick and Bessent said" joins two subjects; ", and Akazawa said" starts a new clause.
  if (/\band\s+$/i.test(before)) {
    const prev = i > 0 ? ents[i - 1]! : null;
    return prev !== null && /^\s+and\s+$/i.test(masked.slice(prev.end, e.start));
  }
  return false;
}

/** The nearest entity standing before the verb, after `from` and outside quotes. */
function leftSubject(v: Verb, ents: Entity[], from: number, masked: string): Entity | null {
  const framed = beforeParenthetical(ents, from, v.start, masked);
  if (framed) return framed;
  for (let i = ents.length - 1; i >= 0; i--) {
    const e = ents[i]!;
    if (e.end > v.start) continue;
    if (e.start < from) break;
    // An object of a preposition ("with Trump said") is not the subject; skip it.
    const gap = masked.slice(e.end, v.start);
    if (/^\s*$/.test(gap) && objectOfPreposition(ents, i, masked)) continue;
    // "…, B to ensure that a levy agreed …": a subject is not cut off from its verb by an
    // infinitive or a "that" clause; the verb belongs to another clause.
    if (/\b(?:to\s+[a-z]+|that|which)\s/.test(gap) && !/^\s*,/.test(gap)) return null;
    if (e.kind === 'source' && e.name === null && !e.document) continue;
    // "Trump’s Commerce secretary hinted …": a possessor names whose the subject is, not who speaks.
    if (e.kind === 'named' && /['’]s$/.test(e.text) && LETTER_AFTER_SPACE.test(gap)) return null;
    // A country speaks for its government only right next to its verb ("Chile said").
    if (e.weak && (!ADJACENT_GAP.test(gap) || objectOfPreposition(ents, i, masked))) continue;
    // "Ryosei Akazawa, Japan's economy minister, told": the name, not its appositive, is the subject.
    const prev = i > 0 ? ents[i - 1]! : null;
    if (
      (e.kind === 'role' || e.kind === 'source') &&
      prev?.kind === 'named' &&
      prev.start >= from &&
      /^\s*,\s*$/.test(masked.slice(prev.end, e.start))
    )
      return prev;
    return e;
  }
  return null;
}

/** "said Akazawa", "said a statement from the Foreign Ministry": the first named entity after the verb. */
function rightSubject(v: Verb, ents: Entity[], limit: number, masked: string): Entity | null {
  let lo = 0;
  let hi = ents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ents[mid]!.start < v.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ents.length; i++) {
    const e = ents[i]!;
    if (e.start > Math.min(limit, v.end + 60)) break;
    // "said a statement from the Foreign Ministry": the issuer speaks.
    // "said Tau in a statement": the statement is how, not who.
    if (e.document && /\b(?:in|via|through|with)\s+$/i.test(masked.slice(Math.max(0, e.start - 8), e.start)))
      continue;
    const issuer = e.document ? ents[i + 1] : undefined;
    if (
      issuer?.name &&
      /^\s+(?:issued\s+)?(?:from|by|of)\s+(?:the\s+)?$/i.test(masked.slice(e.end, issuer.start))
    )
      return issuer;
    // "said Ambassador to the US Jose Romualdez": a country inside a title is not the speaker.
    if (e.weak) {
      const next = ents[i + 1];
      if (next?.name && next.kind === 'named' && NAME_WORDS_GAP.test(masked.slice(e.end, next.start)))
        continue;
    }
    // "said the US president" names a role; "said the statement" a document.
    if (e.name !== null || e.kind === 'pronoun' || e.kind === 'role' || e.document) return e;
  }
  return null;
}

/**
 * The subject of the clause that ends at `to`: the nearest entity followed by a verb-like word
 * ("Prabowo made …", "President Trump condemned …"), not the object of a preposition.
 */
export function clauseSubject(ents: Entity[], from: number, to: number, masked: string): Entity | null {
  for (let i = ents.length - 1; i >= 0; i--) {
    const e = ents[i]!;
    if (e.end > to) continue;
    if (e.start < from) break;
    if (e.kind === 'plural' || (e.kind === 'source' && e.name === null && !e.document)) continue;
    if (objectOfPreposition(ents, i, masked)) continue;
    // "The BBC reports Prabowo made …": an outlet that reports or quotes relays another's words.
    if (
      e.outlet &&
      /^\s+(?:reports?|reported|quotes?|quoted|cites?|cited)\b/.test(masked.slice(e.end, e.end + 12))
    )
      continue;
    // "Ramaphosa on Tuesday slammed …": a time between the subject and its verb.
    const next = CLAUSE_NEXT.exec(masked.slice(e.end, Math.min(to, e.end + 50)));
    if (!next || CLAUSE_STOP.has(next[1]!)) continue;
    if (e.weak && !next) continue;
    return e;
  }
  return null;
}

/**
 * Who a participle with no speech verb before it continues: the subject of its clause. "Beijing has
 * acknowledged that the administration made attempts, stating that …": a subject inside a "that"
 * clause is what was acknowledged, not who states; the subject before "that" is, when there is one.
 */
export function participleSubject(ents: Entity[], from: number, to: number, masked: string): Entity | null {
  const e = clauseSubject(ents, from, to, masked);
  if (!e) return null;
  const that = masked.lastIndexOf(' that ', e.start);
  if (that >= from) return clauseSubject(ents, from, that, masked) ?? e;
  // "The envoy left for Washington on Sunday for the first talks since President X took office,
  // vowing …": a name inside a subordinate clause that opens after the main clause, closed by a comma
  // before the participle, is when or why, not who vows. The main clause's subject is, when it is an
  // entity; otherwise nobody known. With no comma ("hours after X sent a letter reiterating …") the
  // participle stays in X's clause.
  const sub = lastSubordinator(masked, from, e.start);
  if (sub > from && masked.lastIndexOf(',', to) > e.end) return clauseSubject(ents, from, sub, masked);
  // "The ministry has criticized U.S. tariffs, calling them …": a country before a noun is the
  // object's modifier, not a subject, when the clause's own subject stands before it with no
  // conjunction or comma between (which would open a clause of its own).
  if (!e.weak) return e;
  const earlier = clauseSubject(ents, from, e.start, masked);
  return earlier && !CLAUSE_BREAK.test(masked.slice(earlier.end, e.start)) ? earlier : e;
}

/** A lower-case subordinating conjunction: it opens a clause after the main clause has begun. */
const SUBORDINATOR = / (?:since|after|before|when|while|because|until|although|though|once|whereas) /g;

/** Where the last subordinating conjunction between `from` and `to` stands, or -1. */
function lastSubordinator(masked: string, from: number, to: number): number {
  const part = masked.slice(from, to);
  let at = -1;
  SUBORDINATOR.lastIndex = 0;
  for (let m = SUBORDINATOR.exec(part); m; m = SUBORDINATOR.exec(part)) at = from + m.index;
  return at;
}

/** A conjunction or a comma: what opens a clause of its own between two subjects. */
const CLAUSE_BREAK =
  /[,;:]|\b(?:and|but|or|as|while|when|after|before|because|since|although|though|if|until|whereas)\b/;

/** The word after a subject (past an auxiliary or a time) that shows whether a verb follows. */
const CLAUSE_NEXT =
  /^\s+(?:(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\s+|(?:yesterday|today|earlier|also)\s+)?(?:(?:also|then|later|has|had|have|was|is|will|would)\s+)?([a-z]+)\b/;

/** Words after a name that show it is not the subject of a verb. */
const CLAUSE_STOP = new Set(
  'and or of in on at to for with by from the a an who which whose that as but than if when while'.split(' '),
);

/** The person a sentence is about: its first person or role standing as a subject before `to`. */
function leadPerson(
  ents: Entity[],
  from: number,
  to: number,
  masked: string,
  state: State,
  people: PeopleIndex,
): string | null {
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i]!;
    if (e.start < from) continue;
    if (e.end > to) break;
    if (e.kind !== 'named' && e.kind !== 'role') continue;
    if (objectOfPreposition(ents, i, masked)) continue;
    const name = resolve(e, state, people)[0];
    if (name && people.person(name)?.kind === 'person') return name;
    return null;
  }
  return null;
}

function resolve(e: Entity, state: State, people: PeopleIndex, ents?: Entity[], body?: string): string[] {
  switch (e.kind) {
    case 'named': {
      // "Lutnick and Bessent said": both speak.
      if (ents && body) {
        const i = ents.indexOf(e);
        const prev = i > 0 ? ents[i - 1]! : null;
        if (prev && prev.kind === 'named' && prev.name && AND_BETWEEN.test(body.slice(prev.end, e.start)))
          return [prev.name, e.name!];
      }
      return e.name ? [e.name] : [];
    }
    case 'pronoun':
      return state.focus ? [state.focus] : [];
    case 'plural':
      // "they said" after "the sources said" are the sources, unless a pair of people was named since.
      if (state.pluralSource && state.pluralSourceAt >= state.groupAt) return [state.pluralSource];
      return state.group.length > 0 ? [...state.group] : [];
    case 'role': {
      // "“…,” he said, referring to Roe. “…,” the former president added": the person the
      // text is about, when the role fits them, before anyone named since.
      const name =
        e.name ??
        (state.focus ? personByRole(e.text, [state.focus], people) : null) ??
        personByRole(e.text, state.named, people) ??
        personByRole(e.text, state.ahead, people, COMPOUND_ROLE.test(e.text));
      return name ? [name] : [];
    }
    case 'source': {
      if (e.document && !e.name) {
        // "it said" only right after an organisation spoke; "the statement said" any time after.
        const last = state.orgs[state.orgs.length - 1];
        // "In a statement …, Roe responded …" then "the statement noted": the person who issued it.
        if (!last) return state.statementBy && STATEMENT.test(e.text) ? [state.statementBy] : [];
        if (/^it$/i.test(e.text) && state.index - state.orgSpokeAt > 2) return [];
        return [last];
      }
      // "the government said": the government spoken of before, or the only one the article names.
      if (e.name === 'government') {
        for (let i = state.orgs.length - 1; i >= 0; i--)
          if (/\bgovernment$/.test(state.orgs[i]!)) return [state.orgs[i]!];
        if (state.government) return [state.government];
        return state.mainGovernment ? [state.mainGovernment] : [];
      }
      if (!e.name) return [];
      // "He Yongqian, a ministry spokesperson, said …" then "the ministry spokesperson said": the
      // spokesperson the article named before, not a nameless one.
      if (SPOKES.test(e.name) && /^the\s/i.test(e.text)) {
        const named = namedSpokesperson(state.named, people);
        if (named) return [named];
      }
      // "the sources said" are the sources the article described before ("well informed sources"),
      // "the ministry said" the ministry it named before ("Seoul's Ministry of Trade"), "the
      // diplomat told AFP" the one described before ("an EU diplomat briefed on the talks").
      // So are plain "officials are saying" after "Mexican officials say".
      const bare =
        /^the\s/i.test(e.text) || /^(?:officials|sources)$/i.test(e.text)
          ? /^(?:sources?|officials?|diplomats?|ministry|department|agency)$/i.exec(e.name)
          : null;
      if (bare) {
        const noun = bare[0].toLowerCase().replace(/s$/, '');
        for (let i = state.orgs.length - 1; i >= 0; i--) {
          const o = state.orgs[i]!;
          if (o.toLowerCase() !== e.name.toLowerCase() && new RegExp(`\\b${noun}s?\\b`, 'i').test(o))
            return [o];
        }
      }
      return [e.name];
    }
  }
}

const STATEMENT = /\bstatement$/i;
const SPOKES = /\bspokes(?:person|man|woman)$/i;

/** The person named most recently whose role is a spokesperson's, among the last few named. */
function namedSpokesperson(named: string[], people: PeopleIndex): string | null {
  for (let i = named.length - 1; i >= Math.max(0, named.length - 12); i--) {
    const p = people.person(named[i]!);
    if (p?.kind === 'person' && p.role && /\bspokes(?:person|man|woman)\b/i.test(p.role)) return p.name;
  }
  return null;
}
const IN_A_STATEMENT = /\b(?:in|a|an)\s+(?:[\w’'-]+\s+){0,2}statement$/i;

/** Notes who speaks "in a statement" in the sentence, for "the statement said" later. */
function issuedStatement(
  masked: string,
  from: number,
  at: number,
  attributions: Attribution[],
  state: State,
  people: PeopleIndex,
): void {
  if (!IN_A_STATEMENT.test(masked.slice(Math.max(from, at - 40), at + 9))) return;
  const who = attributions.find((x) => x.speakers.length === 1 && isPerson(people, x.speakers[0]!));
  if (who) state.statementBy = who.speakers[0]!;
}

/** The government the article names in words ("the South African government"), when only one is. */
function onlyGovernment(entities: Entity[]): string | null {
  let found: string | null = null;
  for (const e of entities) {
    if (e.kind !== 'source' || e.weak || !e.name || e.name === 'government' || !/\sgovernment$/.test(e.name))
      continue;
    if (found !== null && found !== e.name) return null;
    found = e.name;
  }
  return found;
}

const US_GOVERNMENT = 'U.S. government';

/**
 * The government of the country the article is about when it never names a government in words:
 * the one country or capital other than the U.S. named at least three times, twice as often as
 * any other. News on talks with Washington calls the partner's cabinet "the government" ("Keller-
 * Sutter and Parmelin will …, the government said in a statement"); Washington's is "the
 * administration" or "the White House", so the U.S. is left out of the count.
 */
function mainGovernment(entities: Entity[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entities)
    if (e.kind === 'source' && e.weak && e.name && e.name !== US_GOVERNMENT)
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [name, n] of counts) {
    if (n > top) {
      second = top;
      top = n;
      best = name;
    } else if (n > second) second = n;
  }
  return top >= 3 && top >= 2 * second ? best : null;
}

/** "according to X", and "as per X" as Indian and Gulf English write it. */
const ACCORDING = /\b(?:according to|as per)\s+/gi;
/** Punctuation that closes the "according to" phrase before a later name. */
const SOURCE_BREAK = /[,;:()]/;

function accordingTo(
  masked: string,
  seg: Segment,
  ents: Entity[],
  state: State,
  people: PeopleIndex,
  body: string,
): SentenceInfo['accordingTo'] {
  ACCORDING.lastIndex = 0;
  const text = masked.slice(seg.start, seg.end);
  const m = ACCORDING.exec(text);
  if (!m) return null;
  const at = seg.start + m.index + m[0].length;
  // "according to a cabinet statement": an unnamed document speaks for the organisation that issued it.
  const e = ents.find(
    (x) => x.start >= at && x.start <= at + 40 && (x.name !== null || x.kind !== 'source' || x.document),
  );
  // "According to reports, the team from the US will …": the source is the phrase's head; a name
  // past a comma is in the claim, not the source.
  if (!e || SOURCE_BREAK.test(masked.slice(at, e.start))) return null;
  const speakers = resolve(e, state, people, ents, body);
  if (speakers.length === 0) return null;
  // The claim is the sentence without the "according to X" phrase.
  return { speakers, start: seg.start + m.index, end: e.end };
}

/** One unnamed person speaking ("the source", "a senior official", "the spokesman"). */
const ONE_UNNAMED =
  /(?:^|\s)(?:source|official|diplomat|insider|aide|advis[eo]r|spokes(?:person|man|woman))$/i;

/** An unnamed source described by the article ("EU diplomat", "officials familiar with the schedule"). */
const DESCRIBED_SOURCE =
  /\b(?:sources?|officials?|diplomats?|insiders?|aides?|spokes(?:person|man|woman))\b/i;

/** Unnamed speakers in the plural ("sources familiar with the matter", "Japanese officials"). */
const PLURAL_SOURCE = /\b(?:sources|officials|people|diplomats|analysts)\b/i;

/** Updates who "he", "they" and "the minister" point to after a sentence. */
function advance(
  state: State,
  ents: Entity[],
  attributions: Attribution[],
  people: PeopleIndex,
  body: string,
) {
  let lastGroup: string[] = [];
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i]!;
    if (e.kind !== 'named' || !e.name) continue;
    state.named.push(e.name);
    const prev = i > 0 ? ents[i - 1]! : null;
    if (prev?.kind === 'named' && prev.name && AND_BETWEEN.test(body.slice(prev.end, e.start))) {
      lastGroup = [prev.name, e.name];
    }
  }
  if (lastGroup.length > 0) {
    state.group = lastGroup;
    state.groupAt = state.index;
  }
  for (const a of attributions)
    if (a.speakers.length === 1 && PLURAL_SOURCE.test(a.speakers[0]!)) {
      state.pluralSource = a.speakers[0]!;
      state.pluralSourceAt = state.index;
    }
  // Organisations and sources that spoke, or were named, are what "the statement" refers back to.
  for (const a of attributions)
    if (verbIntroducesQuote(a.verb))
      for (const n of a.speakers)
        if (!isPerson(people, n)) {
          state.orgs.push(n);
          state.orgSpokeAt = state.index;
        }
  for (const e of ents) if (e.kind === 'named' && e.organisation && e.name) state.orgs.push(e.name);
  // The speaker of the sentence is its topic; failing that, the first person it names. The main
  // verb's speaker comes before one inside a participial phrase ("Responding to reports quoting
  // Roe as saying …, Diaz said …": the next "he" is Diaz).
  let spoke: Attribution | undefined;
  for (const a of attributions) {
    if (a.speakers.length !== 1 || !isPerson(people, a.speakers[0]!)) continue;
    if (!a.verb.participle) {
      spoke = a;
      break;
    }
    spoke ??= a;
  }
  if (spoke) {
    state.focus = spoke.speakers[0]!;
    state.focusSpokeAt = state.index;
    return;
  }
  // "“…,” the source said, referring to Trump's call." then "“…,” he continued": one unnamed
  // person who speaks is what the sentence is about, not a name inside its participial phrase.
  // Right after a named person spoke, "the official" is that person again ("Ebrard stated. The
  // official noted …").
  const unnamed = attributions.find(
    (a) => !a.verb.participle && a.speakers.length === 1 && ONE_UNNAMED.test(a.speakers[0]!),
  );
  if (unnamed && unnamed.subject.kind === 'source' && state.focusSpokeAt < state.index - 1) {
    state.focus = unnamed.speakers[0]!;
    return;
  }
  // "He was set to meet Greer on the day." is still about the man "he" was: a sentence whose
  // subject is the pronoun keeps the focus, and a person named after a preposition ("talks with
  // Greer") is not what the sentence is about.
  const firstIdx = ents.findIndex(
    (e) => e.kind === 'pronoun' || (e.kind === 'named' && e.name !== null && isPerson(people, e.name)),
  );
  const first = firstIdx >= 0 ? ents[firstIdx]! : null;
  if (!first || (first.kind === 'pronoun' && state.focus)) return;
  const subjectLike = ents.find(
    (e, i) => e.kind === 'named' && e.name && isPerson(people, e.name) && !objectOfPreposition(ents, i, body),
  );
  const named = subjectLike ?? ents.find((e) => e.kind === 'named' && e.name && isPerson(people, e.name));
  if (named?.name) state.focus = named.name;
}

/**
 * The name is a person's, not an organisation's. Module-level: tsx keeps function names, and a
 * named closure made in every sentence's `advance` cost more than its calls.
 */
function isPerson(people: PeopleIndex, name: string): boolean {
  return people.person(name)?.kind === 'person';
}

/**
 * Patterns with Unicode property escapes, made once: esbuild (tsx, target node20) turns such a
 * literal into `new RegExp(...)` where it stands, so inside a function it was rebuilt on every call.
 */
const LETTER_AFTER_SPACE = /^\s+\p{L}/u;
const NAME_WORDS_GAP = /^[\s\p{L}.’'-]{0,40}$/u;
