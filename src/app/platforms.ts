import { discordPlatform } from '../adapters/discord/entry';
import { slackPlatform } from '../adapters/slack/entry';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Bot } from './bot';
import type { PlatformAdapter, PlatformEntry } from './platform';

/** Every platform the bot can run on; a new one is a folder under src/adapters/ and a line here. */
export const PLATFORM_REGISTRY: readonly PlatformEntry[] = [slackPlatform, discordPlatform];

/**
 * The platforms whose settings are present, in the registry's order. Each one's code is loaded
 * only when configured, so a Discord-only or console run never loads Bolt, nor a Slack-only
 * run discord.js.
 */
export async function createPlatforms(
  config: Config,
  bot: Bot,
  log: Logger,
  registry: readonly PlatformEntry[] = PLATFORM_REGISTRY,
): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  for (const platform of registry) {
    if (!platform.isConfigured(config)) continue;
    const create = await platform.load();
    adapters.push(await create(bot, config));
  }
  log.debug({ platforms: adapters.map((a) => a.name) }, 'platforms configured');
  return adapters;
}
