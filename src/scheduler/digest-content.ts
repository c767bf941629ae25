import { digestSince } from '../core/answers/digest';
import type { Dataset } from '../core/article';
import { buildCorpus, type Corpus } from '../core/corpus';
import { UserError } from '../core/errors';
import { answer, type Reply } from '../core/reply';
import type { DigestFilter } from '../storage/store';
import { formatInZone } from './local-time';

export interface DigestRequest {
  corpus: Corpus;
  /** Articles that arrived since the channel's previous digest. */
  articleIds: readonly string[];
  /** The previous digest (or the subscription), for the reader. */
  since: Date;
  now: Date;
  filter: DigestFilter;
  timezone: string;
}

export function describeFilter(filter: DigestFilter): string | null {
  const parts = [
    ...(filter.person ? [`person: ${filter.person}`] : []),
    ...(filter.topic ? [`topic: ${filter.topic}`] : []),
  ];
  return parts.length ? parts.join(', ') : null;
}

/**
 * The core's digest (grouped by development, cited, near-duplicates merged) over exactly the
 * articles that arrived since the channel's previous digest; null when none of them passes the
 * filter. Choosing by arrival rather than by publication day means each article reaches a
 * channel once: not twice because its day straddles two digests, and not never because it
 * was filed late with an older date.
 */
export function composeDigest(req: DigestRequest): Reply | null {
  const ids = new Set(req.articleIds);
  const arrived = req.articleIds.flatMap((id) => {
    const a = req.corpus.index.articleById.get(id);
    return a ? [a] : [];
  });
  if (arrived.length === 0) return null;
  const view = narrowCorpus(req.corpus, ids);
  const undated = arrived.filter((a) => a.published === null).length;
  const days = arrived.flatMap((a) => (a.published === null ? [] : [a.published])).sort();
  const earliest = days[0];
  const latest = days[days.length - 1];
  // The core counts articles from `since`'s day on; start at the oldest arrival's day so a
  // late-filed report still counts.
  const from = earliest
    ? new Date(Math.min(req.since.getTime(), Date.parse(`${earliest}T00:00:00Z`)))
    : req.since;
  let core: Reply;
  try {
    // …and end at the newest arrival's day, should an article carry tomorrow's date.
    const to = latest ? new Date(Math.max(req.now.getTime(), Date.parse(`${latest}T12:00:00Z`))) : req.now;
    core = digestSince(view, from, to, {
      ...(req.filter.person ? { person: req.filter.person } : {}),
      ...(req.filter.topic ? { topic: req.filter.topic } : {}),
    });
  } catch (err) {
    // A filter person nobody has mentioned yet: nothing for this channel today.
    if (err instanceof UserError) return null;
    throw err;
  }
  if (core.sections.length === 0) return null;
  const filter = describeFilter(req.filter);
  const more = core.page && core.page.pages > 1;
  return {
    ...core,
    title: `Daily digest: new since ${formatInZone(req.since, req.timezone)}`,
    lead: `${core.lead ?? ''}${filter ? ` Filter: ${filter}.` : ''}`.trim() || null,
    page: null,
    notes: [
      ...core.notes,
      ...(more ? ['More than fits here: `digest 24h` shows all of it, page by page.'] : []),
      ...(undated > 0 && !filter
        ? [`${undated} new article${undated === 1 ? ' has' : 's have'} no date; \`sources\` lists them.`]
        : []),
    ],
  };
}

/** The short line a subscription that is not quiet gets when nothing arrived. */
export function nothingNewReply(since: Date, timezone: string, filter: DigestFilter): Reply {
  const f = describeFilter(filter);
  return answer({
    title: 'Daily digest',
    lead: `Nothing new since ${formatInZone(since, timezone)}${f ? ` (${f})` : ''}.`,
  });
}

/** The corpus as if only `ids` had been loaded; small, so indexing it per digest is cheap. */
function narrowCorpus(corpus: Corpus, ids: ReadonlySet<string>): Corpus {
  const d = corpus.dataset;
  const { index } = corpus;
  // Articles and quotes through the index, so a digest costs what arrived, not the corpus size.
  const articles = [...ids].flatMap((id) => {
    const a = index.articleById.get(id);
    return a ? [a] : [];
  });
  const quotes = articles.flatMap((a) =>
    Array.from(index.quotesByArticle.get(a.id) ?? [], (i) => index.quotes[i]!.quote),
  );
  const touches = (x: { articleIds: string[] }) => x.articleIds.some((id) => ids.has(id));
  const dataset: Dataset = {
    ...d,
    articles,
    quotes,
    events: d.events.filter(touches).map((e) => ({
      ...e,
      articleIds: e.articleIds.filter((id) => ids.has(id)),
      mentions: e.mentions.filter((m) => ids.has(m.articleId)),
    })),
    rates: d.rates.filter(touches),
  };
  return buildCorpus(dataset, corpus.loadedAt);
}
