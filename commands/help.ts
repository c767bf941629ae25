import { z } from 'zod';
import { answer, errorReply, field, text } from '../src/core/reply';
import { closest } from '../src/core/text/fuzzy';
import { type AnyCommand, defineCommand } from './define';
import { optionalText } from './input';

/** `help` lists every command of the spec, so it is built from the list it belongs to. */
export function makeHelpCommand(all: () => readonly AnyCommand[]) {
  return defineCommand({
    name: 'help',
    summary: 'List the commands, or explain one of them',
    usage: 'help [command]',
    examples: ['help', 'help who'],
    options: [{ name: 'command', description: 'A command to explain', required: false, type: 'string' }],
    input: z.object({ command: optionalText('The command name') }),
    run({ command }) {
      const commands = all();
      if (!command) {
        return answer({
          title: 'tariffs-bot — briefings on the 2025 US–Japan tariff talks',
          lead: 'Type a command after /tariffs (in Slack or Discord) or at the prompt.',
          sections: [
            { heading: 'Commands', items: commands.map((c) => field(c.usage, c.summary)) },
            { heading: 'Try', items: [text('latest'), text('who akazawa'), text('said "candid"')] },
          ],
          notes: ['`help <command>` explains one command.'],
        });
      }
      const spec = commands.find((c) => c.name === command.toLowerCase());
      if (!spec) {
        const near = closest(
          command,
          commands.map((c) => c.name),
        );
        return errorReply('Unknown command', `There is no command "${command.slice(0, 40)}".`, {
          suggestions: near.length ? near.map((n) => `help ${n}`) : ['help'],
        });
      }
      return answer({
        title: spec.usage,
        lead: spec.summary,
        sections: [
          ...(spec.options.length
            ? [
                {
                  heading: 'Options',
                  items: spec.options.map((o) =>
                    field(o.required ? o.name : `${o.name} (optional)`, o.description),
                  ),
                },
              ]
            : []),
          { heading: 'Examples', items: spec.examples.map((e) => text(e)) },
        ],
      });
    },
  });
}
