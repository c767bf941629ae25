import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/generate';
import type { RawFile } from '../../src/core/dataset';
import { buildDataset } from '../../src/core/dataset';
import { buildDatasetParallel } from '../../src/ingest/parallel-load';

/** Seeds, generated articles of many outlets and styles, and the kinds of bad file a folder holds. */
async function mixedFolder(): Promise<RawFile[]> {
  const files: RawFile[] = [];
  for (const name of await readdir('seeds'))
    files.push({ file: name, raw: await readFile(join('seeds', name)) });
  let n = 0;
  for (const a of generateArticles(60, { seed: 7 }))
    files.push({ file: `gen${String(n++).padStart(3, '0')}.txt`, raw: a.text });
  files.push(
    { file: 'dup.md', raw: '# Talks\n\nAkazawa met Bessent in Washington on Friday.\n' },
    { file: 'dup.txt', raw: 'Akazawa met Bessent in Washington on Friday.\n' },
    { file: 'empty.txt', raw: '' },
    { file: 'binary.txt', raw: new Uint8Array([0x89, 0x50, 0x00, 0x01]) },
    { file: 'notes.pdf', raw: '%PDF-1.4' },
    { file: 'gen001.meta.json', raw: '{"title": "A title from metadata", "published": "2025-05-02"}' },
    { file: 'orphan.meta.json', raw: '{"title": "nothing to describe"}' },
  );
  return files;
}

/** The dataset as answers see it, with object identity and class prototypes out of the way. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('parsing a folder in worker threads', () => {
  it('gives exactly the dataset one thread gives: articles, quotes, events, people, rates, problems', async () => {
    const files = await mixedFolder();
    const serial = buildDataset(files);
    const parallel = await buildDatasetParallel(files, {
      threads: 3,
      minArticles: 1,
      // Several chunks a worker, as in a large folder.
      chunkSize: 7,
      onFallback: (why) => {
        throw new Error(`fell back to one thread: ${why}`);
      },
    });
    expect(parallel.articles.length).toBeGreaterThan(60);
    expect(parallel.quotes.length).toBeGreaterThan(60);
    expect(parallel.events.length).toBeGreaterThan(10);
    expect(plain(parallel)).toEqual(plain(serial));
  }, 60_000);

  it('reports the same bad files, once each, with the same reasons', async () => {
    const files = await mixedFolder();
    const parallel = await buildDatasetParallel(files, { threads: 2, minArticles: 1 });
    const why = new Map(parallel.problems.map((p) => [p.file, p.message]));
    expect(why.get('dup.txt')).toMatch(/another file already gives article id "dup"/);
    expect(why.get('empty.txt')).toMatch(/empty/);
    expect(why.get('binary.txt')).toMatch(/binary/);
    expect(why.get('notes.pdf')).toMatch(/not an article file/);
    expect(why.get('orphan.meta.json')).toMatch(/no article orphan/);
    expect(parallel.problems).toHaveLength(why.size);
    expect(parallel.articles.find((a) => a.id === 'gen001')!.title).toBe('A title from metadata');
  }, 60_000);
});
