import type { AnyCommand } from './define';
import { makeHelpCommand } from './help';
import { latest } from './latest';
import { who } from './who';

/** The one command spec: Slack, Discord and the console all register from this list. */
export const commands: AnyCommand[] = [latest, who];
commands.push(makeHelpCommand(() => commands));
