/**
 * `npm run chaos:digest`: kills the digest process with SIGKILL at random points, restarts it,
 * and counts lost and doubled digests over at least 50 scheduled runs. Exits non-zero unless
 * both are 0.
 *
 * One file, two roles: without arguments it is the orchestrator (a temp SQLite file, a copy of
 * the seeds, a loopback "platform" on 127.0.0.1 that records every post); with `--child` it is
 * the digest process (the real scheduler, store and seeds watcher, on a fast clock).
 *
 * Time: simulated = SIM_START + (real elapsed) × SPEED, the same formula in every process, so
 * time keeps running while the child is dead, as it would in production. Ticks come from a
 * 50 ms interval (node-cron triggers real minutes, too slow for this clock); everything else is
 * the production code path.
 *
 * Counting is independent of the database: every message the platform shows is mapped, from
 * its channel's schedule and the simulated time it arrived, to the run it belongs to. A run
 * with no message is lost; a run with two is doubled. Raw posts the platform dropped as
 * repeats of an idempotency key (a retry after a kill between posting and confirming) are
 * reported separately. A digest in a thread counts once, by its parent; its replies are checked
 * apart: each thread must hold the run's parts 1..n once each, none missing (a kill between
 * parts must be completed in the same thread, never doubled or left without its details).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Bot } from '../src/app/bot';
import type { Reply } from '../src/core/reply';
import { clockTimeOf } from '../src/core/schedule/daily';
import { latestRunAtOrBefore, wallTime } from '../src/core/schedule/local-time';
import { createLogger } from '../src/log';
import { type ReplySender, SendError, type ThreadSender } from '../src/scheduler/reply-sender';
import { DigestScheduler } from '../src/scheduler/scheduler';
import { watchSeeds } from '../src/scheduler/seeds-watcher';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store';

// New York springs forward at 07:00 UTC on 9 March 2025: the run spans it.
const SIM_START = Date.parse('2025-03-09T04:00:00Z');
// 1 real second = 5 simulated minutes: slow enough that a restart on a loaded machine (we have
// seen 35 s) stays well inside the grace period, fast enough for 80 runs in under 2 minutes.
const SPEED = 300;
const CHAOS_SECONDS = Number(process.env.CHAOS_SECONDS ?? 85);
const MIN = 60_000;
/**
 * Generous in simulated time: on a loaded machine a restart can take 10 real seconds, which is
 * over three simulated hours, and a run past the grace is skipped by design, which this script
 * would count as lost. Skipping past the grace is covered by the scheduler's tests instead.
 */
const GRACE_MS = 12 * 60 * MIN;
const ZONES = [
  'Asia/Tokyo',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Los_Angeles',
];
const CHANNELS = 80;
/**
 * `--history`: the platform behaves like Slack (every post is kept; the bot looks in the channel
 * history before a repeat attempt) instead of like Discord (a repeated nonce is dropped).
 */
const HISTORY = process.argv.includes('--history') || process.env.CHAOS_HISTORY === '1';

const simNow = (realStart: number) => new Date(SIM_START + (Date.now() - realStart) * SPEED);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rand = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

const postBody = z.object({
  channelId: z.string(),
  key: z.string(),
  title: z.string(),
  /** The thread a reply goes into (the parent's id); null for a message in the channel. */
  thread: z.string().nullable(),
});

interface Message {
  channelId: string;
  key: string;
  thread: string | null;
  id: string;
  simAt: number;
}

/* ------------------------------------------------------------------ child: the digest process */

async function child(): Promise<void> {
  const env = z
    .object({
      CHAOS_DB: z.string(),
      CHAOS_SEEDS: z.string(),
      CHAOS_PLATFORM: z.url(),
      CHAOS_REAL_START: z.coerce.number(),
    })
    .parse(process.env);
  const clock = () => simNow(env.CHAOS_REAL_START);
  const log = createLogger(process.env.LOG_LEVEL ?? 'error');
  const bot = await Bot.start({ seedsDir: env.CHAOS_SEEDS, log, now: clock });
  const store = SqliteStore.open(env.CHAOS_DB);
  const send = async (channelId: string, reply: Reply, key: string, thread: string | null) => {
    const res = await fetch(env.CHAOS_PLATFORM, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channelId, key, title: reply.title, thread }),
    });
    if (res.status === 429) {
      throw new SendError({
        kind: 'rate-limited',
        retryAfterMs: Number(res.headers.get('retry-after-ms') ?? 20),
      });
    }
    if (res.status >= 500) throw new SendError({ kind: 'transient', detail: `HTTP ${res.status}` });
    if (!res.ok) throw new SendError({ kind: 'gone', detail: `HTTP ${res.status}` });
    return z.object({ messageId: z.string() }).parse(await res.json());
  };
  // Threads as Slack has them: a message's id is its thread; each reply is a post of its own.
  const sender: ReplySender & ThreadSender = {
    platform: 'slack',
    post: (channelId, reply, key) => send(channelId, reply, key, null),
    openThread: async (_channelId, messageId) => ({ ok: true, threadId: messageId }),
    postInThread: (channelId, threadId, reply, key) => send(channelId, reply, key, threadId),
    // Never reached (this platform always opens the thread); it would be an edit, not a post.
    async replaceMessage() {
      throw new SendError({ kind: 'gone', detail: 'this platform has no edits' });
    },
  };
  // Slack-like: the platform keeps every post, and the bot finds its own by key in the history.
  const lookup = {
    async findPosted(channelId: string, key: string, thread?: string) {
      const url = `${env.CHAOS_PLATFORM}?channel=${encodeURIComponent(channelId)}&key=${encodeURIComponent(key)}${thread ? `&thread=${encodeURIComponent(thread)}` : ''}`;
      const res = await fetch(url);
      if (res.status === 404) return null;
      if (!res.ok) throw new SendError({ kind: 'transient', detail: `history HTTP ${res.status}` });
      return z.object({ messageId: z.string() }).parse(await res.json());
    },
  };
  const scheduler = new DigestScheduler({
    store,
    senders: { slack: HISTORY ? Object.assign(sender, lookup) : sender },
    corpus: bot.corpus.current,
    clock,
    log,
    graceMs: GRACE_MS,
    leaseMs: 3 * MIN,
    retry: { maxAttempts: 8, baseDelayMs: 10, maxDelayMs: 200, maxRetryAfterMs: 2_000 },
  });
  watchSeeds({
    dir: env.CHAOS_SEEDS,
    reload: () => bot.corpus.reload(),
    onReloaded: () => scheduler.noteCorpus(),
    known: bot.corpus.current().dataset.problems,
    log,
    debounceMs: 50,
  });
  const tick = () => scheduler.tick().catch((err: unknown) => log.error({ err }, 'tick failed'));
  await tick(); // the start-up catch-up
  process.stdout.write('ready\n');
  setInterval(tick, 50);
}

/* ------------------------------------------------------------- orchestrator: kill and count */

async function orchestrate(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'chaos-digest-'));
  const seeds = join(work, 'seeds');
  const db = join(work, 'digests.sqlite');
  const realStart = Date.now();
  const started = performance.now();
  try {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(seeds);
    for (const name of readdirSync('seeds')) copyFileSync(join('seeds', name), join(seeds, name));

    // Subscriptions: many channels in six zones, each due once at a random moment of the run
    // (as local time in its zone), and one at 02:30 New York, a time the spring-forward night skips.
    const setup = SqliteStore.open(db);
    const subs = [];
    const windowStart = SIM_START + 10 * MIN;
    const windowEnd = SIM_START + CHAOS_SECONDS * SPEED * 1000 - 40 * MIN;
    for (let i = 0; i < CHANNELS; i++) {
      const zone = i === 1 ? 'America/New_York' : ZONES[i % ZONES.length]!;
      const local = wallTime(rand(windowStart, windowEnd), zone);
      const time =
        i === 1 ? '02:30' : `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
      const { subscription } = await setup.saveSubscription(
        {
          platform: 'slack',
          channelId: `C${String(i).padStart(3, '0')}`,
          time,
          timezone: zone,
          filter: { person: null, topic: null },
          quiet: false,
          createdBy: 'chaos',
        },
        new Date(SIM_START),
      );
      subs.push(subscription);
    }
    await setup.close();

    // The platform: records what it shows, drops a repeated idempotency key (as a Discord nonce
    // or Slack's metadata check does), sometimes answers 429 or 503, and sometimes has the
    // orchestrator kill the poster right before or after it records the post.
    const messages: Message[] = [];
    const seenKeys = new Map<string, string>();
    let rawPosts = 0;
    let absorbed = 0;
    let lookups = 0;
    let injected429 = 0;
    let injected503 = 0;
    let killsBeforePost = 0;
    let killsAfterPost = 0;
    let current: ChildProcess | null = null;
    let chaos = true;
    // At most one kill at the platform's door per process life, and not in its first half
    // second: otherwise a slow start-up and a burst of catch-up posts become a death spiral
    // in which the backlog outgrows the grace period.
    let doorKillAllowedAt = Number.POSITIVE_INFINITY;
    const doorKill = (): boolean => {
      if (!chaos || performance.now() < doorKillAllowedAt) return false;
      if (!current || current.exitCode !== null || current.signalCode !== null) return false;
      doorKillAllowedAt = Number.POSITIVE_INFINITY;
      current.kill('SIGKILL');
      return true;
    };
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', async () => {
        if (req.method === 'GET') {
          const q = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
          const hit = messages.find(
            (m) => m.channelId === q.get('channel') && m.key === q.get('key') && m.thread === q.get('thread'),
          );
          lookups++;
          if (hit)
            res
              .writeHead(200, { 'content-type': 'application/json' })
              .end(JSON.stringify({ messageId: hit.id }));
          else res.writeHead(404).end();
          return;
        }
        const post = postBody.parse(JSON.parse(body));
        await sleep(rand(0, 40));
        const roll = Math.random();
        if (roll < 0.05 && doorKill()) {
          killsBeforePost++;
          res.destroy();
          return;
        }
        if (roll < 0.1) {
          injected429++;
          res.writeHead(429, { 'retry-after-ms': '25' }).end();
          return;
        }
        if (roll < 0.14) {
          injected503++;
          res.writeHead(503).end();
          return;
        }
        rawPosts++;
        let id = HISTORY ? undefined : seenKeys.get(post.key);
        if (id) absorbed++;
        else {
          id = `m${rawPosts}`;
          seenKeys.set(post.key, id);
          messages.push({
            channelId: post.channelId,
            key: post.key,
            thread: post.thread,
            id,
            simAt: simNow(realStart).getTime(),
          });
        }
        if (roll < 0.3 && doorKill()) {
          killsAfterPost++;
          res.destroy();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId: id }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const platform = `http://127.0.0.1:${(server.address() as AddressInfo).port}/post`;

    const script = fileURLToPath(import.meta.url);
    const start = (): Promise<ChildProcess> =>
      new Promise((ready, fail) => {
        const proc = spawn(process.execPath, ['--import', 'tsx', script, '--child'], {
          cwd: resolve('.'),
          env: {
            ...process.env,
            CHAOS_HISTORY: HISTORY ? '1' : '0',
            CHAOS_DB: db,
            CHAOS_SEEDS: seeds,
            CHAOS_PLATFORM: platform,
            CHAOS_REAL_START: String(realStart),
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        current = proc;
        proc.stdout!.on('data', (d: Buffer) => {
          if (d.toString().includes('ready')) ready(proc);
        });
        proc.once('exit', (code, signal) => {
          if (code !== null && code !== 0) fail(new Error(`digest process exited with ${code}`));
          else ready(proc); // killed before it was ready: the loop starts another
          void signal;
        });
      });
    const exited = (p: ChildProcess) =>
      p.exitCode !== null || p.signalCode !== null
        ? Promise.resolve()
        : new Promise((r) => p.once('exit', r));

    let restarts = 0;
    let randomKills = 0;
    let dropped = 0;
    let nextDrop = 10;
    while ((performance.now() - started) / 1000 < CHAOS_SECONDS) {
      const proc = await start();
      restarts++;
      doorKillAllowedAt = performance.now() + 500;
      const alive = rand(300, 3_000);
      const t0 = performance.now();
      while (performance.now() - t0 < alive && proc.exitCode === null && proc.signalCode === null)
        await sleep(25);
      if (proc.exitCode === null && proc.signalCode === null) {
        randomKills++;
        proc.kill('SIGKILL');
      }
      await exited(proc);
      if ((performance.now() - started) / 1000 > nextDrop) {
        // A new article arrives while the bot runs (or is down): the watcher or the next start picks it up.
        dropped++;
        nextDrop += 10;
        writeFileSync(
          join(seeds, `9${String(dropped).padStart(2, '0')}_chaos.txt`),
          `---\npublished: 2025-03-${String(8 + dropped).padStart(2, '0')}\n---\nChaos report ${dropped}: Akazawa and Bessent hold another call\n\nTOKYO — Ryosei Akazawa spoke with Scott Bessent by phone on tariffs, officials said.\n`,
        );
      }
      await sleep(rand(0, 800));
    }
    // A clean final stretch: the last process catches up on start-up, then runs a while.
    chaos = false;
    const last = await start();
    await sleep(6_000);
    const simEnd = simNow(realStart).getTime();
    last.kill('SIGTERM');
    await exited(last);
    server.close();

    // Count, from the platform's side only.
    const cutoff = simEnd - 30 * MIN;
    let expected = 0;
    let lost = 0;
    let doubled = 0;
    let stray = 0;
    const lostRuns: string[] = [];
    for (const sub of subs) {
      const t = clockTimeOf(sub.time);
      const owed = new Set<number>();
      for (let at = latestRunAtOrBefore(new Date(cutoff), t, sub.timezone); at.getTime() > SIM_START; ) {
        owed.add(at.getTime());
        at = latestRunAtOrBefore(new Date(at.getTime() - 1), t, sub.timezone);
      }
      const got = new Map<number, number>();
      // A digest is what the channel shows: a single message or a thread's parent.
      for (const m of messages.filter((x) => x.channelId === sub.channelId && x.thread === null)) {
        const run = latestRunAtOrBefore(new Date(m.simAt), t, sub.timezone).getTime();
        got.set(run, (got.get(run) ?? 0) + 1);
        if (run <= SIM_START) stray++;
      }
      expected += owed.size;
      for (const run of owed) {
        const n = got.get(run) ?? 0;
        if (n === 0) {
          lost++;
          lostRuns.push(`${sub.channelId} ${sub.time} ${sub.timezone} @ ${new Date(run).toISOString()}`);
        }
      }
      for (const n of got.values()) if (n > 1) doubled += n - 1;
    }

    // Every thread: its replies are the run's parts 1..n, each once, none missing in between,
    // and at least one (a parent is never left without its details).
    let threadsShown = 0;
    let incompleteThreads = 0;
    let doubledParts = 0;
    let strayParts = 0;
    const problems: string[] = [];
    const parents = new Map(messages.filter((m) => m.key.endsWith(':parent')).map((m) => [m.id, m]));
    for (const m of messages.filter((x) => x.thread !== null && !parents.has(x.thread))) {
      strayParts++;
      problems.push(`reply ${m.key} in no known thread`);
    }
    for (const parent of parents.values()) {
      threadsShown++;
      const runId = parent.key.slice(0, -':parent'.length);
      const replies = messages.filter((m) => m.thread === parent.id);
      const parts: number[] = [];
      for (const r of replies) {
        const part = new RegExp(`^${runId}:part:(\\d+)$`).exec(r.key);
        if (!part) {
          strayParts++;
          problems.push(`reply ${r.key} under ${parent.key}`);
        } else parts.push(Number(part[1]));
      }
      const distinct = [...new Set(parts)].sort((a, b) => a - b);
      doubledParts += parts.length - distinct.length;
      if (distinct.length === 0 || distinct.some((n, i) => n !== i + 1)) {
        incompleteThreads++;
        problems.push(`thread ${parent.key}: parts [${distinct.join(', ')}]`);
      }
    }

    const check = SqliteStore.open(db);
    let resumed = 0;
    let skipped = 0;
    const reasons = new Map<string, number>();
    for (const sub of subs) {
      const runs = await check.recentRuns(sub.id, 1000);
      resumed += runs.filter((r) => r.attempts > 1).length;
      for (const r of runs.filter((x) => x.state === 'skipped' || x.state === 'failed')) {
        skipped++;
        const why = `${r.state}: ${(r.detail ?? '').replace(/\d+/g, 'N')}`;
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
    }
    await check.close();

    const report = {
      scheduledRuns: expected,
      lost,
      doubled,
      strayMessages: stray,
      messagesShown: messages.length,
      threadsShown,
      incompleteThreads,
      doubledParts,
      strayParts,
      rawPosts,
      platform: HISTORY
        ? 'slack-like: keeps every post; history lookup'
        : 'discord-like: drops a repeated nonce',
      repeatsDroppedByIdempotencyKey: absorbed,
      historyLookups: lookups,
      runsNeedingMoreThanOneAttempt: resumed,
      runsSkippedOrFailedInDatabase: skipped,
      skippedOrFailedBecause: Object.fromEntries(reasons),
      processStarts: restarts + 1,
      randomKills,
      killsBeforePlatformRecorded: killsBeforePost,
      killsAfterPlatformRecordedBeforeReply: killsAfterPost,
      injected429,
      injected503,
      articlesDroppedDuringRun: dropped,
      simulated: `${new Date(SIM_START).toISOString()} → ${new Date(simEnd).toISOString()}`,
      realSeconds: Math.round((performance.now() - started) / 1000),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (lostRuns.length) process.stdout.write(`lost:\n  ${lostRuns.join('\n  ')}\n`);
    if (problems.length) process.stdout.write(`threads:\n  ${problems.slice(0, 20).join('\n  ')}\n`);
    const partsOk = incompleteThreads === 0 && doubledParts === 0 && strayParts === 0;
    const ok = lost === 0 && doubled === 0 && stray === 0 && partsOk && expected >= 50;
    process.stdout.write(
      ok
        ? `chaos:digest OK — ${expected} scheduled runs, 0 lost, 0 doubled; ${threadsShown} threads, every part once\n`
        : `chaos:digest FAILED — ${lost} lost, ${doubled} doubled, ${stray} stray, ${expected} runs; ${incompleteThreads} incomplete threads, ${doubledParts} doubled parts, ${strayParts} stray parts\n`,
    );
    return ok ? 0 : 1;
  } finally {
    if (process.env.CHAOS_KEEP) process.stderr.write(`kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) {
  child().catch((err: unknown) => {
    process.stderr.write(`digest process failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
} else {
  orchestrate().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`chaos:digest failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(2);
    },
  );
}
