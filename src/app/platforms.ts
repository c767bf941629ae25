import type { Config } from '../config';
import type { Logger } from '../log';
import type { Bot } from './bot';
import type { PlatformAdapter } from './platform';

/** The platforms whose tokens are set, each created only when configured (no platform code loads otherwise). */
export async function createPlatforms(config: Config, bot: Bot, log: Logger): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.slack) {
    log.warn('SLACK_BOT_TOKEN is set, but the Slack adapter is not built yet: Slack is not started');
  }
  if (config.discord) {
    log.warn('DISCORD_TOKEN is set, but the Discord adapter is not built yet: Discord is not started');
  }
  void bot;
  return adapters;
}
