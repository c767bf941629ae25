import type { DigestThread } from '../core/answers/digest-thread';
import type { Reply } from '../core/reply';
import type { ReplySender, ThreadSender } from './reply-sender';
import { type RetryJob, type RetryOutcome, type SendOutcome, withRetries } from './send-with-retries';

/** Each part of a digest's thread has its own idempotency key, derived from the run's. */
export const parentKey = (runId: string): string => `${runId}:parent`;
export const partKey = (runId: string, n: number): string => `${runId}:part:${n}`;

export interface ThreadJob {
  /** Already guarded against duplicates (withDuplicateCheck) where the platform needs it. */
  sender: ReplySender & ThreadSender;
  channelId: string;
  runId: string;
  /** The parent an earlier attempt of this run posted and recorded; null when none was. */
  parentId: string | null;
  thread: DigestThread;
  /** The digest as one message, for a channel where no thread can be opened. */
  whole: Reply;
  /** Records the parent with the run's claim before any reply; false when the claim was lost. */
  recordParent: (messageId: string) => Promise<boolean>;
  retry: RetryJob;
}

/**
 * Posts a digest as a thread, each part exactly once: the parent (unless an earlier attempt
 * recorded it), then the thread, then every reply in order. A run resumed after its process died
 * replies under the SAME parent, since the parent is recorded before the first reply; a reply
 * the dead process had already posted is dropped by its key (Discord's nonce) or found first
 * (Slack's metadata), so none is doubled and none is missing. Where the platform will not open
 * a thread, the parent becomes the whole digest and the outcome says why.
 */
export async function postThread(job: ThreadJob): Promise<SendOutcome> {
  let attempts = 0;
  const step = async <T>(request: () => Promise<T>): Promise<RetryOutcome<T>> => {
    const outcome = await withRetries(job.retry, request);
    attempts += outcome.attempts;
    return outcome;
  };
  const failed = (o: Extract<RetryOutcome<unknown>, { ok: false }>): SendOutcome => ({ ...o, attempts });
  const { sender, channelId, runId } = job;

  let parentId = job.parentId;
  if (!parentId) {
    const posted = await step(() => sender.post(channelId, job.thread.parent, parentKey(runId)));
    if (!posted.ok) return failed(posted);
    parentId = posted.value.messageId;
    if (!(await job.recordParent(parentId))) {
      return { ok: false, reason: 'claim-lost', detail: 'another process took the run over', attempts };
    }
  }
  const parent = parentId;
  const opened = await step(() => sender.openThread(channelId, parent, job.thread.parent.title));
  if (!opened.ok) return failed(opened);
  if (!opened.value.ok) {
    const replaced = await step(() => sender.replaceMessage(channelId, parent, job.whole));
    if (!replaced.ok) return failed(replaced);
    return { ok: true, messageId: parent, attempts, detail: `sent as one message: ${opened.value.reason}` };
  }
  const threadId = opened.value.threadId;
  for (const [i, detail] of job.thread.details.entries()) {
    const posted = await step(() => sender.postInThread(channelId, threadId, detail, partKey(runId, i + 1)));
    if (posted.ok) continue;
    // The thread opened but takes no replies (Discord: no Send Messages in Threads): the parent
    // becomes the whole digest, as where no thread opens. A channel truly gone refuses the edit too.
    if (i === 0 && posted.reason === 'gone') {
      const replaced = await step(() => sender.replaceMessage(channelId, parent, job.whole));
      if (replaced.ok) {
        return {
          ok: true,
          messageId: parent,
          attempts,
          detail: `sent as one message: the bot cannot post in the thread (${posted.detail})`,
        };
      }
    }
    return failed(posted);
  }
  return { ok: true, messageId: parent, attempts };
}
