import type { ChannelDigestSummary } from '../../../commands/digest-overview';
import { HOME_VIEWS, type HomeContent, type HomeView } from '../../app/home';
import { answer } from '../../core/reply';
import { ACTION_NEXT, ACTION_PREV, type Button, renderReply, type SlackBlock } from './blocks';
import { escapeText } from './escape';

/** Slack's documented limits of a Home tab view. */
export const HOME_LIMITS = { blocks: 100, privateMetadata: 3000 } as const;

/** A button per home answer: `tariffs_home_latest`, `tariffs_home_timeline`, `tariffs_home_rates`. */
export const homeAction = (view: HomeView): string => `tariffs_home_${view}`;
/** The pager of an answer shown in the Home tab: a view has no response_url to replace a message through. */
export const ACTION_HOME_NEXT = 'tariffs_home_page_next';
export const ACTION_HOME_PREV = 'tariffs_home_page_prev';

const LABELS: Record<HomeView, string> = { latest: 'Latest', timeline: 'Timeline', rates: 'Rates' };

/** What a click needs to know about the view it came from, kept in the view's private_metadata. */
export interface HomeState {
  view: HomeView;
  /** The user's App Home channel (the bot's DM with them). */
  channelId: string;
}

export interface SlackHomeView {
  type: 'home';
  callback_id: 'tariffs_home';
  private_metadata: string;
  blocks: SlackBlock[];
}

/** A channel as a link Slack shows by name to the viewer; anything not shaped like an id stays text. */
function channelRef(id: string): string {
  return /^[CG][A-Z0-9]{2,30}$/.test(id) ? `<#${id}>` : escapeText(id);
}

function viewButtons(shown: HomeView): SlackBlock {
  const elements = HOME_VIEWS.map(
    (view): Button => ({
      type: 'button',
      action_id: homeAction(view),
      text: { type: 'plain_text', text: LABELS[view], emoji: true },
      value: view,
      ...(view === shown ? { style: 'primary' as const } : {}),
    }),
  );
  return { type: 'actions', block_id: 'tariffs_home_views', elements };
}

/** The answer as the first message renderReply makes of it, its pager re-pointed at the Home handlers. */
function answerBlocks(content: HomeContent): SlackBlock[] {
  const [first] = renderReply(content.answer, { maxMessages: 1 });
  const pager: Record<string, string> = { [ACTION_NEXT]: ACTION_HOME_NEXT, [ACTION_PREV]: ACTION_HOME_PREV };
  return (first?.blocks ?? []).map((block) =>
    block.type === 'actions'
      ? {
          ...block,
          elements: block.elements.map((b) => ({ ...b, action_id: pager[b.action_id] ?? b.action_id })),
        }
      : block,
  );
}

/** One channel's digest: its link, then its fields rendered as any reply's fields are. */
function channelBlocks({ channelId, items }: ChannelDigestSummary): SlackBlock[] {
  const [fields] = renderReply(answer({ title: 'digest', sections: [{ heading: null, items }] }));
  const link: SlackBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: `*${channelRef(channelId)}*`, verbatim: true },
  };
  return [link, ...(fields?.blocks.slice(1) ?? [])];
}

/** The digests, as many channels as fit in what is left of the view; a last line counts the rest. */
function digestBlocks(content: HomeContent, room: number): SlackBlock[] {
  const { reply, channels } = content.digests;
  const out = renderReply(reply, { maxMessages: 1 })[0]?.blocks ?? [];
  for (const [i, channel] of channels.entries()) {
    const blocks = channelBlocks(channel);
    const last = i === channels.length - 1;
    // Keep one block free for the "and N more" line unless this is the last channel.
    if (out.length + blocks.length + (last ? 0 : 1) > room) {
      const left = channels.length - i;
      const more = `…and ${left} more ${left === 1 ? 'channel' : 'channels'}: \`subscriptions\` in a channel shows its digest.`;
      out.push({ type: 'context', elements: [{ type: 'mrkdwn', text: more, verbatim: true }] });
      break;
    }
    out.push(...blocks);
  }
  return out;
}

/**
 * The Home tab: buttons for the home answers, the chosen answer (within one message's 50 blocks,
 * escaped as every answer is) and the workspace's daily digests, within the view's 100 blocks.
 */
export function renderHome(content: HomeContent, state: HomeState): SlackHomeView {
  const top = [viewButtons(content.view), ...answerBlocks(content), { type: 'divider' } as const];
  const blocks = [...top, ...digestBlocks(content, HOME_LIMITS.blocks - top.length)];
  return {
    type: 'home',
    callback_id: 'tariffs_home',
    private_metadata: JSON.stringify(state).slice(0, HOME_LIMITS.privateMetadata),
    blocks: blocks.slice(0, HOME_LIMITS.blocks),
  };
}

/** The state a click's view carries; null when it is missing or not ours. */
export function readHomeState(metadata: string | undefined): HomeState | null {
  if (!metadata) return null;
  try {
    const v = JSON.parse(metadata) as Partial<HomeState>;
    const view = HOME_VIEWS.find((h) => h === v.view);
    return view && typeof v.channelId === 'string' ? { view, channelId: v.channelId } : null;
  } catch {
    return null;
  }
}
