import type { Article, TariffEvent } from '../article';
import type { Corpus } from '../corpus';
import { type CorpusIndex, eventsOfArticle, type IndexedQuote, lowerBound } from '../index/corpus-index';
import type { Development } from '../index/developments';
import { rateChangesFrom } from '../rates/render';
import {
  answer,
  type Citation,
  errorReply,
  field,
  type Item,
  type Reply,
  type Section,
  text,
} from '../reply';
import { cite } from './cite';
import { citeOnce } from './cite-once';
import { contentWords, mergeNear, nearDuplicate } from './dedupe';
import { developmentTitle, mentionsOf, newestDevelopment, oneLine, sentencesOf } from './development';
import { eventHeadline } from './event-headline';
import { dayOf, formatDay, formatDayRange, listing, ordinal } from './format';
import { withoutDateline } from './headline';
import { datasetAsOf, outBy, reportedBy } from './out-by';
import { meetingParticipants } from './participants';
import { quoteItem } from './quote-item';

/** A briefing reads from the newest few reports; older ones add citations, not length. */
const MAX_ARTICLES = 8;
const MAX_QUOTES = 3;
const QUOTED = /[“”"]/;

/** Words that say how a round ended: agreed, no deal, progress, failed to find common ground. */
const OUTCOME =
  /\b(?:fail(?:ed|s)? to (?:find|reach|agree|bridge)|no (?:agreement|deal|breakthrough|point of agreement)|not (?:yet )?(?:found|reached|agreed|struck)|reached (?:an? )?(?:agreement|deal|consensus)|struck (?:an? )?(?:deal|agreement)|agreed (?:to|on)|common ground|breakthrough|stalled|impasse|signed)\b/i;

/**
 * The briefing on the newest development: what happened, when, where, who met whom, the round,
 * the outcome, the quotes that matter and what comes next. Built from every article reporting
 * that development; near-identical sentences or quotes from several outlets appear once, citing
 * them all. Only body sentences and quotes are used, so boilerplate cannot appear.
 *
 * The briefing depends only on the corpus and the day, so each corpus keeps the briefings of
 * the last few days it was asked for: the many `latest` of a busy day are one computation.
 * Replies are read-only values; nothing may change a returned one.
 */
export function latestBriefing(corpus: Corpus, now: Date): Reply {
  const day = dayOf(now);
  let byDay = briefings.get(corpus.index);
  if (!byDay) {
    byDay = new Map();
    briefings.set(corpus.index, byDay);
  }
  const kept = byDay.get(day);
  if (kept) return kept;
  const reply = composeLatest(corpus, day);
  if (byDay.size >= DAYS_KEPT) byDay.delete(byDay.keys().next().value!);
  byDay.set(day, reply);
  return reply;
}

const briefings = new WeakMap<CorpusIndex, Map<string, Reply>>();
const DAYS_KEPT = 4;

/** The briefing as of `today`, computed afresh (the benchmark measures this too). */
export function composeLatest(corpus: Corpus, today: string): Reply {
  const { index } = corpus;
  if (corpus.dataset.articles.length === 0) {
    return errorReply('No articles loaded', 'The seeds folder has no readable articles.', {
      suggestions: ['sources'],
    });
  }
  const dev = newestDevelopment(index, today);
  const reply = dev ? developmentBriefing(corpus, dev, today) : newestArticlesBriefing(index, today);
  // Rates that moved since the development, read from the same timeline as `rates` and the digest.
  const rates =
    dev && corpus.dataset.rates.length ? rateChangesFrom(datasetAsOf(corpus, today), dev.date, today) : [];
  const sections = rates.length
    ? [...reply.sections, { heading: 'Tariff rates', items: rates }]
    : reply.sections;
  // The briefing is one point told in blocks: each source is cited once, where it first supports it.
  return { ...reply, sections: citeOnce(sections) };
}

function developmentBriefing(corpus: Corpus, dev: Development, today: string): Reply {
  const { index } = corpus;
  // A replay's day may come before some reports of the development: those are not out yet.
  const reports = dev.articles.filter((a) => outBy(a, today));
  const articles = reports.slice(0, MAX_ARTICLES);
  // One filter for the whole briefing: what one section says, no later section repeats.
  // The sections below consult it in reading order, so the earlier section keeps a sentence.
  const fresh = freshFilter();

  const sections: Section[] = [];

  // What happened: the articles' own sentences about the main event, then the rest of the round.
  // Sentences carrying a quotation are attributions; their words appear under the quotes.
  const mentions = mentionsOf(index, [dev.main], articles);
  const plain = mentions.filter((m) => !QUOTED.test(m.text));
  const mainMentions = sentenceItems(plain.length ? plain : mentions, fresh).slice(0, 2);
  if (mainMentions.length) sections.push({ heading: 'What happened', items: mainMentions });

  const { facts, participants } = theFacts(index, dev, articles, fresh);
  sections.push({ heading: 'The facts', items: facts });

  const { outcome, quotes } = outcomeAndQuotes(index, articles, participants, fresh);
  if (outcome.length) sections.push({ heading: 'Outcome', items: outcome });
  if (quotes.length) sections.push({ heading: 'What they said', items: quotes });

  const next = comingUp(corpus, dev, articles, today, fresh);
  if (next.length) sections.push({ heading: 'What comes next', items: next });

  const more = reports.length - articles.length;
  return answer({
    title: `Latest: ${developmentTitle(dev)}, ${formatDay(dev.date)}`,
    lead: `From ${reports.length === 1 ? '1 article' : `${reports.length} articles`}: ${sourceList(articles)}.`,
    sections,
    notes:
      more > 0 ? [`Also reported by ${more} older article${more === 1 ? '' : 's'}; see \`sources\`.`] : [],
    suggestions: ['timeline', 'digest 7d'],
  });
}

/** Whether a text says something not yet said in the briefing; a new one is remembered. */
function freshFilter(): (t: string) => boolean {
  const used: ReadonlySet<string>[] = [];
  return (t: string) => {
    const words = contentWords(t);
    if (used.some((u) => nearDuplicate(u, words))) return false;
    used.push(words);
    return true;
  };
}

/**
 * "The facts": when, where, who met, the round and the other events of the round, each citing
 * the articles that report it. The participants are returned too: they choose the key quotes.
 */
function theFacts(
  index: CorpusIndex,
  dev: Development,
  articles: readonly Article[],
  fresh: (t: string) => boolean,
): { facts: Item[]; participants: string[] } {
  // Articles of the briefing that report an event (their own event lists are short).
  const citeAll = (e: TariffEvent) =>
    articles.filter((a) => eventsOfArticle(index, a.id).includes(e)).map((a) => cite(a));
  const facts: Item[] = [];
  // Reported only by older articles than those read: cite the first that reports it.
  const first = index.articleById.get(dev.main.articleIds[0] ?? '');
  const mainCites = citeAll(dev.main).length ? citeAll(dev.main) : first ? [cite(first)] : [];
  facts.push(field('When', formatDayRange(dev.main.date!, dev.main.endDate), mainCites));
  const place = dev.main.place ?? dev.events.find((e) => e.place)?.place;
  if (place) facts.push(field('Where', place, mainCites));
  // The main event's people, then whom the articles say they met, then the rest of the round.
  const participants = [
    ...new Set([
      ...meetingParticipants(dev.main.participants, articles, sentencesOf),
      ...dev.events.flatMap((e) => e.participants),
    ]),
  ];
  if (participants.length) facts.push(field('Who met', listing(participants), mainCites));
  if (dev.main.round !== null) facts.push(field('Round', `the ${ordinal(dev.main.round)}`, mainCites));
  for (const e of dev.events.slice(1, 4)) {
    const said = sentenceItems(mentionsOf(index, [e], articles), fresh)[0];
    // The fact is what happened, in a line; the articles' own words are in "What happened".
    if (said?.type === 'text')
      facts.push(field(`Also ${formatDay(e.date!)}`, eventHeadline(e), said.citations));
  }
  return { facts, participants };
}

/** "Outcome" and "What they said": how the round ended, and the negotiators' key quotes. */
function outcomeAndQuotes(
  index: CorpusIndex,
  articles: readonly Article[],
  participants: string[],
  fresh: (t: string) => boolean,
): { outcome: Item[]; quotes: Item[] } {
  // Quotes first, so an outcome sentence that merely wraps a chosen quote is not said twice.
  let quotes = keyQuotes(index, articles, participants, MAX_QUOTES + 1);
  for (const q of quotes) if (q.type === 'quote') fresh(q.text);
  // Sentences carrying quotation marks are attributions; their words are shown as quotes instead.
  let outcome: Item[] = sentenceItems(
    articles.flatMap((a) =>
      sentencesOf(a)
        .filter((s) => OUTCOME.test(s) && !QUOTED.test(s))
        .map((s) => ({ text: oneLine(s), article: a })),
    ),
    fresh,
  ).slice(0, 2);
  // No sentence states the outcome that is not already shown: let the negotiators' words say it.
  if (outcome.length === 0) {
    const said = quotes.find((q) => q.type === 'quote' && q.kind === 'direct' && OUTCOME.test(q.text));
    if (said) {
      outcome = [said];
      quotes = quotes.filter((q) => q !== said);
    }
  }
  return { outcome, quotes: quotes.slice(0, MAX_QUOTES) };
}

/** No dated event to go by: brief from the newest day's articles instead, and say so. */
function newestArticlesBriefing(index: CorpusIndex, today: string): Reply {
  // Dated articles are sorted by day: the newest day on or before today is found by search.
  const end = lowerBound(index.articlesByDate, index.datedArticles, `${today}\uffff`, (a) => a.published);
  const newestDay = end > 0 ? index.articlesByDate[end - 1]!.published : null;
  const start = newestDay ? lowerBound(index.articlesByDate, end, newestDay, (a) => a.published) : 0;
  const articles = (
    newestDay
      ? index.articlesByDate.slice(start, end).reverse()
      : index.articlesByDate.filter((a) => outBy(a, today))
  ).slice(0, MAX_ARTICLES);
  const used: ReadonlySet<string>[] = [];
  const fresh = (t: string) => {
    const words = contentWords(t);
    if (used.some((u) => nearDuplicate(u, words))) return false;
    used.push(words);
    return true;
  };
  const opening = sentenceItems(
    articles.flatMap((a) =>
      sentencesOf(a)
        .slice(0, 2)
        .map((s) => ({ text: s, article: a })),
    ),
    fresh,
  ).slice(0, 4);
  const quotes = keyQuotes(index, articles, [], MAX_QUOTES);
  return answer({
    title: newestDay ? `Latest reports, ${formatDay(newestDay)}` : 'Latest reports',
    lead: `From ${articles.length === 1 ? '1 article' : `${articles.length} articles`}: ${sourceList(articles)}.`,
    sections: [
      { heading: 'What they report', items: opening },
      ...(quotes.length ? [{ heading: 'What they said', items: quotes }] : []),
    ],
    notes: [
      'No dated negotiation event was found in the articles, so this is drawn from the newest reports.',
    ],
    suggestions: ['sources'],
  });
}

function sentenceItems(found: { text: string; article: Article }[], fresh: (t: string) => boolean): Item[] {
  return mergeNear(found, (f) => [cite(f.article)])
    .filter(({ item }) => fresh(item.text))
    .map(({ item, citations }) => text(withoutDateline(item.text), citations));
}

function sourceList(articles: readonly Article[]): string {
  const names = articles
    .slice(0, 3)
    .map((a) =>
      [a.outlet ?? a.title, a.published ? formatDay(a.published) : null].filter(Boolean).join(', '),
    );
  return names.join('; ') + (articles.length > 3 ? '; …' : '');
}

/**
 * The quotes that matter: direct words of the people who met, of a readable length, about the
 * outcome; near-identical quotes from several outlets show once with every citation.
 */
function keyQuotes(
  index: CorpusIndex,
  articles: readonly Article[],
  participants: readonly string[],
  limit: number,
): Item[] {
  const candidates: { iq: IndexedQuote; score: number; text: string }[] = [];
  for (const a of articles) {
    for (const i of index.quotesByArticle.get(a.id) ?? []) {
      const iq = index.quotes[i]!;
      if (!iq.quote.speaker) continue;
      candidates.push({ iq, score: quoteScore(iq, participants), text: iq.quote.text });
    }
  }
  candidates.sort(
    (x, y) =>
      y.score - x.score ||
      (x.iq.date ?? '').localeCompare(y.iq.date ?? '') * -1 ||
      x.iq.quote.start - y.iq.quote.start,
  );
  const merged = mergeNear(candidates, (c) => [cite(c.iq.article)] as Citation[], 0.6);
  return merged.slice(0, limit).map(({ item, citations }) => ({ ...quoteItem(item.iq), citations }));
}

function quoteScore(iq: IndexedQuote, participants: readonly string[]): number {
  const { quote } = iq;
  const len = quote.text.trim().length;
  let score = quote.kind === 'direct' ? 3 : 0;
  if (quote.speaker && participants.includes(quote.speaker)) score += 2;
  if (len >= 40 && len <= 260) score += 2;
  else if (len < 20) score -= 3;
  if (OUTCOME.test(quote.text)) score += 2;
  if (/\b(?:agreement|deal|progress)\b/i.test(quote.text)) score += 1;
  if (/\b(summit|tariffs?|leaders?|next|deadline)\b/i.test(quote.text)) score += 1;
  return score;
}

/**
 * Scheduled meetings and deadlines after the development: first what its own articles say is
 * coming, then anything dated after today elsewhere in the corpus.
 */
function comingUp(
  corpus: Corpus,
  dev: Development,
  articles: readonly Article[],
  today: string,
  fresh: (t: string) => boolean,
): Item[] {
  const { index } = corpus;
  const candidates = new Set<TariffEvent>();
  for (const a of articles) {
    for (const e of eventsOfArticle(index, a.id)) {
      if ((e.date !== null && e.date > dev.date) || (e.planned && (e.date === null || e.date >= dev.date))) {
        candidates.add(e);
      }
    }
  }
  const events = index.events;
  let lo = 0;
  let hi = index.datedEvents;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.date! <= today) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < index.datedEvents && candidates.size < 6; i++)
    if (reportedBy(corpus, events[i]!.articleIds, today)) candidates.add(events[i]!);
  return [...candidates]
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
    .slice(0, 3)
    .flatMap((e) => {
      // Prefer the briefing's own articles; an event only others report cites a few of them.
      const own = mentionsOf(index, [e], articles);
      const words = own.find((m) => fresh(m.text));
      const others = words
        ? []
        : e.articleIds
            .map((id) => index.articleById.get(id))
            .filter((a): a is Article => a !== undefined && outBy(a, today))
            .slice(0, 3);
      const when = e.date ? formatDayRange(e.date, e.endDate) : 'date not set';
      const citations = (words ? [words.article] : others).map((a) => cite(a));
      // The article's own words say what is planned; an event only others report gets its headline.
      return citations.length ? [field(when, words?.text ?? eventHeadline(e), citations)] : [];
    });
}
