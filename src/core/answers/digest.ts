import type { Article } from '../article';
import type { Corpus } from '../corpus';
import { UserError } from '../errors';
import { type CorpusIndex, lowerBound } from '../index/corpus-index';
import { findTopic } from '../index/topics';
import { type PageRequest, pageSections } from '../paging';
import { resolveGoodsQuery } from '../rates/goods';
import { rateChangesFrom } from '../rates/render';
import { answer, type Item, type Reply, type Section, text } from '../reply';
import { cite } from './cite';
import { citeOnce } from './cite-once';
import { mergeNear } from './dedupe';
import { developmentHeading, mentionsOf, oneLine, sentencesOf } from './development';
import { shown } from './echo';
import { dayOf, formatDay } from './format';
import { datasetAsOf } from './out-by';
import { quoteItem } from './quote-item';
import { countOf } from './quote-list';

export interface DigestFilter {
  /** A person as a user would type them; resolved like `who`. */
  person?: string;
  /** A topic (autos, rice…) or words. */
  topic?: string;
}

/** A digest group lists each new report once; this many of the group's quotes follow. */
const QUOTES_PER_GROUP = 2;
/** Reports read per group: enough to cover what differs between outlets. */
const REPORTS_PER_GROUP = 8;

/** The heading of the section of changed tariff rates that leads a digest. */
export const RATES_HEADING = 'Tariff rates';

/** The heading of the reports tied to no development (they come last). */
export const OTHER_REPORTS = 'Other reports';

/** What a digest holds, before it is framed as an answer: the new articles and their sections. */
export interface DigestContent {
  /** Articles in the window that pass the filter, newest first. */
  fresh: Article[];
  /** One section per development, newest first, with changed tariff rates leading. */
  sections: Section[];
  developments: number;
}

/**
 * What changed since `since`: articles published from that day up to `now`, grouped by the
 * development they report (a round, a summit), newest first. Publication dates are calendar
 * days, so an article dated the day `since` falls on counts as new. Says plainly when nothing is
 * new. The channel's daily digest (channel-digest.ts) frames the same content its own way.
 */
export function digestSince(
  corpus: Corpus,
  since: Date,
  now: Date,
  filter: DigestFilter = {},
  req: PageRequest = { page: 1, invocation: 'digest' },
): Reply {
  const { index } = corpus;
  const content = digestContent(corpus, since, now, filter);
  const title = `What changed since ${formatInstant(since)}${filterLabel(filter)}`;
  if (content.fresh.length === 0) {
    const fromDay = dayOf(since);
    const today = dayOf(now);
    // The newest article as of `now` (a replay leaves later ones out).
    const end = lowerBound(
      index.articlesByDate,
      index.datedArticles,
      nextDay(today),
      (a: Article) => a.published,
    );
    const newest = end > 0 ? index.articlesByDate[end - 1]!.published : null;
    // A folder of old news: the window ends after its newest article. Offer the same span ending there.
    const older = newest !== null && newest < fromDay;
    const from = older ? addDays(newest, -Math.max(0, daysBetween(fromDay, today))) : null;
    return answer({
      title,
      lead: `Nothing new since ${formatInstant(since)}${filterLabel(filter)}.${newest ? ` The newest article is from ${formatDay(newest)}.` : ''}`,
      notes: from ? [`\`digest since ${from}\` shows what changed up to it.`] : [],
      suggestions: from ? [`digest since ${from}`, 'latest', 'timeline'] : ['latest', 'timeline'],
    });
  }
  const paged = pageSections(content.sections, req);
  return answer({ title, lead: digestLead(content), sections: paged.sections, page: paged.page });
}

/** "3 new articles on 2 developments, newest first." */
export const digestLead = (content: DigestContent): string =>
  `${countOf(content.fresh.length, 'new article')} on ${countOf(content.developments, 'development')}, newest first.`;

/**
 * The articles published from `since`'s day to `now`'s that pass `filter`, grouped by
 * development, with the tariff rates that changed in the window first. A person nobody mentions
 * is a UserError (with suggestions), as in `who`.
 */
export function digestContent(corpus: Corpus, since: Date, now: Date, filter: DigestFilter): DigestContent {
  const { index } = corpus;
  const fromDay = dayOf(since);
  const today = dayOf(now);
  const byDay = (a: Article) => a.published;
  const start = lowerBound(index.articlesByDate, index.datedArticles, fromDay, byDay);
  const end = lowerBound(index.articlesByDate, index.datedArticles, nextDay(today), byDay);
  const keep = articleFilter(index, filter);
  const fresh = index.articlesByDate.slice(start, Math.max(start, end)).filter(keep).reverse();
  if (fresh.length === 0) return { fresh, sections: [], developments: 0 };
  const sections = developmentSections(index, fresh);
  const developments = sections.length;
  // Tariff rates that changed in the window lead the digest (issue 11); a topic that names goods narrows them.
  const goods = filter.topic ? resolveGoodsQuery(filter.topic) : undefined;
  const rateItems =
    filter.person || goods === null || corpus.dataset.rates.length === 0
      ? []
      : rateChangesFrom(datasetAsOf(corpus, today), fromDay, today, goods);
  if (rateItems.length) sections.unshift({ heading: RATES_HEADING, items: rateItems });
  return { fresh, sections, developments };
}

/** One section per development the articles report, in the order of the day it happened. */
function developmentSections(index: CorpusIndex, fresh: readonly Article[]): Section[] {
  // Group by development, keeping the order in which groups first appear (newest article first).
  const groups = new Map<string, Article[]>();
  for (const a of fresh) {
    const key = index.developmentOfArticle.get(a.id) ?? 'other';
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  // Developments newest first by the day they happened; reports tied to no event come last.
  const ordered = [...groups.entries()].sort(([ka], [kb]) => {
    if (ka === 'other' || kb === 'other') return ka === 'other' ? 1 : -1;
    return index.developmentByKey.get(kb)!.date.localeCompare(index.developmentByKey.get(ka)!.date);
  });
  return ordered.map(([key, all]) => developmentSection(index, key, all));
}

function developmentSection(index: CorpusIndex, key: string, all: readonly Article[]): Section {
  const dev = index.developmentByKey.get(key);
  // Many outlets report one round alike; the newest few say it, the count says the rest.
  const articles = all.slice(0, REPORTS_PER_GROUP);
  const said = dev ? mentionsOf(index, dev.events, articles) : [];
  // An article the event mentions miss still gets its opening sentence in.
  const reported = new Set(said.map((s) => s.article.id));
  for (const a of articles) {
    const first = sentencesOf(a)[0];
    if (!reported.has(a.id) && first) said.push({ text: oneLine(first), article: a });
  }
  const items: Item[] = mergeNear(said, (s) => [cite(s.article)]).map(({ item, citations }) =>
    text(item.text, citations),
  );
  items.push(...groupQuotes(index, articles, dev?.events.flatMap((e) => e.participants) ?? []));
  const heading = dev ? developmentHeading(dev) : OTHER_REPORTS;
  const more = all.length - articles.length;
  // One development is one point: its reports and quotes cite each source once.
  const [cited] = citeOnce([{ heading: null, items }]);
  return {
    heading: more > 0 ? `${heading} (${countOf(all.length, 'new report')}, newest shown)` : heading,
    items: cited!.items,
  };
}

function groupQuotes(
  index: CorpusIndex,
  articles: readonly Article[],
  participants: readonly string[],
): Item[] {
  const found = articles.flatMap((a) =>
    Array.from(index.quotesByArticle.get(a.id) ?? [], (i) => index.quotes[i]!),
  );
  const ranked = found
    .filter((q) => q.quote.speaker && q.quote.kind === 'direct' && q.quote.text.trim().length >= 25)
    .sort(
      (x, y) =>
        Number(participants.includes(y.quote.speaker!)) - Number(participants.includes(x.quote.speaker!)) ||
        x.quote.start - y.quote.start,
    );
  return mergeNear(
    ranked.map((iq) => ({ iq, text: iq.quote.text })),
    (r) => [cite(r.iq.article)],
    0.6,
  )
    .slice(0, QUOTES_PER_GROUP)
    .map(({ item, citations }) => ({ ...quoteItem(item.iq), citations }));
}

function articleFilter(index: CorpusIndex, filter: DigestFilter): (a: Article) => boolean {
  const tests: ((a: Article) => boolean)[] = [];
  if (filter.person) {
    const match = index.lookup.resolve(filter.person);
    if (match.kind === 'unknown') {
      throw new UserError(`I know no one called "${shown(filter.person)}".`, match.suggestions);
    }
    const name = match.person.name;
    const speaks = (a: Article) =>
      (index.quotesByArticle.get(a.id) ?? []).some((i) => index.quotes[i]!.quote.speaker === name);
    tests.push((a) => a.people.includes(name) || speaks(a));
  }
  if (filter.topic) {
    const topic = findTopic(filter.topic);
    const id = topic?.id;
    const words = filter.topic.toLowerCase();
    tests.push(
      (a) =>
        (id !== undefined &&
          (a.topics.includes(id) ||
            (index.quotesByArticle.get(a.id) ?? []).some((i) => index.quotes[i]!.topics.includes(id)))) ||
        a.topics.some((t) => t.toLowerCase() === words),
    );
  }
  return (a) => tests.every((t) => t(a));
}

const filterLabel = (f: DigestFilter) =>
  `${f.person ? ` on ${shown(f.person)}` : ''}${f.topic ? ` about ${shown(f.topic)}` : ''}`;

const nextDay = (day: string): string => addDays(day, 1);

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return dayOf(d);
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A day when `since` is midnight UTC, else day and time. */
function formatInstant(d: Date): string {
  const day = formatDay(dayOf(d));
  const time = d.toISOString().slice(11, 16);
  return time === '00:00' ? day : `${day}, ${time} UTC`;
}
