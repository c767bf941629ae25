import type { TariffEvent } from '../article';
import { type EventHints, eventHints } from './events';

/**
 * An event's hints by article, in their order. A round many articles report carries a hint list
 * per report; indexing it once keeps each undated article from reading every other report's.
 */
const hintsByArticle = new WeakMap<
  TariffEvent,
  { source: EventHints[]; length: number; byId: Map<string, EventHints[]> }
>();

/** The date words the article `articleId` gave for event `e`, one entry per report. */
export function hintsIn(e: TariffEvent, articleId: string): EventHints[] {
  const source = eventHints.get(e) ?? [];
  let cached = hintsByArticle.get(e);
  // Rebuilt whenever the event's hints were replaced or added to since.
  if (!cached || cached.source !== source || cached.length !== source.length) {
    const byId = new Map<string, EventHints[]>();
    for (const h of source) {
      const list = byId.get(h.articleId);
      if (list) list.push(h);
      else byId.set(h.articleId, [h]);
    }
    cached = { source, length: source.length, byId };
    hintsByArticle.set(e, cached);
  }
  return cached.byId.get(articleId) ?? [];
}

/** Drops the index of an event's hints once dating is done; the events outlive it. */
export function forgetHintsIn(e: TariffEvent): void {
  hintsByArticle.delete(e);
}
