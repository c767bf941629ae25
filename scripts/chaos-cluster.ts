/**
 * `npm run chaos:cluster [-- --slack 60 --discord 30 --speed 120]`: three digest processes on one
 * PostgreSQL post to the loopback Slack and Discord fakes on a fast shared clock, while processes
 * are killed with SIGKILL at random (often the one holding a claim) and restarted. Then every
 * scheduled digest is checked at the platforms: reports lost and doubled digests, and exits 1
 * unless both are 0. Uses DATABASE_URL when set, otherwise an embedded PostgreSQL.
 */
import { PostgresStore } from '../src/storage/postgres/postgres-store';
import type { Subscription } from '../src/storage/store';
import {
  discordMessagesByChannel,
  sharedClock,
  slackPostsByKey,
  subscribeChannels,
  threadProblems,
  Worker,
  type WorkerOptions,
} from '../tests/cluster/cluster-harness';
import { FakeDiscord } from '../tests/fakes/discord';
import { startFakeSlack } from '../tests/fakes/slack';
import { startTestPostgres } from '../tests/helpers/postgres';

const MINUTE = 60_000;
const PROCESSES = 3;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    process.stderr.write(`--${name} takes a positive number\n`);
    process.exit(2);
  }
  return value;
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

async function main(): Promise<number> {
  const slackCount = option('slack', 60);
  const discordCount = option('discord', 30);
  const speed = option('speed', 60);
  const windowMinutes = option('window', 90);

  const pg = await startTestPostgres();
  // Slow enough answers that kills often land between a post and its confirmation.
  const slack = await startFakeSlack({ latencyMs: 250 });
  const discord = await FakeDiscord.start({ globalRequestsPerSecond: 50 });
  const store = await PostgresStore.open(pg.url, { maxConnections: 4 });
  const clock = sharedClock('2025-07-01T20:00:00Z', speed);
  const workers: Worker[] = [];
  let exitCode = 1;
  try {
    // Due in bursts (many channels at the same minute) every ten virtual minutes of the window.
    const now = clock.now();
    const first = Math.ceil(now.getTime() / MINUTE) * MINUTE + 15 * MINUTE;
    const bursts = Math.max(1, Math.floor(windowMinutes / 10));
    const dueAt = (i: number, n: number) => new Date(first + Math.floor((i / n) * bursts) * 10 * MINUTE);
    const subs: Subscription[] = [
      ...(await subscribeChannels(store, {
        platform: 'slack',
        count: slackCount,
        due: (i) => dueAt(i, slackCount),
        createdAt: now,
        prefix: 'CCHAOS',
      })),
      ...(await subscribeChannels(store, {
        platform: 'discord',
        count: discordCount,
        due: (i) => dueAt(i, discordCount),
        createdAt: now,
      })),
    ];
    const lastDue = first + windowMinutes * MINUTE;
    say(
      `${subs.length} digests due over ${windowMinutes} virtual minutes, clock ×${speed}, ${PROCESSES} processes`,
    );

    const options: WorkerOptions = {
      databaseUrl: pg.url,
      clock,
      slack,
      discord,
      tickMs: 200,
      // Long enough that a live but slow process keeps its claim; a killed one's expires.
      leaseMs: 15 * MINUTE,
    };
    workers.push(...(await Promise.all(Array.from({ length: PROCESSES }, () => Worker.spawn(options)))));

    let kills = 0;
    let holderKills = 0;
    const restarts: Promise<void>[] = [];
    while (clock.now().getTime() < lastDue + 5 * MINUTE) {
      await sleep(between(1000, 3000));
      const live = workers.filter((w) => !w.exited);
      // One process always survives a kill, so the run keeps moving while others restart.
      if (live.length < 2) continue;
      // Half the time, the process holding a claim right now: the dangerous moment.
      const { rows } = await store.pool.query<{ owner: string }>(
        `SELECT owner FROM digest_runs WHERE state = 'claimed' ORDER BY random() LIMIT 1`,
      );
      const holder = Math.random() < 0.5 ? live.find((w) => w.owner === rows[0]?.owner) : undefined;
      const victim = holder ?? live[Math.floor(Math.random() * live.length)]!;
      await victim.kill9();
      kills++;
      if (holder) holderKills++;
      const slot = workers.indexOf(victim);
      restarts.push(
        sleep(between(300, 2000))
          .then(() => Worker.spawn(options))
          .then((w) => {
            workers[slot] = w;
          }),
      );
    }
    await Promise.all(restarts);
    say(`chaos over: ${kills} kill -9 (${holderKills} of a process holding a claim), all restarted`);

    // Drain: every run confirmed, or give up after a minute of real time.
    const ids = subs.map((s) => s.id);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await store.pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM digest_runs WHERE subscription_id = ANY($1) AND state IN ('sent', 'failed', 'skipped')`,
        [ids],
      );
      if (Number(rows[0]?.n) >= ids.length || Date.now() > deadline) break;
      await sleep(250);
    }
    await sleep(1000); // anything still in flight lands before counting

    const posts = slackPostsByKey(slack);
    const slackByChannel = new Map<string, number>();
    for (const { channel, count } of posts.values()) {
      slackByChannel.set(channel, (slackByChannel.get(channel) ?? 0) + count);
    }
    const discordByChannel = discordMessagesByChannel(discord);
    let lost = 0;
    let doubled = 0;
    const problems: string[] = [];
    for (const sub of subs) {
      const got =
        sub.platform === 'slack'
          ? (slackByChannel.get(sub.channelId) ?? 0)
          : (discordByChannel.get(sub.channelId)?.size ?? 0);
      if (got === 0) {
        lost++;
        problems.push(`lost: ${sub.platform} ${sub.channelId}`);
      } else if (got > 1) {
        doubled++;
        problems.push(`doubled (${got}×): ${sub.platform} ${sub.channelId}`);
      }
    }
    const { rows: states } = await store.pool.query<{ state: string; n: string; resumed: string }>(
      `SELECT state, count(*) AS n, count(*) FILTER (WHERE attempts > 1) AS resumed
       FROM digest_runs WHERE subscription_id = ANY($1) GROUP BY state ORDER BY state`,
      [ids],
    );
    const { rows: owners } = await store.pool.query<{ n: string }>(
      `SELECT count(DISTINCT owner) AS n FROM digest_runs WHERE subscription_id = ANY($1)`,
      [ids],
    );
    const historyLookups = slack.callsOf('conversations.history').length;
    const threads = threadProblems(slack, discord);
    problems.push(...threads.problems);
    for (const p of problems.slice(0, 20)) say(`  ${p}`);
    const { rows: notSent } = await store.pool.query<{ channel_id: string; state: string; detail: string }>(
      `SELECT channel_id, state, detail FROM digest_runs WHERE subscription_id = ANY($1) AND state <> 'sent'`,
      [ids],
    );
    for (const r of notSent.slice(0, 20)) say(`  ${r.state}: ${r.channel_id}: ${r.detail}`);
    say(
      `runs: ${states.map((s) => `${s.state} ${s.n}`).join(', ')}; ${states.reduce((n, s) => n + Number(s.resumed), 0)} needed more than one attempt; confirmed by ${owners[0]?.n} process starts; ${historyLookups} Slack history look-ups`,
    );
    say(`scheduled ${subs.length}, lost ${lost}, doubled ${doubled}`);
    say(`threads ${threads.threads}, with a part missing, doubled or astray: ${threads.problems.length}`);
    exitCode = lost === 0 && doubled === 0 && threads.problems.length === 0 && subs.length >= 50 ? 0 : 1;
    if (subs.length < 50) say('fewer than 50 scheduled runs: not a meaningful chaos run');
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await store.close();
    await slack.close();
    await discord.stop();
    await pg.stop();
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`chaos:cluster failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
