import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/adapters/discord/client';
import { DiscordReplySender, nonceFor, rejectLongPostWaits } from '../../../src/adapters/discord/sender';
import { SendError } from '../../../src/app/platform';
import { answer, text } from '../../../src/core/reply';
import { FakeDiscord } from '../../fakes/discord';
import { captureLogger } from './harness';

const reply = answer({
  title: 'Digest',
  sections: [{ heading: null, items: [text('@everyone tariffs fell')] }],
});

describe('Discord: posting a Reply to a channel (digests)', () => {
  let fake: FakeDiscord;
  let sender: DiscordReplySender;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    const rest = new REST({ api: fake.apiUrl, retries: 1, rejectOnRateLimit: rejectLongPostWaits }).setToken(
      fake.token,
    );
    sender = new DiscordReplySender(rest);
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it('posts embeds with the idempotency key as an enforced nonce and no mentions', async () => {
    const { messageId } = await sender.post('300000000000000010', reply, 'digest-2025-06-08-ch10');
    const post = await fake.waitForRequest((r) => r.path === '/channels/300000000000000010/messages');
    expect(post.body).toMatchObject({
      nonce: 'digest-2025-06-08-ch10',
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
      embeds: [{ title: 'Digest' }],
    });
    // Posting again with the same key gives back the same message (Discord drops the duplicate).
    const again = await sender.post('300000000000000010', reply, 'digest-2025-06-08-ch10');
    expect(again.messageId).toBe(messageId);
  });

  it('keeps nonces within 25 characters, stable for the same key', () => {
    const long = 'digest:subscription-1234567890:2025-06-08T09:00';
    expect(nonceFor(long).length).toBeLessThanOrEqual(25);
    expect(nonceFor(long)).toBe(nonceFor(long));
    expect(nonceFor(long)).not.toBe(nonceFor(`${long}x`));
  });

  const failWith = async (
    channel: string,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const off = fake.route('POST', new RegExp(`^/channels/${channel}/messages$`), () => ({
      status,
      body,
      headers,
    }));
    try {
      await sender.post(channel, reply, `k-${channel}`);
      throw new Error('expected the post to fail');
    } catch (err) {
      expect(err).toBeInstanceOf(SendError);
      return (err as SendError).failure;
    } finally {
      off();
    }
  };

  it('a long rate limit becomes "rate-limited" with the wait, for the scheduler to honour', async () => {
    const failure = await failWith(
      '300000000000000011',
      429,
      { message: 'You are being rate limited.', retry_after: 60, global: false },
      { 'retry-after': '60', 'x-ratelimit-scope': 'user' },
    );
    expect(failure.kind).toBe('rate-limited');
    // Retry-After plus discord.js's small safety offset.
    const wait = failure.kind === 'rate-limited' ? failure.retryAfterMs : 0;
    expect(wait).toBeGreaterThanOrEqual(60_000);
    expect(wait).toBeLessThan(61_000);
  });

  it('a server error becomes "transient"', async () => {
    const failure = await failWith('300000000000000012', 502, { message: 'Bad Gateway', code: 0 });
    expect(failure.kind).toBe('transient');
  });

  it('a short rate limit is waited out by discord.js, and logged', async () => {
    const { log, lines } = captureLogger();
    const client = createClient({ apiUrl: fake.apiUrl, readMessages: false }, log);
    client.rest.setToken(fake.token);
    let limited = false;
    const off = fake.route('POST', /^\/channels\/300000000000000015\/messages$/, () => {
      if (limited) return undefined;
      limited = true;
      return {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
        // As Discord answers: the bucket is empty until it resets.
        headers: {
          'retry-after': '0.2',
          'x-ratelimit-scope': 'user',
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': '0.2',
          'x-ratelimit-bucket': 'fake-bucket',
        },
      };
    });
    try {
      const { messageId } = await new DiscordReplySender(client.rest).post(
        '300000000000000015',
        reply,
        'short-wait',
      );
      expect(messageId).toMatch(/^\d+$/);
      expect(fake.requestsWhere((r) => r.path === '/channels/300000000000000015/messages').length).toBe(2);
      expect(lines.find((l) => l.msg === 'discord rate limited')).toMatchObject({ level: 40 });
    } finally {
      off();
      await client.destroy();
    }
  });

  it('Missing Access and Unknown Channel become "gone"', async () => {
    expect((await failWith('300000000000000013', 403, { message: 'Missing Access', code: 50001 })).kind).toBe(
      'gone',
    );
    expect(
      (await failWith('300000000000000014', 404, { message: 'Unknown Channel', code: 10003 })).kind,
    ).toBe('gone');
  });
});
