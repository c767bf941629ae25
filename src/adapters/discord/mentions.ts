import type { Message } from 'discord.js';
import type { Bot } from '../../app/bot';
import type { Logger } from '../../log';
import { messageChannel } from './channel';
import { replyMessage } from './message';
import type { PageKeys } from './pager';

/**
 * The command in a message that mentions the bot (`<@id> who said "candid"?`), or null when
 * the bot is not mentioned by name. A trailing question mark is how people ask, not part of
 * the command.
 */
export function mentionCommand(content: string, botId: string): string | null {
  const tag = new RegExp(`<@!?${botId}>`, 'g');
  if (!tag.test(content)) return null;
  const text = content
    .replace(tag, ' ')
    .replace(/[?？]+\s*$/, '')
    .trim();
  return text || 'help';
}

/** Answers a channel message addressed to the bot, as a reply to it. */
export async function handleMention(
  message: Message,
  deps: { bot: Bot; keys: PageKeys; log: Logger },
): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !me) return;
  const text = mentionCommand(message.content, me.id);
  if (text === null) return;
  try {
    const { reply } = await deps.bot.ask(text, messageChannel(message));
    await message.reply(replyMessage(reply, message.author.id, deps.keys));
  } catch (err) {
    deps.log.error(
      { err, messageId: message.id, channelId: message.channelId },
      'discord mention reply failed',
    );
  }
}
