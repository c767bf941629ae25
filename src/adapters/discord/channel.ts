import { type Interaction, type Message, PermissionFlagsBits } from 'discord.js';
import type { ChannelContext } from '../../../commands/define';

/**
 * Channel managers are members with Manage Channels in that channel. A DM has no members to
 * manage it but the one user, who decides what their own DM receives.
 */
export function interactionChannel(interaction: Interaction): ChannelContext {
  const perms = interaction.memberPermissions;
  return {
    platform: 'discord',
    channelId: interaction.channelId ?? `dm:${interaction.user.id}`,
    userId: interaction.user.id,
    canManage: interaction.inGuild() ? (perms?.has(PermissionFlagsBits.ManageChannels) ?? false) : true,
  };
}

export function messageChannel(message: Message): ChannelContext {
  let canManage = !message.inGuild();
  if (message.inGuild() && message.member) {
    canManage =
      message.channel.permissionsFor(message.member)?.has(PermissionFlagsBits.ManageChannels) ?? false;
  }
  return { platform: 'discord', channelId: message.channelId, userId: message.author.id, canManage };
}
