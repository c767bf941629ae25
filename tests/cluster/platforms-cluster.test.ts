import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../src/adapters/discord/adapter';
import { SLACK_ENDPOINT, SlackAdapter } from '../../src/adapters/slack/slack-adapter';
import { Bot } from '../../src/app/bot';
import { shardOfGuild } from '../../src/cluster/shards';
import { silentLogger } from '../../src/log';
import { openPostgresReplayGuard } from '../../src/storage/postgres/replay-guard';
import { FakeDiscord } from '../fakes/discord';
import { chatInput, fakeUser } from '../fakes/discord-payloads';
import { startFakeSlack } from '../fakes/slack';
import { postToBot, slashCommand } from '../fakes/slack-requests';
import { seedBot } from '../helpers/bot';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres';

/**
 * Requests reach any of several processes; each is answered by exactly one. Two bot instances
 * per test, each with its own PostgreSQL pool or gateway connection, as two processes have.
 */
let pg: TestPostgres;
beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});

describe('Slack over HTTP on two processes', () => {
  it('refuses a signed request replayed to the other process', async () => {
    const slack = await startFakeSlack();
    const bot = await seedBot();
    const guards = await Promise.all([1, 2].map(() => openPostgresReplayGuard(pg.url)));
    const adapters = guards.map(
      ({ guard }) =>
        new SlackAdapter(bot, {
          botToken: 'xoxb-test',
          signingSecret: 'cluster-secret',
          appToken: null,
          apiUrl: slack.apiUrl,
          port: 0,
          host: '127.0.0.1',
          replayGuard: guard,
        }),
    );
    try {
      await Promise.all(adapters.map((a) => a.start()));
      const [a, b] = adapters.map((x) => `http://127.0.0.1:${x.port}${SLACK_ENDPOINT}`);
      const body = slashCommand({ text: 'help', response_url: slack.responseUrl('first') });
      const first = await postToBot(a!, body, { secret: 'cluster-secret' });
      expect(first.status).toBe(200);
      await slack.waitForResponse((r) => r.id === 'first');
      const replayed = await postToBot(b!, body, { secret: 'cluster-secret', headers: first.headers });
      expect(replayed.status).toBe(401);
      const again = await postToBot(a!, body, { secret: 'cluster-secret', headers: first.headers });
      expect(again.status).toBe(401);
      // A fresh request (new timestamp and signature) to the second process is answered.
      const fresh = slashCommand({ text: 'help', response_url: slack.responseUrl('second') });
      expect((await postToBot(b!, fresh, { secret: 'cluster-secret' })).status).toBe(200);
      await slack.waitForResponse((r) => r.id === 'second');
      await new Promise((r) => setTimeout(r, 200));
      expect(slack.responses.map((r) => r.id).sort()).toEqual(['first', 'second']);
    } finally {
      await Promise.all(adapters.map((x) => x.stop()));
      await Promise.all(guards.map((g) => g.close()));
      await slack.close();
    }
  });
});

describe('Discord gateway shards split over two processes', () => {
  it("answers each guild's interaction once, on the process running that guild's shard", async () => {
    const guildA = '200000000000000001';
    // One more step of 2^22 moves the guild to the other of two shards.
    const guildB = String(BigInt(guildA) + (1n << 22n));
    expect(shardOfGuild(guildA, 2)).not.toBe(shardOfGuild(guildB, 2));
    const fake = await FakeDiscord.start({
      guildId: guildA,
      extraGuilds: [{ id: guildB, channelId: '300000000000000002' }],
    });
    const bots = await Promise.all(
      [0, 1].map(() =>
        Bot.start({ seedsDir: 'seeds', log: silentLogger, now: () => new Date('2025-06-08T00:00:00Z') }),
      ),
    );
    const adapters = [0, 1].map(
      (shard) =>
        new DiscordAdapter(bots[shard]!, {
          token: fake.token,
          apiUrl: fake.apiUrl,
          readMessages: false,
          deferAfterMs: 0,
          shards: { ids: [shard], count: 2 },
        }),
    );
    const answeredBy = new Map<string, number[]>();
    for (const [shard, adapter] of adapters.entries()) {
      adapter.client.on(Events.InteractionCreate, (i) => {
        answeredBy.set(i.id, [...(answeredBy.get(i.id) ?? []), shard]);
      });
    }
    try {
      await Promise.all(adapters.map((a) => a.start()));
      for (const [shard, adapter] of adapters.entries()) {
        const guilds = [...adapter.client.guilds.cache.keys()];
        expect(guilds).toEqual([shardOfGuild(guildA, 2) === shard ? guildA : guildB]);
      }
      const user = fakeUser('500000000000000001', 'alice');
      const asks = [guildA, guildB, guildA, guildB].map((guildId) =>
        chatInput(
          {
            applicationId: fake.applicationId,
            guildId,
            channelId: guildId === guildA ? fake.channelId : '300000000000000002',
            user,
            manager: false,
          },
          'tariffs',
          'help',
        ),
      );
      for (const ask of asks) fake.dispatch('INTERACTION_CREATE', ask);
      for (const ask of asks) {
        await fake.waitForRequest((r) => r.path === `/interactions/${ask.id}/${ask.token}/callback`);
      }
      await new Promise((r) => setTimeout(r, 300));
      for (const ask of asks) {
        const callbacks = fake.requestsWhere(
          (r) => r.path === `/interactions/${ask.id}/${ask.token}/callback`,
        );
        expect(callbacks).toHaveLength(1);
        expect(answeredBy.get(ask.id)).toEqual([shardOfGuild(ask.guild_id, 2)]);
      }
    } finally {
      await Promise.all(adapters.map((a) => a.stop()));
      await fake.stop();
    }
  });
});
