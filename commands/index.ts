import { about } from './about';
import type { AnyCommand } from './define';
import { digest } from './digest';
import { makeHelpCommand } from './help';
import { latest } from './latest';
import { people } from './people';
import { rates } from './rates';
import { said } from './said';
import { sources } from './sources';
import { subscribe } from './subscribe';
import { subscriptions } from './subscriptions';
import { timeline } from './timeline';
import { unsubscribe } from './unsubscribe';
import { who } from './who';

/** The one command spec: Slack, Discord and the console all register from this list. */
export const commands: AnyCommand[] = [latest, digest, who, said, about, timeline, people, sources, rates];
// Daily digests (issue 8).
commands.push(subscribe, unsubscribe, subscriptions);
commands.push(makeHelpCommand(() => commands));
