import type { AnyCommand } from '../../../commands/define';
import { truncate } from './fit';
import { SLASH_COMMAND } from './slash-command';

/** The path Slack posts to; the receiver serves the same one (kept here so the two cannot drift). */
export const SLACK_ENDPOINT = '/slack/events';

/** Bot scopes, each for something the adapter does. */
export const BOT_SCOPES = [
  'commands', // the /tariffs slash command
  'chat:write', // answers to mentions and DMs, scheduled digests
  'app_mentions:read', // @tariffs-bot in a channel
  'im:history', // direct messages to the bot
  'users:read', // users.info: is this person a workspace admin/owner (channel managers)
  // conversations.history: before re-sending a digest whose process died, look for it first
  'channels:history',
  'groups:history',
] as const;

/** `app_home_opened`: the Home tab is published when a user opens it (app-home.ts); it needs no scope. */
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;

export interface ManifestOptions {
  /** Public base URL of the bot, e.g. https://tariffs.example.com; ignored in Socket Mode. */
  baseUrl: string;
  socketMode: boolean;
  name?: string;
}

/** The Slack app manifest, generated from the command spec so Slack and the code agree. */
export function buildManifest(commands: readonly AnyCommand[], opts: ManifestOptions) {
  const requestUrl = `${opts.baseUrl.replace(/\/+$/, '')}${SLACK_ENDPOINT}`;
  const url = opts.socketMode ? {} : { url: requestUrl };
  const name = opts.name ?? 'tariffs-bot';
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Cited briefings on the 2025 US–Japan tariff negotiations',
      long_description: truncate(
        `Ask ${SLASH_COMMAND} for the latest development, who said what, and more — every point cited to its article. ` +
          `Commands: ${commands.map((c) => `${c.usage} — ${c.summary}`).join('; ')}.`,
        4000,
      ),
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: name, always_online: true },
      slash_commands: [
        {
          command: SLASH_COMMAND,
          ...url,
          description: 'Briefings on the US–Japan tariff talks, cited',
          usage_hint: truncate(commands.map((c) => c.usage).join(' | '), 1000),
          should_escape: true,
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: {
        ...(opts.socketMode ? {} : { request_url: requestUrl }),
        bot_events: [...BOT_EVENTS],
      },
      interactivity: { is_enabled: true, ...(opts.socketMode ? {} : { request_url: requestUrl }) },
      org_deploy_enabled: false,
      socket_mode_enabled: opts.socketMode,
      token_rotation_enabled: false,
    },
  };
}
