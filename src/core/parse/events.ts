import type { EventType, TariffEvent } from '../article';
import { cityOf } from './city-of';
import { datelineLength } from './dateline-date';
import {
  addDays,
  type DateHint,
  type FoundDate,
  findDates,
  iso,
  isRemarkDate,
  onlyRemarkVerb,
  parseDay,
  resolveHint,
} from './event-dates';
import {
  findTriggers,
  PRECEDENCE,
  type RoundPhrase,
  roundFor,
  roundsIn,
  STANDALONE,
  type Trigger,
} from './events-triggers';
import { analyseSpeech } from './quotes';
import type { CleanArticle, Mention, PeopleIndex } from './types';

/** A day and month without a year, in an article without a date, belong to this year. */
export const DEFAULT_YEAR = 2025;

/**
 * `f` itself. The closures extractEvents makes for each article are passed through it: tsx
 * (esbuild's keepNames) names a closure bound straight to a variable with a `__name` call each
 * time it is made, which costs more than the closure; an argument is not named.
 */
const unnamed = <F>(f: F): F => f;

/**
 * The date words each event was read from, per article, kept so that an article dated later
 * (from events other articles date) can resolve its weekdays and "the 30th" again.
 *
 * Held on the event under a symbol, not enumerable, with a WeakMap's get/set: JSON, spreads and
 * Object.keys see none of it, as with a WeakMap, and a copy starts without hints. A WeakMap of
 * every event of a build cost far more (its set, and the collector's pass over its entries).
 */
const HINTS = Symbol('event hints');
export const eventHints = {
  get(e: TariffEvent): EventHints[] | undefined {
    return (e as { [HINTS]?: EventHints[] })[HINTS];
  },
  set(e: TariffEvent, hints: EventHints[]): void {
    Object.defineProperty(e, HINTS, { value: hints, writable: true, configurable: true });
  },
  /** Lets the hints go. The property stays, empty: deleting one may slow every later read of the event. */
  delete(e: TariffEvent): void {
    if (HINTS in e) (e as { [HINTS]?: EventHints[] })[HINTS] = undefined;
  },
};

export interface EventHints {
  articleId: string;
  hints: DateHint[];
  /** The round number stands in the same sentence as the date words. */
  roundInSentence: boolean;
  /** Only where the hints hold a week ("held in Washington last week"): what places it. */
  week?: WeekContext;
}

/**
 * What a sentence says around an event it places only by a week: the days of its remarks ("said
 * Monday", the time "last week" counts from), who made them (a speaker is not thereby a
 * participant), and every place it names (more than one, and the event's own is unclear).
 */
export interface WeekContext {
  remarkWeekdays: number[];
  speakers: string[];
  places: string[];
}

const FUTURE =
  /\b(?:will|shall|is to|are to|plans? to|planned|scheduled|expected to|set to|due to|is due|would|upcoming|intends? to|aims? to|going to|to be held|envisaged|tipped to|may|might|possible|could|to hold|to meet|to visit|to conduct|to resume|intentions? (?:for|to)|coordinating|(?:is|are)\s+(?:flying|heading|travell?ing|jetting|leaving|departing|going)|due to fly)\b/i;

/**
 * Negotiation events one article reports: rounds, meetings, calls, trips, summits, letters,
 * orders, agreements, deadlines, elections — with dates resolved against the article's date,
 * round numbers where the text gives them, participants and place. Words inside quotes only make
 * an event when they carry a date ("the July 22 agreement").
 */
export function extractEvents(article: CleanArticle, people: PeopleIndex): TariffEvent[] {
  const { body, masked, segments, mentions } = analyseSpeech(article, people);
  const persons = mentions.filter(
    (m) => masked[m.start] !== '_' && people.person(m.name)?.kind !== 'organisation',
  );
  let p0 = 0;
  // The previous sentence's people, as a span of `persons`, and the one before this sentence's.
  let prevFrom = 0;
  let prevTo = 0;
  let twoFrom = 0;
  let twoTo = 0;
  const allTriggers = findTriggers(body);
  let t0 = 0;
  const out: TariffEvent[] = [];
  let previous: string | null = null;
  let previousType: EventType | null = null;
  let lastPerson: string | null = null;
  let lastRemark: { date: string; segment: number; hint: DateHint } | null = null;
  // The sentence being read. The helpers below are made once per article, not per sentence: a
  // named closure costs far more to create than to call (tsx keeps function names).
  let seg = segments[0]!;
  let text = '';
  let mask = '';
  let triggers: Trigger[] = [];
  let named: Mention[] = [];
  let sentenceDates: FoundDate[] = [];
  /** The person a sentence opening with "He" or "She" speaks of: the first named before it. */
  let subject: string | null = null;
  let rounds: RoundPhrase[] = [];
  let round: RoundPhrase | null = null;
  let place: string | null | undefined;
  /** The day a date was moved to ("pushed back to August 1"): still to come, never read as done. */
  let newDay: FoundDate | null = null;
  const inQuote = unnamed((i: number) => mask[i] === '_');
  /** The sentence each event was made from, so talks told again can find talks just told. */
  const talksSegment = new Map<TariffEvent, number>();
  let currentSegment = 0;
  /** Who takes part in the event `at` reports: the sentence's people less those it only mentions. */
  const participantsOf = unnamed((at: Trigger) => {
    const own = new Set(
      named
        .filter((m) => !onlyMentioned(mask, m.start - seg.start, m.end - seg.start, triggers, at))
        .map((m) => m.name),
    );
    // "He will meet Lutnick on Tuesday": the sentence's subject is the person named before it.
    // So does "This time around, he met Bessent": an opening phrase, then the pronoun.
    if (subject && SUBJECT_PRONOUN.test(text)) own.add(subject);
    // "Vey said Lind was nice when the two spoke", "Lind flew in. The two spoke with Vey
    // telling …": the two are the sentence's two people, or its one and the one before.
    if (TOGETHER.has(at.type) && text.includes('he two') && THE_TWO.test(text)) {
      const both = new Set(named.map((m) => m.name));
      if (both.size < 2) for (let i = twoFrom; i < twoTo; i++) both.add(persons[i]!.name);
      if (both.size === 2) for (const name of both) own.add(name);
    }
    return [...own].sort();
  });
  const placeOf = unnamed(() => {
    place ??= placeIn(
      mask,
      named.map((m) => ({ start: m.start - seg.start, end: m.end - seg.start })),
    );
    return place;
  });
  const make = unnamed((type: EventType, found: FoundDate[], at: Trigger, roundOf = roundFor(rounds, at)) => {
    // Tense is read next to the trigger: "met on Monday, and talks will continue" was held.
    // The clause up to the trigger: "may hold a meeting on the sidelines of the summit".
    const clauseStart = Math.max(
      0,
      mask.lastIndexOf(';', at.start) + 1,
      mask.lastIndexOf(', but', at.start) + 1,
    );
    const planned = FUTURE.test(mask.slice(Math.max(clauseStart, at.start - 120), at.end + 12));
    const kept = found.filter(
      (f) =>
        f.hint.kind !== 'previousEvent' || !/after/i.test(f.text) || previousType === anchorOf(triggers, f),
    );
    const hints = kept.map((f) => f.hint);
    let date: string | null = null;
    let endDate: string | null = null;
    // Told as done, up to its date: "announced a pause, which will expire on July 9" is not.
    const reach = Math.max(at.end, ...found.map((f) => f.end));
    const held =
      (newDay === null || !found.includes(newDay)) &&
      !planned &&
      !FUTURE.test(mask.slice(at.start, reach)) &&
      (PAST_TRIGGER.test(mask.slice(Math.max(clauseStart, at.start - 30), at.end)) ||
        PAST_AFTER_NOUN.test(mask.slice(at.end, at.end + 30)));
    for (const [i, h] of hints.entries()) {
      const r = resolveHint(h, article.published, previous, DEFAULT_YEAR, held);
      if (r) {
        date = r.date;
        endDate = r.endDate;
        // "arrived in Washington on Wednesday morning Japan time": an Asian morning is the evening
        // before in Washington, and events there carry Washington's date.
        const words = kept[i]?.text ? text.slice(kept[i]!.end, kept[i]!.end + 40) : '';
        if (ASIAN_MORNING.test(words) && placeOf() !== null && cityOf(placeOf()!) === 'Washington')
          date = iso(addDays(parseDay(date)!, -1));
        break;
      }
    }
    // A day already past when the article appeared was not still to come.
    const past = date !== null && article.published !== null && date < article.published;
    const isPlanned =
      !past && (planned || (date !== null && article.published !== null && date > article.published));
    if (date) previousType = type;
    const event: TariffEvent = {
      id: `${article.id}#e${out.length + 1}`,
      type,
      title: titleOf(text),
      date,
      dateInferred: false,
      endDate,
      round: ['round', 'meeting', 'trip', 'call'].includes(type) ? roundOf : null,
      // Words in a quote name their event themselves; who spoke them did not thereby take part
      // ("“Nothing about the July 22 agreement has changed,” Akazawa said").
      // A deadline or a measure taking effect has no parties of its own ("the deadline set by
      // Trump", "as the tariff takes effect Friday, Koo heads for Washington").
      participants:
        inQuote(at.start) ||
        type === 'deadline' ||
        // Voters elect; who speaks of the election or loses it is no party to it.
        type === 'election' ||
        (type === 'other' && MEASURE_TRIGGER.test(mask.slice(at.start, at.end)))
          ? []
          : participantsOf(at),
      place: inQuote(at.start) ? null : placeOf(),
      planned: isPlanned,
      articleIds: [article.id],
      mentions: [{ articleId: article.id, sentence: text }],
    };
    const record: EventHints = { articleId: article.id, hints, roundInSentence: event.round !== null };
    if (hints.some((h) => h.kind === 'week'))
      record.week = weekContext(text, sentenceDates, named, seg.start, mask);
    eventHints.set(event, [record]);
    if (date) previous = date;
    talksSegment.set(event, currentSegment);
    out.push(event);
  });
  /**
   * "Sefcovic met Trump's top trade officials on Tuesday. Sefcovic said he held talks with Lutnick,
   * Greer and Hassett." / "The meeting took place between Phoc and Greer.": talks told again
   * without a day, a sentence or two after the article's last talks, name who took part in those.
   * Only talks naming at most one side are completed; a sentence naming none of the talks' people
   * (when they name one) is other talks.
   */
  const namePartiesOfTalks = unnamed((at: Trigger, segIndex: number, who: string[]): boolean => {
    const talks = out.findLast((e) => e.type === 'meeting' || e.type === 'round');
    if (!talks || segIndex - (talksSegment.get(talks) ?? -9) > TOLD_AGAIN_SENTENCES) return false;
    // Told in the other tense, they are other talks: "met on Monday … will meet again".
    if (FUTURE.test(mask.slice(Math.max(0, at.start - 60), at.end + 12)) !== talks.planned) return false;
    // Only talks told without both sides are completed: talks that name two sides already are
    // told in full, and a later sentence's names are more likely someone merely mentioned.
    if (talks.participants.length > 1) return talks.participants.some((p) => who.includes(p));
    if (who.length < 2) return false;
    if (talks.participants.length > 0 && !talks.participants.some((p) => who.includes(p))) return false;
    for (const p of who) if (!talks.participants.includes(p)) talks.participants.push(p);
    talks.participants.sort();
    return true;
  });
  /**
   * "Lind met with Kolb on the sidelines of the summit", "Lind held a direct session with Kolb",
   * "Lind said she was encouraged after meeting with Kolb": talks told as held between two named
   * people are an event without a day — the people and the verb tie them down as a date does.
   * Talks only planned, or told by a noun alone ("the talks"), are not.
   */
  const heldTalksBetween = unnamed((at: Trigger, who: string[]): boolean => {
    if (who.length < 2) return false;
    const word = mask.slice(at.start, at.end);
    const clauseStart = Math.max(0, mask.lastIndexOf(';', at.start) + 1);
    if (FUTURE.test(mask.slice(Math.max(clauseStart, at.start - 60), at.end + 12))) return false;
    if (MET.test(word)) return true;
    const before = mask.slice(Math.max(0, at.start - 50), at.start);
    if (HELD_BEFORE.test(before)) return true;
    return WITH_AFTER.test(mask.slice(at.end, at.end + 8)) && IN_TALKS_BEFORE.test(before);
  });
  for (let segIndex = 0; segIndex < segments.length; segIndex++) {
    seg = segments[segIndex]!;
    currentSegment = segIndex;
    // Triggers were found in one pass over the body; take this sentence's, relative to it.
    while (t0 < allTriggers.length && allTriggers[t0]!.start < seg.start) t0++;
    let t1 = t0;
    while (t1 < allTriggers.length && allTriggers[t1]!.end <= seg.end) t1++;
    while (p0 < persons.length && persons[p0]!.start < seg.start) p0++;
    let p1 = p0;
    while (p1 < persons.length && persons[p1]!.end <= seg.end) p1++;
    twoFrom = prevFrom;
    twoTo = prevTo;
    prevFrom = p0;
    prevTo = p1;
    if (t1 === t0) {
      // No trigger, no event: the sentence only says who was named last.
      if (p1 > p0) lastPerson = persons[p0]!.name;
      continue;
    }
    triggers = allTriggers
      .slice(t0, t1)
      .map((t) => ({ type: t.type, start: t.start - seg.start, end: t.end - seg.start, verb: t.verb }));
    text = body.slice(seg.start, seg.end);
    // "Asked if the deadline might be extended, Koo said …": what a question names is no event.
    if (text.startsWith('Asked ')) {
      const asked = ASKED.exec(text);
      if (asked) triggers = triggers.filter((t) => t.start >= asked[0].length);
      if (triggers.length === 0) continue;
    }
    mask = masked.slice(seg.start, seg.end);
    named = joinAdjacent(persons.slice(p0, p1), body);
    subject = lastPerson;
    if (named.length > 0) lastPerson = named[0]!.name;
    sentenceDates = findDates(text, 0, mask);
    // "pushing the deadline from July 9 to August 1": no span of days but a day moved to another.
    if (sentenceDates.some(isSpanTo) && MOVED.test(mask))
      sentenceDates = splitMovedSpans(sentenceDates, mask);
    // "SEOUL, August 22 (AJP) - officials met ... on Thursday": the day the story was filed yields
    // to a day the sentence gives its event; alone, it is the day of the news it leads with.
    const dateline = sentenceDates.length > 0 ? datelineLength(text) : 0;
    if (dateline > 0) {
      const own = sentenceDates.filter((d) => d.start >= dateline && !d.since && !isRemarkDate(text, d));
      if (own.length > 0) sentenceDates = sentenceDates.filter((d) => d.start >= dateline);
    }
    // A week dates no day; it places the event among those other articles date (an undated
    // article, see week-reference.ts).
    const dates = sentenceDates.filter(
      (d) =>
        !d.since &&
        !isRemarkDate(text, d) &&
        !OFFICE_DAY.test(mask.slice(Math.max(0, d.start - 30), d.start)),
    );
    // The day of a remark dates an arrival the remark was made on ("said Monday … upon his arrival").
    const remark = sentenceDates.find((d) => isRemarkDate(text, d));
    const remarkDay = remark ? resolveHint(remark.hint, article.published, previous, DEFAULT_YEAR) : null;
    if (remarkDay) lastRemark = { date: remarkDay.date, segment: segIndex, hint: remark!.hint };
    const onArrival =
      ON_ARRIVAL.test(mask) && lastRemark && segIndex - lastRemark.segment <= 1 ? lastRemark : null;
    // "Lutnick said on Sunday … . He said he had just gotten off the phone with …": done just
    // before the remark, on its day.
    const justDone =
      JUST_DONE.test(mask) && lastRemark && segIndex - lastRemark.segment <= 1 ? lastRemark : null;
    rounds = roundsIn(mask);
    round = rounds[0] ?? null;
    place = undefined;

    // "meeting again a week since the 23rd": the talks before these, one round earlier.
    for (const d of sentenceDates) {
      if (!d.since) continue;
      const talks = triggers.find(
        (t) =>
          (t.type === 'meeting' || t.type === 'round') &&
          t.end <= d.start &&
          d.start - t.end <= 40 &&
          !inQuote(t.start),
      );
      if (!talks) continue;
      const n = roundFor(rounds, talks);
      make(n !== null ? 'round' : talks.type, [d], talks, n !== null && n > 1 ? n - 1 : null);
      const earlier = out[out.length - 1]!;
      earlier.planned = false;
      // Its number is the sentence's less one, not a number standing beside its date: it cannot
      // date the article the way "the fourth round … on the 30th" can (see infer-published.ts).
      for (const record of eventHints.get(earlier) ?? []) record.roundInSentence = false;
    }
    // A trigger with a date of its own makes an event; most sentences have no date to assign.
    const groups = dates.length > 0 ? assignDates(triggers, dates, inQuote, mask) : null;
    const withDates = groups ? [...groups.entries()].filter(([, d]) => d.length > 0) : [];
    if (groups && withDates.length > 0) {
      const first = out.length;
      for (const [t, d] of withDates) {
        // "taking effect Tuesday …, applying retroactively to August 7": the day a measure counts
        // from is a second point in time, not another name for the trigger's own day.
        const from =
          d.length > 1 ? d.filter((x) => FROM_DAY.test(mask.slice(Math.max(0, x.start - 30), x.start))) : [];
        const own = from.length > 0 && from.length < d.length ? d.filter((x) => !from.includes(x)) : d;
        const type = objectType(t, triggers) ?? typeFor(t, triggers, round !== null, mask);
        const moved = own.length > 1 ? movedDays(own, mask) : null;
        const told = own.length > 1 && !moved ? toldApart(own, mask) : null;
        if (moved) {
          // "delayed from August 1 to August 7", "will now begin on August 1, instead of July 9":
          // the day given up and the new day are two events; the one given up will not happen.
          for (const day of moved.days) {
            newDay = day === moved.former ? null : day;
            make(type, [day], t);
            if (day === moved.former) out[out.length - 1]!.planned = false;
          }
          newDay = null;
        } else if (told) {
          // "spoke to Lutnick on Monday and Greer on Tuesday", "met on June 2 and again on June 9":
          // each day its own event, and a name told between two days goes with the later one.
          const madeFrom = out.length;
          for (const part of told) make(type, part, t);
          splitParties(out.slice(madeFrom), told, named, seg.start, t.start);
        } else {
          const made = out.length;
          make(type, own, t);
          // "postponed the tariffs, initially set to take effect on July 9, by a month": the day
          // given up alone, the new one told elsewhere.
          if (
            own.length === 1 &&
            GIVEN_UP.test(mask.slice(Math.max(0, own[0]!.start - 40), own[0]!.start)) &&
            MOVED.test(mask)
          )
            out[made]!.planned = false;
          joinNextDay(out, first);
        }
        if (own !== d) make('other', from, t);
      }
      const arrival = onArrival && triggers.find((t) => t.type === 'trip' && groups.get(t)!.length === 0);
      if (arrival && onArrival)
        make('trip', [{ hint: onArrival.hint, start: arrival.start, end: arrival.end, text: '' }], arrival);
      // "reached an understanding during a phone call to delay tariffs due Friday": the date is the
      // tariffs'; the call, a kind of event worth one by itself, is still told.
      const made = new Set(out.slice(first).map((e) => e.type));
      const undated = strongest(
        triggers.filter(
          (t) =>
            !inQuote(t.start) && groups.get(t)!.length === 0 && ALSO_UNDATED.has(t.type) && !made.has(t.type),
        ),
      );
      if (undated) make(undated.type, [], undated);
      // "Kolb met Vey before the July 20 election": talks held between two named people are an
      // event of their own when the day went to another event of the sentence.
      if (!round && !made.has('meeting') && !made.has('round')) {
        const talks = triggers.find(
          (t) => t.type === 'meeting' && !inQuote(t.start) && groups.get(t)!.length === 0,
        );
        const who = talks ? participantsOf(talks) : [];
        if (talks && heldTalksBetween(talks, who) && !namePartiesOfTalks(talks, segIndex, who))
          make('meeting', [], talks);
      }
      // "Their meeting, which preceded the July 9 expiration of the pause, marked the seventh
      // round": the date is the deadline's; the numbered talks are still an event of their own.
      if (round && !out.slice(first).some((e) => e.round !== null)) {
        const talks = triggers.find(
          (t) =>
            (t.type === 'meeting' || t.type === 'round') && !inQuote(t.start) && groups.get(t)!.length === 0,
        );
        if (talks) make('round', [], talks);
      }
      continue;
    }
    // No date: one event for the sentence's strongest trigger, when it is worth one by itself.
    const outside = triggers.filter((t) => !inQuote(t.start));
    const best = strongest(outside);
    if (!best) continue;
    const type = round ? (best.type === 'trip' || best.type === 'call' ? best.type : 'round') : best.type;
    const sameDay = type === 'trip' ? onArrival : type === 'call' || type === 'meeting' ? justDone : null;
    if (sameDay) make(type, [{ hint: sameDay.hint, start: best.start, end: best.end, text: '' }], best);
    else if (round || STANDALONE.has(type)) make(type, [], best);
    else if (type === 'meeting') {
      const who = participantsOf(best);
      if (!namePartiesOfTalks(best, segIndex, who) && heldTalksBetween(best, who)) make(type, [], best);
    }
    // "Lind says she is encouraged after meeting with Kolb, ahead of next week's deadline": talks
    // held between two named people are told beside the sentence's stronger event.
    // A trip, call or summit is itself the talks, or holds them.
    if (!round && !TALKS_OF_THEIR_OWN.has(type)) {
      const talks = outside.find((t) => t.type === 'meeting');
      const who = talks ? participantsOf(talks) : [];
      if (talks && heldTalksBetween(talks, who) && !namePartiesOfTalks(talks, segIndex, who))
        make('meeting', [], talks);
    }
  }
  roundsOfTheVisit(out);
  const first = segments[0];
  return mergeWithinArticle(out, first ? body.slice(first.start, first.end) : '');
}

/**
 * An article that names one round only reports that round's visit: its held trips and calls with
 * a participant of the round belong to it, and so do its meetings within a few days of the round's
 * dated events ("met Lutnick the day before") — unless the sentence speaks of another visit
 * ("return to Washington again on May 30", "the next round").
 */
function roundsOfTheVisit(events: TariffEvent[]): void {
  // A round told as put off, or as one the reported talks only lead up to, is not this visit's.
  const numbered = events.filter(
    (e) => e.round !== null && !ROUND_NOT_HELD.test(e.mentions[0]?.sentence ?? ''),
  );
  const numbers = new Set(numbered.map((e) => e.round));
  if (numbers.size !== 1) return;
  const round = [...numbers][0]!;
  const who = new Set<string>();
  for (const e of numbered) for (const p of e.participants) who.add(p);
  for (const e of events) if (eligibleForVisit(e, ['trip', 'call'], who)) e.round = round;
  const anchors = events.filter((e) => e.round === round && e.date).map((e) => dayNumber(e.date!));
  const meetings = events.filter((e) => eligibleForVisit(e, ['meeting'], who) && e.date);
  const days = meetings.map((e) => dayNumber(e.date!));
  for (const e of meetings) if (nearVisit(dayNumber(e.date!), anchors, days)) e.round = round;
}

// Module functions, not closures made per article: under tsx each named closure costs a `__name` call.
function eligibleForVisit(e: TariffEvent, types: string[], who: ReadonlySet<string>): boolean {
  return (
    e.round === null &&
    !e.planned &&
    types.includes(e.type) &&
    !ANOTHER_VISIT.test(e.mentions[0]?.sentence ?? '') &&
    (who.size === 0 || e.participants.some((p) => who.has(p)))
  );
}

function nearVisit(d: number, anchors: readonly number[], days: readonly number[]): boolean {
  return anchors.length > 0
    ? anchors.some((a) => Math.abs(a - d) <= 3)
    : Math.max(...days) - Math.min(...days) <= 3;
}

/** Events that are talks themselves or hold them: talks told beside them are theirs. */
const TALKS_OF_THEIR_OWN = new Set<EventType>(['meeting', 'round', 'trip', 'call', 'summit']);
/** Events two people take part in together; "after the two spoke, Trump announced" is his alone. */
const TOGETHER = new Set<EventType>(['meeting', 'round', 'call', 'summit']);
/** Two people told as "the two" taking part: "the two spoke by phone", "the two leaders met". */
const THE_TWO =
  /\b[Tt]he two(?:\s+(?:leaders|ministers|officials|presidents|men|women|counterparts))?\s+(?:spoke|met|held|talked|had)\b/;
/** A sentence whose subject is "He" or "She", after at most a short opening phrase and its comma. */
const SUBJECT_PRONOUN = /^(?:[A-Z][^,.;:“”"]{0,40},\s+)?(?:He|he|She|she)\s/;
/** Talks told by a past verb: "met", "met with", "held talks". */
const MET = /^(?:met|held\s)/i;
/** What makes a noun talks that were held: "held a direct session", "had a productive and extended meeting". */
const HELD_BEFORE =
  /\b(?:held|had)\s+(?:(?:a|an|their|his|her)\s+)?(?:(?!(?:after|before|following|during|with|on|at|in|to|for|since|the)\s)[\w-]+\s+){0,4}$/i;
/** A noun of talks with the other side after it: "a meeting with", "talks with". */
const WITH_AFTER = /^\s+with\s/i;
/** Talks a sentence's subject took part in: "after meeting with", "during her meeting with". */
const IN_TALKS_BEFORE =
  /\b(?:after|following|during|in)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** How many sentences after talks a sentence telling talks again may name their people. */
const TOLD_AGAIN_SENTENCES = 3;

const ROUND_NOT_HELD = /\b(?:postponed|cancell?ed|called off|scrapped|put off|precursor|prelude)\b/i;

/** The day someone took office dates no event: "Lee, who took office June 4". */
const OFFICE_DAY =
  /\b(?:(?:took|assumed|took\s+up)\s+office|(?:was|were)\s+(?:sworn\s+in|inaugurated))\s+(?:on\s+)?$/i;

const ANOTHER_VISIT =
  /\b(?:next|another|previous|last|later)\s+(?:round|visit|trip|meeting)|\bagain\s+(?:on|in|next|later|this|for)\b|\breturn\w*\s+(?:\w+\s+){0,3}again\b/i;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * One article often tells of the same letter or summit in several sentences without a date: an
 * undated event of the same type, with a shared participant or none named, is the same event.
 */
function mergeWithinArticle(events: TariffEvent[], lead: string): TariffEvent[] {
  const out: TariffEvent[] = [];
  for (const e of events) {
    // A sentence the page prints twice (a lead repeated as a paragraph) tells its event once.
    const told = e.mentions[0]?.sentence;
    const repeated = out.find(
      (o) =>
        o.type === e.type && o.date === e.date && o.round === e.round && o.mentions[0]?.sentence === told,
    );
    if (repeated) {
      joinInto(repeated, e);
      continue;
    }
    const same =
      e.date === null && e.round === null && e.type !== 'meeting' && e.type !== 'other'
        ? out.find(
            (o) =>
              o.type === e.type &&
              o.date === null &&
              o.round === null &&
              // A headline's present tense ("heads to Washington") tells a planned trip as well,
              // whichever of the two is told first.
              (o.planned === e.planned || !e.planned || o.mentions[0]?.sentence === lead) &&
              (o.participants.length === 0 ||
                e.participants.length === 0 ||
                o.participants.some((p) => e.participants.includes(p))),
          )
        : undefined;
    if (!same) {
      out.push(e);
      continue;
    }
    addReport(same, e);
    for (const p of e.participants) if (!same.participants.includes(p)) same.participants.push(p);
    same.participants.sort();
  }
  const kept = out.filter(
    (e) =>
      !joinHeadlineWeekday(e, out, lead) &&
      !joinSpecific(e, out, lead) &&
      !joinNumbered(e, out) &&
      !joinTalksToldAgain(e, out, lead) &&
      !joinSameDay(e, out) &&
      !joinDeadline(e, out) &&
      !joinSummit(e, out),
  );
  kept.forEach((e, i) => {
    // Every id ends in the "#e<n>" made above: its last "#e" (a pattern anchored at the end is
    // tried from the id's first character).
    e.id = `${e.id.slice(0, e.id.lastIndexOf('#e'))}#e${i + 1}`;
  });
  return kept;
}

/**
 * A headline's "to visit Washington" and the body's "will head for Washington on Sunday" are one
 * trip: an undated, unnumbered event the article's first sentence (headline or lead) tells, of a
 * kind worth one by itself, joins the one event of its kind the article dates or numbers, when
 * their people agree. Later undated mentions may be other trips. Returns whether `e` was joined.
 */
function joinSpecific(e: TariffEvent, all: TariffEvent[], lead: string): boolean {
  if (e.date !== null || e.round !== null || !STANDALONE.has(e.type)) return false;
  if (e.mentions[0]?.sentence !== lead) return false;
  const specific = all.filter(
    (o) =>
      o !== e &&
      o.type === e.type &&
      (o.date !== null || o.round !== null) &&
      o.planned === e.planned &&
      (e.participants.length === 0 || e.participants.every((p) => o.participants.includes(p))),
  );
  // "The visit is set for March 9 to 11" names nobody: the lead's traveller is its, when it is
  // the only one of its kind the article dates.
  const unnamed =
    specific.length === 0 && e.participants.length > 0
      ? all.filter(
          (o) =>
            o !== e && o.type === e.type && (o.date !== null || o.round !== null) && o.planned === e.planned,
        )
      : [];
  const chosen =
    specific.length > 0 ? specific : unnamed.every((o) => o.participants.length === 0) ? unnamed : [];
  if (chosen.length !== 1) return false;
  const into = chosen[0]!;
  if (into.participants.length === 0) into.participants.push(...e.participants);
  addReport(into, e);
  return true;
}

/**
 * "Ishiba and Trump are to meet at the G-7 summit on June 15-17. … The timing of the summit was
 * much on our minds": a summit is one gathering, so a later undated mention of a summit in the
 * same tense is the one the article dates, when that is the article's only dated summit, nothing
 * else of the kind is left undated, and their places agree. Its people are not compared: a later
 * mention is often someone's remark about the summit, and the remark's speaker is not its cast.
 * Returns whether `e` was joined.
 */
function joinSummit(e: TariffEvent, all: TariffEvent[]): boolean {
  if (e.type !== 'summit' || e.date !== null || e.round !== null) return false;
  let into: TariffEvent | null = null;
  for (const o of all) {
    if (o === e || o.type !== 'summit') continue;
    if (o.date === null) return false; // two undated summits: which is which is not told
    if (into) return false; // two dated summits
    into = o;
  }
  if (!into || into.planned !== e.planned) return false;
  if (e.place && into.place && e.place !== into.place) return false;
  addReport(into, e);
  return true;
}

/** The weekday a report's words name, if they date it by one. */
function weekdayOf(e: TariffEvent): number | null {
  for (const record of eventHints.get(e) ?? [])
    for (const h of record.hints) if (h.kind === 'weekday') return h.weekday;
  return null;
}

/** Talks are talks whether told as a round or a meeting. */
const talksKind = (t: EventType): string => (t === 'round' ? 'meeting' : t);

/**
 * "Thai-US tariff talks start on Thursday" over "Pichai will meet Greer on Thursday": a headline
 * names the body's event in the present tense, which tells no direction in time, so the same
 * weekday read from it may land a week off. The body's sentence has a tense: the headline's event
 * of the same kind and weekday, with its people agreeing, is the body's event and takes its day.
 * Returns whether `e` was joined.
 */
function joinHeadlineWeekday(e: TariffEvent, all: TariffEvent[], lead: string): boolean {
  if (e.date === null || e.mentions[0]?.sentence !== lead) return false;
  const day = weekdayOf(e);
  if (day === null) return false;
  const body = all.filter(
    (o) =>
      o !== e &&
      o.date !== null &&
      o.date !== e.date &&
      o.mentions[0]?.sentence !== lead &&
      talksKind(o.type) === talksKind(e.type) &&
      weekdayOf(o) === day &&
      (e.participants.length === 0 || e.participants.some((p) => o.participants.includes(p))),
  );
  if (body.length !== 1) return false;
  const into = body[0]!;
  into.mentions.push(...e.mentions);
  for (const p of e.participants) if (!into.participants.includes(p)) into.participants.push(p);
  into.participants.sort();
  into.place ??= e.place;
  // Its date words are not kept: they read the weekday the other way; the body's name it too.
  return true;
}

/**
 * "the seventh round" told without a day and the one dated meeting of that round in the same
 * article are one event. Returns whether `e` was joined.
 */
function joinNumbered(e: TariffEvent, all: TariffEvent[]): boolean {
  if (e.date !== null || e.round === null || (e.type !== 'round' && e.type !== 'meeting')) return false;
  const dated = all.filter(
    (o) => o !== e && o.round === e.round && o.date !== null && (o.type === 'round' || o.type === 'meeting'),
  );
  if (dated.length !== 1) return false;
  // The number names the talks as a round: the joined event is one.
  if (e.type === 'round') dated[0]!.type = 'round';
  joinInto(dated[0]!, e);
  return true;
}

/**
 * "Lind held the first round of talks in Washington. … Lind held talks with Kolb and Vey": talks
 * told without a day, sharing a person with the one dated or numbered talks of the article, are
 * those talks told again, and name more of their people. Returns whether `e` was joined.
 */
function joinTalksToldAgain(e: TariffEvent, all: TariffEvent[], lead: string): boolean {
  if (e.date !== null || e.round !== null || e.type !== 'meeting') return false;
  // Talks with words of a day of their own ("on Tuesday" in an undated page) are dated later.
  if ((eventHints.get(e) ?? []).some((r) => r.hints.length > 0)) return false;
  // Told again means told after: talks an article reaches only later are other talks — unless
  // the headline or lead tells them first, as it tells what the body tells.
  const at = e.mentions[0]?.sentence === lead ? all.length : all.indexOf(e);
  const talks = all.filter(
    (o, i) =>
      i < at &&
      o !== e &&
      (o.type === 'round' || o.type === 'meeting') &&
      (o.date !== null || o.round !== null) &&
      o.planned === e.planned &&
      o.participants.some((p) => e.participants.includes(p)),
  );
  if (talks.length !== 1) return false;
  joinInto(talks[0]!, e);
  return true;
}

/**
 * "Aug. 1 is a hard deadline" and "tariffs starting on Aug. 1" in one article: a deadline and a
 * measure still to come on the same day are one event; the first told keeps it, as a deadline
 * when either is one. So are two meetings of one day when one names nobody. Returns whether `e`
 * was joined.
 */
function joinSameDay(e: TariffEvent, all: TariffEvent[]): boolean {
  if (e.date === null) return false;
  const into = isComing(e)
    ? all.find((o) => o !== e && o.date === e.date && isComing(o))
    : // "a virtual meeting today" and "today's discussions will be chaired by …": talks of one
      // day told again without their people are the same talks.
      e.type === 'meeting'
      ? all.find(
          (o) =>
            o !== e &&
            o.date === e.date &&
            o.type === 'meeting' &&
            (o.participants.length === 0 || e.participants.length === 0),
        )
      : undefined;
  if (!into || all.indexOf(into) > all.indexOf(e)) return false;
  if (e.type === 'deadline') into.type = 'deadline';
  joinInto(into, e);
  return true;
}

/**
 * "Lutnick said that was a hard deadline": a deadline told again without its day, in an article
 * that dates one deadline, is that one. Returns whether `e` was joined.
 */
function joinDeadline(e: TariffEvent, all: TariffEvent[]): boolean {
  if (e.type !== 'deadline' || e.date !== null || e.round !== null) return false;
  const dated = all.filter((o) => o.date !== null && isComing(o));
  if (dated.length === 0 || dated.some((o) => o.date !== dated[0]!.date)) return false;
  dated[0]!.type = 'deadline';
  joinInto(dated[0]!, e);
  return true;
}

/** A deadline, or a measure told as still to come. */
function isComing(e: TariffEvent): boolean {
  return e.type === 'deadline' || (e.type === 'other' && e.planned);
}

/** `from`'s mentions, people, place and date words go to `into`. */
function joinInto(into: TariffEvent, from: TariffEvent): void {
  addReport(into, from);
  // A deadline's other mentions name who set it or spoke of it, not more parties.
  if (into.type !== 'deadline' && into.type !== 'other')
    for (const p of from.participants) if (!into.participants.includes(p)) into.participants.push(p);
  into.participants.sort();
}

/** `from`'s sentences, place and date words go to `into`, the event they report; its people are the caller's to weigh. */
function addReport(into: TariffEvent, from: TariffEvent): void {
  into.mentions.push(...from.mentions);
  into.place ??= from.place;
  eventHints.set(into, [...(eventHints.get(into) ?? []), ...(eventHints.get(from) ?? [])]);
}

/** The trigger a "a day after …" phrase is measured from: the one before it in the sentence. */
function anchorOf(triggers: Trigger[], d: FoundDate): EventType | null {
  let anchor: Trigger | null = null;
  for (const t of triggers) if (t.end <= d.start) anchor = t;
  return anchor?.type ?? null;
}

/**
 * "due to fly to Beijing on Thursday and Friday for his first visit": two words of one trip, each
 * given a day, are one trip over both days. The event just made joins an event of its kind this
 * sentence made (from `first` on) when their days lie within a visit's span.
 */
function joinNextDay(out: TariffEvent[], first: number): void {
  const e = out[out.length - 1]!;
  if (!e.date || out.length - 1 <= first) return;
  const day = dayNumber(e.date);
  const same = out
    .slice(first, -1)
    .find((o) => o.type === e.type && o.date !== null && Math.abs(dayNumber(o.date) - day) <= 3);
  if (!same) return;
  const days = [same.date!, same.endDate ?? same.date!, e.date, e.endDate ?? e.date].sort();
  same.date = days[0]!;
  same.endDate = days[3] === days[0] ? null : days[3]!;
  out.pop();
}

/**
 * The sentence's mentions as spans of names only: "Japanese Prime Minister Shigeru Ishiba's
 * coalition" — a title the index reads as the person and the name after it are one mention, and
 * the possessive is left outside it, so what the name owns ("'s coalition") is read for both.
 */
function joinAdjacent(mentions: Mention[], body: string): Mention[] {
  const out: Mention[] = [];
  for (const found of mentions) {
    // The index may read "Trump's" as the name; what the name owns is read after it.
    const m = POSSESSIVE_END.test(found.text)
      ? { ...found, end: found.end - 2, text: found.text.slice(0, -2) }
      : found;
    const last = out[out.length - 1];
    if (
      last &&
      last.name === m.name &&
      m.start - last.end <= 1 &&
      /^\s?$/.test(body.slice(last.end, m.start))
    )
      out[out.length - 1] = { ...last, end: m.end };
    else out.push(m);
  }
  return out;
}

const POSSESSIVE_END = /\S['’]s$/;

/** Kinds told by themselves besides a dated event of the same sentence (a deadline or election is not). */
const ALSO_UNDATED = new Set<EventType>(['trip', 'call', 'letter']);

/**
 * A sentence with a round number reports the round, unless it is a trip or call within it. An
 * election, deadline, order, letter, summit or measure taking effect the same sentence dates is an
 * event of its own ("his eighth trip comes after the July 20 election", "an eighth round of talks,
 * before a tariff comes into effect on Aug. 1"), not a day of the visit.
 */
function typeFor(t: Trigger, all: Trigger[], hasRound: boolean, mask: string): EventType {
  if (!hasRound) return t.type;
  if (t.type === 'trip' || t.type === 'call') return t.type;
  if (t.type === 'meeting' || t.type === 'round') return 'round';
  if (t.type !== 'agreement' && (t.type !== 'other' || MEASURE_TRIGGER.test(mask.slice(t.start, t.end))))
    return t.type;
  return all.some((x) => x.type === 'trip') ? 'trip' : t.type;
}

/**
 * A generic verb names its event by its object: "signed an executive order" is an order, "will
 * meet at the summit" a summit.
 */
function objectType(t: Trigger, all: Trigger[]): EventType | null {
  if (!t.verb || (t.type !== 'meeting' && t.type !== 'agreement' && t.type !== 'other')) return null;
  const object =
    all.find((x) => x.start >= t.end && x.start - t.end <= 35 && STANDALONE.has(x.type)) ??
    // A participle after its noun: "an executive order signed last week".
    all.find((x) => x.end <= t.start && t.start - x.end <= 2 && STANDALONE.has(x.type));
  return object?.type ?? null;
}

function strongest(triggers: Trigger[]): Trigger | null {
  let best: Trigger | null = null;
  for (const t of triggers) if (!best || PRECEDENCE.indexOf(t.type) < PRECEDENCE.indexOf(best.type)) best = t;
  return best;
}

/**
 * Each date goes to the nearest trigger; "a day after they held a meeting" and "the day before"
 * go to the trigger that follows or precedes them in the same clause.
 */
function assignDates(
  triggers: Trigger[],
  dates: FoundDate[],
  inQuote: (i: number) => boolean,
  mask: string,
): Map<Trigger, FoundDate[]> {
  const groups = new Map<Trigger, FoundDate[]>(triggers.map((t) => [t, []]));
  const hasVerb = triggers.some((t) => t.verb && !inQuote(t.start));
  const topic = triggers.map((t) => TOPIC_BEFORE.test(mask.slice(Math.max(0, t.start - 70), t.start)));
  for (const d of dates) {
    // "travel to Washington ahead of the Aug. 1 deadline": a date that modifies the noun after it
    // is that noun's, whatever verb stands nearer.
    const noun = attributiveNoun(triggers, d, mask, inQuote);
    if (noun) {
      groups.get(noun)!.push(d);
      continue;
    }
    let best: Trigger | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    // "extending the pause until August 1", "tariffs from August 1": the end of a span or the day
    // a measure starts, never the day a letter was sent or an order or deal signed.
    // "a tariff hike on Aug. 1 as per the letter": the day of the measure, not of the letter.
    const bound =
      !isRange(d.hint) &&
      ((SPAN_BOUND.test(mask.slice(Math.max(0, d.start - 12), d.start)) &&
        MEASURE_BEFORE.test(mask.slice(Math.max(0, d.start - 70), d.start))) ||
        MEASURE_ON.test(mask.slice(Math.max(0, d.start - 30), d.start)));
    for (const [i, t] of triggers.entries()) {
      // Words inside a quote take only a date inside the same quote ("the July 22 agreement").
      if (inQuote(t.start) !== inQuote(d.start)) continue;
      if (bound && t.type !== 'deadline' && t.type !== 'other' && (t.type !== 'agreement' || t.verb))
        continue;
      // What a bound closes stands before it: "a levy on goods from August 1 if no deal is reached".
      if (bound && t.start >= d.end && t.type !== 'deadline') continue;
      const distance = t.start >= d.end ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0;
      // "a day after <event>" dates the event after it.
      const bias =
        (d.hint.kind === 'previousEvent' && /after/i.test(d.text) && t.start < d.start ? 1000 : 0) +
        // What happened on the day is told by the verb ("was chosen … in the negotiations on April 11").
        (hasVerb && !t.verb ? NOUN_PENALTY : 0) +
        // "held a phone call on Wednesday to discuss … negotiations": the talks are its topic.
        (topic[i] ? NOUN_PENALTY : 0);
      if (distance + bias < bestDistance) {
        best = t;
        bestDistance = distance + bias;
      }
    }
    if (best) groups.get(best)!.push(d);
  }
  return groups;
}

/** Words that move a day to another: "delayed", "postponed", "pushed back", "moved", "extended". */
const MOVED =
  /\b(?:delay(?:s|ed|ing)?|postpon\w*|push(?:es|ed|ing)?|moved?|moving|defer\w*|reschedul\w*|put\s+off|shift\w*|extend(?:s|ed|ing)?|instead\s+of|rather\s+than)\b/i;
/** What names the day given up: "from", "instead of (the earlier date of)", "originally", "initially set for". */
const FORMER_BEFORE =
  /\b(?:from|instead\s+of|rather\s+than|originally|initially|previously|original|previous|earlier\s+date\s+of)\s+(?:[\w-]+\s+){0,4}$/i;
/** What names a day as the one first set, before a word moved it: "initially set to take effect on". */
const GIVEN_UP = /\b(?:originally|initially|previously|original)\s+(?:[\w-]+\s+){0,5}$/i;
/** The words that join the days of a written span: "July 9 to August 1", "July 9 until August 1". */
const SPAN_TO = /\s(?:to|until|till)\s+/;

/** Up to 100 characters before `at`, from the last sentence or clause stop: "pushed back the start date for its tariff plan from …". */
function clauseBefore(mask: string, at: number): string {
  const before = mask.slice(Math.max(0, at - 100), at);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
}

/** A span of days written with "to"/"until" ("July 9 to August 1"), not with a dash. */
function isSpanTo(d: FoundDate): boolean {
  return d.hint.kind === 'monthDay' && d.hint.endDay !== undefined && SPAN_TO.test(d.text);
}

/**
 * "pushing the deadline from July 9 to August 1", "delayed from August 1 to August 7": a span told
 * after a word that moves days is two days, the one given up and the new one.
 */
function splitMovedSpans(found: FoundDate[], mask: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const d of found) {
    const join = isSpanTo(d) && d.hint.kind === 'monthDay' ? SPAN_TO.exec(d.text) : null;
    if (!join || d.hint.kind !== 'monthDay' || !MOVED.test(clauseBefore(mask, d.start))) {
      out.push(d);
      continue;
    }
    const { month, day, year, endMonth, endDay } = d.hint;
    const secondAt = join.index + join[0].length;
    out.push({
      hint: { kind: 'monthDay', month, day, year },
      start: d.start,
      end: d.start + join.index,
      text: d.text.slice(0, join.index),
    });
    out.push({
      hint: { kind: 'monthDay', month: endMonth!, day: endDay!, year },
      start: d.start + secondAt,
      end: d.end,
      text: d.text.slice(secondAt),
    });
  }
  return out;
}

/**
 * The days of one trigger when the sentence moves one day to another: "set to begin on July 9, but
 * now delayed until August 1", "will now begin on August 1, instead of the earlier date of July 9".
 * The day given up is the one "from"/"instead of"/"originally" names, else the first told. Null
 * unless two distinct calendar days and a moving word between or before them.
 */
function movedDays(dates: FoundDate[], mask: string): { days: FoundDate[]; former: FoundDate } | null {
  const days = dates.filter((d) => d.hint.kind === 'monthDay').sort((a, b) => a.start - b.start);
  // A week beside the days ("late last week … delay … from April 1 to April 13") dates neither.
  if (days.length !== 2 || dates.some((d) => d.hint.kind !== 'monthDay' && d.hint.kind !== 'week'))
    return null;
  const [a, b] = days as [FoundDate, FoundDate];
  if (a.hint.kind !== 'monthDay' || b.hint.kind !== 'monthDay') return null;
  if (a.hint.month === b.hint.month && a.hint.day === b.hint.day) return null;
  if (a.hint.endDay !== undefined || b.hint.endDay !== undefined) return null;
  if (!MOVED.test(clauseBefore(mask, a.start) + mask.slice(a.start, b.start))) return null;
  const marked = (d: FoundDate) => FORMER_BEFORE.test(mask.slice(Math.max(0, d.start - 40), d.start));
  const former = marked(b) && !marked(a) ? b : a;
  return { days, former };
}

/** A determiner or possessive before a date that modifies a noun: "the July 20 election", "Japan's Aug. 1 deadline". */
const DETERMINER_BEFORE = /(?:\b(?:the|its|their|his|her|this|that)|\S['’]s)\s+$/i;
/** At most three plain words between a date and the noun it modifies: "the July 20 upper house election". */
const ATTRIBUTIVE_GAP = /^\s+(?:[\w‑-]+\s+){0,3}$/;
const POSSESSIVE_DATE = /['’]s$/;

/**
 * The event noun a date stands before as its modifier ("the July 20 upper house election", "the
 * Aug. 1 deadline", "Sunday's election"): a determiner or possessive before the date, or the
 * date's own "'s", and only plain words up to a noun trigger. Null when the date modifies none.
 */
function attributiveNoun(
  triggers: readonly Trigger[],
  d: FoundDate,
  mask: string,
  inQuote: (i: number) => boolean,
): Trigger | null {
  if (d.hint.kind !== 'monthDay' && d.hint.kind !== 'weekday') return null;
  for (const t of triggers) {
    if (t.start < d.end) continue;
    if (t.start - d.end > 40 || t.verb || inQuote(t.start) !== inQuote(d.start)) return null;
    if (!ATTRIBUTIVE_GAP.test(mask.slice(d.end, t.start))) return null;
    const determined =
      POSSESSIVE_DATE.test(d.text) || DETERMINER_BEFORE.test(mask.slice(Math.max(0, d.start - 12), d.start));
    return determined ? t : null;
  }
  return null;
}

/**
 * The dates one trigger took, in groups told apart: a later day opens a clause of its own when the
 * words between it and the day before say more than "and" ("Lutnick on Monday and Greer on
 * Tuesday", "on June 2 and again on June 9", "on Tuesday, and was due to talk to Greer on
 * Wednesday"). "on Monday and Tuesday", "on July 8 and on July 9" are the days of one event.
 * Null when the dates are one event's.
 */
function toldApart(dates: FoundDate[], mask: string): FoundDate[][] | null {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const parts: FoundDate[][] = [[sorted[0]!]];
  for (let i = 1; i < sorted.length; i++) {
    const gap = mask.slice(sorted[i - 1]!.end, sorted[i]!.start);
    if (gap.length <= 90 && opensAnotherDay(gap, sorted[i]!.text)) parts.push([sorted[i]!]);
    else parts[parts.length - 1]!.push(sorted[i]!);
  }
  return parts.length > 1 ? parts : null;
}

/**
 * The words between two days open another event's clause: "and", then something more than "on"
 * ("Greer", "was due to talk to Greer", "about an hour from 8 p.m."), then a day told with "on"
 * — or "again" and the day.
 */
function opensAnotherDay(gap: string, day: string): boolean {
  const and = AND_GAP.exec(gap);
  if (!and) return false;
  const words = and[1]!.replace(TRAILING_ON, '');
  if (words.trim() === '') return false;
  return words !== and[1] || day.startsWith('on ') || AGAIN_END.test(words);
}
const AND_GAP = /^,?\s+and\s+(?:then\s+)?([^;.]*)$/;
const TRAILING_ON = /\s*\bon\s*$/;
const AGAIN_END = /\bagain\s*$/;

/**
 * The parties of events a sentence tells day by day: a name told between one day and the next is
 * the later event's alone ("spoke to Lutnick on Monday and Greer on Tuesday": Greer only on
 * Tuesday's call), and then a name between the subject and the first day is the first event's
 * ("Lind spoke with Kolb by phone on Monday and Vey on Tuesday": Kolb only on Monday's).
 */
function splitParties(
  events: TariffEvent[],
  parts: FoundDate[][],
  named: readonly Mention[],
  offset: number,
  triggerStart: number,
): void {
  // The subject, the sentence's first name when it stands before the trigger, is every event's.
  const subject = named[0] && named[0].start - offset < triggerStart ? named[0] : null;
  const firstFrom = subject ? subject.end - offset : triggerStart;
  // Each part's own names: those after the day before it (the subject, for the first) and
  // up to its first day.
  const own = parts.map((part, i) => {
    const from = i === 0 ? firstFrom : parts[i - 1]![parts[i - 1]!.length - 1]!.end;
    const to = part[0]!.start;
    return new Set(named.filter((m) => m.start - offset >= from && m.end - offset <= to).map((m) => m.name));
  });
  if (own.slice(1).every((s) => s.size === 0)) return;
  events.forEach((e, i) => {
    e.participants = e.participants.filter(
      (p) => p === subject?.name || own[i]!.has(p) || !own.some((s) => s.has(p)),
    );
  });
}

/** A trigger told in the past: a past verb ("visited", "met") or one after "was"/"had" ("was signed"). */
const PAST_TRIGGER =
  /(?:\b(?:was|were|had|did)\b[^.;]{0,25}\S+|\b(?:met|held|spoke|left|flew|took|\w{2,}ed))$/i;

/**
 * A person the sentence names only to describe something else: the owner of a thing that is no
 * event ("Trump's declaration coincided with a visit by Akazawa"), or the person a thing that is
 * no event is of ("condemned the prosecution of former President X", "under the leadership of
 * Prime Minister Y"). "Trump's letter" and "a visit of Ishiba" still name a participant.
 */
function onlyMentioned(
  mask: string,
  start: number,
  end: number,
  triggers: readonly Trigger[],
  at: Trigger,
): boolean {
  const owner = POSSESSIVE.exec(mask.slice(end, end + 40));
  // "Trump's letter" names a party to the letter; "Trump's pause" (a deadline) no party to the
  // arrival the sentence tells.
  if (owner) return !ownsPartyTo(at, triggers, end, end + owner[0].length);
  const before = mask.slice(Math.max(0, start - 60), start);
  const of = OF_BEFORE.exec(before);
  if (of) {
    const head = Math.max(0, start - 60) + of.index;
    return !triggerStartsIn(triggers, head, head + of[1]!.length) && !EVENT_HEAD.test(of[1]!);
  }
  // "the Donald Trump administration's pause", "under the Lee Jae Myung government".
  if (GOVERNMENT_AFTER.test(mask.slice(end, end + 20))) return true;
  // "his spokesperson Olof Gill said", "Gill, a spokesman for the Commission,": who speaks for a
  // party tells of its talks without taking part.
  if (SPOKES_BEFORE.test(before) || SPOKES_AFTER.test(mask.slice(end, end + 40))) return true;
  // "since Trump took office", "the deadline set by Trump".
  if (TIME_OR_AGENT_BEFORE.test(before)) return true;
  return (
    inRelativeClause(mask, start, triggers, at) ||
    onlySpeaker(mask, end, at) ||
    inOtherEvent(mask, start, triggers, at) ||
    subjectOfOther(mask, start, end, triggers, at)
  );
}

/**
 * "Kim and Yeo, who held talks with Lutnick last week, flew to Scotland": a name inside a relative
 * clause that tells another event is that event's party, not the one `at` reports.
 */
function inRelativeClause(mask: string, start: number, triggers: readonly Trigger[], at: Trigger): boolean {
  const rel = mask.lastIndexOf(', who ', start);
  if (rel < 0 || start - rel > 100 || mask.indexOf(',', rel + 1) < start) return false;
  if (at.start > rel && at.start < start) return false;
  return triggerStartsIn(triggers, rel, start);
}

/** What a name owns ("'s calls", "'s pause") is an event the name takes part in, and so in `at`. */
function ownsPartyTo(at: Trigger, triggers: readonly Trigger[], from: number, to: number): boolean {
  return triggers.some(
    (t) => t.start >= from && t.start < to && (t.type !== 'deadline' || at.type === 'deadline'),
  );
}

/**
 * A government, an era or a policy named after its head: "the Trump administration", "the Lee
 * government", "review the Trump tariffs".
 */
const GOVERNMENT_AFTER = /^\s+(?:administration|government|era|cabinet|tariffs?|levies|duties)\b/i;
/** A name that dates something else, an era ("appointed under President Lee") or the agent of a thing that is no event. */
const TIME_OR_AGENT_BEFORE =
  /\b(?:since|under|(?:set|introduced|ordered|proposed|demanded|requested|issued)\s+by)\s+(?:(?:the|former|then|[A-Z][\w.'’-]*)\s+){0,4}$/;
/** A speech verb right after a name: "Goyal on Monday said", "Kim, the minister, underlined". */
const SPEECH_AFTER =
  /^\s*(?:,[^,]{1,60},\s*)?(?:(?:on\s+)?\w+day\s+|\w+ly\s+)?(?:said|says|told\s+(?:reporters|journalists|lawmakers|the press)|confirmed|stated|noted|stressed|underlined|emphasi[sz]ed|added|indicated|explained)\b/i;
/** A spokesperson's title just before the name: "his spokesperson Olof Gill", "spokesman Jirayu". */
const SPOKES_BEFORE = /\b(?:spokes(?:person|man|woman)|press\s+secretary)\s+$/i;
/**
 * The title in apposition after it: "Olof Gill, a spokesperson for …", "Gill, the Commission's
 * spokesman,"; not "Ana Kolb, a spokesperson said" (another person, the one who spoke).
 */
const SPOKES_AFTER =
  /^\s*,\s+(?:a|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:spokes(?:person|man|woman)|press\s+secretary)\b(?!\s+(?:said|says|told|added|confirmed|noted|stated))/i;
/** An "other" trigger that is a measure taking effect, not something a person did. */
const MEASURE_TRIGGER = /effect|force|kick|tariff|lev[yi]|duties|surcharge/i;
/** A pronoun in what the speaker says makes him its subject: "said he met", "stressed ... as he arrived". */
const SELF_REPORT = /\b(?:he|she|they|we|I|his|her|their)\b/i;
/** A trigger told as a participle: "arriving", "meeting". */
const PARTICIPLE = /^\w{2,}ing$/i;
/** What opens a participle clause that has no subject of its own: "after arriving", "upon landing". */
const SUBJECTLESS_LEAD = /\b(?:after|upon|before|while|when|since)\s+$/i;
/** A place or occasion right after a speech verb: "said at a meeting", "told reporters after talks". */
const SETTING =
  /^\s*(?:(?:reporters|journalists)\s+)?(?:at|during|in|after|following|upon|on the sidelines of)\s+(?:\S+\s+){0,6}$/i;

/**
 * The speaker of a remark the event is told in: "Goyal on Monday said that talks ... are
 * progressing" reports talks Goyal did not thereby take part in; "Akazawa said he met Bessent"
 * reports his own meeting.
 */
function onlySpeaker(mask: string, end: number, at: Trigger): boolean {
  if (at.start < end) return false;
  // "X told reporters … after arriving in Washington": a participle with no subject of its own
  // takes the clause's, so the speaker is who arrived.
  if (
    PARTICIPLE.test(mask.slice(at.start, at.end)) &&
    SUBJECTLESS_LEAD.test(mask.slice(Math.max(0, at.start - 12), at.start))
  )
    return false;
  const speech = SPEECH_AFTER.exec(mask.slice(end, end + 90));
  if (!speech) return false;
  const verbEnd = end + speech[0].length;
  const said = mask.slice(verbEnd, at.start);
  // "Ishiba said at a meeting": where the remark was made, the speaker was. A deadline or a
  // measure taking effect has no party in who speaks of it, whatever he says of himself ("Koo
  // said he will hold talks ahead of the Aug. 1 deadline").
  if (at.start < verbEnd || SETTING.test(said)) return false;
  return (
    !SELF_REPORT.test(said) || at.type === 'deadline' || MEASURE_TRIGGER.test(mask.slice(at.start, at.end))
  );
}

/** "ahead of the summit between Lee and Trump": names that complete another event's noun. */
const LINKED_NAMES = /^\s+(?:between|with|of|by)\s+(?:(?:and|the|[A-Z][\w.'’-]*),?\s+){0,8}$/;
const TIME_PREPOSITION =
  /\b(?:ahead of|before|after|since|following|during|until|amid)\s+(?:(?:the|a|an|their|his|her|its|this|next|last|upcoming|planned|[\w-]+['’]s|[A-Z][\w.'’-]*)\s+){0,4}$/;

/** "just days before Meloni is set to visit Washington": a name opening a clause of its own event. */
const CLAUSE_OPENER = /\b(?:before|after|while|when|as|until)\s+(?:(?:the|[A-Z][\w.'’-]*)\s+){0,4}$/;

function subjectOfOther(
  mask: string,
  start: number,
  end: number,
  triggers: readonly Trigger[],
  at: Trigger,
): boolean {
  if (at.start > start) return false;
  if (CLAUSE_OPENER.test(mask.slice(Math.max(0, start - 50), start)))
    return otherTriggerFrom(triggers, at, start, end, end);
  // "... before Ruud is set to visit the capital to meet Vey": Vey is in Ruud's clause too.
  let opener = -1;
  CLAUSE_WORD.lastIndex = 0;
  const gap = mask.slice(at.end, start);
  for (let m = CLAUSE_WORD.exec(gap); m !== null; m = CLAUSE_WORD.exec(gap)) opener = m.index;
  return opener >= 0 && otherTriggerFrom(triggers, at, start, end, at.end + opener);
}

/** A trigger other than `at` from `from` on, before the name or up to 60 characters after it. */
function otherTriggerFrom(
  triggers: readonly Trigger[],
  at: Trigger,
  start: number,
  end: number,
  from: number,
): boolean {
  for (const t of triggers)
    if (t.start !== at.start && t.start >= from && (t.start < start || t.start - end <= 60)) return true;
  return false;
}

/** Words that open a clause of its own inside a sentence ("as" only before a named subject). */
const CLAUSE_WORD = /\b(?:before|after|while|when|until|as(?=\s+[A-Z]))\s/g;

function inOtherEvent(mask: string, start: number, triggers: readonly Trigger[], at: Trigger): boolean {
  for (const t of triggers) {
    if (t.start === at.start || t.end > start || start - t.end > 80) continue;
    const link = mask.slice(t.end, start);
    if (!LINKED_NAMES.test(link)) continue;
    // "duties imposed by Trump": the agent of another event's participle.
    // "an order signed by Trump" is the order's own participle: its signer takes part.
    const own = t.start - at.end <= 3 && t.start >= at.end;
    if (t.verb && !own && /^\s+by\s/.test(link)) return true;
    if (TIME_PREPOSITION.test(mask.slice(Math.max(0, t.start - 60), t.start))) return true;
  }
  return false;
}

/** A trigger starts in [from, to). Module-level: a named closure made per call costs more than the test. */
function triggerStartsIn(triggers: readonly Trigger[], from: number, to: number): boolean {
  for (const t of triggers) if (t.start >= from && t.start < to) return true;
  return false;
}

/** Nouns whose "of" names who took part: "a visit of Ishiba", "the trip of the minister". */
const EVENT_HEAD =
  /^(?:visits?|trips?|meetings?|talks|calls?|summit|delegation|team|presence|arrival|departure)$/i;
/** "'s" and up to four words after a name ("'s July 31 executive order"): what the name owns. */
const POSSESSIVE = /^['’]s?\s+(?:[\w-]+\s+){0,3}[\w-]+/;
/** "<noun> of (the) (former) (President)" just before a name: group 1 is the noun. */
const OF_BEFORE = /\b([a-z][\w-]*)\s+of\s+(?:(?:the|former|then|[A-Z][\w.]*)\s+){0,4}$/;

/** A day's morning by an Asian capital's clock: "Wednesday morning Japan time", "(Tokyo time)". */
const ASIAN_MORNING =
  /^\s*,?\s*\(?(?:early\s+)?morning,?\s+\(?(?:Japan|Tokyo|Korea|Seoul|Beijing|China|Taipei|Taiwan|Singapore|Manila|Jakarta|Bangkok|Hanoi)\s+time\b/i;

/** A noun trigger with a past passive after it: "the deal was reached", "talks were held". */
const PAST_AFTER_NOUN = /^\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b/i;

/** The words before a day a measure counts from: "retroactively to", "starting", "effective from". */
const FROM_DAY =
  /\b(?:retroactive(?:ly)?\s+(?:to|from|as\s+of)|starting(?:\s+(?:on|from))?|effective(?:\s+(?:on|from|as\s+of))?|backdated\s+to)\s+$/i;

/** A question put to a speaker, up to its comma: "Asked if the deadline might be extended,". */
const ASKED = /^Asked\s+(?:if|whether|about|when|how|why|what)\b[^,]{0,200},/;
/** "had just gotten off the phone", "had just met": an act the remark came straight after. */
const JUST_DONE =
  /\b(?:had|has|have)\s+just\s+(?:gotten|got|come|finished|ended|hung|spoken|talked|met|held|returned)\b/i;

const ON_ARRIVAL = /\b(?:upon|on)\s+(?:his|her|their)\s+arrival\b|\b(?:after|upon|on)\s+arriving\b/i;

/** "from May 17-20" spans days an event takes; "from August 1" is the day a measure starts. */
function isRange(h: DateHint): boolean {
  return (h.kind === 'monthDay' || h.kind === 'dayOfMonth') && h.endDay !== undefined;
}

/** What a trigger after these words is: the topic of another event, not one of its own. */
const TOPIC_BEFORE =
  /\b(?:to\s+discuss|discuss(?:ed|es|ing)?|to\s+talk\s+about|focus(?:ed|es|ing)?\s+on)\b[^.;:]{0,60}$/i;
/** A tariff or rate the bound belongs to, in the same clause: "a 30-percent levy ... from August 1". */
const MEASURE_BEFORE =
  /\b(?:tariffs?|levy|levies|dut(?:y|ies)|rates?|per\s?cent|percent|pause|suspension)\b[^.;]*$|%[^.;]*$/i;
/** A measure right before the day it starts on: "a tariff hike on Aug. 1", "tariffs on July 9". */
const MEASURE_ON = /\b(?:tariffs?|levy|levies|dut(?:y|ies)|hikes?|increases?)\s+on\s+$/i;
/** The words before the bound of a span or the day a measure starts: "until", "from", "starting on". */
const SPAN_BOUND =
  /\b(?:until|till|through|from|beyond|starting(?:\s+(?:on|from))?|effective(?:\s+(?:on|from|as\s+of))?|as\s+of)\s+$/i;

/** How many characters farther a noun trigger counts than a verb when both could take a date. */
const NOUN_PENALTY = 40;

/** The remarks' weekdays, their speakers and the places of a sentence that places an event by a week. */
function weekContext(
  text: string,
  found: FoundDate[],
  named: { name: string; start: number; end: number }[],
  offset: number,
  mask: string,
): WeekContext {
  const remarkWeekdays: number[] = [];
  const speakers: string[] = [];
  for (const d of found) {
    if (d.hint.kind !== 'weekday' || !isRemarkDate(text, d)) continue;
    remarkWeekdays.push(d.hint.weekday);
    for (const m of named)
      if (m.end - offset <= d.start && onlyRemarkVerb(text.slice(m.end - offset, d.start)))
        speakers.push(m.name);
  }
  const spans = named.map((m) => ({ start: m.start - offset, end: m.end - offset }));
  return { remarkWeekdays, speakers, places: [...new Set(placesIn(mask, spans))] };
}

const PLACE =
  /\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(White House|Washington(?:,?\s+D\.C\.)?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/g;
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|His|Her|Their|President|Prime|Treasury|Commerce|Secretary|Minister|Group|House|Senate|Diet|Cabinet|Budget|Congress|Parliament|Office|Ministry|Department|Trade|Tariff|Tariffs|In|On|At|Economic)$/;

/** What follows a name that is no place: "'s", or more capitalised words ending in a building. */
const NOT_A_PLACE_AFTER =
  /^(?:['’]s\b|(?:\s+[A-Z][\w-]*){0,4}\s+(?:Airport|Hotel|Tower|Building|Cent(?:er|re)|Hall|Palace|Embassy|University|Club|Resort|Institute|Museum|Stadium|Headquarters|Residence)\b)/;

/**
 * A thing placed somewhere, not the event: "LNG fields in Alaska", "companies that operate
 * businesses in Thailand", "investments in Indonesia". The words just before "in".
 */
const THING_BEFORE =
  /\b(?:fields?|business(?:es)?|compan(?:y|ies)|firms?|investments?|operations|plants?|factories|projects?|assets|interests|exports?|imports?|products|goods|industr(?:y|ies)|sectors?|markets?|jobs|workers|production|reserves|deposits|mines?|facilities|subsidiaries|stakes?|presence|stores|offices)\s+$/i;

/** The first place the sentence names after "in" or "at", never a person or an adjective. */
function placeIn(text: string, named: { start: number; end: number }[]): string | null {
  return placesIn(text, named, 1)[0] ?? null;
}

/** The places the sentence names, in order, at most `limit` of them. */
function placesIn(text: string, named: { start: number; end: number }[], limit = Infinity): string[] {
  const out: string[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m !== null && out.length < limit; m = PLACE.exec(text)) {
    const p = m[1]!;
    const first = p.split(/[\s,]/)[0]!;
    // A capitalised "In" opens the sentence; in a title-case headline ("Kicks In Today") it is no place.
    if (m.index > 0 && (m[0][0] === 'I' || m[0][0] === 'A')) continue;
    if (NOT_PLACES.test(first) || /(?:ese|ian|can)$/.test(first)) continue;
    // "in the Japan-U.S. tariff negotiations": the first half of a compound names no place.
    const after = text.charCodeAt(m.index + m[0].length);
    if (after === 45 /* - */ || after === 8211 /* – */) continue;
    const at = m.index + m[0].length - p.length;
    if (named.some((n) => n.start <= at && at < n.end)) continue;
    // "at Trump's resort", "at the Phnom Penh International Airport", "at the Eisenhower Executive
    // Office Building": a person who owns the place, or a name inside a building's.
    if (NOT_A_PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    if (THING_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push(p);
  }
  return out;
}

/** White space other than single spaces: only then does a title need its spaces collapsed. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

function titleOf(sentence: string): string {
  const s = (UNEVEN_SPACE.test(sentence) ? sentence.replace(/\s+/g, ' ') : sentence).trim();
  if (s.length <= 160) return s;
  const cut = s.slice(0, 157);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
