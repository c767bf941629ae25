import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from '../../src/config';
import { configProblems } from '../helpers/config-problems';

const DB = 'postgres://bot@127.0.0.1:5432/tariffs';
const fails = (env: Record<string, string>) => configProblems(env, loadWorkerConfig);

describe('the digest worker reads its settings through src/config.ts', () => {
  it('needs a PostgreSQL DATABASE_URL: a worker shares its work through one database', () => {
    expect(fails({}).some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
    expect(fails({ DATABASE_URL: 'sqlite:data.db' })).toEqual(['DATABASE_URL must be a postgres:// URL']);
  });

  it('posts only, so a platform token is enough, and the main process’s other variables are ignored', () => {
    const config = loadWorkerConfig({
      DATABASE_URL: DB,
      SLACK_BOT_TOKEN: 'xoxb-1',
      DISCORD_TOKEN: 'abc',
      PORT: '3000',
    });
    expect(config.slack).toEqual({ botToken: 'xoxb-1', apiUrl: null });
    expect(config.discord).toEqual({ token: 'abc', apiUrl: null });
  });

  it('keeps the grace period of the main process unless the fast clock’s WORKER_GRACE_MS overrides it', () => {
    expect(loadWorkerConfig({ DATABASE_URL: DB }).graceMs).toBe(120 * 60_000);
    expect(loadWorkerConfig({ DATABASE_URL: DB, DIGEST_GRACE_MINUTES: '30' }).graceMs).toBe(30 * 60_000);
    expect(
      loadWorkerConfig({ DATABASE_URL: DB, DIGEST_GRACE_MINUTES: '30', WORKER_GRACE_MS: '5000' }).graceMs,
    ).toBe(5000);
  });

  it('names the variable when a worker setting is out of range', () => {
    expect(fails({ DATABASE_URL: DB, WORKER_TICK_MS: '5' })[0]).toMatch(/^WORKER_TICK_MS /);
    expect(fails({ DATABASE_URL: DB, WORKER_CLOCK_SPEED: '-2' })[0]).toMatch(/^WORKER_CLOCK_SPEED /);
  });

  it('runs on real time unless a shared fast clock is given', () => {
    expect(loadWorkerConfig({ DATABASE_URL: DB }).clock).toBeNull();
    const fast = loadWorkerConfig({
      DATABASE_URL: DB,
      WORKER_CLOCK_START: '2025-07-01T20:00:00Z',
      WORKER_CLOCK_REAL_START: '1750000000000',
      WORKER_CLOCK_SPEED: '60',
    });
    expect(fast.clock).toEqual({ start: new Date('2025-07-01T20:00:00Z'), realStart: 1750000000000 });
    expect(fast.clockSpeed).toBe(60);
  });
});
