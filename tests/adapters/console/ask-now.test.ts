import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TSX = 'node_modules/.bin/tsx';
const ask = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(TSX, ['src/adapters/console/ask.ts', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATASET_CACHE_DIR: 'none', ...env },
    timeout: 60_000,
  });

// The bundled seeds: the newest dated one is The Asahi Shimbun's of June 7, 2025 on the fifth round.
describe('one-shot answers as if on another day', () => {
  it('`--now` replays the folder: a week with nothing new names the newest article and offers its week', () => {
    const r = ask(['--now', '2025-06-20', 'digest', '7d']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Nothing new since June 13, 2025. The newest article is from June 7, 2025.');
    expect(r.stdout).toContain('digest since 2025-05-31');
    const latest = ask(['--now=2025-06-20', 'latest']);
    expect(latest.stdout).toMatch(/^Latest: Fifth round of tariff talks, June 6, 2025/);
  }, 150_000);

  it('refuses a day it cannot read, from the flag or from NOW=', () => {
    const flag = ask(['--now', 'someday', 'latest']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/^--now must be a date such as 2025-07-25/);
    const env = ask(['latest'], { NOW: '2025-13-01' });
    expect(env.status).toBe(1);
    expect(env.stderr).toMatch(/NOW must be a date such as 2025-07-25/);
  }, 150_000);
});
