import type { PlatformEntry } from '../../app/platform';

/** Slack, when its bot token and signing secret are set. Loading it loads Bolt. */
export const slackPlatform: PlatformEntry = {
  name: 'slack',
  isConfigured: (config) => config.slack !== null,
  load: async () => (await import('./slack-adapter')).createSlackAdapter,
};
