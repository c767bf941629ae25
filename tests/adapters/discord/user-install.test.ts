import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelContext } from '../../../commands/define';
import { commands } from '../../../commands/index';
import { buildCommandData, ROOT_COMMAND } from '../../../src/adapters/discord/command-data';
import { registerCommands, userInstallUrl } from '../../../src/adapters/discord/register';
import { replyTexts } from '../../../src/core/reply';
import { silentLogger } from '../../../src/log';
import { ScheduledDigests } from '../../../src/scheduler/scheduled-digests';
import { DigestScheduler } from '../../../src/scheduler/scheduler';
import { SqliteStore } from '../../../src/storage/sqlite/sqlite-store';
import { FakeDiscord } from '../../fakes/discord';
import { inBotDm, userInstalledInServer } from '../../fakes/discord-installs';
import { chatInput } from '../../fakes/discord-payloads';
import { seedBot } from '../../helpers/bot';
import { FakeClock, RecordingSender } from '../../scheduler/helpers';
import { ALICE, type Harness, startHarness, webhookOf } from './harness';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type Body = { type?: number; flags?: number; data?: Body; embeds?: Embed[] };
const EPHEMERAL = 1 << 6;
const text = (body: Body) =>
  (body.embeds ?? [])
    .map((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`)].join('\n'))
    .join('\n');

describe('Discord registration for user installs', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it('registers /tariffs globally for guild and user installs, in servers, bot DMs and group DMs', async () => {
    await registerCommands(commands, {
      token: fake.token,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      guildId: null,
    });
    const put = await fake.waitForRequest(
      (r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/commands`,
    );
    const [command] = put.body as { name: string; integration_types?: number[]; contexts?: number[] }[];
    expect(command?.name).toBe(ROOT_COMMAND);
    // Discord's numbers: 0 guild install, 1 user install; contexts 0 guild, 1 bot DM, 2 private channel.
    expect(command?.integration_types).toEqual([0, 1]);
    expect(command?.contexts).toEqual([0, 1, 2]);
  });

  it('leaves them out of a guild registration, which Discord scopes to that guild anyway', () => {
    const data = buildCommandData(commands, 'guild');
    expect(data.integration_types).toBeUndefined();
    expect(data.contexts).toBeUndefined();
  });

  it('gives the link that installs the app for oneself', () => {
    const url = new URL(userInstallUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '123456789012345678',
      integration_type: '1',
      scope: 'applications.commands',
    });
  });
});

describe('Discord: /tariffs where the bot is not a member', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ deferAfterMs: 0 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const DM = '300000000000000777';

  it('answers /tariffs latest in the DM with the bot', async () => {
    const payload = inBotDm(chatInput(h.place(ALICE), 'tariffs', 'latest'), DM);
    const callback = (await h.interact(payload)).body as Body;
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(0); // a DM is the asker's own: no need to hide it
    const edit = (await webhookOf(h.fake, payload.token, 'PATCH', '/messages/@original')).body as Body;
    const titles = h.bot.corpus.current().dataset.articles.map((a) => a.title);
    expect(titles.some((t) => text(edit).includes(t.slice(0, 30)))).toBe(true);
  });

  it('answers in a server it was not added to, for the asker alone', async () => {
    const payload = userInstalledInServer(chatInput(h.place(ALICE), 'tariffs', 'latest'));
    const callback = (await h.interact(payload)).body as Body;
    expect(callback.type).toBe(5);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    const edit = (await webhookOf(h.fake, payload.token, 'PATCH', '/messages/@original')).body as Body;
    expect(text(edit)).toMatch(/-# — /); // the briefing itself, cited
  });

  it('refuses subscribe in a DM, saying digests go to server channels', async () => {
    const payload = inBotDm(chatInput(h.place(ALICE), 'tariffs', 'subscribe', { time: '08:00' }), DM);
    await h.interact(payload);
    const refusal = (await webhookOf(h.fake, payload.token, 'POST')).body as Body;
    expect(refusal.flags).toBe(EPHEMERAL);
    expect(text(refusal)).toMatch(/Daily digests need a server channel/);
    expect(text(refusal)).toMatch(/server the bot is in/);
  });

  it('refuses subscribe in a server the bot is not in, even to a channel manager', async () => {
    const payload = userInstalledInServer(chatInput(h.place(ALICE, true), 'tariffs', 'subscribe'));
    await h.interact(payload);
    const refusal = (await webhookOf(h.fake, payload.token, 'PATCH', '/messages/@original')).body as Body;
    expect(text(refusal)).toMatch(/not a member of this server/);
  });
});

describe('unsubscribe where no digest can be set up', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
  });

  async function botWithDigests() {
    const clock = new FakeClock(Date.parse('2025-06-09T10:00:00Z'));
    const bot = await seedBot(clock.now());
    const store = SqliteStore.open(':memory:');
    closers.push(() => store.close());
    const scheduler = new DigestScheduler({
      store,
      senders: { discord: new RecordingSender('discord', clock.now) },
      corpus: bot.corpus.current,
      clock: clock.now,
      log: silentLogger,
      graceMs: 120 * 60_000,
    });
    bot.digests = new ScheduledDigests(store, scheduler, { time: '08:00', timezone: 'UTC' }, () => undefined);
    return { bot, store, now: clock.now() };
  }

  const dm: ChannelContext = {
    platform: 'discord',
    channelId: 'D1',
    userId: 'U1',
    canManage: async () => true,
    noDigests: 'Daily digests are posted to server channels.',
  };

  it('says why there is nothing to stop', async () => {
    const { bot } = await botWithDigests();
    const { reply } = await bot.ask('unsubscribe', dm);
    expect(reply.title).toBe('Daily digests need a server channel');
    expect(replyTexts(reply).join('\n')).toMatch(/posted to server channels/);
  });

  it('still stops a digest set up there before', async () => {
    const { bot, store, now } = await botWithDigests();
    await store.saveSubscription(
      {
        platform: 'discord',
        channelId: 'D1',
        time: '08:00',
        timezone: 'UTC',
        filter: { person: null, topic: null },
        quiet: false,
        createdBy: 'U1',
      },
      now,
    );
    const { reply } = await bot.ask('unsubscribe', dm);
    expect(reply.title).toBe('Daily digest stopped');
    expect(await store.findSubscription('discord', 'D1')).toBeNull();
  });
});
