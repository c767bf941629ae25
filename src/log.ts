import { type Logger, pino } from 'pino';

export type { Logger };

/** Logs go to stderr so they never mix with the console adapter's answers on stdout. */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { app: 'tariffs-bot' } }, pino.destination({ fd: 2, sync: true }));
}

export const silentLogger: Logger = pino({ level: 'silent' });
