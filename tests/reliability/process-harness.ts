/**
 * Runs the real bot as a separate process group (`npm start` or `node --import tsx src/main.ts`)
 * for fault-injection tests: reads its JSON log lines from stderr, waits for a given line, sends
 * signals, and tells whether any process of its group is left. Every wait is bounded; nothing
 * asserts how long something took. `killAll()` in afterEach kills whatever a test left running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface BotProcess {
  readonly child: ChildProcess;
  /** The process the test signals: npm, or node itself. Also the id of its process group. */
  readonly pid: number;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** stderr's JSON lines (pino), in order; other lines are skipped. */
  logs(): LogLine[];
  waitForLog(test: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  waitForExit(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** True while any process of the group (npm, a shell, node, esbuild…) is alive. */
  groupAlive(): boolean;
  /** Polls until the whole group is gone; false if some process is still there after the wait. */
  groupGone(timeoutMs?: number): Promise<boolean>;
  signal(signal: NodeJS.Signals): void;
  write(text: string): void;
}

const running = new Set<BotProcess>();
const tempDirs: string[] = [];

export interface SpawnOptions {
  /** `npm` runs `npm start`; `node` runs the entry point directly, as a container would. */
  via: 'npm' | 'node';
  /** Added to a clean environment: no platform tokens, no shared database, no dataset cache. */
  env?: Record<string, string>;
  args?: string[];
}

/** A temporary folder removed by killAll(). */
export function tempDir(prefix = 'tariffs-proc-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function spawnBot(opts: SpawnOptions): BotProcess {
  const base: Record<string, string> = {};
  // Only what running node and npm needs; nothing of the developer's bot configuration leaks in.
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'npm_config_cache']) {
    const v = process.env[key];
    if (v !== undefined) base[key] = v;
  }
  const env = {
    ...base,
    SEEDS_DIR: 'seeds',
    DATASET_CACHE_DIR: 'none',
    DATABASE_PATH: join(tempDir(), 'bot.sqlite'),
    INGEST_THREADS: '0',
    LOG_LEVEL: 'info',
    ...opts.env,
  };
  const [command, args] =
    opts.via === 'npm'
      ? ['npm', ['start', '--silent', '--', ...(opts.args ?? [])]]
      : [process.execPath, ['--import', 'tsx', 'src/main.ts', ...(opts.args ?? [])]];
  // Its own process group, so the test can see (and clean up) every process it starts.
  const child = spawn(command, args, { cwd: process.cwd(), env, stdio: 'pipe', detached: true });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  const groupAlive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const logs = () =>
    err.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
  const bot: BotProcess = {
    child,
    pid,
    stdout: () => out,
    stderr: () => err,
    logs,
    async waitForLog(test, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = logs().find(test);
        if (found) return found;
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`the bot exited before the awaited log line:\n${err}`);
        if (Date.now() > until) throw new Error(`no such log line within ${timeoutMs} ms:\n${err}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    waitForExit(timeoutMs = 30_000) {
      return Promise.race([
        exited,
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error(`still running after ${timeoutMs} ms:\n${err}`)),
            timeoutMs,
          ).unref(),
        ),
      ]);
    },
    groupAlive,
    async groupGone(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (groupAlive()) {
        if (Date.now() > until) return false;
        await new Promise((r) => setTimeout(r, 50));
      }
      return true;
    },
    signal: (signal) => process.kill(pid, signal),
    write: (text) => void child.stdin?.write(text),
  };
  running.add(bot);
  return bot;
}

/** The whole group of every bot still running is killed, and temporary folders removed. */
export async function killAll(): Promise<void> {
  for (const bot of running) {
    if (bot.groupAlive()) {
      try {
        process.kill(-bot.pid, 'SIGKILL');
      } catch {
        // gone in between
      }
    }
    await bot.groupGone(5_000);
  }
  running.clear();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const isReady = (line: LogLine) => line.msg === 'ready';
