import type { PlatformEntry } from '../../app/platform';

/** Discord, when its token and application id are set. Loading it loads discord.js. */
export const discordPlatform: PlatformEntry = {
  name: 'discord',
  isConfigured: (config) => config.discord !== null,
  load: async () => (await import('./adapter')).createDiscordAdapter,
};
