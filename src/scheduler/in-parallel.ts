/**
 * Runs `work` over `items` with at most `limit` in flight, in list order, and resolves when all
 * are done. A failure of one item is reported after the rest have run, so one bad channel does
 * not stop the digests of the others.
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (err) {
        errors.push(err);
      }
    }
  };
  const lanes = Math.max(1, Math.min(Math.floor(limit), items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, `${errors.length} items failed`);
}

/**
 * The list started at `offset` and wrapped around. Processes sharing one database walk their
 * due subscriptions from different places, so they mostly claim different runs instead of all
 * racing for the first ones.
 */
export function rotate<T>(items: readonly T[], offset: number): T[] {
  if (items.length === 0) return [];
  const at = ((Math.floor(offset) % items.length) + items.length) % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
}
