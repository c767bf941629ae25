import { CorpusHolder } from '../app/corpus-holder';
import { loadWorkerConfig, type WorkerConfig } from '../config';
import { createLogger, type Logger } from '../log';
import { digestSenders } from '../scheduler/digest-senders';
import type { ReplySender } from '../scheduler/reply-sender';
import { DigestScheduler } from '../scheduler/scheduler';
import { type OpenedStore, openStore } from '../storage/open-store';
import type { Platform } from '../storage/store';

/**
 * A digests-only process: no gateway, no HTTP endpoint, just the scheduler against the shared
 * database, posting over the platforms' Web/REST APIs. Several run side by side (a dedicated
 * digest tier, or the chaos run and benches, which give them a fast shared clock). It stops
 * cleanly on SIGTERM/SIGINT; a `kill -9` leaves its claims to expire and be taken over.
 * Its settings come from src/config.ts (loadWorkerConfig).
 */
function sharedClock(config: WorkerConfig): () => Date {
  const { clock, clockSpeed } = config;
  if (!clock) return () => new Date();
  const start = clock.start.getTime();
  const realStart = clock.realStart ?? Date.now();
  return () => new Date(start + (Date.now() - realStart) * clockSpeed);
}

/** The senders of the platforms whose tokens are set; each library loads only then (they are slow to load). */
async function platformSenders(
  config: WorkerConfig,
  log: Logger,
): Promise<Partial<Record<Platform, ReplySender>>> {
  const own: Partial<Record<Platform, ReplySender>> = {};
  if (config.slack) {
    const { webApi } = await import('@slack/bolt');
    const { SlackSender } = await import('../adapters/slack/sender');
    const client = new webApi.WebClient(config.slack.botToken, {
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
      retryConfig: { retries: 2, minTimeout: 100, maxTimeout: 1000 },
      timeout: 10_000,
    });
    own.slack = new SlackSender(client, log);
  }
  if (config.discord) {
    const { REST } = await import('discord.js');
    const { DiscordReplySender } = await import('../adapters/discord/sender');
    const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}).setToken(
      config.discord.token,
    );
    own.discord = new DiscordReplySender(rest);
  }
  return own;
}

async function startScheduler(
  config: WorkerConfig,
  opened: OpenedStore,
  log: Logger,
): Promise<DigestScheduler> {
  const clock = sharedClock(config);
  const corpus = await CorpusHolder.load(config.seedsDir, clock);
  const { senders, concurrency } = digestSenders(opened, await platformSenders(config, log));
  return new DigestScheduler({
    store: opened.store,
    senders,
    corpus: corpus.current,
    clock,
    log: log.child({ part: 'digests', pid: process.pid }),
    graceMs: config.graceMs,
    concurrency: config.concurrency ?? concurrency,
    ...(config.leaseMs ? { leaseMs: config.leaseMs } : {}),
    // Waits (back-off, retry-after) follow the shared clock's speed.
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / config.clockSpeed)),
  });
}

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const log = createLogger(config.logLevel);
  const opened = await openStore(
    { databaseUrl: config.databaseUrl, databasePath: '' },
    { applicationName: `tariffs-bot digests ${process.pid}`, maxConnections: 8 },
  );
  const scheduler = await startScheduler(config, opened, log);

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
    const wait = config.tickMs - (Date.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

main().catch((err: unknown) => {
  // A ConfigError's message lists every variable that is wrong.
  process.stderr.write(`digest worker failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
