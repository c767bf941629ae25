import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PostgresStore } from '../../src/storage/postgres/postgres-store';
import type { Platform, Subscription } from '../../src/storage/store';
import type { FakeDiscord } from '../fakes/discord';
import type { FakeSlack } from '../fakes/slack';

/**
 * Real digest processes (src/cluster/digest-worker.ts) against one PostgreSQL and the loopback
 * platform fakes, sharing a fast clock: what the cluster tests, the chaos run and the bench use.
 */
export const WORKER = fileURLToPath(new URL('../../src/cluster/digest-worker.ts', import.meta.url));

export interface SharedClock {
  start: Date;
  realStart: number;
  speed: number;
  now(): Date;
}

export function sharedClock(startIso: string, speed: number, realStart = Date.now()): SharedClock {
  const start = new Date(startIso);
  return {
    start,
    realStart,
    speed,
    now: () => new Date(start.getTime() + (Date.now() - realStart) * speed),
  };
}

export interface WorkerOptions {
  databaseUrl: string;
  clock: SharedClock;
  slack?: FakeSlack;
  discord?: FakeDiscord;
  tickMs?: number;
  /** Virtual milliseconds. */
  leaseMs?: number;
  concurrency?: number;
  seedsDir?: string;
  logLevel?: string;
}

export class Worker {
  owner: string | null = null;
  exited = false;
  readonly output: string[] = [];

  private constructor(readonly child: ChildProcess) {}

  static spawn(opts: WorkerOptions): Promise<Worker> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      DATABASE_URL: opts.databaseUrl,
      SEEDS_DIR: opts.seedsDir ?? 'seeds',
      LOG_LEVEL: opts.logLevel ?? 'error',
      WORKER_TICK_MS: String(opts.tickMs ?? 100),
      WORKER_CLOCK_START: opts.clock.start.toISOString(),
      WORKER_CLOCK_REAL_START: String(opts.clock.realStart),
      WORKER_CLOCK_SPEED: String(opts.clock.speed),
      ...(opts.leaseMs ? { WORKER_LEASE_MS: String(opts.leaseMs) } : {}),
      ...(opts.concurrency ? { WORKER_CONCURRENCY: String(opts.concurrency) } : {}),
      ...(opts.slack ? { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: opts.slack.apiUrl } : {}),
      ...(opts.discord ? { DISCORD_TOKEN: opts.discord.token, DISCORD_API_URL: opts.discord.apiUrl } : {}),
    };
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new Worker(child);
    return new Promise((resolve, reject) => {
      let buffered = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          worker.output.push(line);
          try {
            const msg = JSON.parse(line) as { event?: string; owner?: string };
            if (msg.event === 'ready' && msg.owner) {
              worker.owner = msg.owner;
              resolve(worker);
            }
          } catch {
            // not a JSON line: kept in output only
          }
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => worker.output.push(chunk.toString('utf8')));
      child.once('exit', (code, signal) => {
        worker.exited = true;
        reject(new Error(`worker exited before ready (${code ?? signal}): ${worker.output.join('')}`));
      });
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** kill -9: no clean-up, its claims stay until their lease expires. */
  async kill9(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await gone;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  }
}

/** HH:MM of `instant` on the wall clock of `zone`. */
export function localHhmm(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** Subscribes `count` channels of a platform, each due at the given instant in its own zone. */
export async function subscribeChannels(
  store: PostgresStore,
  opts: { platform: Platform; count: number; due: (i: number) => Date; createdAt: Date; prefix?: string },
): Promise<Subscription[]> {
  const zones = ['Asia/Tokyo', 'America/New_York', 'Europe/London', 'UTC', 'Australia/Adelaide'];
  const subs: Subscription[] = [];
  for (let i = 0; i < opts.count; i++) {
    const timezone = zones[i % zones.length]!;
    const channelId =
      opts.platform === 'discord'
        ? String(300000000000000000n + BigInt(i + 10) * 7919n)
        : `${opts.prefix ?? 'C'}${String(i).padStart(5, '0')}`;
    const { subscription } = await store.saveSubscription(
      {
        platform: opts.platform,
        channelId,
        time: localHhmm(opts.due(i), timezone),
        timezone,
        filter: { person: null, topic: null },
        quiet: false,
        createdBy: 'U-cluster-test',
      },
      opts.createdAt,
    );
    subs.push(subscription);
  }
  return subs;
}

/** Top-level Slack posts per idempotency key (thread continuations excluded). */
export function slackPostsByKey(slack: FakeSlack): Map<string, { channel: string; count: number }> {
  const out = new Map<string, { channel: string; count: number }>();
  for (const call of slack.callsOf('chat.postMessage')) {
    if (call.body.thread_ts) continue;
    const metadata = call.body.metadata as { event_payload?: { idempotency_key?: string } } | undefined;
    const key = metadata?.event_payload?.idempotency_key;
    if (!key) continue;
    const seen = out.get(key);
    out.set(key, { channel: String(call.body.channel), count: (seen?.count ?? 0) + 1 });
  }
  return out;
}

/** Discord messages created per channel: one per distinct nonce (the fake drops repeats). */
export function discordMessagesByChannel(discord: FakeDiscord): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of discord.requestsWhere(
    (q) => q.method === 'POST' && /^\/channels\/\d+\/messages$/.test(q.path),
  )) {
    const nonce = (r.body as { nonce?: string } | null)?.nonce;
    if (!nonce) continue;
    const channel = r.path.split('/')[2]!;
    const set = out.get(channel) ?? new Set<string>();
    set.add(nonce);
    out.set(channel, set);
  }
  return out;
}

/**
 * Every digest thread as the platforms show it, checked part by part: a thread holds its run's
 * replies 1..n once each with none missing (Slack: by the key in each reply's metadata, all under
 * one thread_ts; Discord: every thread started has its replies, one message per nonce, and was
 * started once). Returns one line per problem, and how many threads were seen.
 */
export function threadProblems(
  slack: FakeSlack,
  discord: FakeDiscord,
): { threads: number; problems: string[] } {
  const problems: string[] = [];
  const parents = new Set<string>();
  const replies = new Map<string, { parts: number[]; threads: Set<string> }>();
  for (const call of slack.callsOf('chat.postMessage')) {
    const payload = (call.body.metadata as { event_payload?: { idempotency_key?: string; part?: number } })
      ?.event_payload;
    const key = payload?.idempotency_key ?? '';
    if (payload?.part !== 0) continue; // a long reply's continuation, not a part of its own
    if (!call.body.thread_ts && key.endsWith(':parent')) parents.add(key.slice(0, -':parent'.length));
    const part = /^(.+):part:(\d+)$/.exec(key);
    if (call.body.thread_ts && part) {
      const seen = replies.get(part[1]!) ?? { parts: [], threads: new Set<string>() };
      seen.parts.push(Number(part[2]));
      seen.threads.add(String(call.body.thread_ts));
      replies.set(part[1]!, seen);
    }
  }
  for (const run of parents) {
    const got = replies.get(run);
    const parts = [...(got?.parts ?? [])].sort((a, b) => a - b);
    if (parts.length === 0 || parts.some((n, i) => n !== i + 1))
      problems.push(`slack thread ${run}: parts [${parts}]`);
    if (got && got.threads.size !== 1)
      problems.push(`slack thread ${run}: replies in ${got.threads.size} threads`);
  }
  for (const run of replies.keys())
    if (!parents.has(run)) problems.push(`slack replies of ${run} without a parent`);
  const byChannel = discordMessagesByChannel(discord);
  for (const [id, thread] of discord.threads) {
    if ((byChannel.get(id)?.size ?? 0) === 0)
      problems.push(`discord thread ${id} (${thread.parent_id}) has no replies`);
  }
  return { threads: parents.size + discord.threads.size, problems };
}

/** Opens a store for the test itself (seeding and reading runs), migrating if needed. */
export const openTestStore = (url: string) => PostgresStore.open(url, { maxConnections: 4 });

export async function waitFor<T>(
  find: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = await find();
    if (hit !== undefined) return hit;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
