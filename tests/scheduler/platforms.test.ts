import { webApi } from '@slack/bolt';
import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordReplySender, nonceFor, rejectLongPostWaits } from '../../src/adapters/discord/sender';
import { SlackSender } from '../../src/adapters/slack/sender';
import { Bot } from '../../src/app/bot';
import { silentLogger } from '../../src/log';
import type { ReplySender } from '../../src/scheduler/reply-sender';
import { DigestScheduler } from '../../src/scheduler/scheduler';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import type { Platform } from '../../src/storage/store';
import { FakeDiscord } from '../fakes/discord';
import { startFakeSlack } from '../fakes/slack';
import { FakeClock } from './helpers';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** A bot that has been running since 10:00 UTC with one channel subscribed to 08:00 Tokyo. */
async function scheduled(platform: Platform, channelId: string, sender: ReplySender) {
  const clock = new FakeClock(Date.parse('2025-06-09T10:00:00Z'));
  const bot = await Bot.start({ seedsDir: 'seeds', log: silentLogger, now: clock.now });
  const store = SqliteStore.open(':memory:');
  cleanups.push(() => store.close());
  const sleeps: number[] = [];
  const scheduler = new DigestScheduler({
    store,
    senders: { [platform]: sender },
    corpus: bot.corpus.current,
    clock: clock.now,
    log: silentLogger,
    graceMs: 120 * 60_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  await scheduler.noteCorpus();
  await store.saveSubscription(
    {
      platform,
      channelId,
      time: '08:00',
      timezone: 'Asia/Tokyo',
      filter: { person: null, topic: null },
      quiet: false,
      createdBy: 'U1',
    },
    clock.now(),
  );
  clock.set('2025-06-09T23:00:00Z');
  return { clock, store, scheduler, sleeps };
}

describe('digests on the loopback Slack', () => {
  async function slackSender() {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const client = new webApi.WebClient('xoxb-test', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    return { slack, sender: new SlackSender(client, silentLogger) };
  }

  it('posts the 08:00 Tokyo digest at 23:00 UTC with the run id in the message metadata', async () => {
    const { slack, sender } = await slackSender();
    const w = await scheduled('slack', 'C0DIGEST', sender);
    expect((await w.scheduler.tick()).sent).toBe(1);
    const [post] = slack.callsOf('chat.postMessage');
    expect(post?.body.channel).toBe('C0DIGEST');
    expect(String(post?.body.text)).toMatch(/Nothing new since/);
    const sub = (await w.store.findSubscription('slack', 'C0DIGEST'))!;
    const [run] = await w.store.recentRuns(sub.id, 1);
    expect(post?.body.metadata).toMatchObject({ event_payload: { idempotency_key: run!.id } });
    expect(run).toMatchObject({ state: 'sent', messageId: expect.stringMatching(/^\d+\.\d+$/) });
  });

  it('waits out a 429 for as long as Slack says, then posts once', async () => {
    const { slack, sender } = await slackSender();
    const w = await scheduled('slack', 'C0DIGEST', sender);
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 3 });
    expect((await w.scheduler.tick()).sent).toBe(1);
    expect(w.sleeps).toEqual([3_000]);
    expect(slack.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('pauses the subscription when the bot was removed from the channel', async () => {
    const { slack, sender } = await slackSender();
    const w = await scheduled('slack', 'C0GONE', sender);
    slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    expect((await w.scheduler.tick()).failed).toBe(1);
    expect(await w.store.findSubscription('slack', 'C0GONE')).toMatchObject({ status: 'paused' });
    expect(slack.callsOf('chat.postMessage')).toHaveLength(1);
  });
});

describe('digests on the loopback Discord', () => {
  async function discordSender() {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.stop());
    const rest = new REST({ api: fake.apiUrl, retries: 0, rejectOnRateLimit: rejectLongPostWaits }).setToken(
      fake.token,
    );
    return { fake, sender: new DiscordReplySender(rest) };
  }

  it('posts the digest with the run id as an enforced nonce', async () => {
    const { fake, sender } = await discordSender();
    const w = await scheduled('discord', '300000000000000042', sender);
    expect((await w.scheduler.tick()).sent).toBe(1);
    const post = await fake.waitForRequest((r) => r.path === '/channels/300000000000000042/messages');
    const sub = (await w.store.findSubscription('discord', '300000000000000042'))!;
    const [run] = await w.store.recentRuns(sub.id, 1);
    expect(post.body).toMatchObject({ nonce: nonceFor(run!.id), enforce_nonce: true });
  });

  it('retries a 502 with back-off and then posts', async () => {
    const { fake, sender } = await discordSender();
    const w = await scheduled('discord', '300000000000000043', sender);
    let failures = 2;
    fake.route('POST', /^\/channels\/300000000000000043\/messages$/, () =>
      failures-- > 0 ? { status: 502, body: { message: 'Bad Gateway', code: 0 } } : undefined,
    );
    expect((await w.scheduler.tick()).sent).toBe(1);
    expect(w.sleeps).toEqual([1_000, 2_000]);
  });

  it('pauses the subscription of a channel that no longer exists', async () => {
    const { fake, sender } = await discordSender();
    const w = await scheduled('discord', '300000000000000044', sender);
    fake.route('POST', /^\/channels\/300000000000000044\/messages$/, () => ({
      status: 404,
      body: { message: 'Unknown Channel', code: 10003 },
    }));
    expect((await w.scheduler.tick()).failed).toBe(1);
    expect(await w.store.findSubscription('discord', '300000000000000044')).toMatchObject({
      status: 'paused',
    });
  });
});
