import { createInterface } from 'node:readline';
import type { ChannelContext } from '../../../commands/define';
import type { Bot } from '../../app/bot';
import type { PageInfo } from '../../core/reply';
import { colour, plain, renderReply } from './render';

/** The person at the terminal runs the bot, so they manage its one channel. */
const CHANNEL: ChannelContext = {
  platform: 'console',
  channelId: 'console',
  userId: 'console',
  canManage: async () => true,
};

/** What the start-up logs said, in one line: how many articles, and up to when. */
export function loaded(bot: Pick<Bot, 'corpus'>): string {
  const { articles } = bot.corpus.current().dataset;
  const newest = articles.reduce<string | null>(
    (max, a) => (a.published && (!max || a.published > max) ? a.published : max),
    null,
  );
  const count = `${articles.length} article${articles.length === 1 ? '' : 's'} loaded`;
  return newest ? `${count}, newest ${newest.slice(0, 10)}` : count;
}

/**
 * The interactive console: one command per line, as typed in chat. `more`/`back` page through
 * the last answer. Resolves when input ends (Ctrl-D or end of a pipe).
 */
export async function runRepl(
  bot: Bot,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream & { isTTY?: boolean } } = {
    input: process.stdin,
    output: process.stdout,
  },
): Promise<void> {
  const interactive = Boolean(io.output.isTTY) && Boolean((io.input as { isTTY?: boolean }).isTTY);
  const style = io.output.isTTY ? colour : plain;
  const rl = createInterface({
    input: io.input,
    output: interactive ? io.output : undefined,
    terminal: interactive,
  });
  const write = (s: string) => io.output.write(`${s}\n`);
  let page: PageInfo | null = null;

  if (interactive) {
    write(style.dim(`tariffs-bot console — ${loaded(bot)}; type \`help\`, or Ctrl-D to quit.`));
    rl.setPrompt('tariffs> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const typed = line.trim();
    if (typed === '') {
      if (interactive) rl.prompt();
      continue;
    }
    if (/^(quit|exit)$/i.test(typed)) break;
    let command = typed;
    if (/^(more|next|back|prev)$/i.test(typed)) {
      const target = /^(more|next)$/i.test(typed) ? page?.next : page?.prev;
      if (!target) {
        write(
          style.dim(/^(more|next)$/i.test(typed) ? 'Nothing more to show.' : 'Already on the first page.'),
        );
        if (interactive) rl.prompt();
        continue;
      }
      command = target;
    }
    const { reply } = await bot.ask(command, CHANNEL);
    page = reply.page ?? (reply.kind === 'error' ? page : null);
    write(renderReply(reply, style));
    write('');
    if (interactive) rl.prompt();
  }
  rl.close();
}
