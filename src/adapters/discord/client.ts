import { Client, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
import type { Logger } from '../../log';
import { NO_MENTIONS } from './message';
import { rejectLongPostWaits } from './sender';

export interface ClientOptions {
  /** REST base such as http://127.0.0.1:3999/api (tests); the gateway URL is looked up through it. */
  apiUrl: string | null;
  /** Answer @mentions: needs the privileged Message Content intent. */
  readMessages: boolean;
  /** The gateway shards this process runs, when several processes split them. */
  shards?: { ids: number[]; count: number } | null;
}

/** discord.js appends `/v10/...` to the base as is, so `…/api/` would give `…/api//v10`. */
export function restBase(apiUrl: string | null): { api?: string } {
  return apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {};
}

/** The fewest intents that work: slash commands need only Guilds; mentions need message content. */
export function intentsFor(readMessages: boolean): GatewayIntentBits[] {
  return readMessages
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.Guilds];
}

/**
 * A discord.js client. Rate limits and reconnects stay discord.js's job; this only logs them
 * so an operator can see them happen.
 */
export function createClient(opts: ClientOptions, log: Logger): Client {
  const client = new Client({
    intents: intentsFor(opts.readMessages),
    allowedMentions: NO_MENTIONS,
    ...(opts.shards ? { shards: opts.shards.ids, shardCount: opts.shards.count } : {}),
    rest: { ...restBase(opts.apiUrl), rejectOnRateLimit: rejectLongPostWaits },
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn(
      {
        route: info.route,
        method: info.method,
        retryAfterMs: info.retryAfter,
        global: info.global,
        scope: info.scope,
      },
      'discord rate limited',
    ),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.warn({ shardId, code: event.code }, 'discord gateway disconnected for good'),
  );
  client.on(Events.ShardReconnecting, (shardId) => log.warn({ shardId }, 'discord gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) =>
    log.info({ shardId, replayed }, 'discord gateway resumed'),
  );
  client.on(Events.ShardReady, (shardId) => log.info({ shardId }, 'discord gateway ready'));
  client.on(Events.ShardError, (err, shardId) => log.error({ err, shardId }, 'discord gateway error'));
  client.on(Events.Warn, (message) => log.warn({ discord: message }, 'discord.js warning'));
  client.on(Events.Error, (err) => log.error({ err }, 'discord.js error'));
  if (log.isLevelEnabled('debug')) client.on(Events.Debug, (message) => log.debug({ discord: message }));
  return client;
}
