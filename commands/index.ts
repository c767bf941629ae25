import { about } from './about';
import type { AnyCommand } from './define';
import { digest } from './digest';
import { makeHelpCommand } from './help';
import { latest } from './latest';
import { people } from './people';
import { said } from './said';
import { sources } from './sources';
import { timeline } from './timeline';
import { who } from './who';

/** The one command spec: Slack, Discord and the console all register from this list. */
export const commands: AnyCommand[] = [latest, digest, who, said, about, timeline, people, sources];
commands.push(makeHelpCommand(() => commands));
