import type { Article, TariffEvent } from '../article';

/**
 * One development: the held events of one negotiation round (or one stand-alone event), with
 * every article reporting any of them. "What is new" and "the latest" are asked of these, so
 * five outlets reporting one round make one development, not five.
 */
export interface Development {
  key: string;
  /** Held events of this development, newest first. */
  events: TariffEvent[];
  /** The newest held event; its day is the development's day. */
  main: TariffEvent;
  date: string;
  /** Articles reporting it, newest first (undated last). */
  articles: Article[];
}

export const developmentKey = (e: TariffEvent): string =>
  e.round !== null ? `round:${e.round}` : `event:${e.id}`;

/** Held (not planned) dated events grouped into developments, oldest first by day. */
export function buildDevelopments(
  events: readonly TariffEvent[],
  articleById: ReadonlyMap<string, Article>,
): Development[] {
  const groups = new Map<string, TariffEvent[]>();
  for (const e of events) {
    if (e.planned || e.date === null) continue;
    const k = developmentKey(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  const out: Development[] = [];
  for (const [key, list] of groups) {
    list.sort((a, b) => (b.date! < a.date! ? -1 : b.date! > a.date! ? 1 : eventWeight(b) - eventWeight(a)));
    const main = list[0]!;
    const ids = new Set(list.flatMap((e) => e.articleIds));
    const articles = [...ids]
      .map((id) => articleById.get(id))
      .filter((a): a is Article => a !== undefined)
      .sort((a, b) =>
        a.published === b.published
          ? a.id.localeCompare(b.id)
          : a.published === null
            ? 1
            : b.published === null
              ? -1
              : a.published > b.published
                ? -1
                : 1,
      );
    out.push({ key, events: list, main, date: main.date!, articles });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key.localeCompare(b.key)));
}

/** On one day, the round itself outranks a side meeting or a call. */
function eventWeight(e: TariffEvent): number {
  return (
    (e.type === 'round' ? 4 : e.type === 'agreement' ? 3 : e.type === 'meeting' ? 2 : 1) +
    e.articleIds.length / 1000
  );
}
