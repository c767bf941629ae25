import type { Corpus } from '../corpus';
import { corpusSubset } from '../corpus-subset';
import { UserError } from '../errors';
import { pageSections } from '../paging';
import { answer, type Reply } from '../reply';
import { type ChannelFilter, describeFilter } from '../schedule/filter';
import { formatInZone } from '../schedule/local-time';
import { type DigestContent, digestContent, digestLead } from './digest';
import { type DigestThread, digestThread } from './digest-thread';

export interface ChannelDigestRequest {
  corpus: Corpus;
  /** Articles that arrived since the channel's previous digest. */
  articleIds: readonly string[];
  /** The previous digest (or the subscription), for the reader. */
  since: Date;
  now: Date;
  filter: ChannelFilter;
  /** The channel's zone: every time the reader sees is in it. */
  timezone: string;
}

/**
 * A channel's daily digest, composed whole: either the digest of what arrived, or the one-line
 * "nothing new since …" answer (which a quiet subscription does not post). The scheduler sends
 * it as it is; `digest now` shows the same. A digest also comes as a thread (a short parent and the
 * details as replies), for channels that take it that way.
 */
export type ChannelDigest =
  | { kind: 'digest'; reply: Reply; thread: DigestThread }
  | { kind: 'nothing-new'; reply: Reply };

/**
 * The core's digest (grouped by development, cited, near-duplicates merged) over exactly the
 * articles that arrived since the channel's previous digest. Choosing by arrival rather than by
 * publication day means each article reaches a channel once: not twice because its day
 * straddles two digests, and not never because it was filed late with an older date.
 */
export function channelDigest(req: ChannelDigestRequest): ChannelDigest {
  const arrived = req.articleIds.flatMap((id) => {
    const a = req.corpus.index.articleById.get(id);
    return a ? [a] : [];
  });
  const content = arrived.length > 0 ? arrivedContent(req, arrived) : null;
  if (!content || content.fresh.length === 0) return { kind: 'nothing-new', reply: nothingNew(req) };
  const filter = describeFilter(req.filter);
  const paged = pageSections(content.sections, { page: 1, invocation: 'digest' });
  const more = paged.page && paged.page.pages > 1;
  const undated = arrived.filter((a) => a.published === null).length;
  const title = `Daily digest: new since ${formatInZone(req.since, req.timezone)}`;
  const notes =
    undated > 0 && !filter
      ? [`${undated} new article${undated === 1 ? ' has' : 's have'} no date; \`sources\` lists them.`]
      : [];
  const reply = answer({
    title,
    lead: `${digestLead(content)}${filter ? ` Filter: ${filter}.` : ''}`,
    sections: paged.sections,
    notes: [...(more ? ['More than fits here: `digest 24h` shows all of it, page by page.'] : []), ...notes],
  });
  return { kind: 'digest', reply, thread: digestThread({ title, content, filter, notes }) };
}

/** The digest content of the arrived articles only; null when the filter names nobody known yet. */
function arrivedContent(
  req: ChannelDigestRequest,
  arrived: readonly { published: string | null }[],
): DigestContent | null {
  const view = corpusSubset(req.corpus, new Set(req.articleIds));
  const days = arrived.flatMap((a) => (a.published === null ? [] : [a.published])).sort();
  const earliest = days[0];
  const latest = days[days.length - 1];
  // The content counts articles from `since`'s day on; start at the oldest arrival's day so a
  // late-filed report still counts…
  const from = earliest
    ? new Date(Math.min(req.since.getTime(), Date.parse(`${earliest}T00:00:00Z`)))
    : req.since;
  // …and end at the newest arrival's day, should an article carry tomorrow's date.
  const to = latest ? new Date(Math.max(req.now.getTime(), Date.parse(`${latest}T12:00:00Z`))) : req.now;
  try {
    return digestContent(view, from, to, {
      ...(req.filter.person ? { person: req.filter.person } : {}),
      ...(req.filter.topic ? { topic: req.filter.topic } : {}),
    });
  } catch (err) {
    // A filter person nobody has mentioned yet: nothing for this channel today.
    if (err instanceof UserError) return null;
    throw err;
  }
}

/** The short line a subscription that is not quiet gets when nothing arrived. */
function nothingNew(req: ChannelDigestRequest): Reply {
  const f = describeFilter(req.filter);
  return answer({
    title: 'Daily digest',
    lead: `Nothing new since ${formatInZone(req.since, req.timezone)}${f ? ` (${f})` : ''}.`,
  });
}
