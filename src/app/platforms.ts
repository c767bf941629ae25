import type { Config } from '../config';
import type { Logger } from '../log';
import type { Bot } from './bot';
import type { PlatformAdapter } from './platform';

/** The platforms whose tokens are set, each created only when configured (no platform code loads otherwise). */
export async function createPlatforms(config: Config, bot: Bot, log: Logger): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.slack) {
    // Loaded only when configured, so a Discord-only or console run never loads Bolt.
    const { createSlackAdapter } = await import('../adapters/slack/slack-adapter');
    adapters.push(await createSlackAdapter(bot, config));
  }
  if (config.discord) {
    // Loaded only when configured, so a Slack-only or console run never loads discord.js.
    const { createDiscordAdapter } = await import('../adapters/discord/adapter');
    adapters.push(await createDiscordAdapter(bot, config));
  }
  log.debug({ platforms: adapters.map((a) => a.name) }, 'platforms configured');
  return adapters;
}
