import type { App } from '@slack/bolt';
import { respondWith } from './deliver';
import { channelContext, type SlackDeps } from './deps';
import { fromSlackText } from './escape';

export const SLASH_COMMAND = '/tariffs';

/** `/tariffs <command> [args]`: acked at once (Slack allows 3 s), answered through the response_url. */
export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const text = fromSlackText(command.text ?? '');
    const where = { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id };
    try {
      const { reply, status } = await deps.bot.ask(text, channelContext(deps, where));
      deps.log.debug({ platform: 'slack', command: 'slash', status, ...where }, 'slack command answered');
      await respondWith(respond, reply);
    } catch (err) {
      deps.log.error({ err, platform: 'slack', ...where }, 'slack slash command could not be answered');
      await respond({
        response_type: 'ephemeral',
        text: 'Sorry — something went wrong on our side answering that. Please try again.',
      }).catch(() => undefined);
    }
  });
}
