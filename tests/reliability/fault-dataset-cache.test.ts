import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/dataset';
import { cacheFile, loadWithCache } from '../../src/ingest/dataset-cache';

/**
 * Odd things at the dataset cache's path (issue 18, item 3): a FIFO there must not hold start-up
 * (it did, forever, with no log), and a rename that fails (a folder at the path) must not leave
 * a dataset-sized .tmp file behind on every start.
 */

let root = '';
let seeds = '';
let cacheDir = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tariffs-fault-cache-'));
  seeds = join(root, 'seeds');
  cacheDir = join(root, 'cache');
  mkdirSync(seeds);
  mkdirSync(cacheDir);
  for (const name of readdirSync('seeds')) copyFileSync(join('seeds', name), join(seeds, name));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Fails the test instead of hanging it when the load blocks. */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still loading after ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

async function load(warnings: string[]) {
  const r = await within(
    20_000,
    loadWithCache(seeds, cacheDir, loadDataset, (m) => warnings.push(m)),
  );
  await within(20_000, r.written);
  return r;
}

describe('the dataset cache path', () => {
  it('holding a FIFO: start-up parses without waiting on it, says so, and replaces it with a cache', async () => {
    const path = cacheFile(seeds, cacheDir);
    execFileSync('mkfifo', [path]);
    const warnings: string[] = [];
    const first = await load(warnings);
    expect(first.outcome).toMatchObject({ from: 'parse', why: 'unreadable' });
    expect(first.dataset.articles.length).toBeGreaterThan(0);
    expect(warnings.join('\n')).toMatch(/not a regular file/);
    expect(statSync(path).isFile()).toBe(true);
    const second = await load(warnings);
    expect(second.outcome).toEqual({ from: 'cache' });
  });

  it('holding a folder: each start says the cache cannot be written and leaves no .tmp behind', async () => {
    const path = cacheFile(seeds, cacheDir);
    mkdirSync(path);
    writeFileSync(join(path, 'keep'), 'something of the operator');
    for (let start = 0; start < 2; start++) {
      const warnings: string[] = [];
      const r = await load(warnings);
      expect(r.outcome).toMatchObject({ from: 'parse' });
      expect(warnings.join('\n')).toMatch(/could not be written/);
      expect(readdirSync(cacheDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }
    expect(readdirSync(path)).toEqual(['keep']);
  });
});
