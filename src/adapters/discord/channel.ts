import { type Interaction, type Message, PermissionFlagsBits } from 'discord.js';
import type { ChannelContext } from '../../../commands/define';

/**
 * Channel managers are members with Manage Channels in that channel. A DM has no members to
 * manage it but the one user, who decides what their own DM receives. Discord sends the
 * permissions with the event, so the answer costs no request; it is still only read when
 * dispatch asks (a command that changes the channel).
 */
export function interactionChannel(interaction: Interaction): ChannelContext {
  return {
    platform: 'discord',
    channelId: interaction.channelId ?? `dm:${interaction.user.id}`,
    userId: interaction.user.id,
    canManage: async () =>
      interaction.inGuild()
        ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false)
        : true,
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
