import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusOnDisk } from './corpus-files';
import { table } from './measure';
import { growthExponent, inChild } from './memory';
import type { BenchSection } from './section';

/** Goals from issue 9, at 100,000 articles. */
export const SCALE_GOAL = { articles: 100_000, loadMs: 30_000, rssMb: 500 } as const;

interface ColdChild {
  /** RSS after 15 s idle and a GC: what the running bot settles at. */
  settledRssMb: number;
  processToFirstAnswerMs: number;
  loadedMs: number;
  firstAnswerMs: number;
  rssMb: number;
  heapUsedMb: number;
  articles: number;
}

export interface ScaleRow extends ColdChild {
  /** Growth exponents from the previous size (figure ∝ size^k). */
  loadGrowth: number | null;
  rssGrowth: number | null;
  /** The same start on the unchanged folder, reading the dataset cache the cold start left. */
  restart: ColdChild;
}

export const scaleSection: BenchSection = {
  name: 'scale',
  description:
    'cold start to first answer (fresh child: Bot.start on the folder, then `latest`) and resident memory after GC, with growth between sizes; then a restart reading the dataset cache',
  async run({ sizes, seed, log }) {
    const rows: ScaleRow[] = [];
    let msPerArticle: number | null = null;
    const cacheRoot = await mkdtemp(join(tmpdir(), 'tariffs-bench-cache-'));
    for (const size of sizes) {
      const corpus = await corpusOnDisk(size, seed);
      const cacheDir = join(cacheRoot, String(size));
      const c: ColdChild = await inChild<ColdChild>(
        'cold',
        corpus.dir,
        `cold start on ${size.toLocaleString('en-US')} articles`,
        msPerArticle ? msPerArticle * size : null,
        cacheDir,
      );
      const restart = await inChild<ColdChild>(
        'restart',
        corpus.dir,
        `restart on ${size.toLocaleString('en-US')} articles`,
        null,
        cacheDir,
      );
      const prev = rows[rows.length - 1];
      rows.push({
        ...c,
        restart,
        loadGrowth: prev ? growthExponent(prev.articles, prev.loadedMs, c.articles, c.loadedMs) : null,
        // Growth of what the corpus adds over an empty process would be fairer, but RSS as a
        // whole is what an operator provisions for.
        rssGrowth: prev ? growthExponent(prev.articles, prev.rssMb, c.articles, c.rssMb) : null,
      });
      msPerArticle = c.loadedMs / Math.max(1, c.articles);
    }
    await rm(cacheRoot, { recursive: true, force: true });
    const goalRow = (r: ScaleRow) => r.articles >= SCALE_GOAL.articles;
    log('');
    log(
      table(
        [
          'articles',
          'process → 1st answer s',
          'Bot.start s',
          'first latest ms',
          'restart: Bot.start s',
          'restart RSS MB (settled)',
          'RSS MB (settled)',
          'heap MB',
          'load k',
          'RSS k',
          `≤ ${SCALE_GOAL.loadMs / 1000} s`,
          `≤ ${SCALE_GOAL.rssMb} MB`,
        ],
        rows.map((r) => [
          r.articles.toLocaleString('en-US'),
          (r.processToFirstAnswerMs / 1000).toFixed(1),
          (r.loadedMs / 1000).toFixed(1),
          (r.firstAnswerMs - r.loadedMs).toFixed(1),
          (r.restart.loadedMs / 1000).toFixed(1),
          `${Math.round(r.restart.rssMb)} (${Math.round(r.restart.settledRssMb)})`,
          `${Math.round(r.rssMb)} (${Math.round(r.settledRssMb)})`,
          Math.round(r.heapUsedMb),
          r.loadGrowth === null ? '—' : r.loadGrowth.toFixed(2),
          r.rssGrowth === null ? '—' : r.rssGrowth.toFixed(2),
          goalRow(r) ? (r.loadedMs <= SCALE_GOAL.loadMs ? 'yes' : 'NO') : '',
          goalRow(r) ? (r.settledRssMb <= SCALE_GOAL.rssMb ? 'yes' : 'NO') : '',
        ]),
      ),
    );
    log('k: figure ∝ articles^k from the row above (1 = linear). Goals apply at 100,000 articles,');
    log(
      'to the first start (parsing every file); restart: the same folder again, read from the dataset cache.',
    );
    return { goal: SCALE_GOAL, seed, rows };
  },
};
