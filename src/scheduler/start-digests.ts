import type { Bot } from '../app/bot';
import type { PlatformAdapter, ReplySender } from '../app/platform';
import type { Config } from '../config';
import type { Logger } from '../log';
import { SqliteStore } from '../storage/sqlite-store';
import type { Platform } from '../storage/store';
import { CronTicker } from './cron-ticker';
import { DigestScheduler } from './scheduler';
import { watchSeeds } from './seeds-watcher';
import { DigestServices, provideDigestServices } from './services';

export interface RunningDigests {
  scheduler: DigestScheduler;
  stop(): Promise<void>;
}

/**
 * Opens the store, catches up on runs missed while the process was down, then keeps digests on
 * schedule and the seeds folder watched. Call after the platforms have started.
 */
export async function startDigests(opts: {
  config: Config;
  bot: Bot;
  platforms: readonly PlatformAdapter[];
  log: Logger;
}): Promise<RunningDigests> {
  const { config, bot, log } = opts;
  if (config.databaseUrl) {
    log.warn(`DATABASE_URL is set, but this build stores digests in SQLite at ${config.databasePath}`);
  }
  const store = SqliteStore.open(config.databasePath);
  const senders: Partial<Record<Platform, ReplySender>> = {};
  for (const p of opts.platforms) if (p.sender) senders[p.name] = p.sender;

  const scheduler = new DigestScheduler({
    store,
    senders,
    corpus: bot.corpus.current,
    clock: bot.now,
    log: log.child({ part: 'digests' }),
    graceMs: config.digestGraceMinutes * 60_000,
  });

  let stopped = false;
  const ticker = new CronTicker((reason) => void tick(reason), log);
  const tick = async (reason: string) => {
    if (stopped) return;
    try {
      const report = await scheduler.tick();
      if (report.sent + report.failed + report.skipped + report.resumed > 0)
        log.info({ reason, ...report }, 'digest tick');
      const subs = await store.activeSubscriptions();
      if (!stopped) ticker.sync(subs.filter((s) => scheduler.canDeliverTo(s.platform)));
    } catch (err) {
      log.error({ err, reason }, 'digest tick failed; the next tick retries');
    }
  };

  provideDigestServices(
    bot.services,
    new DigestServices(
      store,
      scheduler,
      { time: '08:00', timezone: config.digestTimezone },
      () => void tick('changed'),
    ),
  );
  const watcher = watchSeeds({
    dir: config.seedsDir,
    reload: () => bot.corpus.reload(),
    onReloaded: () => scheduler.noteCorpus(),
    known: bot.corpus.current().dataset.problems,
    log,
  });
  await tick('start-up');
  log.info({ database: config.databasePath, platforms: Object.keys(senders) }, 'digests running');

  return {
    scheduler,
    async stop() {
      stopped = true;
      ticker.stop();
      watcher.close();
      await scheduler.idle();
      await store.close();
    },
  };
}
