import { z } from 'zod';
import { CorpusHolder } from '../app/corpus-holder';
import type { ReplySender } from '../app/platform';
import { createLogger } from '../log';
import { DigestScheduler } from '../scheduler/scheduler';
import { openStore } from '../storage/open-store';
import type { Platform } from '../storage/store';
import { clusterSenders } from './cluster-senders';

/**
 * A digests-only process: no gateway, no HTTP endpoint, just the scheduler against the shared
 * database, posting over the platforms' Web/REST APIs. Several run side by side (a dedicated
 * digest tier, or the chaos run and benches, which give them a fast shared clock). It stops
 * cleanly on SIGTERM/SIGINT; a `kill -9` leaves its claims to expire and be taken over.
 */
const env = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' }),
    SEEDS_DIR: z.string().default('seeds'),
    SLACK_BOT_TOKEN: z.string().optional(),
    SLACK_API_URL: z.url().optional(),
    DISCORD_TOKEN: z.string().optional(),
    DISCORD_API_URL: z.url().optional(),
    LOG_LEVEL: z.string().default('warn'),
    /** How often the scheduler looks for due runs, in real milliseconds. */
    WORKER_TICK_MS: z.coerce.number().int().min(10).default(1000),
    WORKER_LEASE_MS: z.coerce.number().int().min(1).optional(),
    WORKER_GRACE_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(2 * 60 * 60_000),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).optional(),
    /** A shared fast clock: virtual ISO start, the real epoch ms it maps to, and a speed factor. */
    WORKER_CLOCK_START: z.iso.datetime().optional(),
    WORKER_CLOCK_REAL_START: z.coerce.number().optional(),
    WORKER_CLOCK_SPEED: z.coerce.number().positive().default(1),
  })
  .parse(process.env);

function sharedClock(): () => Date {
  if (!env.WORKER_CLOCK_START) return () => new Date();
  const start = Date.parse(env.WORKER_CLOCK_START);
  const realStart = env.WORKER_CLOCK_REAL_START ?? Date.now();
  return () => new Date(start + (Date.now() - realStart) * env.WORKER_CLOCK_SPEED);
}

async function main(): Promise<void> {
  const log = createLogger(env.LOG_LEVEL);
  const clock = sharedClock();
  const opened = await openStore(
    { databaseUrl: env.DATABASE_URL, databasePath: '' },
    { applicationName: `tariffs-bot digests ${process.pid}`, maxConnections: 8 },
  );
  const corpus = await CorpusHolder.load(env.SEEDS_DIR, clock);
  const own: Partial<Record<Platform, ReplySender>> = {};
  // Each platform library is loaded only when its token is set: they are slow to load.
  if (env.SLACK_BOT_TOKEN) {
    const { webApi } = await import('@slack/bolt');
    const { SlackSender } = await import('../adapters/slack/sender');
    const client = new webApi.WebClient(env.SLACK_BOT_TOKEN, {
      ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
      retryConfig: { retries: 2, minTimeout: 100, maxTimeout: 1000 },
      timeout: 10_000,
    });
    own.slack = new SlackSender(client, log);
  }
  if (env.DISCORD_TOKEN) {
    const { REST } = await import('discord.js');
    const { DiscordReplySender } = await import('../adapters/discord/sender');
    const rest = new REST(env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {}).setToken(
      env.DISCORD_TOKEN,
    );
    own.discord = new DiscordReplySender(rest);
  }
  const { senders, concurrency } = clusterSenders(opened, own);
  const scheduler = new DigestScheduler({
    store: opened.store,
    senders,
    corpus: corpus.current,
    clock,
    log: log.child({ part: 'digests', pid: process.pid }),
    graceMs: env.WORKER_GRACE_MS,
    concurrency: env.WORKER_CONCURRENCY ?? concurrency,
    ...(env.WORKER_LEASE_MS ? { leaseMs: env.WORKER_LEASE_MS } : {}),
    // Waits (back-off, retry-after) follow the shared clock's speed.
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / env.WORKER_CLOCK_SPEED)),
  });

  let stopping = false;
  const stop = async () => {
    stopping = true;
    await scheduler.idle();
    await opened.store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  process.stdout.write(`${JSON.stringify({ event: 'ready', pid: process.pid, owner: scheduler.owner })}\n`);
  while (!stopping) {
    const started = Date.now();
    try {
      const report = await scheduler.tick();
      if (report.sent + report.resumed + report.failed + report.skipped > 0) {
        process.stdout.write(`${JSON.stringify({ event: 'tick', pid: process.pid, ...report })}\n`);
      }
    } catch (err) {
      log.error({ err }, 'digest tick failed; the next tick retries');
    }
    const wait = env.WORKER_TICK_MS - (Date.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`digest worker failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
