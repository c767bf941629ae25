import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino } from 'pino';
import type PinoPretty from 'pino-pretty';

export type { Logger };

/**
 * Where log lines go: always stderr, so they never mix with the console adapter's answers on
 * stdout. A person at a terminal reads one line per event (time, level, message, fields); a
 * pipe, a file or a log collector gets pino's JSON. Both write synchronously, so the last lines
 * before a crash or `process.exit` are not lost (a worker-thread transport could drop them).
 */
export function logDestination(stderrIsTTY = Boolean(process.stderr.isTTY), fd = 2): DestinationStream {
  if (!stderrIsTTY) return pino.destination({ fd, sync: true });
  // Loaded only for a terminal: it takes a few hundred ms to load, which a bot under a process
  // manager, a worker or a piped one-shot should not pay.
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  return pretty({
    destination: fd,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,app',
    singleLine: true,
  });
}

export function createLogger(level = 'info', destination: DestinationStream = logDestination()): Logger {
  return pino({ level, base: { app: 'tariffs-bot' } }, destination);
}

/**
 * The level a run starts with. A console-only run at a terminal shows its prompt at once: the
 * start-up info lines (dataset loaded, store open, ready) would push it off the screen, and the
 * console's banner says what was loaded, so they wait for an explicit LOG_LEVEL. Warnings (an
 * article skipped) still show.
 */
export function startLevel(opts: {
  configured: string;
  explicit: boolean;
  promptAtTerminal: boolean;
}): string {
  return opts.promptAtTerminal && !opts.explicit ? 'warn' : opts.configured;
}

export const silentLogger: Logger = pino({ level: 'silent' });
