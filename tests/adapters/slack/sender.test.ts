import { afterEach, describe, expect, it } from 'vitest';
import { SendError } from '../../../src/app/platform';
import { answer, text } from '../../../src/core/reply';
import { type Harness, startHarness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const digest = answer({
  title: 'Daily digest',
  sections: [{ heading: null, items: [text('Round five is set.')] }],
});

async function failureOf(promise: Promise<unknown>): Promise<SendError['failure']> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SendError);
  return (err as SendError).failure;
}

describe('posting a digest to a Slack channel', () => {
  it('posts the reply as blocks with the idempotency key in the message metadata', async () => {
    h = await startHarness();
    const { messageId } = await h.adapter.sender.post('C0000009', digest, 'digest:C0000009:2025-06-08');
    const post = h.slack.callsOf('chat.postMessage')[0]!;
    expect(messageId).toMatch(/^\d+\.\d+$/);
    expect(post.body.channel).toBe('C0000009');
    expect(post.body.metadata).toEqual({
      event_type: 'tariffs_bot_post',
      event_payload: { idempotency_key: 'digest:C0000009:2025-06-08', part: 0 },
    });
    expect(JSON.stringify(post.body.blocks)).toContain('Round five is set.');
  });

  it('continues a reply too long for one message in a thread under the first', async () => {
    h = await startHarness();
    const items = Array.from({ length: 60 }, (_, i) => text(`Point ${i}`));
    const { messageId } = await h.adapter.sender.post(
      'C1',
      answer({ title: 'Long', sections: [{ heading: null, items }] }),
      'k',
    );
    const posts = h.slack.callsOf('chat.postMessage');
    expect(posts.length).toBe(2);
    expect(posts[1]!.body.thread_ts).toBe(messageId);
  });

  it('reports a channel the bot cannot post to as gone', async () => {
    h = await startHarness();
    for (const error of ['channel_not_found', 'not_in_channel', 'is_archived']) {
      h.slack.failNext('chat.postMessage', { error });
      expect(await failureOf(h.adapter.sender.post('C1', digest, 'k'))).toEqual({
        kind: 'gone',
        detail: error,
      });
    }
  });

  it('reports a server error that outlasts the retries as transient', async () => {
    h = await startHarness();
    h.slack.failNext('chat.postMessage', { status: 503 }, 3);
    expect(await failureOf(h.adapter.sender.post('C1', digest, 'k'))).toEqual({
      kind: 'transient',
      detail: 'HTTP 503',
    });
  });

  it('reports rate limiting that outlasts the retries with the wait Slack asked for', async () => {
    h = await startHarness();
    h.slack.failNext('chat.postMessage', { status: 429, retryAfter: 0 }, 3);
    expect(await failureOf(h.adapter.sender.post('C1', digest, 'k'))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 0,
    });
  });

  it('recovers by itself when a server error is brief', async () => {
    h = await startHarness();
    h.slack.failNext('chat.postMessage', { status: 500 });
    await expect(h.adapter.sender.post('C1', digest, 'k')).resolves.toMatchObject({
      messageId: expect.any(String),
    });
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(2);
  });
});
