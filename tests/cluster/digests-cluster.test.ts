import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresStore } from '../../src/storage/postgres/postgres-store';
import { FakeDiscord } from '../fakes/discord';
import { type FakeSlack, startFakeSlack } from '../fakes/slack';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres';
import {
  discordMessagesByChannel,
  openTestStore,
  sharedClock,
  slackPostsByKey,
  subscribeChannels,
  threadProblems,
  Worker,
  waitFor,
} from './cluster-harness';

/**
 * Several real digest processes on one PostgreSQL, posting to the loopback fakes. The clock
 * runs 60× fast (a virtual minute per real second) and is shared by all processes.
 */
let pg: TestPostgres;
let store: PostgresStore;
let slack: FakeSlack;
let discord: FakeDiscord;
let workers: Worker[] = [];
const clock = sharedClock('2025-07-01T22:00:00Z', 60);

beforeAll(async () => {
  [pg, slack, discord] = await Promise.all([
    startTestPostgres(),
    startFakeSlack({ latencyMs: 30 }),
    FakeDiscord.start(),
  ]);
  store = await openTestStore(pg.url);
  workers = await Promise.all(
    [1, 2, 3].map(() =>
      Worker.spawn({ databaseUrl: pg.url, clock, slack, discord, concurrency: 4, leaseMs: 60_000 }),
    ),
  );
}, 120_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await slack?.close();
  await discord?.stop();
  await store?.close();
  await pg?.stop();
});

interface RunRow {
  id: string;
  channel_id: string;
  state: string;
  owner: string | null;
  message_id: string | null;
}
const runsOf = async (ids: string[]): Promise<RunRow[]> =>
  (await store.pool.query<RunRow>('SELECT * FROM digest_runs WHERE subscription_id = ANY($1)', [ids])).rows;

describe('digests shared by several processes', () => {
  it('posts each due digest exactly once with three processes, shared between them', async () => {
    // Every subscription falls due at the same virtual minute, two minutes from now.
    const now = clock.now();
    const due = new Date(Math.ceil((now.getTime() + 2 * 60_000) / 60_000) * 60_000);
    const slackSubs = await subscribeChannels(store, {
      platform: 'slack',
      count: 30,
      due: () => due,
      createdAt: now,
      prefix: 'CTHREE',
    });
    const discordSubs = await subscribeChannels(store, {
      platform: 'discord',
      count: 10,
      due: () => due,
      createdAt: now,
    });
    const ids = [...slackSubs, ...discordSubs].map((s) => s.id);
    const runs = await waitFor(
      async () => {
        const rows = await runsOf(ids);
        return rows.length === ids.length && rows.every((r) => r.state === 'sent') ? rows : undefined;
      },
      30_000,
      'every digest to be confirmed',
    );
    const posts = slackPostsByKey(slack);
    for (const sub of slackSubs) {
      const run = runs.find((r) => r.channel_id === sub.channelId)!;
      expect(posts.get(run.id)).toEqual({ channel: sub.channelId, count: 1 });
    }
    expect([...posts.keys()].filter((k) => !runs.some((r) => r.id === k))).toEqual([]);
    const messages = discordMessagesByChannel(discord);
    for (const sub of discordSubs) expect(messages.get(sub.channelId)?.size).toBe(1);
    // The work was shared: more than one process confirmed digests.
    expect(new Set(runs.map((r) => r.owner)).size).toBeGreaterThan(1);
  }, 60_000);

  it('has another process finish, without posting again, a digest whose process was killed after posting', async () => {
    // The post reaches the channel, but its process never hears back before being killed.
    slack.stallNext('chat.postMessage', 60_000);
    const now = clock.now();
    const due = new Date(Math.ceil((now.getTime() + 2 * 60_000) / 60_000) * 60_000);
    const [sub] = await subscribeChannels(store, {
      platform: 'slack',
      count: 1,
      due: () => due,
      createdAt: now,
      prefix: 'CKILL',
    });
    const first = await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === sub!.channelId,
      15_000,
    );
    const [claimed] = await runsOf([sub!.id]);
    expect(claimed?.state).toBe('claimed');
    const holder = workers.find((w) => w.owner === claimed!.owner)!;
    await holder.kill9();

    const [done] = await waitFor(
      async () => {
        const rows = await runsOf([sub!.id]);
        return rows[0]?.state === 'sent' ? rows : undefined;
      },
      20_000,
      'the digest to be taken over and confirmed',
    );
    expect(done!.owner).not.toBe(holder.owner);
    expect(workers.filter((w) => w !== holder).map((w) => w.owner)).toContain(done!.owner);
    const key = (first.body.metadata as { event_payload: { idempotency_key: string } }).event_payload
      .idempotency_key;
    expect(key).toBe(done!.id);
    // One message in the channel; the taker found it in the history instead of posting again.
    expect(slackPostsByKey(slack).get(done!.id)?.count).toBe(1);
    expect(slack.callsOf('conversations.history').some((c) => c.body.channel === sub!.channelId)).toBe(true);
    expect(done!.message_id).toMatch(/^\d+\.\d+$/);
  }, 60_000);

  it('has another process complete, in the same thread, a threaded digest whose process was killed between parts', async () => {
    // Subscribed before the workers noted the seed articles, so the digest has news: a parent
    // and its reply. The reply reaches Slack, but its process is killed before hearing back.
    let stalled = false;
    const channel = 'CTHREAD00000';
    slack.onCall((c) => {
      if (!stalled && c.method === 'chat.postMessage' && c.body.channel === channel && c.body.thread_ts) {
        stalled = true;
        slack.stallNext('chat.postMessage', 60_000);
      }
    });
    const now = clock.now();
    const due = new Date(Math.ceil((now.getTime() + 2 * 60_000) / 60_000) * 60_000);
    const [sub] = await subscribeChannels(store, {
      platform: 'slack',
      count: 1,
      due: () => due,
      createdAt: clock.start,
      prefix: 'CTHREAD',
    });
    expect(sub!.channelId).toBe(channel);
    const reply = await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === channel && Boolean(c.body.thread_ts),
      15_000,
    );
    const [claimed] = await runsOf([sub!.id]);
    expect(claimed).toMatchObject({ state: 'claimed', message_id: reply.body.thread_ts });
    const holder = workers.find((w) => w.owner === claimed!.owner)!;
    await holder.kill9();

    const [done] = await waitFor(
      async () => {
        const rows = await runsOf([sub!.id]);
        return rows[0]?.state === 'sent' ? rows : undefined;
      },
      20_000,
      'the threaded digest to be taken over and confirmed',
    );
    expect(done!.owner).not.toBe(holder.owner);
    expect(done!.message_id).toBe(reply.body.thread_ts);
    // One parent; every reply once, under it; the taker looked in the thread before re-posting.
    expect(slackPostsByKey(slack).get(`${done!.id}:parent`)?.count).toBe(1);
    const inThread = slack
      .callsOf('chat.postMessage')
      .filter((c) => c.body.channel === channel && c.body.thread_ts);
    expect(inThread.every((c) => c.body.thread_ts === done!.message_id)).toBe(true);
    expect(slack.callsOf('conversations.replies').some((c) => c.body.channel === channel)).toBe(true);
    expect(threadProblems(slack, discord).problems).toEqual([]);
  }, 60_000);
});
