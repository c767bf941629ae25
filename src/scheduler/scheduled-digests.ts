import type {
  ChannelDigest,
  DigestChannel,
  DigestChoice,
  DigestDescription,
  DigestPort,
  DigestSchedule,
} from '../../commands/digest-port';
import type { Reply } from '../core/reply';
import { nextRunOf } from '../core/schedule/daily';
import type { DigestStore, Platform, Subscription } from '../storage/store';
import type { DigestScheduler } from './scheduler';

/** The digest port the commands use, kept by the scheduler and its store. */
export class ScheduledDigests implements DigestPort {
  constructor(
    private readonly store: DigestStore,
    private readonly scheduler: DigestScheduler,
    readonly defaults: { time: string; timezone: string },
    /** Tells the scheduler a subscription changed, so its trigger follows at once. */
    private readonly changed: () => void,
  ) {}

  canDeliverTo(platform: Platform): boolean {
    return this.scheduler.canDeliverTo(platform);
  }

  async subscribe(
    channel: DigestChannel,
    choice: DigestChoice,
    now: Date,
  ): Promise<DigestSchedule & { created: boolean }> {
    const { subscription, created } = await this.store.saveSubscription(
      { platform: channel.platform, channelId: channel.channelId, ...choice, createdBy: channel.userId },
      now,
    );
    this.changed();
    return { ...scheduleOf(subscription, now), created };
  }

  async unsubscribe(channel: DigestChannel, now: Date): Promise<boolean> {
    const removed = await this.store.removeSubscription(channel.platform, channel.channelId, now);
    this.changed();
    return removed;
  }

  async describe(channel: DigestChannel, now: Date): Promise<DigestDescription | null> {
    const sub = await this.store.findSubscription(channel.platform, channel.channelId);
    if (!sub) return null;
    const [lastRun] = await this.store.recentRuns(sub.id, 1);
    const lastSent = await this.store.lastSentRun(sub.id);
    return { ...scheduleOf(sub, now), lastRun: lastRun ?? null, lastSent };
  }

  async preview(channel: DigestChannel, now: Date): Promise<(DigestSchedule & { reply: Reply }) | null> {
    const sub = await this.store.findSubscription(channel.platform, channel.channelId);
    if (!sub) return null;
    const { digest } = await this.scheduler.preview(sub);
    return { ...scheduleOf(sub, now), reply: digest.reply };
  }

  async channels(platform: Platform, now: Date): Promise<ChannelDigest[]> {
    // Active subscriptions are the ones the scheduler already reads; a paused one shows in its
    // own channel's `subscriptions`, with why.
    const subs = (await this.store.activeSubscriptions()).filter((s) => s.platform === platform);
    return subs
      .map((sub) => ({ channelId: sub.channelId, ...scheduleOf(sub, now) }))
      .sort((a, b) => (a.nextRun?.getTime() ?? 0) - (b.nextRun?.getTime() ?? 0));
  }
}

function scheduleOf(sub: Subscription, now: Date): DigestSchedule {
  return { subscription: sub, nextRun: sub.status === 'active' ? nextRunOf(sub, now) : null };
}
