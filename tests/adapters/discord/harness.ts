import { pino } from 'pino';
import { DiscordAdapter } from '../../../src/adapters/discord/adapter';
import { Bot } from '../../../src/app/bot';
import type { Logger } from '../../../src/log';
import { FakeDiscord, type RecordedRequest } from '../../fakes/discord';
import { fakeUser, type InteractionPlace } from '../../fakes/discord-payloads';
import { testCommands } from './fixture-commands';

export const ALICE = fakeUser('500000000000000001', 'alice');
export const BOB = fakeUser('500000000000000002', 'bob');

/** A pino logger whose lines a test can read back. */
export function captureLogger(): { log: Logger; lines: { msg: string; level: number }[] } {
  const lines: { msg: string; level: number }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

export interface Harness {
  /** What the bot logged. */
  logs: { msg: string; level: number }[];
  fake: FakeDiscord;
  bot: Bot;
  adapter: DiscordAdapter;
  place(user?: typeof ALICE, manager?: boolean): InteractionPlace;
  /** Dispatches an interaction and waits for its first callback. */
  interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
  stop(): Promise<void>;
}

/** The real discord.js client of the adapter, logged in to a fresh fake over loopback. */
export async function startHarness(
  opts: { deferAfterMs?: number; readMessages?: boolean; heartbeatIntervalMs?: number } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start({ heartbeatIntervalMs: opts.heartbeatIntervalMs });
  const { log, lines } = captureLogger();
  const bot = await Bot.start({
    seedsDir: 'seeds',
    log,
    now: () => new Date('2025-06-08T00:00:00Z'),
    commands: testCommands,
  });
  const adapter = new DiscordAdapter(bot, {
    token: fake.token,
    apiUrl: fake.apiUrl,
    readMessages: opts.readMessages ?? false,
    deferAfterMs: opts.deferAfterMs ?? 0,
  });
  await adapter.start();
  return {
    logs: lines,
    fake,
    bot,
    adapter,
    place: (user = ALICE, manager = false) => ({
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      channelId: fake.channelId,
      user,
      manager,
    }),
    async interact(payload) {
      fake.dispatch('INTERACTION_CREATE', payload);
      return fake.waitForRequest((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
    },
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

/** The webhook request that edits or follows up an interaction's response. */
export const webhookOf = (fake: FakeDiscord, token: string, method: string, suffix = '') =>
  fake.waitForRequest(
    (r) => r.method === method && r.path === `/webhooks/${fake.applicationId}/${token}${suffix}`,
  );
