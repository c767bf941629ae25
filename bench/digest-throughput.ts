import { randomUUID } from 'node:crypto';
import { DISCORD_DIGEST_REQUESTS_PER_SECOND } from '../src/scheduler/digest-senders';
import { PostgresStore } from '../src/storage/postgres/postgres-store';
import {
  discordMessagesByChannel,
  sharedClock,
  slackPostsByKey,
  Worker,
} from '../tests/cluster/cluster-harness';
import { FakeDiscord } from '../tests/fakes/discord';
import { type FakeSlack, startFakeSlack } from '../tests/fakes/slack';
import { startTestPostgres } from '../tests/helpers/postgres';
import { table } from './measure';
import type { BenchSection } from './section';

/**
 * Digest throughput: N subscriptions due at the same minute, delivered by 1 and by 3 digest
 * processes (src/cluster/digest-worker.ts, real child processes) sharing one PostgreSQL, posting
 * to the loopback fakes with their simulated limits: Slack 1 message a second per channel (and a
 * round-trip latency), Discord 50 requests a second per bot. The ceiling column is what the
 * platform's limit allows for N channels; nothing can beat it, more processes only get closer.
 */
export interface DigestThroughputRow {
  platform: 'slack' | 'discord';
  subscriptions: number;
  processes: number;
  seconds: number;
  perSecond: number;
  /** The platform's limit for these channels, per second. */
  ceilingPerSecond: number;
  /** perSecond over the same platform's one-process figure. */
  speedup: number | null;
  lost: number;
  doubled: number;
}

const SLACK_LATENCY_MS = 50;
const DISCORD_GLOBAL_PER_SECOND = 50;
const DUE = '2025-07-01T23:00:00.000Z';

/** All subscriptions in one statement, so they appear to the processes at one instant. */
async function subscribeAll(store: PostgresStore, platform: 'slack' | 'discord', n: number, run: string) {
  const ids: string[] = [];
  const channels: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(randomUUID());
    channels.push(
      platform === 'slack'
        ? `C${run}${i}`
        : String(400000000000000000n + BigInt(i) * 7919n + BigInt(run.length)),
    );
  }
  await store.pool.query(
    `INSERT INTO subscriptions (id, platform, channel_id, time, timezone, filter_person, filter_topic, quiet,
       status, status_reason, created_by, created_at, updated_at)
     SELECT id, $3, channel, '23:00', 'UTC', NULL, NULL, false, 'active', NULL, 'bench', $4, $4
     FROM unnest($1::text[], $2::text[]) AS t(id, channel)`,
    [ids, channels, platform, new Date(Date.parse(DUE) - 3_600_000)],
  );
  return { ids, channels };
}

async function scenario(opts: {
  platform: 'slack' | 'discord';
  n: number;
  processes: number;
  log: (line: string) => void;
}): Promise<Omit<DigestThroughputRow, 'speedup'>> {
  const slack: FakeSlack | undefined =
    opts.platform === 'slack'
      ? await startFakeSlack({ latencyMs: SLACK_LATENCY_MS, postsPerChannelPerSecond: 1 })
      : undefined;
  const discord =
    opts.platform === 'discord'
      ? await FakeDiscord.start({ globalRequestsPerSecond: DISCORD_GLOBAL_PER_SECOND })
      : undefined;
  // A fresh database each time: nothing left over from the previous scenario to walk through.
  const pg = await startTestPostgres();
  const url = pg.url;
  const store = await PostgresStore.open(url, { maxConnections: 4 });
  // The due minute has just passed on the processes' clock: each finds every run due at once.
  const clock = sharedClock(DUE, 1);
  const workers = await Promise.all(
    Array.from({ length: opts.processes }, () =>
      Worker.spawn({
        databaseUrl: url,
        clock,
        ...(slack ? { slack } : {}),
        ...(discord ? { discord } : {}),
        tickMs: 200,
      }),
    ),
  );
  try {
    const run = randomUUID().slice(0, 6);
    const { channels } = await subscribeAll(store, opts.platform, opts.n, run);
    const started = performance.now();
    const delivered = () =>
      slack
        ? slackPostsByKey(slack).size
        : [...discordMessagesByChannel(discord!).values()].reduce((n, s) => n + s.size, 0);
    let lastReport = started;
    while (delivered() < opts.n && performance.now() - started < 900_000) {
      await new Promise((r) => setTimeout(r, 100));
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        opts.log(`  … ${delivered()} of ${opts.n} after ${((lastReport - started) / 1000).toFixed(0)} s`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 500));
    let lost = 0;
    let doubled = 0;
    if (slack) {
      const perChannel = new Map<string, number>();
      for (const { channel, count } of slackPostsByKey(slack).values())
        perChannel.set(channel, (perChannel.get(channel) ?? 0) + count);
      for (const c of channels) {
        const got = perChannel.get(c) ?? 0;
        if (got === 0) lost++;
        if (got > 1) doubled++;
      }
    } else {
      const perChannel = discordMessagesByChannel(discord!);
      for (const c of channels) {
        const got = perChannel.get(c)?.size ?? 0;
        if (got === 0) lost++;
        if (got > 1) doubled++;
      }
    }
    const ceilingPerSecond = slack ? opts.n : DISCORD_GLOBAL_PER_SECOND;
    return {
      platform: opts.platform,
      subscriptions: opts.n,
      processes: opts.processes,
      seconds: Math.round(seconds * 10) / 10,
      perSecond: Math.round((opts.n - lost) / seconds),
      ceilingPerSecond,
      lost,
      doubled,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await store.close();
    await slack?.close();
    await discord?.stop();
    await pg.stop();
  }
}

export const digestThroughputSection: BenchSection = {
  name: 'digests',
  description:
    'digest throughput: subscriptions due at one minute, 1 vs 3 processes on one PostgreSQL, platform limits simulated by the fakes',
  async run({ quick, log }) {
    const n = quick ? 1000 : 10_000;
    const discordN = quick ? 300 : 10_000;
    const rows: DigestThroughputRow[] = [];
    for (const [platform, size] of [
      ['slack', n],
      ['discord', discordN],
    ] as const) {
      let single: number | null = null;
      for (const processes of [1, 3]) {
        log(`${platform}: ${size} subscriptions, ${processes} process${processes > 1 ? 'es' : ''}…`);
        const row = await scenario({ platform, n: size, processes, log });
        single ??= row.perSecond;
        rows.push({
          ...row,
          speedup: processes === 1 ? null : Math.round((row.perSecond / single) * 100) / 100,
        });
      }
    }
    log(
      table(
        ['platform', 'subs', 'procs', 'seconds', 'digests/s', 'ceiling/s', '3 vs 1', 'lost', 'doubled'],
        rows.map((r) => [
          r.platform,
          String(r.subscriptions),
          String(r.processes),
          r.seconds.toFixed(1),
          String(r.perSecond),
          r.platform === 'slack'
            ? `${r.ceilingPerSecond} (1/s per channel)`
            : `${r.ceilingPerSecond} (global; we use ${DISCORD_DIGEST_REQUESTS_PER_SECOND})`,
          r.speedup === null ? '' : `${r.speedup}×`,
          String(r.lost),
          String(r.doubled),
        ]),
      ),
    );
    return { slackLatencyMs: SLACK_LATENCY_MS, rows };
  },
};
