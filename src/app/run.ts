import { runRepl } from '../adapters/console/repl';
import type { Config } from '../config';
import { replayClock } from '../core/replay-clock';
import type { Logger } from '../log';
import type { ReplySender } from '../scheduler/reply-sender';
import { type PreparedDigests, prepareDigests } from '../scheduler/start-digests';
import type { Platform } from '../storage/store';
import { Bot } from './bot';
import type { PlatformAdapter } from './platform';
import { createPlatforms } from './platforms';

/** The parts a run is made of; tests replace one (a slow store, a recording platform) to watch the order. */
export interface RunParts {
  startBot(config: Config, log: Logger): Promise<Bot>;
  createPlatforms(config: Config, bot: Bot, log: Logger): Promise<PlatformAdapter[]>;
  prepareDigests: typeof prepareDigests;
  runRepl(bot: Bot): Promise<void>;
  /** Where SIGINT and SIGTERM come from: the process, or an emitter in tests. */
  signals: Pick<NodeJS.Process, 'on' | 'off'>;
}

export const processParts: RunParts = {
  startBot: (config, log) =>
    Bot.start({
      seedsDir: config.seedsDir,
      log,
      ingestThreads: config.ingestThreads,
      cacheDir: config.datasetCacheDir,
      // NOW= replays the folder as if on that day: the one clock every part reads starts there.
      ...(config.now ? { now: replayClock(config.now) } : {}),
    }),
  createPlatforms,
  prepareDigests,
  runRepl: (bot) => runRepl(bot),
  signals: process,
};

const STOPPED = Symbol('stopped');
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * One process from dataset to serving, and back down on SIGINT/SIGTERM at any point of it. The
 * order matters: the dataset, then the digest store (commands may need it), then the platforms,
 * which take requests from the moment they start, then the digest schedule, which posts through
 * them. `bot.state` turns `ready` (and Slack's `/healthz` 200) only after all of it. A signal
 * during start-up stops what has started and leaves the step in progress behind (a store
 * waiting on a migration lock, a gateway still connecting): resolves 0 either way once stopped.
 */
export async function runBot(
  config: Config,
  log: Logger,
  argv: readonly string[],
  parts: RunParts = processParts,
): Promise<number> {
  const signals = listenForStop(parts.signals, log);
  const started = new Started(log);
  const step = <T>(work: Promise<T>, undo?: (done: T) => Promise<unknown>) =>
    unlessStopped(signals.requested, work, undo);
  const stopped = async () => {
    await started.stop();
    log.info('stopped');
    return 0;
  };
  try {
    const bot = await step(parts.startBot(config, log));
    if (bot === STOPPED) return await stopped();
    started.bot = bot;
    const { articles, problems } = bot.corpus.current().dataset;
    log.info(
      { seeds: config.seedsDir, articles: articles.length, problems: problems.length },
      'dataset loaded',
    );
    const platforms = await step(parts.createPlatforms(config, bot, log), (made) =>
      Promise.allSettled(made.map((p) => p.stop())),
    );
    if (platforms === STOPPED) return await stopped();
    started.platforms = platforms;
    const prepared = parts.prepareDigests({
      config,
      articles: bot.corpus,
      clock: bot.now,
      senders: sendersOf(platforms),
      log,
    });
    const digests = await step(prepared, (d) => d.stop());
    if (digests === STOPPED) return await stopped();
    started.digests = digests;
    bot.digests = digests.port;
    for (const p of platforms) {
      // A start cut short is stopped with the others: part of it may be listening already.
      if ((await step(p.start(), () => p.stop())) === STOPPED) return await stopped();
    }
    if ((await step(digests.run())) === STOPPED) return await stopped();
    bot.state = 'ready';
    log.info({ platforms: platforms.map((p) => p.name) }, 'ready');
    if (platforms.length === 0 || argv.includes('--console')) {
      await Promise.race([parts.runRepl(bot), signals.requested]);
    } else {
      await signals.requested;
    }
    return await stopped();
  } finally {
    signals.off();
  }
}

/** The platforms that can post outside a request, by name: where digests go. */
function sendersOf(platforms: readonly PlatformAdapter[]): Partial<Record<Platform, ReplySender>> {
  const senders: Partial<Record<Platform, ReplySender>> = {};
  for (const p of platforms) if (p.sender) senders[p.name] = p.sender;
  return senders;
}

/**
 * Resolves `requested` on the first SIGINT or SIGTERM. Ctrl-C under `npm start` reaches the bot
 * twice (from the terminal and from npm): the second is only logged.
 */
function listenForStop(
  signals: RunParts['signals'],
  log: Logger,
): { requested: Promise<typeof STOPPED>; off(): void } {
  let received: StopSignal | null = null;
  let onStop: () => void = () => undefined;
  const requested = new Promise<typeof STOPPED>((resolve) => {
    onStop = () => resolve(STOPPED);
  });
  const offs = STOP_SIGNALS.map((signal) => {
    const handler = () => {
      if (received) return log.info({ signal }, 'already stopping');
      received = signal;
      log.info({ signal }, 'shutting down');
      onStop();
    };
    signals.on(signal, handler);
    return () => signals.off(signal, handler);
  });
  return {
    requested,
    off: () => {
      for (const off of offs) off();
    },
  };
}

/**
 * What has started so far, stopped digests first, then the platforms they post through.
 * Platforms are stopped once made, started or not: one made for PostgreSQL holds a pool already.
 */
class Started {
  bot: Bot | null = null;
  digests: PreparedDigests | null = null;
  platforms: readonly PlatformAdapter[] = [];

  constructor(private readonly log: Logger) {}

  async stop(): Promise<void> {
    if (this.bot) this.bot.state = 'stopping';
    await this.digests?.stop().catch((err: unknown) => this.log.error({ err }, 'digests stop failed'));
    for (const p of this.platforms)
      await p.stop().catch((err: unknown) => this.log.error({ err }, `${p.name} stop failed`));
  }
}

/** Awaits a start-up step unless a stop comes first; a step left behind is undone when it ends. */
async function unlessStopped<T>(
  requested: Promise<typeof STOPPED>,
  work: Promise<T>,
  undo?: (done: T) => Promise<unknown>,
): Promise<T | typeof STOPPED> {
  const outcome = await Promise.race([work, requested]);
  if (outcome === STOPPED && undo) work.then(undo).catch(() => undefined);
  return outcome;
}
