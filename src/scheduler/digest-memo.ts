import { type ChannelDigest, type ChannelDigestRequest, channelDigest } from '../core/answers/channel-digest';
import type { Corpus } from '../core/corpus';

/** Distinct digests kept per corpus; a minute's fan-out rarely needs more than a handful. */
const MAX_ENTRIES = 512;

/**
 * channelDigest, remembered by its inputs. At a busy minute thousands of channels get a digest
 * of the same new articles over the same period with the same filter and zone — the same Reply —
 * and composing one costs milliseconds of CPU, so each distinct one is composed once. Replies
 * are plain data that senders only read. A reloaded corpus is a new object, so nothing stale is
 * reused.
 */
export function memoizedComposer(
  compose: (req: ChannelDigestRequest) => ChannelDigest = channelDigest,
): (req: ChannelDigestRequest) => ChannelDigest {
  const byCorpus = new WeakMap<Corpus, Map<string, ChannelDigest>>();
  return (req) => {
    let memo = byCorpus.get(req.corpus);
    if (!memo) {
      memo = new Map();
      byCorpus.set(req.corpus, memo);
    }
    const key = JSON.stringify([
      req.articleIds,
      req.since.toISOString(),
      req.now.toISOString(),
      req.filter.person,
      req.filter.topic,
      req.timezone,
    ]);
    const known = memo.get(key);
    if (known) return known;
    const digest = compose(req);
    if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
    memo.set(key, digest);
    return digest;
  };
}
