import type { CommandServices } from '../../commands/define';
import type { DigestStore } from '../storage/store';
import type { DigestScheduler } from './scheduler';

/** What the digest commands reach through `ctx.services`. */
export class DigestServices {
  constructor(
    readonly store: DigestStore,
    readonly scheduler: DigestScheduler,
    /** Used when `subscribe` names no time or zone (DIGEST_TIMEZONE). */
    readonly defaults: { time: string; timezone: string },
    /** Tells the scheduler a subscription changed, so its trigger follows at once. */
    readonly changed: () => void,
  ) {}
}

const KEY = 'digests';

export function provideDigestServices(services: CommandServices, digests: DigestServices): void {
  services[KEY] = digests;
}

/** The digest services, or null where none run (the one-shot console, tests without a store). */
export function digestServicesOf(services: CommandServices): DigestServices | null {
  const value = services[KEY];
  return value instanceof DigestServices ? value : null;
}
