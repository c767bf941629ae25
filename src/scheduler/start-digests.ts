import type { DigestPort } from '../../commands/digest-port';
import type { Config } from '../config';
import type { Corpus } from '../core/corpus';
import type { Logger } from '../log';
import { type OpenedStore, openStore } from '../storage/open-store';
import type { Platform } from '../storage/store';
import { CronTicker } from './cron-ticker';
import { digestSenders } from './digest-senders';
import type { ReplySender } from './reply-sender';
import { ScheduledDigests } from './scheduled-digests';
import { DigestScheduler } from './scheduler';
import { watchSeeds } from './seeds-watcher';

export interface RunningDigests {
  scheduler: DigestScheduler;
  /** What commands use to subscribe, describe and preview (CommandContext.digests). */
  port: DigestPort;
  stop(): Promise<void>;
}

export interface PreparedDigests extends RunningDigests {
  /** Catches up on missed runs, then keeps digests on schedule and the seeds folder watched. */
  run(): Promise<void>;
}

/** The articles digests are made of: the current corpus, and a re-read when the seeds folder changes. */
export interface ArticleSource {
  current(): Corpus;
  reload(): Promise<Corpus>;
}

export interface DigestOptions {
  config: Config;
  articles: ArticleSource;
  clock: () => Date;
  /** The platforms this process can post to; a subscription elsewhere waits for a process that can. */
  senders: Partial<Record<Platform, ReplySender>>;
  log: Logger;
  /** Opens the subscriptions store; the configured SQLite or PostgreSQL by default (tests slow it). */
  open?: typeof openStore;
}

/**
 * Opens the store and gives commands the digest port, but sends nothing yet: call before any
 * platform takes a request, so a `subscribe` in the first second finds digests (a platform started
 * first answered "Daily digests are not running here" until the store opened). `run()` once the
 * platforms have started, since catching up posts through them; a subscription changed before
 * then is picked up by that first tick.
 */
export async function prepareDigests(opts: DigestOptions): Promise<PreparedDigests> {
  const { config, articles, log } = opts;
  const opened = await (opts.open ?? openStore)(config);
  const { store } = opened;
  const scheduler = schedulerFor(opts, opened);
  let stopped = false;
  let running = false;
  const ticker = new CronTicker((reason) => void tick(reason), log);
  const tick = (reason: string) =>
    stopped || !running
      ? Promise.resolve()
      : tickAndSync(scheduler, opened, ticker, reason, log, () => stopped);
  const port = new ScheduledDigests(
    store,
    scheduler,
    { time: '08:00', timezone: config.digestTimezone },
    () => void tick('changed'),
  );
  let watcher: ReturnType<typeof watchSeeds> | null = null;
  log.info({ database: opened.where }, 'digest store open');

  return {
    scheduler,
    port,
    async run() {
      if (stopped || running) return;
      running = true;
      watcher = watchSeeds({
        dir: config.seedsDir,
        reload: () => articles.reload(),
        onReloaded: () => scheduler.noteCorpus(),
        known: articles.current().dataset.problems,
        log,
      });
      // The catch-up runs in the background: a digest waiting out a 429 must not hold up start-up.
      void tick('start-up');
      // Another process changed a subscription (PostgreSQL NOTIFY): follow at once, not at the sweep.
      await opened.onSubscriptionsChanged?.(() => void tick('changed elsewhere'));
      log.info({ database: opened.where, platforms: Object.keys(opts.senders) }, 'digests running');
    },
    async stop() {
      stopped = true;
      ticker.stop();
      watcher?.close();
      // A post waiting out a long retry-after is not waited for: its claim's lease runs out and
      // the next process takes the run over, with the same idempotency key.
      await Promise.race([scheduler.idle(), new Promise((r) => setTimeout(r, 5_000).unref())]);
      await store.close();
    },
  };
}

/** The scheduler over the opened store, posting through the platforms that can post. */
function schedulerFor(opts: DigestOptions, opened: OpenedStore): DigestScheduler {
  const { config, articles, log } = opts;
  // On PostgreSQL several processes share the work: more in flight, one Discord budget for all.
  const { senders, concurrency } = digestSenders(opened, opts.senders);
  return new DigestScheduler({
    store: opened.store,
    senders,
    corpus: () => articles.current(),
    clock: opts.clock,
    log: log.child({ part: 'digests' }),
    graceMs: config.digestGraceMinutes * 60_000,
    concurrency,
  });
}

/** One tick, then the per-subscription triggers brought in step with the store (SQLite only). */
async function tickAndSync(
  scheduler: DigestScheduler,
  opened: OpenedStore,
  ticker: CronTicker,
  reason: string,
  log: Logger,
  stopped: () => boolean,
): Promise<void> {
  try {
    const report = await scheduler.tick();
    if (report.sent + report.failed + report.skipped + report.resumed > 0)
      log.info({ reason, ...report }, 'digest tick');
    // Thousands of subscriptions on PostgreSQL: no job each; the minute sweep finds what is due.
    if (opened.kind === 'postgres') return;
    const subs = await opened.store.activeSubscriptions();
    if (!stopped()) ticker.sync(subs.filter((s) => scheduler.canDeliverTo(s.platform)));
  } catch (err) {
    log.error({ err, reason }, 'digest tick failed; the next tick retries');
  }
}

/** Opens the store and runs digests at once (for a caller whose platforms are already up). */
export async function startDigests(opts: DigestOptions): Promise<RunningDigests> {
  const digests = await prepareDigests(opts);
  await digests.run();
  return digests;
}
