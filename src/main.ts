import { runRepl } from './adapters/console/repl';
import { Bot } from './app/bot';
import { createPlatforms } from './app/platforms';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';
import { startDigests } from './scheduler/start-digests';

/** One process: config → dataset → every configured platform, and the console when none is (or --console). */
async function main(argv: string[]): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for what each variable means.\n`);
      return 1;
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const bot = await Bot.start({
    seedsDir: config.seedsDir,
    log,
    ingestThreads: config.ingestThreads,
    cacheDir: config.datasetCacheDir,
  });
  const { articles, problems } = bot.corpus.current().dataset;
  log.info(
    { seeds: config.seedsDir, articles: articles.length, problems: problems.length },
    'dataset loaded',
  );

  const platforms = await createPlatforms(config, bot, log);
  for (const p of platforms) await p.start();
  const digests = await startDigests({ config, bot, platforms, log });

  const stop = async () => {
    await digests.stop().catch((err: unknown) => log.error({ err }, 'digests stop failed'));
    for (const p of platforms)
      await p.stop().catch((err: unknown) => log.error({ err }, `${p.name} stop failed`));
  };
  if (platforms.length === 0 || argv.includes('--console')) {
    await runRepl(bot);
    await stop();
    return 0;
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info('shutting down');
  await stop();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `tariffs-bot failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
