import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { MAX_INPUT } from '../../app/dispatch';
import { ACTION_NEXT, ACTION_PREV } from './blocks';
import { respondWith } from './deliver';
import { channelContext, type SlackDeps } from './deps';

const pageValue = z
  .string()
  .min(1)
  .max(MAX_INPUT + 40);

/**
 * More/Back buttons: the button's value is the command text of the neighbouring page, dispatched
 * again for whoever clicked (their permissions, not the original asker's), and the message is
 * replaced in place.
 */
export function registerPageActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^(${ACTION_NEXT}|${ACTION_PREV})$`) },
    async ({ ack, action, body, respond }) => {
      await ack();
      const value = pageValue.safeParse(action.value);
      const where = { teamId: body.team?.id, channelId: body.channel?.id ?? '', userId: body.user.id };
      if (!value.success) {
        deps.log.warn({ platform: 'slack', ...where }, 'page button with an unusable value ignored');
        return;
      }
      try {
        const { reply } = await deps.bot.ask(value.data, channelContext(deps, where));
        await respondWith(respond, reply, true);
      } catch (err) {
        deps.log.error({ err, platform: 'slack', ...where }, 'slack page button could not be answered');
      }
    },
  );
}
