import { setTimeout as sleep } from 'node:timers/promises';
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import type { Bot } from '../../app/bot';
import { errorReply, type Reply } from '../../core/reply';
import type { Logger } from '../../log';
import { MAX_SUGGESTIONS, toChoices } from './autocomplete';
import { answersPrivately, interactionChannel } from './channel';
import { ROOT_COMMAND } from './command-data';
import { renderEmbeds } from './embeds';
import { NO_MENTIONS, replyMessage } from './message';
import { isPageButton, type PageKeys } from './pager';

export interface InteractionDeps {
  bot: Bot;
  keys: PageKeys;
  log: Logger;
  /**
   * Answers ready within this many ms are sent as the first response; slower ones are
   * deferred ("thinking…") and edited in, well inside Discord's 3-second window. 0 defers always.
   */
  deferAfterMs: number;
}

/** Resolves with the work if it is done within `ms`, else null (the work carries on). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  if (ms <= 0) return null;
  const ac = new AbortController();
  const timer = sleep(ms, null, { signal: ac.signal }).catch(() => null);
  try {
    return await Promise.race([work, timer]);
  } finally {
    ac.abort();
  }
}

const ephemeral = (reply: Reply) => ({
  embeds: renderEmbeds(reply),
  components: [],
  allowedMentions: NO_MENTIONS,
  flags: MessageFlags.Ephemeral as const,
});

/** The typed options of the subcommand the user ran, as the dispatcher takes them. */
export function subcommandOptions(
  i: ChatInputCommandInteraction,
): Record<string, string | number | undefined> {
  const out: Record<string, string | number | undefined> = {};
  const sub = i.options.data[0];
  for (const o of sub?.options ?? []) {
    if (typeof o.value === 'string' || typeof o.value === 'number') out[o.name] = o.value;
  }
  return out;
}

async function onCommand(i: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const name = i.options.getSubcommand(false) ?? 'help';
  const work = deps.bot.askOptions(name, subcommandOptions(i), interactionChannel(i));
  const quick = await within(work, deps.deferAfterMs);
  // Where the bot is not a member (a user install), every answer is for the asker alone.
  const privately = answersPrivately(i);
  if (quick) {
    const reply = quick.reply;
    if (reply.ephemeral) await i.reply(ephemeral(reply));
    else if (privately)
      await i.reply({ ...replyMessage(reply, i.user.id, deps.keys), flags: MessageFlags.Ephemeral });
    else await i.reply(replyMessage(reply, i.user.id, deps.keys));
    return;
  }
  await i.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
  const { reply } = await work;
  if (reply.ephemeral && !privately) {
    // A deferred response is already public; errors go to the asker alone instead.
    await i.deleteReply();
    await i.followUp(ephemeral(reply));
    return;
  }
  await i.editReply(replyMessage(reply, i.user.id, deps.keys));
}

/** `who --person akazawa --page 2` as a user would type it in Discord: `who person:akazawa`. */
export function asSlashCommand(command: string): string {
  return command
    .replace(/\s*--page\s+\d+/, '')
    .replace(/--([\w-]+) /g, '$1:')
    .replace(/`/g, "'");
}

async function onPage(i: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const decoded = deps.keys.decode(i.customId);
  if (!decoded.ok) {
    await i.reply(
      ephemeral(
        errorReply(
          'These pages have expired',
          'The bot no longer remembers this answer. Run the command again to page through it.',
        ),
      ),
    );
    return;
  }
  const { askerId, command } = decoded.target;
  if (askerId !== i.user.id) {
    await i.reply(
      ephemeral(
        errorReply(
          'Only the person who asked can turn these pages',
          `Run \`/tariffs ${asSlashCommand(command)}\` to get your own copy.`,
        ),
      ),
    );
    return;
  }
  const work = deps.bot.ask(command, interactionChannel(i));
  const quick = await within(work, deps.deferAfterMs);
  if (!quick) await i.deferUpdate();
  const { reply } = quick ?? (await work);
  if (reply.ephemeral) {
    // Keep the page the user is reading; say what went wrong to them alone.
    await (quick ? i.reply(ephemeral(reply)) : i.followUp(ephemeral(reply)));
    return;
  }
  const message = replyMessage(reply, askerId, deps.keys);
  await (quick ? i.update(message) : i.editReply(message));
}

async function onAutocomplete(i: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  const suggestions = deps.bot.suggest({
    command: i.options.getSubcommand(false) ?? '',
    option: focused.name,
    typed: String(focused.value ?? ''),
    limit: MAX_SUGGESTIONS,
  });
  await i.respond(toChoices(suggestions));
}

/** Every interaction the bot handles; anything not ours is left alone. Never throws. */
export async function handleInteraction(i: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (i.isAutocomplete() && i.commandName === ROOT_COMMAND) await onAutocomplete(i, deps);
    else if (i.isChatInputCommand() && i.commandName === ROOT_COMMAND) await onCommand(i, deps);
    else if (i.isButton() && isPageButton(i.customId)) await onPage(i, deps);
  } catch (err) {
    deps.log.error({ err, interactionId: i.id, type: i.type }, 'discord interaction failed');
    if (!i.isRepliable()) return;
    const sorry = ephemeral(
      errorReply(
        'Something went wrong',
        'The answer could not be sent; it has been logged. Please try again.',
      ),
    );
    await (i.deferred || i.replied ? i.followUp(sorry) : i.reply(sorry)).catch((e: unknown) =>
      deps.log.warn({ err: e, interactionId: i.id }, 'could not tell the user about a failure'),
    );
  }
}
