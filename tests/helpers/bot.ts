import { Bot } from '../../src/app/bot';
import { silentLogger } from '../../src/log';

/** A bot on the bundled seeds with a fixed clock, as every adapter sees it. */
export function seedBot(now = new Date('2025-06-08T00:00:00Z'), seedsDir = 'seeds'): Promise<Bot> {
  return Bot.start({ seedsDir, log: silentLogger, now: () => now });
}
