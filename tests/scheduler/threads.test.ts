import { webApi } from '@slack/bolt';
import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordReplySender, nonceFor, rejectLongPostWaits } from '../../src/adapters/discord/sender';
import { SlackSender } from '../../src/adapters/slack/sender';
import { Bot } from '../../src/app/bot';
import { replyTexts } from '../../src/core/reply';
import { silentLogger } from '../../src/log';
import { parentKey, partKey } from '../../src/scheduler/post-thread';
import type { ReplySender } from '../../src/scheduler/reply-sender';
import { ScheduledDigests } from '../../src/scheduler/scheduled-digests';
import { DigestScheduler } from '../../src/scheduler/scheduler';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import type { DigestRun } from '../../src/storage/store';
import { FakeDiscord } from '../fakes/discord';
import { startFakeSlack } from '../fakes/slack';
import { FakeClock } from './helpers';

/**
 * Digests in threads end to end: the real Slack WebClient and discord.js REST talk to the
 * loopback fakes, which keep messages and threads as the platforms document them.
 */

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const LEASE_MS = 60_000;
/** The team's article folder, read in place: a digest of it has a dozen developments. */
const ARTICLES = '../shared/corpus/articles';

/**
 * A channel subscribed to 08:00 Tokyo at 10:00 UTC, whose articles all arrive a minute later,
 * so the 23:00 UTC digest has news in it. `sender` may be replaced per scheduler (a restart).
 */
async function world(platform: 'slack' | 'discord', channelId: string, opts: { threaded?: boolean } = {}) {
  const clock = new FakeClock(Date.parse('2025-06-09T10:00:00Z'));
  const bot = await Bot.start({ seedsDir: ARTICLES, log: silentLogger, now: clock.now });
  const store = SqliteStore.open(':memory:');
  cleanups.push(() => store.close());
  await store.saveSubscription(
    {
      platform,
      channelId,
      time: '08:00',
      timezone: 'Asia/Tokyo',
      filter: { person: null, topic: null },
      quiet: false,
      ...(opts.threaded === undefined ? {} : { threaded: opts.threaded }),
      createdBy: 'U1',
    },
    clock.now(),
  );
  const schedulerWith = (sender: ReplySender, owner: string) =>
    new DigestScheduler({
      store,
      senders: { [platform]: sender },
      corpus: bot.corpus.current,
      clock: clock.now,
      log: silentLogger,
      graceMs: 120 * 60_000,
      leaseMs: LEASE_MS,
      owner,
      sleep: async () => undefined,
    });
  clock.set('2025-06-09T10:01:00Z');
  await schedulerWith({ platform, post: () => Promise.reject(new Error('unused')) }, 'setup').noteCorpus();
  clock.set('2025-06-09T23:00:00Z');
  const run = async (): Promise<DigestRun> => {
    const sub = (await store.findSubscription(platform, channelId))!;
    return (await store.recentRuns(sub.id, 1))[0]!;
  };
  return { bot, clock, store, schedulerWith, run };
}

type SlackPost = { body: Record<string, unknown> };
const keyOf = (p: SlackPost) =>
  (p.body.metadata as { event_payload: { idempotency_key: string; part: number } }).event_payload;

describe('a digest in a Slack thread', () => {
  async function slack() {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const client = new webApi.WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    return { fake, sender: () => new SlackSender(client, silentLogger) };
  }

  it('posts a short parent, then every detail as a reply with the parent ts as thread_ts', async () => {
    const { fake, sender } = await slack();
    const w = await world('slack', 'C0THREAD');
    expect((await w.schedulerWith(sender(), 'a').tick()).sent).toBe(1);
    const [parent, ...replies] = fake.callsOf('chat.postMessage');
    const run = await w.run();
    expect(parent!.body.thread_ts).toBeUndefined();
    expect(keyOf(parent!)).toEqual({ idempotency_key: parentKey(run.id), part: 0 });
    expect(String(parent!.body.text)).toMatch(/Daily digest: new since/);
    expect(String(parent!.body.text)).toMatch(
      /\d+ developments?, \d+ new articles?; the details are in the thread/,
    );
    expect(replies.length).toBeGreaterThan(0);
    expect(run).toMatchObject({ state: 'sent', messageId: expect.stringMatching(/^\d+\.\d+$/) });
    for (const r of replies) expect(r.body.thread_ts).toBe(run.messageId);
    // One key per detail, in order, each used once.
    const keys = replies.filter((r) => keyOf(r).part === 0).map((r) => keyOf(r).idempotency_key);
    expect(keys).toEqual(keys.map((_, i) => partKey(run.id, i + 1)));
    // The thread as Slack lists it: the parent first, then the replies in order.
    const thread = await new webApi.WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
    }).conversations.replies({
      channel: 'C0THREAD',
      ts: run.messageId!,
    });
    expect(thread.messages?.map((m) => m.ts)).toHaveLength(replies.length + 1);
    expect(thread.messages?.[0]).toMatchObject({ ts: run.messageId, reply_count: replies.length });
  });

  it('completes a thread whose process died between parts, under the same parent, without doubles', async () => {
    const { fake, sender } = await slack();
    const w = await world('slack', 'C0RESUME');
    // The third post (the second reply) reaches Slack, but its process never hears back: it dies.
    let posts = 0;
    fake.onCall((c) => {
      if (c.method === 'chat.postMessage' && ++posts === 3) fake.stallNext('chat.postMessage', 30_000);
    });
    const dying = w.schedulerWith(sender(), 'dies').tick();
    dying.catch(() => undefined);
    await fake.waitForCall('chat.postMessage', () => posts >= 3);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.callsOf('chat.postMessage')).toHaveLength(3);
    w.clock.advance(LEASE_MS + 1);
    const report = await w.schedulerWith(sender(), 'heir').tick();
    expect(report).toMatchObject({ resumed: 1, sent: 1 });
    const run = await w.run();
    const all = fake.callsOf('chat.postMessage');
    const parents = all.filter((p) => p.body.thread_ts === undefined);
    expect(parents).toHaveLength(1);
    expect(keyOf(parents[0]!).idempotency_key).toBe(parentKey(run.id));
    const firsts = all.filter((p) => p.body.thread_ts !== undefined && keyOf(p).part === 0);
    const keys = firsts.map((p) => keyOf(p).idempotency_key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(keys.map((_, i) => partKey(run.id, i + 1)));
    for (const p of firsts) expect(p.body.thread_ts).toBe(run.messageId);
    // The heir looked in the thread before re-posting the reply whose answer was lost.
    expect(fake.callsOf('conversations.replies').length).toBeGreaterThan(0);
    expect(keys.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps one message with thread:off', async () => {
    const { fake, sender } = await slack();
    const w = await world('slack', 'C0OFF', { threaded: false });
    expect((await w.schedulerWith(sender(), 'a').tick()).sent).toBe(1);
    const run = await w.run();
    const top = fake.callsOf('chat.postMessage').filter((p) => p.body.thread_ts === undefined);
    expect(top).toHaveLength(1);
    expect(keyOf(top[0]!).idempotency_key).toBe(run.id);
    expect(String(top[0]!.body.text)).not.toMatch(/details are in the thread/);
  });
});

describe('a digest in a Discord thread', () => {
  async function discord() {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.stop());
    const rest = () =>
      new REST({
        api: fake.apiUrl,
        retries: 0,
        timeout: 2_000,
        rejectOnRateLimit: rejectLongPostWaits,
      }).setToken(fake.token);
    return { fake, sender: () => new DiscordReplySender(rest()) };
  }
  const CHANNEL = '300000000000000077';
  const embedsText = (m: { embeds: { title?: string; description?: string }[] }) =>
    m.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');

  it('starts a thread from the parent and posts the details in it, each with its own nonce', async () => {
    const { fake, sender } = await discord();
    const w = await world('discord', CHANNEL);
    expect((await w.schedulerWith(sender(), 'a').tick()).sent).toBe(1);
    const run = await w.run();
    const [parent] = fake.threadMessages(CHANNEL);
    expect(fake.threadMessages(CHANNEL)).toHaveLength(1);
    expect(parent).toMatchObject({ id: run.messageId, nonce: nonceFor(parentKey(run.id)) });
    expect(embedsText(parent!)).toMatch(/the details are in the thread/);
    const start = fake.requests.find((r) => r.path === `/channels/${CHANNEL}/messages/${parent!.id}/threads`);
    expect(start?.body).toMatchObject({ name: expect.stringMatching(/^Daily digest: new since/) });
    expect(fake.threads.get(parent!.id)).toMatchObject({ parent_id: CHANNEL, type: 11 });
    const replies = fake.threadMessages(parent!.id);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((m) => m.nonce)).toEqual(replies.map((_, i) => nonceFor(partKey(run.id, i + 1))));
  });

  it('completes a thread whose process died between parts, in the same thread, without doubles', async () => {
    const { fake, sender } = await discord();
    const w = await world('discord', CHANNEL);
    // The process dies while posting the third reply: Discord never answers it.
    let threadPosts = 0;
    let release: () => void = () => undefined;
    const hung = new Promise<void>((r) => {
      release = r;
    });
    cleanups.push(() => release());
    const unroute = fake.route('POST', /^\/channels\/\d+\/messages$/, async (r) => {
      if (r.path !== `/channels/${CHANNEL}/messages` && ++threadPosts === 3) await hung;
      return undefined;
    });
    const dying = w.schedulerWith(sender(), 'dies').tick();
    dying.catch(() => undefined);
    const inThread = (r: { method: string; path: string }) =>
      r.method === 'POST' &&
      /^\/channels\/\d+\/messages$/.test(r.path) &&
      r.path !== `/channels/${CHANNEL}/messages`;
    await fake.waitForRequest(() => fake.requests.filter(inThread).length >= 3);
    unroute();
    w.clock.advance(LEASE_MS + 1);
    const report = await w.schedulerWith(sender(), 'heir').tick();
    expect(report).toMatchObject({ resumed: 1, sent: 1 });
    const run = await w.run();
    expect(fake.threadMessages(CHANNEL)).toHaveLength(1);
    expect(fake.threadMessages(CHANNEL)[0]!.id).toBe(run.messageId);
    // Starting the thread again found it (160004): the heir replied in the same thread.
    const starts = fake.requests.filter((r) => r.path.endsWith('/threads'));
    expect(starts).toHaveLength(2);
    expect(fake.threads.size).toBe(1);
    const replies = fake.threadMessages(run.messageId!);
    expect(replies.map((m) => m.nonce)).toEqual(replies.map((_, i) => nonceFor(partKey(run.id, i + 1))));
    expect(replies.length).toBeGreaterThanOrEqual(4);
  });

  it('posts one message where the bot may not create public threads, and `subscriptions` says why', async () => {
    const { fake, sender } = await discord();
    const w = await world('discord', CHANNEL);
    fake.route('POST', /\/threads$/, () => ({
      status: 403,
      body: { message: 'Missing Permissions', code: 50013 },
    }));
    const scheduler = w.schedulerWith(sender(), 'a');
    expect((await scheduler.tick()).sent).toBe(1);
    const run = await w.run();
    const [only] = fake.threadMessages(CHANNEL);
    expect(fake.threadMessages(CHANNEL)).toHaveLength(1);
    expect(fake.threads.size).toBe(0);
    // The parent became the whole digest: the developments are in it, not in a thread.
    const edited = fake.postedMessage(only!.id)!;
    expect(edited.edited_timestamp).not.toBeNull();
    expect(embedsText(edited)).not.toMatch(/the details are in the thread/);
    expect(embedsText(edited)).toMatch(/new articles? on \d+ developments?/);
    expect(run).toMatchObject({
      state: 'sent',
      messageId: only!.id,
      detail: expect.stringMatching(/Create Public Threads/),
    });
    w.bot.digests = new ScheduledDigests(
      w.store,
      scheduler,
      { time: '08:00', timezone: 'UTC' },
      () => undefined,
    );
    const { reply } = await w.bot.ask('subscriptions', {
      platform: 'discord',
      channelId: CHANNEL,
      userId: 'U2',
      canManage: async () => false,
    });
    expect(replyTexts(reply).join('\n')).toMatch(
      /sent as one message: the bot lacks the Create Public Threads permission/,
    );
  });

  it('makes the parent the whole digest where the thread opens but takes no replies', async () => {
    const { fake, sender } = await discord();
    const w = await world('discord', CHANNEL);
    // No Send Messages in Threads: the thread starts, but a post to it is refused.
    fake.route('POST', /^\/channels\/\d+\/messages$/, (r) =>
      r.path === `/channels/${CHANNEL}/messages`
        ? undefined
        : { status: 403, body: { message: 'Missing Permissions', code: 50013 } },
    );
    expect((await w.schedulerWith(sender(), 'a').tick()).sent).toBe(1);
    const run = await w.run();
    expect(fake.threadMessages(CHANNEL)).toHaveLength(1);
    expect(fake.postedMessage(run.messageId!)?.edited_timestamp).not.toBeNull();
    expect(run.detail).toMatch(/^sent as one message: the bot cannot post in the thread/);
    expect(await w.store.findSubscription('discord', CHANNEL)).toMatchObject({ status: 'active' });
  });

  it('keeps one message with thread:off', async () => {
    const { fake, sender } = await discord();
    const w = await world('discord', CHANNEL, { threaded: false });
    expect((await w.schedulerWith(sender(), 'a').tick()).sent).toBe(1);
    const run = await w.run();
    expect(fake.threadMessages(CHANNEL)).toHaveLength(1);
    expect(fake.threadMessages(CHANNEL)[0]!.nonce).toBe(nonceFor(run.id));
    expect(fake.requests.filter((r) => r.path.endsWith('/threads'))).toHaveLength(0);
  });
});
