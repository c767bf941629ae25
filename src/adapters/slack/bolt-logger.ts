import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../log';

const toBolt: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt and its Web API client log through the bot's pino logger, so every line is structured. */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ platform: 'slack' });
  const text = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' ');
  return {
    debug: (...msg) => child.debug(text(msg)),
    info: (...msg) => child.info(text(msg)),
    warn: (...msg) => child.warn(text(msg)),
    error: (...msg) => child.error(text(msg)),
    setLevel: () => {},
    getLevel: () => toBolt[log.level] ?? LogLevel.INFO,
    setName: () => {},
  };
}
