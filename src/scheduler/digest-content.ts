import { cite } from '../core/answers/cite';
import type { Article } from '../core/article';
import type { Corpus } from '../core/corpus';
import { answer, type Reply, type Section, text } from '../core/reply';
import type { DigestFilter } from '../storage/store';
import { formatInZone } from './local-time';

/** Articles shown in one digest; the rest are counted so nothing is silently dropped. */
const MAX_ARTICLES = 8;

export interface DigestRequest {
  corpus: Corpus;
  /** Articles that arrived since the channel's previous digest. */
  articleIds: readonly string[];
  since: Date;
  filter: DigestFilter;
  timezone: string;
}

const mentions = (article: Article, term: string, names: readonly string[]): boolean => {
  const needle = term.toLowerCase();
  if (names.some((n) => n.toLowerCase().includes(needle))) return true;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}`, 'i').test(`${article.title}\n${article.body}`);
};

export function matchesFilter(article: Article, filter: DigestFilter): boolean {
  if (filter.person && !mentions(article, filter.person, article.people)) return false;
  if (filter.topic && !mentions(article, filter.topic, article.topics)) return false;
  return true;
}

export function describeFilter(filter: DigestFilter): string | null {
  const parts = [
    ...(filter.person ? [`person: ${filter.person}`] : []),
    ...(filter.topic ? [`topic: ${filter.topic}`] : []),
  ];
  return parts.length ? parts.join(', ') : null;
}

/**
 * The articles that arrived since the channel's previous digest and pass its filter, newest
 * first, each cited; null when there are none.
 * NOTE: interim composition until the core's `digestSince` exists; callers go through this one
 * function so switching over touches nothing else.
 */
export function composeDigest(req: DigestRequest): Reply | null {
  const byId = new Map(req.corpus.dataset.articles.map((a) => [a.id, a]));
  const fresh = req.articleIds
    .map((id) => byId.get(id))
    .filter((a): a is Article => a !== undefined && matchesFilter(a, req.filter))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
  if (fresh.length === 0) return null;
  const shown = fresh.slice(0, MAX_ARTICLES);
  const sections: Section[] = shown.map((a) => ({
    heading: a.title,
    items: [text(leadOf(a), [cite(a)])],
  }));
  const filter = describeFilter(req.filter);
  return answer({
    title: `Daily digest: ${fresh.length} new article${fresh.length === 1 ? '' : 's'}`,
    lead: `Since ${formatInZone(req.since, req.timezone)}${filter ? ` (${filter})` : ''}.`,
    sections,
    notes:
      fresh.length > shown.length
        ? [`…and ${fresh.length - shown.length} more; \`sources\` lists them all.`]
        : [],
  });
}

/** The short line a subscription that is not quiet gets when nothing arrived. */
export function nothingNewReply(since: Date, timezone: string, filter: DigestFilter): Reply {
  const f = describeFilter(filter);
  return answer({
    title: 'Daily digest',
    lead: `Nothing new since ${formatInZone(since, timezone)}${f ? ` (${f})` : ''}.`,
  });
}

/** The first paragraph after the headline, shortened: enough to decide whether to read on. */
function leadOf(article: Article): string {
  const para =
    article.paragraphs.find((p) => p !== article.title && p.length > 60) ?? article.paragraphs[0] ?? '';
  const flat = para.replace(/\s+/g, ' ').trim();
  return flat.length > 400 ? `${flat.slice(0, 399).replace(/\s+\S*$/, '')}…` : flat;
}
