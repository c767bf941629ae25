import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../../src/adapters/discord/adapter';
import { emptyDataset } from '../../../src/core/article';
import { buildCorpus } from '../../../src/core/corpus';
import { FakeDiscord } from '../../fakes/discord';
import { autocomplete, buttonPress, chatInput } from '../../fakes/discord-payloads';
import { seedBot } from '../../helpers/bot';
import { ALICE, BOB, type Harness, startHarness, webhookOf } from './harness';

type Embed = {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
};
type Body = Record<string, unknown> & {
  type?: number;
  data?: Body;
  flags?: number;
  embeds?: Embed[];
  components?: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions?: { parse: string[] };
  choices?: { name: string; value: string }[];
};

const embedText = (body: Body) =>
  (body.embeds ?? [])
    .map((e) =>
      [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`), e.footer?.text].join(
        '\n',
      ),
    )
    .join('\n');
const button = (body: Body, label: string) =>
  body.components?.flatMap((row) => row.components).find((b) => b.label === label);
const EPHEMERAL = 1 << 6;

describe('Discord: the bot in a guild, over the real discord.js', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ deferAfterMs: 0 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('logs in with only the Guilds intent and is ready in the guild', async () => {
    expect(h.adapter.client.isReady()).toBe(true);
    expect(h.adapter.client.user?.id).toBe(h.fake.botUser.id);
    expect(h.adapter.client.guilds.cache.has(h.fake.guildId)).toBe(true);
    const identify = await h.fake.waitForFrame((f) => f.op === 2);
    expect((identify.d as { intents: number }).intents).toBe(1);
    expect(h.fake.connections[0]?.get('encoding')).toBe('json');
    expect(h.adapter.client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
    // The bot never registers commands on start-up: that is the deploy script's job.
    expect(h.fake.requests.filter((r) => r.path.includes('/commands'))).toEqual([]);
  });

  it('/tariffs latest: defers, then edits the response to embeds citing the seeds', async () => {
    const payload = chatInput(h.place(), 'tariffs', 'latest');
    const callback = await h.interact(payload);
    expect((callback.body as Body).type).toBe(5);
    const edit = await webhookOf(h.fake, payload.token, 'PATCH', '/messages/@original');
    const body = edit.body as Body;
    expect(body.allowed_mentions?.parse).toEqual([]);
    const titles = h.bot.corpus.current().dataset.articles.map((a) => a.title);
    expect(titles.length).toBeGreaterThan(0);
    const shown = embedText(body);
    expect(titles.some((t) => shown.includes(t.slice(0, 30)))).toBe(true);
    expect(shown).toMatch(/-# — /); // every point carries its source line
  });

  it('autocomplete follows the dataset as it is now (after a reload), matching names and aliases', async () => {
    const original = h.bot.corpus.current;
    const data = emptyDataset();
    data.people = [
      {
        name: 'Ryosei Akazawa',
        aliases: ['Akazawa', 'Ryozei Akazawa'],
        role: 'Japan’s chief negotiator',
        kind: 'person',
      },
      { name: 'Scott Bessent', aliases: ['Bessent'], role: 'Treasury Secretary', kind: 'person' },
      { name: 'Shigeru Ishiba', aliases: ['Ishiba'], role: 'Prime Minister', kind: 'person' },
    ];
    h.bot.corpus.current = () => buildCorpus(data, new Date('2025-06-08T00:00:00Z'));
    try {
      const payload = autocomplete(h.place(), 'tariffs', 'who', 'person', 'aka');
      const callback = await h.interact(payload);
      const body = callback.body as Body;
      expect(body.type).toBe(8);
      expect(body.data?.choices?.map((c) => c.value)).toEqual(['Ryosei Akazawa']);
      expect(body.data?.choices?.[0]?.name).toMatch(/^Ryosei Akazawa — /);
    } finally {
      h.bot.corpus.current = original;
    }
  });

  it('autocomplete for `who` on the bundled seeds suggests Ryosei Akazawa for `aka`', async () => {
    const payload = autocomplete(h.place(), 'tariffs', 'who', 'person', 'aka');
    const body = (await h.interact(payload)).body as Body;
    expect(body.type).toBe(8);
    expect(body.data?.choices?.map((c) => c.value)).toContain('Ryosei Akazawa');
    expect(body.data?.choices?.length).toBeLessThanOrEqual(25);
  });

  it('a long answer pages with More and Back, and only the asker can turn the pages', async () => {
    const ask = chatInput(h.place(ALICE), 'tariffs', 'pages');
    await h.interact(ask);
    const first = (await webhookOf(h.fake, ask.token, 'PATCH', '/messages/@original')).body as Body;
    expect(embedText(first)).toMatch(/Page 1 of 3/);
    const more = button(first, 'More');
    expect(more).toBeDefined();
    expect(button(first, 'Back')).toBeUndefined();
    const posted = h.fake.message(first, h.fake.channelId, h.fake.applicationId);

    const press = buttonPress(h.place(ALICE), more!.custom_id, posted);
    const pressed = (await h.interact(press)).body as Body;
    expect(pressed.type).toBe(6); // deferred update of the same message
    const second = (await webhookOf(h.fake, press.token, 'PATCH', '/messages/@original')).body as Body;
    expect(embedText(second)).toMatch(/Page 2 of 3/);
    expect(button(second, 'Back')).toBeDefined();
    expect(button(second, 'More')).toBeDefined();

    const intruder = buttonPress(h.place(BOB), more!.custom_id, posted);
    const refusal = (await h.interact(intruder)).body as Body;
    expect(refusal.type).toBe(4);
    expect(refusal.data?.flags).toBe(EPHEMERAL);
    expect(embedText(refusal.data!)).toMatch(/Only the person who asked/);
    expect(h.fake.requestsWhere((r) => r.path.includes(intruder.token)).length).toBe(1);
  });

  it('/tariffs who person:akazawa pages through the seeds with More', async () => {
    const ask = chatInput(h.place(ALICE), 'tariffs', 'who', { person: 'akazawa' });
    await h.interact(ask);
    const first = (await webhookOf(h.fake, ask.token, 'PATCH', '/messages/@original')).body as Body;
    expect(embedText(first)).toMatch(/What Ryosei Akazawa said[\s\S]*Page 1 of \d/);
    const posted = h.fake.message(first, h.fake.channelId, h.fake.applicationId);
    const press = buttonPress(h.place(ALICE), button(first, 'More')!.custom_id, posted);
    await h.interact(press);
    const second = (await webhookOf(h.fake, press.token, 'PATCH', '/messages/@original')).body as Body;
    expect(embedText(second)).toMatch(/Page 2 of \d/);
    const intruder = buttonPress(h.place(BOB), button(first, 'More')!.custom_id, posted);
    const refusal = (await h.interact(intruder)).body as Body;
    expect(embedText(refusal.data!)).toMatch(/Run `\/tariffs who person:akazawa`/);
  });

  it('an argument with @everyone comes back with no mention allowed and the text defused', async () => {
    const payload = chatInput(h.place(), 'tariffs', 'who', { person: '@everyone <@&123> <!channel>' });
    await h.interact(payload);
    const followUp = await webhookOf(h.fake, payload.token, 'POST');
    const body = followUp.body as Body;
    expect(body.allowed_mentions?.parse).toEqual([]);
    expect(body.flags).toBe(EPHEMERAL); // an error goes to the asker alone
    const raw = JSON.stringify(body);
    expect(raw).not.toMatch(/@everyone/);
    expect(raw).not.toMatch(/<@&/);
    // The deferred (public) "thinking…" message is removed, so no error stays in the channel.
    await webhookOf(h.fake, payload.token, 'DELETE', '/messages/@original');
  });

  it('commands that change the channel run only for members with Manage Channels', async () => {
    const member = chatInput(h.place(ALICE, false), 'tariffs', 'manage');
    await h.interact(member);
    const refused = (await webhookOf(h.fake, member.token, 'POST')).body as Body;
    expect(embedText(refused)).toMatch(/Only channel managers/);

    const manager = chatInput(h.place(BOB, true), 'tariffs', 'manage');
    await h.interact(manager);
    const done = (await webhookOf(h.fake, manager.token, 'PATCH', '/messages/@original')).body as Body;
    expect(embedText(done)).toMatch(new RegExp(`Managed ${h.fake.channelId}`));
  });

  it('survives a gateway close (4000): resumes the session and keeps answering', async () => {
    const identifies = () => h.fake.received.filter((f) => f.op === 2).length;
    const before = identifies();
    const resumed = new Promise<void>((resolve) => h.adapter.client.once('shardResume', () => resolve()));
    h.fake.closeGateway(4000);
    await resumed;
    const resume = await h.fake.waitForFrame((f) => f.op === 6);
    expect((resume.d as { session_id: string }).session_id).toBeTruthy();
    expect(identifies()).toBe(before);
    expect(h.logs.map((l) => l.msg)).toContain('discord gateway resumed');
    const payload = chatInput(h.place(), 'tariffs', 'help');
    await h.interact(payload);
    await webhookOf(h.fake, payload.token, 'PATCH', '/messages/@original');
  });

  it('survives a dropped socket and answers again afterwards', async () => {
    const back = new Promise<void>((resolve) => {
      h.adapter.client.once('shardResume', () => resolve());
      h.adapter.client.once('shardReady', () => resolve());
    });
    h.fake.dropGateway();
    await back;
    const payload = chatInput(h.place(), 'tariffs', 'help');
    await h.interact(payload);
    const body = (await webhookOf(h.fake, payload.token, 'PATCH', '/messages/@original')).body as Body;
    expect(embedText(body)).toMatch(/who <person>/);
  });
});

describe('Discord: quick answers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ deferAfterMs: 2000 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers in the first response when the answer is ready at once', async () => {
    const payload = chatInput(h.place(), 'tariffs', 'help');
    const body = (await h.interact(payload)).body as Body;
    expect(body.type).toBe(4);
    expect(body.data?.flags ?? 0).toBe(0);
    expect(embedText(body.data!)).toMatch(/who <person>/);
    expect(body.data?.allowed_mentions?.parse).toEqual([]);
  });

  it('a bad argument gets a helpful error only the asker sees', async () => {
    const payload = chatInput(h.place(), 'tariffs', 'help', { command: 'nosuch' });
    const body = (await h.interact(payload)).body as Body;
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(embedText(body.data!)).toMatch(/no command "nosuch"/);
  });

  it('page buttons replace the message in place', async () => {
    const ask = chatInput(h.place(), 'tariffs', 'pages');
    const first = ((await h.interact(ask)).body as Body).data!;
    const posted = h.fake.message(first, h.fake.channelId, h.fake.applicationId);
    const press = buttonPress(h.place(), button(first, 'More')!.custom_id, posted);
    const update = (await h.interact(press)).body as Body;
    expect(update.type).toBe(7);
    expect(embedText(update.data!)).toMatch(/Page 2 of 3/);
  });
});

describe('Discord: a wrong token', () => {
  it('stops start-up with discord.js\'s "invalid token" error instead of hanging', async () => {
    const fake = await FakeDiscord.start();
    try {
      const adapter = new DiscordAdapter(await seedBot(), {
        token: 'wrong',
        apiUrl: fake.apiUrl,
        readMessages: false,
      });
      await expect(adapter.start()).rejects.toThrow(/invalid token/i);
      expect(fake.openSockets).toBe(0);
    } finally {
      await fake.stop();
    }
  });
});

describe('Discord: heartbeats', () => {
  it('heartbeats at the interval HELLO gives, and the fake acknowledges them', async () => {
    const h = await startHarness({ heartbeatIntervalMs: 150 });
    try {
      await h.fake.waitForFrame((f) => f.op === 1, 3000);
      // discord.js measures the ping from the ACK (op 11); -1 until one arrives.
      for (let i = 0; i < 30 && h.adapter.client.ws.ping < 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(h.adapter.client.ws.ping).toBeGreaterThanOrEqual(0);
      expect(h.adapter.client.isReady()).toBe(true);
    } finally {
      await h.stop();
    }
  });
});
