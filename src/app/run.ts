import { runRepl } from '../adapters/console/repl';
import type { Config } from '../config';
import { replayClock } from '../core/replay-clock';
import type { Logger } from '../log';
import { type PreparedDigests, prepareDigests } from '../scheduler/start-digests';
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
  let received: StopSignal | null = null;
  let onStop: () => void = () => undefined;
  const stopRequested = new Promise<typeof STOPPED>((resolve) => {
    onStop = () => resolve(STOPPED);
  });
  const handlers = STOP_SIGNALS.map((signal) => {
    const handler = () => {
      // Ctrl-C under `npm start` reaches the bot twice (from the terminal and from npm): one stop.
      if (received) return log.info({ signal }, 'already stopping');
      received = signal;
      log.info({ signal }, 'shutting down');
      onStop();
    };
    parts.signals.on(signal, handler);
    return () => parts.signals.off(signal, handler);
  });

  // Platforms are stopped once made, started or not: one made for PostgreSQL holds a pool already.
  const started: { digests: PreparedDigests | null; platforms: readonly PlatformAdapter[] } = {
    digests: null,
    platforms: [],
  };
  let bot: Bot | null = null;
  const stop = async () => {
    if (bot) bot.state = 'stopping';
    await started.digests?.stop().catch((err: unknown) => log.error({ err }, 'digests stop failed'));
    for (const p of started.platforms)
      await p.stop().catch((err: unknown) => log.error({ err }, `${p.name} stop failed`));
  };
  /** Awaits a start-up step unless a signal comes first; a step left behind is undone when it ends. */
  const step = async <T>(
    work: Promise<T>,
    undo?: (done: T) => Promise<unknown>,
  ): Promise<T | typeof STOPPED> => {
    const outcome = await Promise.race([work, stopRequested]);
    if (outcome === STOPPED && undo) work.then(undo).catch(() => undefined);
    return outcome;
  };

  try {
    const loaded = await step(parts.startBot(config, log));
    if (loaded === STOPPED) return await stopped(log, stop);
    bot = loaded;
    const { articles, problems } = bot.corpus.current().dataset;
    log.info(
      { seeds: config.seedsDir, articles: articles.length, problems: problems.length },
      'dataset loaded',
    );

    const platforms = await step(parts.createPlatforms(config, bot, log), (made) =>
      Promise.allSettled(made.map((p) => p.stop())),
    );
    if (platforms === STOPPED) return await stopped(log, stop);
    started.platforms = platforms;
    const digests = await step(parts.prepareDigests({ config, bot, platforms, log }), (d) => d.stop());
    if (digests === STOPPED) return await stopped(log, stop);
    started.digests = digests;
    for (const p of platforms) {
      // A start cut short is stopped with the others: part of it may be listening already.
      if ((await step(p.start(), () => p.stop())) === STOPPED) return await stopped(log, stop);
    }
    if ((await step(digests.run())) === STOPPED) return await stopped(log, stop);
    bot.state = 'ready';
    log.info({ platforms: platforms.map((p) => p.name) }, 'ready');

    if (platforms.length === 0 || argv.includes('--console')) {
      await Promise.race([parts.runRepl(bot), stopRequested]);
    } else {
      await stopRequested;
    }
    return await stopped(log, stop);
  } finally {
    for (const off of handlers) off();
  }
}

/** Stops what has started, then says so. */
async function stopped(log: Logger, stop: () => Promise<void>): Promise<number> {
  await stop();
  log.info('stopped');
  return 0;
}
