import { randomBytes } from 'node:crypto';
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Reply } from '../../core/reply';

/** Discord caps a custom_id at 100 characters. */
export const MAX_CUSTOM_ID = 100;
const PREFIX = 'tpg';

/** Which page a button fetches and who may press it. */
export interface PageTarget {
  askerId: string;
  command: string;
}

export type Decoded = { ok: true; target: PageTarget } | { ok: false; reason: 'not-ours' | 'expired' };

/**
 * Page buttons carry the command text of the page they fetch, so a restart loses nothing.
 * Text too long for a custom_id is kept in a bounded LRU map under a short key instead; an
 * evicted key makes the button answer "run the command again" rather than a wrong page.
 */
export class PageKeys {
  private readonly map = new Map<string, string>();

  constructor(private readonly capacity = 1000) {}

  encode(target: PageTarget, slot: 'next' | 'prev'): string {
    const direct = `${PREFIX}|${slot}|${target.askerId}|t|${target.command}`;
    if (direct.length <= MAX_CUSTOM_ID) return direct;
    const key = randomBytes(9).toString('base64url');
    this.map.set(key, target.command);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
    return `${PREFIX}|${slot}|${target.askerId}|k|${key}`;
  }

  decode(customId: string): Decoded {
    const parts = customId.split('|');
    if (parts[0] !== PREFIX || parts.length < 5) return { ok: false, reason: 'not-ours' };
    const askerId = parts[2]!;
    const mode = parts[3];
    const rest = parts.slice(4).join('|');
    if (mode === 't') return { ok: true, target: { askerId, command: rest } };
    if (mode !== 'k') return { ok: false, reason: 'not-ours' };
    const command = this.map.get(rest);
    if (command === undefined) return { ok: false, reason: 'expired' };
    // Touch on use so pages people are reading stay while stale ones age out.
    this.map.delete(rest);
    this.map.set(rest, command);
    return { ok: true, target: { askerId, command } };
  }

  get size(): number {
    return this.map.size;
  }
}

export const isPageButton = (customId: string) => customId.startsWith(`${PREFIX}|`);

/** "Back"/"More" buttons for a paged reply, or none. */
export function pageButtons(
  reply: Reply,
  askerId: string,
  keys: PageKeys,
): APIActionRowComponent<APIButtonComponent>[] {
  const page = reply.page;
  if (!page || (!page.next && !page.prev)) return [];
  const buttons: APIButtonComponent[] = [];
  if (page.prev) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Back',
      custom_id: keys.encode({ askerId, command: page.prev }, 'prev'),
    });
  }
  if (page.next) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: 'More',
      custom_id: keys.encode({ askerId, command: page.next }, 'next'),
    });
  }
  return [{ type: ComponentType.ActionRow, components: buttons }];
}
