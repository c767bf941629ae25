import type { App } from '@slack/bolt';
import { postInThread } from './deliver';
import { channelContext, firstDelivery, type SlackDeps } from './deps';
import { fromSlackText, stripBotMention } from './escape';

/**
 * `@tariffs-bot who said "candid"?` in a channel, and any direct message to the bot: the text is
 * read as a command and answered in the message's thread.
 */
export function registerConversation(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!(await firstDelivery(deps, body))) return;
    const text = fromSlackText(stripBotMention(event.text, context.botUserId));
    const userId = event.user ?? '';
    const where = { teamId: event.team, channelId: event.channel, userId };
    try {
      const { reply } = await deps.bot.ask(text, channelContext(deps, where));
      await postInThread(client, reply, {
        channel: event.channel,
        threadTs: event.thread_ts ?? event.ts,
        user: userId,
        privateChannel: false,
      });
    } catch (err) {
      deps.log.error({ err, platform: 'slack', ...where }, 'slack mention could not be answered');
    }
  });

  app.message(async ({ message, body, client, context }) => {
    // Only a person's own new message in a DM: no edits, joins, bot posts or channel chatter.
    if (message.channel_type !== 'im' || message.subtype !== undefined || !('user' in message)) return;
    if (!message.text || message.bot_id) return;
    if (!(await firstDelivery(deps, body))) return;
    const text = fromSlackText(stripBotMention(message.text, context.botUserId));
    const where = { teamId: message.team, channelId: message.channel, userId: message.user };
    try {
      const { reply } = await deps.bot.ask(text, channelContext(deps, where));
      await postInThread(client, reply, {
        channel: message.channel,
        threadTs: message.thread_ts ?? message.ts,
        user: message.user,
        privateChannel: true,
      });
    } catch (err) {
      deps.log.error({ err, platform: 'slack', ...where }, 'slack direct message could not be answered');
    }
  });
}
