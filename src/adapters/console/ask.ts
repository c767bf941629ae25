import { Bot } from '../../app/bot';
import { ConfigError, loadConfig } from '../../config';
import { NOW_FORMATS, parseNow } from '../../core/replay-clock';
import { createLogger } from '../../log';
import { askEveryPage, asksForPage, commandText, pageFlagHint } from './one-shot';
import { colour, plain, renderReply } from './render';

const USAGE = 'usage: npm run -s ask -- [--json] [--seeds DIR] [--now DATE] [--page N] <command text>';

/**
 * One-shot: `npm run -s ask -- who akazawa` (or `-- "who akazawa"`) prints the whole answer,
 * every page of it; `--page N` prints that page only. A bad command exits 2.
 */
async function main(argv: string[]): Promise<number> {
  let json = false;
  let seeds: string | undefined;
  let nowText: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--seeds') {
      seeds = argv[++i];
      if (!seeds) {
        process.stderr.write(`--seeds needs a folder\n${USAGE}\n`);
        return 2;
      }
    } else if (a.startsWith('--seeds=')) seeds = a.slice('--seeds='.length);
    else if (a === '--now') nowText = argv[++i] ?? '';
    else if (a.startsWith('--now=')) nowText = a.slice('--now='.length);
    else words.push(a);
  }
  // --now answers as if on that day (as NOW= does for the bot); it wins over NOW=.
  const now = nowText === undefined ? null : parseNow(nowText);
  if (nowText !== undefined && !now) {
    process.stderr.write(`--now must be ${NOW_FORMATS}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const start = now ?? config.now;
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const bot = await Bot.start({
    seedsDir: seeds ?? config.seedsDir,
    log,
    ingestThreads: config.ingestThreads,
    cacheDir: config.datasetCacheDir,
    ...(start ? { now: () => start } : {}),
  });
  const text = commandText(words);
  const ask = (t: string) => bot.ask(t);
  const { reply, status } = asksForPage(text) ? await ask(text) : await askEveryPage(ask, text);
  if (json) process.stdout.write(`${JSON.stringify(reply, null, 2)}\n`);
  if (status === 'ok') {
    if (!json)
      process.stdout.write(`${renderReply(reply, process.stdout.isTTY ? colour : plain, pageFlagHint)}\n`);
    return 0;
  }
  process.stderr.write(`${renderReply(reply, process.stderr.isTTY ? colour : plain, pageFlagHint)}\n`);
  return status === 'usage' ? 2 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `ask failed: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
