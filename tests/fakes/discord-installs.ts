/**
 * Interactions from places other than a server the bot is in, as Discord sends them since user
 * installs: the same command from the DM with the bot, or from a server the user installed the
 * app for themselves but the bot is not a member of. Checked against discord-api-types v10.
 */
import {
  type APIChatInputApplicationCommandDMInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  ApplicationIntegrationType,
  type ChannelFlags,
  ChannelType,
  InteractionContextType,
} from 'discord.js';
import type { chatInput } from './discord-payloads';

type GuildCommand = ReturnType<typeof chatInput>;

/**
 * The command run in the DM with the bot (context 1): no guild and no member, the user at the
 * top level, and the app installed by that user (owner under key 1).
 */
export function inBotDm(payload: GuildCommand, dmChannelId: string) {
  const { guild_id: _guild, member, guild_locale: _locale, ...rest } = payload;
  return {
    ...rest,
    channel_id: dmChannelId,
    channel: {
      id: dmChannelId,
      type: ChannelType.DM as const,
      name: null,
      flags: 0 as ChannelFlags,
      recipients: [member.user],
      last_message_id: null,
    },
    user: member.user,
    authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: member.user.id },
    context: InteractionContextType.BotDM,
  } satisfies APIChatInputApplicationCommandDMInteraction;
}

/**
 * The command run in a server channel where only the user installed the app: the guild is
 * there, but `authorizing_integration_owners` names the user (key 1), not the guild (key 0).
 */
export function userInstalledInServer(payload: GuildCommand) {
  return {
    ...payload,
    authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: payload.member.user.id },
  } satisfies APIChatInputApplicationCommandGuildInteraction;
}
