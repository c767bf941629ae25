import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionCommand } from '../../../src/adapters/discord/mentions';
import { messageCreate } from '../../fakes/discord-payloads';
import { ALICE, type Harness, startHarness } from './harness';

describe('Discord: @mentions of the bot in a channel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ readMessages: true });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('asks for the Message Content intent only when reading messages is on', async () => {
    const identify = await h.fake.waitForFrame((f) => f.op === 2);
    // Guilds (1) | GuildMessages (1 << 9) | MessageContent (1 << 15)
    expect((identify.d as { intents: number }).intents).toBe(1 | (1 << 9) | (1 << 15));
  });

  it('answers `@tariffs-bot help?` as a reply to the message, pinging no one', async () => {
    const place = { guildId: h.fake.guildId, channelId: h.fake.channelId, user: ALICE };
    const msg = messageCreate(place, `<@${h.fake.botUser.id}> help?`, [h.fake.botUser]);
    h.fake.dispatch('MESSAGE_CREATE', msg);
    const post = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`,
    );
    const body = post.body as {
      message_reference?: { message_id: string };
      allowed_mentions?: { parse: string[]; replied_user: boolean };
      embeds?: { fields?: { name: string }[] }[];
    };
    expect(body.message_reference?.message_id).toBe(msg.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.embeds?.[0]?.fields?.map((f) => f.name)).toContainEqual(
      expect.stringMatching(/^who <person>/),
    );
  });

  it('ignores messages that do not mention the bot, and other bots', async () => {
    const before = h.fake.requests.length;
    const place = { guildId: h.fake.guildId, channelId: h.fake.channelId, user: ALICE };
    h.fake.dispatch('MESSAGE_CREATE', messageCreate(place, 'who akazawa'));
    const otherBot = { ...place, user: { ...ALICE, id: '500000000000000009', bot: true } };
    h.fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate(otherBot, `<@${h.fake.botUser.id}> help`, [h.fake.botUser]),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.requests.length).toBe(before);
  });
});

describe('the command in a mention', () => {
  it('drops the mention and a trailing question mark', () => {
    expect(mentionCommand('<@42> who said "candid"?', '42')).toBe('who said "candid"');
    expect(mentionCommand('<@!42>   latest  ', '42')).toBe('latest');
    expect(mentionCommand('<@42>', '42')).toBe('help');
  });

  it('is null when the bot is not mentioned by id', () => {
    expect(mentionCommand('@everyone who akazawa', '42')).toBeNull();
    expect(mentionCommand('<@43> latest', '42')).toBeNull();
  });
});
