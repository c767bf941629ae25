import type { ChannelContext } from '../../../commands/define';
import type { Bot } from '../../app/bot';
import type { Logger } from '../../log';
import type { ReplayGuard } from '../../storage/replay-guard';
import type { ChannelManagers } from './managers';

/** What every Slack listener needs: the shared bot, a logger and the manager check. */
export interface SlackDeps {
  bot: Bot;
  log: Logger;
  managers: ChannelManagers;
  /** Remembers event ids, so an event Slack delivers again (its retries) is answered once. */
  deliveries: ReplayGuard;
}

/** Slack retries an event for up to about an hour; an id is remembered that long. */
const EVENT_MEMORY_MS = 60 * 60_000;

/** True the first time an event id is seen (or when it has none); false for Slack's redeliveries. */
export async function firstDelivery(deps: SlackDeps, body: unknown): Promise<boolean> {
  const id = (body as { event_id?: unknown }).event_id;
  if (typeof id !== 'string' || id === '') return true;
  return !(await deps.deliveries.seen(`event:${id}`, new Date(Date.now() + EVENT_MEMORY_MS)));
}

/**
 * The ChannelContext of a request. Whether the user manages the channel is left as a question
 * (users.info, cached) that dispatch asks only for a command that changes the channel, so
 * ordinary questions cost no extra API call and the adapter never reads the command text.
 */
export function channelContext(
  deps: SlackDeps,
  where: { teamId: string | undefined; channelId: string; userId: string },
): ChannelContext {
  return {
    platform: 'slack',
    channelId: where.channelId,
    userId: where.userId,
    canManage: () => deps.managers.canManage(where.teamId, where.userId),
  };
}
