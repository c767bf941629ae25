import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, logDestination, startLevel } from '../../../src/log';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Logs one line through the destination chosen for a terminal (or not) and reads what was written. */
function logOnce(terminal: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'tariffs-log-'));
  dirs.push(dir);
  const file = join(dir, 'stderr');
  const fd = openSync(file, 'w');
  try {
    const log = createLogger('info', logDestination(terminal, fd));
    log.info({ articles: 3 }, 'dataset loaded');
    log.debug('not at info');
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8');
}

describe('log lines', () => {
  it('are readable lines on a terminal, written before the call returns', () => {
    const out = logOnce(true).replace(/\x1b\[[0-9;]*m/g, '');
    expect(out).not.toMatch(/^\{/);
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: dataset loaded \{"articles":3\}\n$/);
  });

  it('are JSON for a pipe or a file', () => {
    const lines = logOnce(false).trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: 'dataset loaded', articles: 3, app: 'tariffs-bot' });
  });
});

describe('the level a run starts with', () => {
  it('keeps start-up info lines off a console prompt unless LOG_LEVEL asks for them', () => {
    expect(startLevel({ configured: 'info', explicit: false, promptAtTerminal: true })).toBe('warn');
    expect(startLevel({ configured: 'info', explicit: true, promptAtTerminal: true })).toBe('info');
    expect(startLevel({ configured: 'info', explicit: false, promptAtTerminal: false })).toBe('info');
    expect(startLevel({ configured: 'debug', explicit: true, promptAtTerminal: false })).toBe('debug');
  });
});
