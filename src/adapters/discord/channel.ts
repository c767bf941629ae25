import { type Interaction, type Message, PermissionFlagsBits } from 'discord.js';
import type { ChannelContext } from '../../../commands/define';

/**
 * Where an interaction comes from: a server the bot is in (installed there), a server it is not
 * in (the user installed the app for themselves), or a DM (with the bot, or a group DM). A
 * guild install is named in `authorizing_integration_owners` under 0 with the guild's id; in a
 * DM with the bot that entry is "0", so the guild's id is compared, not the key's presence.
 */
export type InteractionPlace = 'member-server' | 'other-server' | 'dm';

export function interactionPlace(interaction: Interaction): InteractionPlace {
  if (!interaction.guildId) return 'dm';
  const installedIn = interaction.authorizingIntegrationOwners.guildId;
  return installedIn === interaction.guildId ? 'member-server' : 'other-server';
}

/** In a server the bot is not in, answers go to the asker alone: the server did not add the bot. */
export const answersPrivately = (interaction: Interaction): boolean =>
  interactionPlace(interaction) === 'other-server';

const NO_DIGESTS: Record<Exclude<InteractionPlace, 'member-server'>, string> = {
  dm: 'Daily digests are posted to server channels. Run `/tariffs subscribe` in a channel of a server the bot is in (it needs *Manage Channels* there); here, `/tariffs digest` shows what changed.',
  'other-server':
    'The bot is not a member of this server (you installed it for yourself), so it cannot post digests here. Someone who manages the server can add the bot to it; then `/tariffs subscribe` works in its channels for people with *Manage Channels*.',
};

/**
 * Channel managers are members with Manage Channels in that channel. A DM has no members to
 * manage it but the one user; still, digests go to server channels the bot is in, so a DM and
 * a server reached through a user install carry the reason they get none. Discord sends the
 * permissions with the event, so the answer costs no request; it is still only read when
 * dispatch asks (a command that changes the channel).
 */
export function interactionChannel(interaction: Interaction): ChannelContext {
  const place = interactionPlace(interaction);
  return {
    platform: 'discord',
    channelId: interaction.channelId ?? `dm:${interaction.user.id}`,
    userId: interaction.user.id,
    canManage: async () =>
      interaction.inGuild()
        ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false)
        : true,
    ...(place === 'member-server' ? {} : { noDigests: NO_DIGESTS[place] }),
  };
}

export function messageChannel(message: Message): ChannelContext {
  return {
    platform: 'discord',
    channelId: message.channelId,
    userId: message.author.id,
    canManage: async () => {
      if (!message.inGuild()) return true;
      if (!message.member) return false;
      return message.channel.permissionsFor(message.member)?.has(PermissionFlagsBits.ManageChannels) ?? false;
    },
  };
}
