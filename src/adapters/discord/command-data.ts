import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { AnyCommand, OptionSpec } from '../../../commands/define';

/** The one top-level command; every command of the spec is a subcommand of it. */
export const ROOT_COMMAND = 'tariffs';

const MAX_DESCRIPTION = 100;
const MAX_CHOICES = 25;

/** Discord refuses descriptions over 100 characters; the spec's may be longer, so shorten on a word. */
export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_DESCRIPTION) return flat;
  const cut = flat.slice(0, MAX_DESCRIPTION - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}

/**
 * Discord lists required options first and rejects a required option after an optional one,
 * so the order is stable-sorted rather than taken from the spec as is.
 */
export function discordOptionOrder(options: readonly OptionSpec[]): OptionSpec[] {
  return [...options].sort((a, b) => Number(b.required) - Number(a.required));
}

function addOption(sub: SlashCommandSubcommandBuilder, opt: OptionSpec): void {
  const configure = <
    B extends {
      setName(n: string): B;
      setDescription(d: string): B;
      setRequired(r: boolean): B;
    },
  >(
    b: B,
  ): B =>
    b
      .setName(opt.name.toLowerCase())
      .setDescription(shortDescription(opt.description))
      .setRequired(opt.required);
  if (opt.type === 'integer') {
    sub.addIntegerOption((b) => {
      configure(b);
      if (opt.autocomplete) b.setAutocomplete(true);
      return b;
    });
    return;
  }
  sub.addStringOption((b) => {
    configure(b);
    if (opt.choices?.length && opt.choices.length <= MAX_CHOICES) {
      b.addChoices(...opt.choices.map((c) => ({ name: c, value: c })));
    } else if (opt.autocomplete || opt.choices?.length) {
      // More fixed choices than Discord lists are offered by autocomplete instead.
      b.setAutocomplete(true);
    }
    return b;
  });
}

/**
 * Where /tariffs can be installed: on a server, and by a user for themselves, so it follows them
 * to DMs and to servers the bot is not in. Discord takes these for global commands only.
 */
export const INTEGRATION_TYPES = [
  ApplicationIntegrationType.GuildInstall,
  ApplicationIntegrationType.UserInstall,
];
/** Where it can be run: server channels, the DM with the bot, and group DMs. */
export const CONTEXTS = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
];

/**
 * The `/tariffs` command JSON, generated from the spec so no command is described twice. Global
 * registration carries where it may be installed and run; a guild's copy (for testing) cannot.
 */
export function buildCommandData(
  commands: readonly AnyCommand[],
  scope: 'global' | 'guild' = 'global',
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const root = new SlashCommandBuilder()
    .setName(ROOT_COMMAND)
    .setDescription('Briefings on the 2025 US–Japan tariff talks, every point cited');
  if (scope === 'global') root.setIntegrationTypes(INTEGRATION_TYPES).setContexts(CONTEXTS);
  for (const spec of commands) {
    root.addSubcommand((sub) => {
      sub.setName(spec.name.toLowerCase()).setDescription(shortDescription(spec.summary));
      for (const opt of discordOptionOrder(spec.options)) addOption(sub, opt);
      return sub;
    });
  }
  return root.toJSON();
}
