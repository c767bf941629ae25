import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticles } from './generate';
import { startProgress } from './progress';

/** Generated corpora on disk, for benchmarks that read files as the bot does (git-ignored). */
export const CORPORA_DIR = new URL('./corpora/', import.meta.url).pathname;

/** Bumped whenever bench/generate.ts changes what it writes, so stale corpora are not reused. */
const GENERATOR_VERSION = 2;

export interface CorpusOnDisk {
  dir: string;
  articles: number;
  bytes: number;
}

/**
 * The folder holding `count` generated articles for `seed`, written once and reused: a marker
 * file written last records the count and size, so a run interrupted while writing starts over.
 */
export async function corpusOnDisk(count: number, seed: number): Promise<CorpusOnDisk> {
  const dir = join(CORPORA_DIR, `g${GENERATOR_VERSION}-seed${seed}-n${count}`);
  // Beside the folder, not in it: the loader would report it as a stray file.
  const marker = `${dir}.complete.json`;
  try {
    const done = JSON.parse(await readFile(marker, 'utf8')) as CorpusOnDisk;
    if (done.articles === count) return { ...done, dir };
  } catch {
    // Not written yet (or interrupted): write it below.
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let written = 0;
  let bytes = 0;
  const stop = startProgress(`writing ${count.toLocaleString('en-US')} articles`, () => written / count);
  try {
    const batch: Promise<void>[] = [];
    for (const a of generateArticles(count, { seed })) {
      const data = Buffer.from(a.text, 'utf8');
      bytes += data.length;
      batch.push(writeFile(join(dir, a.file), data));
      if (batch.length === 256) {
        await Promise.all(batch.splice(0));
        written += 256;
      }
    }
    await Promise.all(batch);
  } finally {
    stop();
  }
  const result = { dir, articles: count, bytes };
  await writeFile(marker, JSON.stringify(result));
  return result;
}
