/** Which Discord gateway shards this process runs, out of how many in all. */
export interface ShardPlan {
  ids: number[];
  count: number;
}

export const SHARD_IDS_PATTERN = /^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/;

/** The first shard number written in `text` that is `count` or more, read without expanding ranges. */
export function firstShardIdNotBelow(text: string, count: number): string | null {
  for (const [n] of text.matchAll(/\d+/g)) if (Number(n) >= count) return n;
  return null;
}

/** "0,2" or "0-3" or "0-1,4" → [0, 2] / [0, 1, 2, 3] / [0, 1, 4]; sorted, without repeats. */
export function parseShardIds(text: string): number[] {
  const ids = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to] = part.split('-').map((n) => Number(n.trim()));
    if (from === undefined || !Number.isInteger(from)) continue;
    const last = to === undefined ? from : to;
    for (let id = Math.min(from, last); id <= Math.max(from, last); id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** SHARD_IDS/SHARD_COUNT → the plan; every shard in this process when only the count is set. */
export function shardPlan(idsText: string | undefined, count: number | undefined): ShardPlan | null {
  if (count === undefined) return null;
  const ids = idsText === undefined ? Array.from({ length: count }, (_, i) => i) : parseShardIds(idsText);
  return { ids, count };
}

/** The shard Discord sends a guild's events to. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
