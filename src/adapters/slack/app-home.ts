import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { ChannelContext } from '../../../commands/define';
import { MAX_INPUT } from '../../app/dispatch';
import { HOME_VIEWS, homeContent, isHomeView } from '../../app/home';
import type { SlackDeps } from './deps';
import {
  ACTION_HOME_NEXT,
  ACTION_HOME_PREV,
  type HomeState,
  homeAction,
  readHomeState,
  renderHome,
} from './home-view';

const pageValue = z
  .string()
  .min(1)
  .max(MAX_INPUT + 40);

/**
 * Whoever looks at their Home tab. Home answers only read (latest, timeline, rates), so nobody
 * is asked whether they manage a channel.
 */
function homeContext(userId: string, channelId: string): ChannelContext {
  return { platform: 'slack', channelId, userId, canManage: async () => false };
}

/** Computes the Home tab for `userId` and publishes it; failures are logged, the user sees the old tab. */
async function publishHome(
  client: webApi.WebClient,
  deps: SlackDeps,
  state: HomeState & { userId: string },
  pageText?: string,
): Promise<void> {
  const where = { platform: 'slack', userId: state.userId, view: state.view };
  try {
    const content = await homeContent(deps.bot, homeContext(state.userId, state.channelId), {
      view: state.view,
      ...(pageText ? { pageText } : {}),
    });
    const view = renderHome(content, { view: state.view, channelId: state.channelId });
    await client.views.publish({ user_id: state.userId, view });
  } catch (err) {
    deps.log.error({ err, ...where }, 'slack home tab could not be published');
  }
}

/**
 * The App Home tab: on opening, the latest briefing, the workspace's daily digests and buttons for
 * the other answers. A click is acknowledged at once and the tab is published again with that
 * answer in place, as Home tabs update (there is no message to reply to).
 */
export function registerAppHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    // The Messages tab is the DM with the bot: conversation.ts answers there.
    if (event.tab !== 'home') return;
    await publishHome(client, deps, { userId: event.user, channelId: event.channel, view: 'latest' });
  });

  const views = new RegExp(`^(${HOME_VIEWS.map(homeAction).join('|')})$`);
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: views },
    async ({ ack, action, body, client }) => {
      await ack();
      const view = action.value;
      if (!isHomeView(view)) {
        deps.log.warn(
          { platform: 'slack', userId: body.user.id },
          'home button with an unusable value ignored',
        );
        return;
      }
      const channelId = readHomeState(body.view?.private_metadata)?.channelId ?? '';
      await publishHome(client, deps, { userId: body.user.id, channelId, view });
    },
  );

  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^(${ACTION_HOME_NEXT}|${ACTION_HOME_PREV})$`) },
    async ({ ack, action, body, client }) => {
      await ack();
      const value = pageValue.safeParse(action.value);
      const state = readHomeState(body.view?.private_metadata);
      if (!value.success || !state) {
        deps.log.warn(
          { platform: 'slack', userId: body.user.id },
          'home page button with an unusable value ignored',
        );
        return;
      }
      await publishHome(client, deps, { ...state, userId: body.user.id }, value.data);
    },
  );
}
