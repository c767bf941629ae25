import { describe, expect, it } from 'vitest';
import { parseShardIds, shardOfGuild } from '../../src/cluster/shards';
import { ConfigError, loadConfig } from '../../src/config';
import { answer } from '../../src/core/reply';
import { withDuplicateCheck } from '../../src/scheduler/duplicate-check';
import { inParallel, rotate } from '../../src/scheduler/in-parallel';
import { SendError } from '../../src/scheduler/reply-sender';

describe('splitting Discord shards across processes', () => {
  it('reads SHARD_IDS lists and ranges', () => {
    expect(parseShardIds('0')).toEqual([0]);
    expect(parseShardIds('2, 0')).toEqual([0, 2]);
    expect(parseShardIds('0-3')).toEqual([0, 1, 2, 3]);
    expect(parseShardIds('0-1,4,1')).toEqual([0, 1, 4]);
  });

  it('configures this process with its shards, or all of them when only the count is set', () => {
    expect(loadConfig({ SHARD_IDS: '1,3', SHARD_COUNT: '4' }).discordShards).toEqual({
      ids: [1, 3],
      count: 4,
    });
    expect(loadConfig({ SHARD_COUNT: '2' }).discordShards).toEqual({ ids: [0, 1], count: 2 });
    expect(loadConfig({}).discordShards).toBeNull();
  });

  it('refuses shard settings that would leave guilds unanswered or answered twice, naming the variable', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (err) {
        return err instanceof ConfigError ? err.problems : [String(err)];
      }
    };
    expect(problems({ SHARD_IDS: '0' })).toEqual(['SHARD_COUNT is required when SHARD_IDS is set']);
    expect(problems({ SHARD_IDS: '2', SHARD_COUNT: '2' })[0]).toMatch(
      /^SHARD_IDS must be below SHARD_COUNT \(2\)/,
    );
    expect(problems({ SHARD_IDS: 'first', SHARD_COUNT: '2' })[0]).toMatch(
      /^SHARD_IDS must list shard numbers/,
    );
    expect(problems({ SHARD_COUNT: '0' })[0]).toMatch(/^SHARD_COUNT/);
  });

  it('puts a guild on the shard Discord sends its events to', () => {
    // Discord's documented example: shard_id = (guild_id >> 22) % num_shards.
    expect(shardOfGuild('41771983423143937', 2)).toBe(Number((41771983423143937n >> 22n) % 2n));
    expect(shardOfGuild('200000000000000001', 1)).toBe(0);
  });
});

describe('bounded fan-out of digests', () => {
  it('never has more than the limit in flight, and finishes every item', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await inParallel([...Array(25).keys()], 4, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (i % 3) * 3));
      inFlight--;
      done.push(i);
    });
    expect(most).toBe(4);
    expect(done.sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
  });

  it('still runs the other items when one fails, and reports the failure afterwards', async () => {
    const done: number[] = [];
    await expect(
      inParallel([1, 2, 3], 2, async (i) => {
        if (i === 1) throw new Error('channel 1 broke');
        done.push(i);
      }),
    ).rejects.toThrow('channel 1 broke');
    expect(done.sort()).toEqual([2, 3]);
  });

  it('lets processes start walking the list at different places', () => {
    expect(rotate([1, 2, 3, 4], 1)).toEqual([2, 3, 4, 1]);
    expect(rotate([1, 2, 3, 4], 6.5)).toEqual([3, 4, 1, 2]);
    expect(rotate([], 3)).toEqual([]);
  });
});

describe('re-sending a digest that may already be in the channel', () => {
  const reply = answer({ title: 'Daily digest' });
  const channel = () => {
    const posts: string[] = [];
    return {
      posts,
      platform: 'slack' as const,
      lookups: 0,
      async post(_c: string, _r: unknown, key: string) {
        posts.push(key);
        return { messageId: `ts-${posts.length}` };
      },
      async findPosted(_c: string, key: string) {
        this.lookups++;
        const i = posts.indexOf(key);
        return i >= 0 ? { messageId: `ts-${i + 1}` } : null;
      },
    };
  };

  it('returns the earlier post instead of posting again when a dead process had attempted it', async () => {
    const slack = channel();
    await slack.post('C1', reply, 'run-1'); // the dead process's post
    const sent = await withDuplicateCheck(slack, true).post('C1', reply, 'run-1');
    expect(sent).toEqual({ messageId: 'ts-1' });
    expect(slack.posts).toEqual(['run-1']);
  });

  it('posts without asking on a first attempt, and asks before its own retry', async () => {
    const slack = channel();
    const sender = withDuplicateCheck(slack, false);
    await sender.post('C1', reply, 'run-2');
    expect(slack.lookups).toBe(0);
    // The response was lost (timeout) though the post went through: the retry finds it.
    expect(await sender.post('C1', reply, 'run-2')).toEqual({ messageId: 'ts-1' });
    expect(slack.posts).toEqual(['run-2']);
  });

  it('leaves a platform that drops duplicates itself (Discord nonce) alone', () => {
    const discord = { platform: 'discord' as const, post: async () => ({ messageId: '1' }) };
    expect(withDuplicateCheck(discord, true)).toBe(discord);
  });

  it('fails the attempt (to be retried) when the history cannot be read', async () => {
    const slack = channel();
    slack.findPosted = async () => {
      throw new SendError({ kind: 'transient', detail: 'internal_error' });
    };
    await expect(withDuplicateCheck(slack, true).post('C1', reply, 'run-3')).rejects.toThrow(SendError);
    expect(slack.posts).toEqual([]);
  });
});
