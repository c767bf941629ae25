import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { resolveTimeZone } from '../../src/core/schedule/time-zones';
import { configProblems } from '../helpers/config-problems';

/**
 * Configuration an unlucky operator writes (issue 18, item 8): each is refused at start-up with
 * the variable's name, before it can do harm, and no message repeats a password.
 */

const problemsOf = configProblems;

describe('configuration faults', () => {
  it('SHARD_IDS with a huge range is checked against SHARD_COUNT before it is expanded', () => {
    // The old code expanded the range first (750 MB, then a crash); the refusal itself shows it no longer does.
    const problems = problemsOf({ SHARD_IDS: '0-4000000000', SHARD_COUNT: '4' });
    expect(problems).toEqual([
      expect.stringMatching(/^SHARD_IDS must be below SHARD_COUNT \(4\).*4000000000/),
    ]);
    expect(loadConfig({ SHARD_IDS: '0-3', SHARD_COUNT: '4' }).discordShards).toEqual({
      ids: [0, 1, 2, 3],
      count: 4,
    });
  });

  it('PORT and the other numbers are read in decimal only', () => {
    for (const port of ['0x9927', '1e3', '0b1', '0o17', '80.5', '-1', '65536'])
      expect(problemsOf({ PORT: port }), port).toEqual([expect.stringMatching(/^PORT /)]);
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
    expect(problemsOf({ INGEST_THREADS: '0x2' })[0]).toMatch(/^INGEST_THREADS /);
    expect(problemsOf({ DIGEST_GRACE_MINUTES: '1e2' })[0]).toMatch(/^DIGEST_GRACE_MINUTES /);
    expect(problemsOf({ SHARD_COUNT: '0x10' })[0]).toMatch(/^SHARD_COUNT /);
  });

  it('DIGEST_TIMEZONE follows the rule `subscribe … <zone>` follows: EST is refused, a city is read', () => {
    const subscribe = resolveTimeZone('EST');
    expect(subscribe.ok).toBe(false);
    const [problem] = problemsOf({ DIGEST_TIMEZONE: 'EST' });
    expect(problem).toMatch(/^DIGEST_TIMEZONE /);
    expect(problem).toContain('America/New_York');
    for (const abbreviation of ['CET', 'PST', 'JST'])
      expect(problemsOf({ DIGEST_TIMEZONE: abbreviation })[0]).toMatch(/abbreviation/);
    expect(loadConfig({ DIGEST_TIMEZONE: 'Tokyo' }).digestTimezone).toBe('Asia/Tokyo');
    expect(loadConfig({ DIGEST_TIMEZONE: 'UTC' }).digestTimezone).toBe('UTC');
  });

  it('a malformed DATABASE_URL is named, and its password never shown', () => {
    for (const url of [
      'postgres://bot:hunter2word@db.example:99999/tariffs',
      'postgres://bot:hunter2#word@db.example/tariffs',
      'postgres://bot:hunter2word@[::1/tariffs',
    ]) {
      const problems = problemsOf({ DATABASE_URL: url });
      expect(problems, url).toEqual([expect.stringMatching(/^DATABASE_URL is not a valid URL/)]);
      expect(problems.join('\n')).not.toContain('hunter2');
    }
    // What the driver accepts stays accepted: a Unix socket's empty host, a percent-encoded password.
    expect(
      loadConfig({ DATABASE_URL: 'postgres://bot@/tariffs?host=/run/postgresql' }).databaseUrl,
    ).toBeTruthy();
    expect(
      loadConfig({ DATABASE_URL: 'postgres://bot:p%40ss@db.example:5432/tariffs' }).databaseUrl,
    ).toBeTruthy();
  });

  it('the real process refuses a malformed DATABASE_URL at start-up without printing the password', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: 'postgres://bot:hunter2word@db.example:99999/tariffs',
        DATASET_CACHE_DIR: 'none',
      },
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL');
    expect(`${run.stdout}${run.stderr}`).not.toContain('hunter2');
  });
});
