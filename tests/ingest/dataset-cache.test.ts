import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/article';
import { loadDataset } from '../../src/core/dataset';
import { loadWithCache } from '../../src/ingest/dataset-cache';

let root = '';
let seeds = '';
let cache = '';
let parses = 0;
const parse = (dir: string): Promise<Dataset> => {
  parses++;
  return loadDataset(dir);
};
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tariffs-cache-'));
  seeds = join(root, 'seeds');
  cache = join(root, 'cache');
  await mkdir(seeds);
  for (const name of await readdir('seeds')) await copyFile(join('seeds', name), join(seeds, name));
  parses = 0;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function load(warnings: string[] = []) {
  const r = await loadWithCache(seeds, cache, parse, (m) => warnings.push(m));
  await r.written;
  return r;
}

describe('keeping the parsed dataset between runs', () => {
  it('parses once, then a restart on the same files reads the same dataset without parsing', async () => {
    const first = await load();
    expect(first.outcome).toEqual({ from: 'parse', why: 'no cache' });
    const second = await load();
    expect(second.outcome).toEqual({ from: 'cache' });
    expect(parses).toBe(1);
    expect(plain(second.dataset)).toEqual(plain(first.dataset));
    expect(second.dataset.quotes.length).toBeGreaterThan(10);
  });

  it('parses again when an article is edited, and answers from the new text', async () => {
    await load();
    const [name] = (await readdir(seeds)).sort();
    await appendFile(join(seeds, name!), '\n\n"We will keep talking," Akazawa told reporters.\n');
    const r = await load();
    expect(r.outcome).toMatchObject({ from: 'parse', why: 'changed' });
    expect(r.dataset.quotes.map((q) => q.text)).toContain('We will keep talking,');
  });

  it('parses again when an article is added or removed', async () => {
    await load();
    await writeFile(join(seeds, 'new.txt'), 'Tariff Talks Resume\n\nAkazawa met Bessent in Washington.\n');
    const added = await load();
    expect(added.outcome).toMatchObject({ from: 'parse', why: 'changed' });
    expect(added.dataset.articles.map((a) => a.id)).toContain('new');
    await rm(join(seeds, 'new.txt'));
    const removed = await load();
    expect(removed.outcome).toMatchObject({ from: 'parse', why: 'changed' });
    expect(removed.dataset.articles.map((a) => a.id)).not.toContain('new');
  });

  it('warns about a corrupt cache file, parses, and replaces it', async () => {
    await load();
    const [file] = await readdir(cache);
    const buf = await readFile(join(cache, file!));
    buf[buf.length - 10] = buf[buf.length - 10]! ^ 0xff;
    await writeFile(join(cache, file!), buf);
    const warnings: string[] = [];
    const r = await load(warnings);
    expect(r.outcome).toMatchObject({ from: 'parse', why: 'unreadable', detail: 'checksum mismatch' });
    expect(warnings.join('\n')).toMatch(/unusable \(checksum mismatch\); parsing again/);
    expect(r.dataset.articles.length).toBeGreaterThan(0);
    expect((await load()).outcome).toEqual({ from: 'cache' });
  });

  it('treats a truncated or foreign file as no cache at all', async () => {
    await load();
    const [file] = await readdir(cache);
    await writeFile(join(cache, file!), 'not a cache file');
    const r = await load();
    expect(r.outcome).toMatchObject({ from: 'parse', why: 'unreadable' });
    expect(r.dataset.articles.length).toBeGreaterThan(0);
  });

  it('still loads when the cache folder cannot be written, and says why', async () => {
    await writeFile(join(root, 'blocked'), 'a file where the cache folder should be');
    const warnings: string[] = [];
    const r = await loadWithCache(seeds, join(root, 'blocked'), parse, (m) => warnings.push(m));
    await r.written;
    expect(r.dataset.articles.length).toBeGreaterThan(0);
    expect(warnings.join('\n')).toMatch(/could not be written/);
  });
});

describe('the dataset as read back from the cache', () => {
  it('reads sentences and paragraphs from offsets, as a freshly parsed one does, with the same values', async () => {
    const first = await load();
    const second = await load();
    expect(second.outcome).toEqual({ from: 'cache' });
    for (const [i, a] of second.dataset.articles.entries()) {
      const b = first.dataset.articles[i]!;
      expect(Object.keys(a)).toEqual(Object.keys(b));
      expect(a.sentences).toEqual(b.sentences);
      expect(a.paragraphs).toEqual(b.paragraphs);
      // Lazy as after a parse: the list is made when read, not kept on the record.
      expect(Object.getOwnPropertyDescriptor(a, 'sentences')?.get).toBeTypeOf('function');
    }
  });
});
