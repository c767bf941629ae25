import { installFaultPolicy } from './app/fault-policy';
import { runBot } from './app/run';
import { ConfigError, loadConfig } from './config';
import { NOW_FORMATS, parseNow } from './core/replay-clock';
import { createLogger, startLevel } from './log';

/**
 * One process: config → dataset → digest store → every configured platform, and the console
 * when none is (or --console). Run as `node --import tsx src/main.ts` (what `npm start` execs), so
 * SIGTERM and SIGINT reach this process itself; see src/app/run.ts for what they stop.
 */
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
  // `npm start -- --console --now 2025-07-25`: as NOW= does, and over it.
  const at = argv.findIndex((a) => a === '--now' || a.startsWith('--now='));
  if (at >= 0) {
    const typed = argv[at] === '--now' ? (argv[at + 1] ?? '') : argv[at]!.slice('--now='.length);
    const now = parseNow(typed);
    if (!now) {
      process.stderr.write(`--now must be ${NOW_FORMATS}\n`);
      return 1;
    }
    config = { ...config, now };
  }
  const level = startLevel({
    configured: config.logLevel,
    explicit: process.env.LOG_LEVEL !== undefined,
    promptAtTerminal: !config.slack && !config.discord && Boolean(process.stdin.isTTY),
  });
  const log = createLogger(level);
  installFaultPolicy(process, log, (code) => process.exit(code));
  return runBot(config, log, argv);
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
