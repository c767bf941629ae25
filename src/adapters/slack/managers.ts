import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../log';

const usersInfo = z.object({
  ok: z.literal(true),
  user: z.object({
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    is_primary_owner: z.boolean().optional(),
  }),
});

/**
 * Who may change a channel's subscriptions: workspace admins and owners (from users.info) and
 * the people named as installers. Answers are cached briefly so a busy channel does not spend
 * its rate limit on users.info; a failed lookup is not cached and counts as "no".
 */
export class ChannelManagers {
  private readonly cache = new Map<string, { manager: boolean; until: number }>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
    private readonly opts: { ttlMs?: number; installerUserIds?: readonly string[]; now?: () => number } = {},
  ) {}

  async canManage(teamId: string | undefined, userId: string): Promise<boolean> {
    if (this.opts.installerUserIds?.includes(userId)) return true;
    const now = (this.opts.now ?? Date.now)();
    const key = `${teamId ?? ''}:${userId}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.manager;
    try {
      const parsed = usersInfo.safeParse(await this.client.users.info({ user: userId }));
      if (!parsed.success) {
        this.log.warn(
          { platform: 'slack', userId },
          'users.info gave an unexpected answer; treating as not a manager',
        );
        return false;
      }
      const { is_admin, is_owner, is_primary_owner } = parsed.data.user;
      const manager = Boolean(is_admin || is_owner || is_primary_owner);
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(key, { manager, until: now + (this.opts.ttlMs ?? 5 * 60_000) });
      return manager;
    } catch (err) {
      this.log.warn({ err, platform: 'slack', userId }, 'users.info failed; treating as not a manager');
      return false;
    }
  }
}
