/**
 * Runs in a fresh child process (see memory.ts), so its timings and memory belong to one job only.
 *   ingest <dir>: a bare read-and-split pass over the folder (best of two), then loadDataset(dir)
 *                 in one thread, then the bot's parallel loader.
 *   cold <dir> [cache]: the bot's own start-up (Bot.start: load + index) and its first `latest`, then
 *                 resident memory after a full GC; then stores the dataset in `cache`.
 *   restart <dir> <cache>: the same start-up reading that cache, as a restart on unchanged files.
 * Prints one JSON line on stdout.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Bot } from '../src/app/bot';
import { loadDataset } from '../src/core/dataset';
import { saveDatasetCache } from '../src/ingest/dataset-cache';
import { defaultThreads, loadDatasetParallel, MIN_PARALLEL_ARTICLES } from '../src/ingest/parallel-load';
import { silentLogger } from '../src/log';

setFlagsFromString('--expose-gc');
/** How long the bot idles after its first answer before its resident memory is read again. */
const SETTLE_MS = 15_000;
const gc = runInNewContext('gc') as () => void;

/**
 * The least any loader must do: read every file and split it into lines, the fastest way Node
 * reads many small files (synchronously, as the loader itself now does).
 */
async function barePass(dir: string): Promise<{ ms: number; bytes: number; lines: number }> {
  const t0 = performance.now();
  let bytes = 0;
  let lines = 0;
  for (const name of await readdir(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    bytes += Buffer.byteLength(text);
    lines += text.split(/\r?\n/).length;
  }
  return { ms: performance.now() - t0, bytes, lines };
}

async function main(mode: string, dir: string, cacheDir: string | null): Promise<unknown> {
  if (mode === 'ingest') {
    const a = await barePass(dir);
    const b = await barePass(dir);
    const bare = a.ms <= b.ms ? a : b;
    gc();
    const t0 = performance.now();
    const d = await loadDataset(dir);
    const loadMs = performance.now() - t0;
    gc();
    // The bot's own loader: the same stages spread over worker threads (one per CPU, at most 8).
    const t1 = performance.now();
    let fellBack: string | null = null;
    // At least two workers, so the figure is the parallel path's even where the bot would not use it.
    const threads = Math.max(2, defaultThreads());
    const p = await loadDatasetParallel(dir, { threads, onFallback: (why) => (fellBack = why) });
    const parallelMs = performance.now() - t1;
    if (fellBack) throw new Error(`parallel load fell back to one thread: ${fellBack}`);
    if (p.articles.length !== d.articles.length) throw new Error('parallel and serial loads differ');
    return {
      parallelMs,
      threads: p.articles.length >= MIN_PARALLEL_ARTICLES ? threads : 1,
      bareMs: bare.ms,
      bytes: bare.bytes,
      lines: bare.lines,
      loadMs,
      articles: d.articles.length,
      quotes: d.quotes.length,
      events: d.events.length,
      problems: d.problems.length,
    };
  }
  if (mode === 'cold' || mode === 'restart') {
    // cold: no cache, then the parsed dataset is stored in `cacheDir` for a later restart.
    // restart: the bot's start on the same unchanged folder, reading that cache.
    const t0 = performance.now();
    const bot = await Bot.start({
      seedsDir: dir,
      log: silentLogger,
      cacheDir: mode === 'restart' ? cacheDir : null,
    });
    const loadedMs = performance.now() - t0;
    const first = await bot.ask('latest');
    const firstAnswerMs = performance.now() - t0;
    const processToFirstAnswerMs = process.uptime() * 1000;
    if (first.status !== 'ok') throw new Error(`first latest answered ${first.status}: ${first.reply.title}`);
    gc();
    gc();
    const mem = process.memoryUsage();
    // A running bot sits idle between requests, and V8 hands back heap pages it no longer needs
    // after a few seconds of that; the resident memory it settles at is what a host provisions.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    gc();
    const settledRssMb = process.memoryUsage().rss / 1e6;
    if (mode === 'cold' && cacheDir) await saveDatasetCache(dir, cacheDir, bot.corpus.current().dataset);
    return {
      settledRssMb,
      // From the process's own start (node + tsx + imports) to the first answer, as `npm start` sees it.
      processToFirstAnswerMs,
      loadedMs,
      firstAnswerMs,
      rssMb: mem.rss / 1e6,
      heapUsedMb: mem.heapUsed / 1e6,
      articles: bot.corpus.current().dataset.articles.length,
    };
  }
  throw new Error(`unknown mode ${mode}`);
}

main(process.argv[2] ?? '', process.argv[3] ?? '', process.argv[4] ?? null).then(
  (out) => process.stdout.write(`${JSON.stringify(out)}\n`),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
