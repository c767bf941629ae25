/**
 * Gateway payloads as Discord sends them, checked against discord-api-types v10 at compile
 * time (`satisfies`), for the fake and for tests that dispatch interactions and messages.
 */
import {
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  type GatewayMessageCreateDispatchData,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  InteractionContextType,
  InteractionType,
  Locale,
  type MessageFlags,
  type RoleFlags,
} from 'discord.js';

/** No flag set, typed as each bitfield enum wants it. */
const NONE = 0;

const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

/** A fresh, increasing snowflake id. */
export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter).toString();
}

export function fakeUser(id: string, username: string, bot = false): APIUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  } satisfies APIUser;
}

export type FakeUser = APIUser;

/** Permission bit strings: what an ordinary member has, and with Manage Channels (1 << 4) added. */
export const PERMISSIONS = {
  member: (1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n),
  manager: (1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n) | (1n << 4n),
} as const;

export function fakeGuild(guildId: string, channelId: string, botUser: FakeUser) {
  return {
    id: guildId,
    name: 'Trade desk',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: '999999999999999999',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guildId,
        name: '@everyone',
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: PERMISSIONS.member.toString(),
        managed: false,
        mentionable: false,
        flags: NONE as RoleFlags,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: NONE as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [
      {
        user: botUser,
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: NONE as GuildMemberFlags,
      },
    ],
    channels: [
      {
        id: channelId,
        type: 0,
        guild_id: guildId,
        name: 'tariffs',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
        last_message_id: null,
        parent_id: null,
        rate_limit_per_user: 0,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    hub_type: null,
    incidents_data: null,
  } satisfies GatewayGuildCreateDispatchData;
}

export interface InteractionPlace {
  applicationId: string;
  guildId: string;
  channelId: string;
  user: FakeUser;
  /** Manage Channels in this channel? */
  manager?: boolean;
}

function base<T extends InteractionType>(place: InteractionPlace, type: T) {
  const id = snowflake();
  const permissions = (place.manager ? PERMISSIONS.manager : PERMISSIONS.member).toString();
  return {
    id,
    application_id: place.applicationId,
    type,
    token: `tok-${id}`,
    version: 1 as const,
    guild_id: place.guildId,
    channel_id: place.channelId,
    channel: {
      id: place.channelId,
      type: ChannelType.GuildText as const,
      guild_id: place.guildId,
      name: 'tariffs',
      flags: NONE as ChannelFlags,
    },
    member: {
      user: place.user,
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: NONE as GuildMemberFlags,
      permissions,
    },
    app_permissions: PERMISSIONS.member.toString(),
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: place.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 8 * 1024 * 1024,
  };
}

export type OptionValue = string | number;

/** `/<root> <sub> name:value…` as an APPLICATION_COMMAND interaction. */
export function chatInput(
  place: InteractionPlace,
  root: string,
  sub: string,
  options: Record<string, OptionValue> = {},
) {
  return {
    ...base(place, InteractionType.ApplicationCommand),
    data: {
      id: '400000000000000001',
      name: root,
      type: 1,
      options: [
        {
          type: 1,
          name: sub,
          options: Object.entries(options).map(([name, value]) =>
            typeof value === 'number'
              ? { name, type: ApplicationCommandOptionType.Integer as const, value }
              : { name, type: ApplicationCommandOptionType.String as const, value },
          ),
        },
      ],
    },
  } satisfies APIChatInputApplicationCommandGuildInteraction;
}

/** The user typing `typed` into option `focused` of `/<root> <sub>`: an AUTOCOMPLETE interaction. */
export function autocomplete(
  place: InteractionPlace,
  root: string,
  sub: string,
  focused: string,
  typed: string,
) {
  return {
    ...base(place, InteractionType.ApplicationCommandAutocomplete),
    data: {
      id: '400000000000000001',
      name: root,
      type: 1,
      options: [{ type: 1, name: sub, options: [{ name: focused, type: 3, value: typed, focused: true }] }],
    },
  } satisfies APIApplicationCommandAutocompleteGuildInteraction;
}

/** A press of the button `customId` on `message` (a message object the bot posted). */
export function buttonPress(place: InteractionPlace, customId: string, message: APIMessage) {
  return {
    ...base(place, InteractionType.MessageComponent),
    message,
    data: { custom_id: customId, component_type: 2 },
  } satisfies APIMessageComponentButtonInteraction;
}

/** A channel message (MESSAGE_CREATE) from `user`, mentioning `mentions`. */
export function messageCreate(
  place: Omit<InteractionPlace, 'applicationId'>,
  content: string,
  mentions: FakeUser[] = [],
) {
  return {
    id: snowflake(),
    type: 0,
    channel_id: place.channelId,
    guild_id: place.guildId,
    author: place.user,
    member: {
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: NONE as GuildMemberFlags,
    },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentions.map((u) => ({
      ...u,
      member: {
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: NONE as GuildMemberFlags,
      },
    })),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: NONE as MessageFlags,
  } satisfies GatewayMessageCreateDispatchData;
}
