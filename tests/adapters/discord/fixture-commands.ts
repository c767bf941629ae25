import { z } from 'zod';
import { type AnyCommand, defineCommand } from '../../../commands/define';
import { commands } from '../../../commands/index';
import { answer, text } from '../../../src/core/reply';

/** A three-page answer, paged the way core commands page: `invocation --page N`. */
export const pagedCommand = defineCommand({
  name: 'pages',
  summary: 'Test only: a three-page answer',
  usage: 'pages [label]',
  examples: ['pages'],
  options: [
    { name: 'label', description: 'Echoed on every page', required: false, type: 'string', rest: true },
  ],
  input: z.object({ label: z.string().max(200).optional() }),
  run: ({ label }, ctx) => {
    const pages = 3;
    const page = Math.min(ctx.page, pages);
    return answer({
      title: `Paged answer ${page}`,
      sections: [{ heading: null, items: [text(`This is page ${page}${label ? ` of ${label}` : ''}.`)] }],
      page: {
        page,
        pages,
        next: page < pages ? `${ctx.invocation} --page ${page + 1}` : null,
        prev: page > 1 ? `${ctx.invocation} --page ${page - 1}` : null,
      },
    });
  },
});

/** Changes channel state, so only channel managers may run it. */
export const managedCommand = defineCommand({
  name: 'manage',
  summary: 'Test only: a command kept for channel managers',
  usage: 'manage',
  examples: ['manage'],
  options: [],
  input: z.object({}),
  managesChannel: true,
  run: (_input, ctx) => answer({ title: `Managed ${ctx.channel?.channelId ?? 'nowhere'}` }),
});

export const testCommands: AnyCommand[] = [...commands, pagedCommand, managedCommand];
