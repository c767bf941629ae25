import { field, type Item } from '../src/core/reply';
import { describeFilter } from '../src/core/schedule/filter';
import { formatInZone } from '../src/core/schedule/local-time';
import type { DigestSchedule } from './digest-port';

/** When a digest runs, when it next comes and what it covers: shown by `subscriptions` and overviews. */
export function scheduleFields({ subscription: sub, nextRun }: DigestSchedule): Item[] {
  return [
    field('When', `every day at ${sub.time} ${sub.timezone}`),
    field('Next digest', nextRun ? formatInZone(nextRun, sub.timezone) : 'none while paused'),
    field('Filter', describeFilter(sub.filter) ?? 'none: every new article'),
  ];
}
