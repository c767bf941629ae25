import { once } from 'node:events';
import { type Client, Events } from 'discord.js';
import type { Bot } from '../../app/bot';
import type { AdapterFactory, PlatformAdapter } from '../../app/platform';
import { inRequest } from '../../app/request-scope';
import { createClient } from './client';
import { handleInteraction } from './interactions';
import { handleMention } from './mentions';
import { PageKeys } from './pager';
import { DiscordReplySender } from './sender';

export interface DiscordAdapterOptions {
  token: string;
  apiUrl: string | null;
  readMessages: boolean;
  /** See InteractionDeps.deferAfterMs. */
  deferAfterMs?: number;
  /** Gateway shards of this process (SHARD_IDS of SHARD_COUNT); each guild's events reach one. */
  shards?: { ids: number[]; count: number } | null;
}

/** Answers that take longer than this are deferred and edited in (Discord allows 3 s for a first response). */
export const DEFAULT_DEFER_AFTER_MS = 1200;

/** The bot on Discord: slash commands, page buttons, autocomplete and (optionally) @mentions. */
export class DiscordAdapter implements PlatformAdapter {
  readonly name = 'discord' as const;
  readonly client: Client;
  readonly sender: DiscordReplySender;
  readonly keys = new PageKeys();

  constructor(
    private readonly bot: Bot,
    private readonly opts: DiscordAdapterOptions,
  ) {
    this.client = createClient(
      { apiUrl: opts.apiUrl, readMessages: opts.readMessages, shards: opts.shards ?? null },
      bot.log,
    );
    this.sender = new DiscordReplySender(this.client.rest);
    const deps = {
      bot,
      keys: this.keys,
      log: bot.log,
      deferAfterMs: opts.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    };
    // Each event runs in its own request scope: an error escaping it is logged with its id and
    // the process goes on serving (src/app/fault-policy.ts), instead of ending it.
    const serve = (requestId: string, work: () => Promise<unknown>) =>
      inRequest({ platform: 'discord', requestId }, () =>
        work().catch((err: unknown) =>
          bot.log.error({ err, platform: 'discord', requestId }, 'discord request failed'),
        ),
      );
    this.client.on(Events.InteractionCreate, (i) => void serve(i.id, () => handleInteraction(i, deps)));
    if (opts.readMessages)
      this.client.on(Events.MessageCreate, (m) => void serve(m.id, () => handleMention(m, deps)));
  }

  /** Resolves once the gateway is ready and the guilds have arrived. */
  async start(): Promise<void> {
    const ready = once(this.client, Events.ClientReady);
    // If login fails, `ready` is never awaited; its rejection must not go unhandled.
    ready.catch(() => undefined);
    try {
      await this.client.login(this.opts.token);
      await ready;
    } catch (err) {
      await this.client.destroy();
      throw err;
    }
    this.bot.log.info(
      {
        user: this.client.user?.tag,
        guilds: this.client.guilds.cache.size,
        readMessages: this.opts.readMessages,
      },
      'discord ready',
    );
  }

  async stop(): Promise<void> {
    // discord.js reports its own shutdown as "reconnecting"; that would be a false alarm here.
    this.client.removeAllListeners(Events.ShardReconnecting);
    await this.client.destroy();
  }
}

export const createDiscordAdapter: AdapterFactory = async (bot, config) => {
  if (!config.discord) throw new Error('Discord is not configured (DISCORD_TOKEN, DISCORD_APPLICATION_ID)');
  const { token, apiUrl, readMessages } = config.discord;
  return new DiscordAdapter(bot, { token, apiUrl, readMessages, shards: config.discordShards });
};
