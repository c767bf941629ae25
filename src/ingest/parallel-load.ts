import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, Dataset, Problem, Quote, TariffEvent } from '../core/article';
import { buildDataset } from '../core/dataset';
import {
  type ArticleJob,
  adoptAnalysed,
  type Candidates,
  type Compaction,
  mergeArticleEvents,
  mergeRates,
  newCompaction,
  planFiles,
  registryOf,
  settleFiles,
} from '../core/dataset-stages';
import { type RawFile, readArticleFolder } from '../core/parse/load-folder';
import type { AnalysedChunk, FromWorker, RatePart, ToWorker } from './protocol';

/**
 * Loads an article folder with the parser's per-article stages spread over worker threads, and
 * gives the same dataset as `loadDataset` (tests compare them whole). Small folders, one thread,
 * or any worker failure take the one-thread path: parallelism only ever changes the speed.
 */

/** Below this many articles starting workers costs more than it saves. */
export const MIN_PARALLEL_ARTICLES = 2_000;

export interface ParallelOptions {
  /** Worker threads; 0 or 1 parses on the calling thread. Default: see defaultThreads. */
  threads?: number;
  /** Overrides MIN_PARALLEL_ARTICLES (tests use small folders). */
  minArticles?: number;
  /** Articles a worker sends at a time (default 256); tests use small ones. */
  chunkSize?: number;
  /** Told when the workers failed and the load went on in one thread. */
  onFallback?: (reason: string) => void;
}

/**
 * One worker per CPU but one, at most 8: the loader's own thread has work too (making records
 * compact, merging events), and on two CPUs two workers beside it ran no faster than one thread
 * (bench ingest: 47.0 s against 47.5 s for 100,000 articles) and slower on 10,000 (8.5 s against
 * 6.1 s, the workers' start-up included). Below two workers the load stays in one thread.
 */
export const defaultThreads = (): number => Math.min(availableParallelism() - 1, 8);

export async function loadDatasetParallel(dir: string, opts: ParallelOptions = {}): Promise<Dataset> {
  const { files, problems } = await readArticleFolder(dir);
  const dataset = await buildDatasetParallel(files, opts);
  dataset.problems = [...problems, ...dataset.problems].sort((a, b) => a.file.localeCompare(b.file));
  return dataset;
}

export async function buildDatasetParallel(files: RawFile[], opts: ParallelOptions = {}): Promise<Dataset> {
  const threads = opts.threads ?? defaultThreads();
  const plan = planFiles(files);
  const wanted = Math.min(threads, Math.floor(plan.jobs.length / 2));
  if (wanted < 2 || plan.jobs.length < (opts.minArticles ?? MIN_PARALLEL_ARTICLES))
    return buildDataset(files);
  const pool = shardsOf(plan.jobs, wanted).map((shard) => new ParseWorker(shard));
  try {
    return await buildWith(pool, plan, opts.chunkSize ?? 256);
  } catch (err) {
    opts.onFallback?.(err instanceof Error ? err.message : String(err));
    return buildDataset(files);
  } finally {
    await Promise.all(pool.map((w) => w.close()));
  }
}

async function buildWith(
  pool: ParseWorker[],
  plan: ReturnType<typeof planFiles>,
  chunk: number,
): Promise<Dataset> {
  const { steps, problems } = plan;
  const cleaned = await Promise.all(pool.map((w) => w.ask({ kind: 'clean', jobs: w.jobs }, 'cleaned')));
  const owner = pool.flatMap((_, k) => cleaned[k]!.results.map((_r, local) => ({ k, local })));
  const kept = settleFiles(steps, (i) => cleaned[owner[i]!.k]!.results[owner[i]!.local]!, problems);

  const candidates: Candidates[] = [];
  const keep: number[][] = pool.map(() => []);
  for (const i of kept) {
    const { k, local } = owner[i]!;
    candidates.push(cleaned[k]!.candidates[local]!);
    keep[k]!.push(local);
  }
  const people = registryOf(candidates, problems);

  const compaction = newCompaction();
  const shards = await analyseAll(pool, keep, candidates, chunk, compaction);
  const parsed = shards.flatMap((s) => s.articles);
  const quotes = shards.flatMap((s) => s.quotes);
  const events = shards.flatMap((s) => s.events);
  for (const s of shards) problems.push(...s.problems);
  const { articles, events: merged } = mergeArticleEvents(parsed, events, problems, compaction);

  const parts = await ratesOf(pool, shards, articles);
  const rates = mergeRates(parts, problems);
  return { articles, people: people.all(), quotes, events: merged, rates, problems };
}

/** What one worker's articles came to; a rate is null while its article's date is not settled. */
interface Shard {
  articles: Article[];
  quotes: Quote[];
  events: TariffEvent[];
  rates: (RatePart | null)[];
  problems: Problem[];
}

/** Every worker analyses its kept articles; the shards keep the workers' order. */
async function analyseAll(
  pool: ParseWorker[],
  keep: number[][],
  candidates: Candidates[],
  chunk: number,
  compaction: Compaction,
): Promise<Shard[]> {
  // Each worker's chunks are made compact here as they arrive, while the workers go on parsing.
  const shards: Shard[] = pool.map(() => ({
    articles: [],
    quotes: [],
    events: [],
    rates: [],
    problems: [],
  }));
  const adopt = (k: number, chunk: AnalysedChunk) => {
    const shard = shards[k]!;
    const own = adoptAnalysed(chunk, compaction);
    for (const a of own.articles) shard.articles.push(a);
    for (const q of own.quotes) shard.quotes.push(q);
    for (const e of own.events) shard.events.push(e);
    for (const r of chunk.rates) shard.rates.push(r);
    for (const p of chunk.problems) shard.problems.push(p);
  };
  await Promise.all(
    pool.map(async (w, k) => {
      w.onChunk = (chunk) => adopt(k, chunk);
      adopt(k, await w.ask({ kind: 'analyse', keep: keep[k]!, candidates, chunk }, 'analysed'));
    }),
  );
  return shards;
}

/**
 * Each article's rate reading, in the articles' order. Dated articles came with their rates;
 * the undated ones' wait for the dates inference gave, so their worker is asked again.
 */
async function ratesOf(
  pool: ParseWorker[],
  shards: Shard[],
  articles: readonly Article[],
): Promise<RatePart[]> {
  let from = 0;
  const late = await Promise.all(
    shards.map((shard, k) => {
      const mine = articles.slice(from, from + shard.articles.length);
      from += shard.articles.length;
      const dates = mine
        .filter((_a, i) => shard.rates[i] === null)
        .map((a) => ({ published: a.published, inferred: a.publishedInferred }));
      return pool[k]!.ask({ kind: 'rates', dates }, 'rates');
    }),
  );
  return shards.flatMap((shard, k) => {
    const fill = late[k]!.parts[Symbol.iterator]();
    return shard.rates.map((r) => r ?? fill.next().value ?? { error: 'a parse worker lost a rate reading' });
  });
}

/** Consecutive runs of jobs of about equal bytes, so the dataset keeps name order when joined. */
function shardsOf(jobs: ArticleJob[], n: number): ArticleJob[][] {
  const size = (j: ArticleJob) => (typeof j.raw === 'string' ? j.raw.length : j.raw.byteLength);
  const total = jobs.reduce((sum, j) => sum + size(j), 0);
  const out: ArticleJob[][] = [[]];
  let acc = 0;
  for (const job of jobs) {
    const current = out[out.length - 1]!;
    if (out.length < n && current.length > 0 && acc >= (total * out.length) / n) out.push([job]);
    else current.push(job);
    acc += size(job);
  }
  return out;
}

type Reply<K extends FromWorker['kind']> = Extract<FromWorker, { kind: K }>;

/** A worker thread answering one request at a time; a crash or a wrong answer rejects the request. */
class ParseWorker {
  private readonly worker: Worker;
  private pending: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
  private dead: Error | null = null;
  /** Told of each chunk a worker sends before its answer to `analyse`. */
  onChunk: (chunk: AnalysedChunk) => void = () => {};

  constructor(readonly jobs: ArticleJob[]) {
    this.worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { execArgv: [] });
    this.worker.on('message', (m: FromWorker) => {
      if (m.kind === 'chunk') {
        try {
          this.onChunk(m);
        } catch (err) {
          this.fail(err instanceof Error ? err : new Error(String(err)));
        }
        return;
      }
      const p = this.pending;
      this.pending = null;
      p?.resolve(m);
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`parse worker exited with code ${code}`)));
  }

  private fail(e: Error): void {
    this.dead ??= e;
    const p = this.pending;
    this.pending = null;
    p?.reject(e);
  }

  ask<K extends FromWorker['kind']>(msg: ToWorker, expect: K): Promise<Reply<K>> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(msg);
    }).then((reply) => {
      if (reply.kind === 'failed') throw new Error(`parse worker failed: ${reply.error}`);
      if (reply.kind !== expect) throw new Error(`parse worker answered ${reply.kind}, expected ${expect}`);
      return reply as Reply<K>;
    });
  }

  async close(): Promise<void> {
    this.dead ??= new Error('parse worker closed');
    await this.worker.terminate();
  }
}
