import type { ChannelContext } from '../../commands/define';
import { type DigestOverview, digestOverview } from '../../commands/digest-overview';
import type { Reply } from '../core/reply';
import type { Bot } from './bot';

/** The answers a home screen (Slack's App Home) offers as buttons; the first is shown on opening. */
export const HOME_VIEWS = ['latest', 'timeline', 'rates'] as const;
export type HomeView = (typeof HOME_VIEWS)[number];

export const isHomeView = (v: unknown): v is HomeView => HOME_VIEWS.includes(v as HomeView);

/** Everything a home screen shows, computed by the commands; a platform only lays it out. */
export interface HomeContent {
  view: HomeView;
  answer: Reply;
  digests: DigestOverview;
}

/**
 * The home screen for whoever opened it: `view`'s answer (or, with `pageText`, another page of
 * it: the text a pager button carries) and the daily digests of the platform's channels.
 */
export async function homeContent(
  bot: Bot,
  channel: ChannelContext,
  show: { view: HomeView; pageText?: string },
): Promise<HomeContent> {
  const [result, digests] = await Promise.all([
    show.pageText ? bot.ask(show.pageText, channel) : bot.askOptions(show.view, {}, channel),
    digestOverview(bot.digests, channel.platform, bot.now()),
  ]);
  return { view: show.view, answer: result.reply, digests };
}
