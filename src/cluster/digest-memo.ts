import type { Corpus } from '../core/corpus';
import type { Reply } from '../core/reply';
import { composeDigest, type DigestRequest } from '../scheduler/digest-content';

/** Distinct digests kept per corpus; a minute's fan-out rarely needs more than a handful. */
const MAX_ENTRIES = 512;

/**
 * composeDigest, remembered by its inputs. At a busy minute thousands of channels get a digest
 * of the same new articles over the same period with the same filter and zone — the same Reply —
 * and composing one costs milliseconds of CPU, so each distinct one is composed once. Replies
 * are plain data that senders only read. A reloaded corpus is a new object, so nothing stale is
 * reused.
 */
export function memoizedComposer(
  compose: (req: DigestRequest) => Reply | null = composeDigest,
): (req: DigestRequest) => Reply | null {
  const byCorpus = new WeakMap<Corpus, Map<string, Reply | null>>();
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
    if (memo.has(key)) return memo.get(key) ?? null;
    const reply = compose(req);
    if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
    memo.set(key, reply);
    return reply;
  };
}
