import { corpusOnDisk } from './corpus-files';
import { table } from './measure';
import { growthExponent, inChild } from './memory';
import type { BenchSection } from './section';

/** Goals from issue 9. */
export const INGEST_GOAL = { mbPerSec: 50, ofBare: 1 / 20 } as const;

interface IngestChild {
  parallelMs: number;
  threads: number;
  bareMs: number;
  bytes: number;
  lines: number;
  loadMs: number;
  articles: number;
  quotes: number;
  events: number;
  problems: number;
}

export interface IngestRow {
  articles: number;
  mb: number;
  bareMs: number;
  bareMbPerSec: number;
  loadMs: number;
  loadMbPerSec: number;
  articlesPerSec: number;
  /** loadDataset's throughput over the bare pass's (the goal is ≥ 1/20). */
  ofBare: number;
  quotes: number;
  events: number;
  problems: number;
  /** Load time growth from the previous size: time ∝ size^k. */
  growth: number | null;
  /** The bot's loader: the same parse in worker threads. */
  parallelMs: number;
  parallelMbPerSec: number;
  threads: number;
}

const f1 = (n: number) => n.toFixed(1);
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');

export const ingestSection: BenchSection = {
  name: 'ingest',
  description:
    'loadDataset(dir) over generated corpora on disk, beside a bare read-and-split pass over the same files (fresh child process each)',
  async run({ sizes, seed, log }) {
    const rows: IngestRow[] = [];
    let articlesPerSec: number | null = null;
    for (const size of sizes) {
      const corpus = await corpusOnDisk(size, seed);
      const c = await inChild<IngestChild>(
        'ingest',
        corpus.dir,
        `ingesting ${size.toLocaleString('en-US')} articles`,
        articlesPerSec ? (size / articlesPerSec) * 1000 : null,
      );
      const mb = c.bytes / 1e6;
      const prev = rows[rows.length - 1];
      const row: IngestRow = {
        articles: c.articles,
        mb,
        bareMs: c.bareMs,
        bareMbPerSec: mb / (c.bareMs / 1000),
        loadMs: c.loadMs,
        loadMbPerSec: mb / (c.loadMs / 1000),
        articlesPerSec: c.articles / (c.loadMs / 1000),
        ofBare: c.bareMs / c.loadMs,
        quotes: c.quotes,
        events: c.events,
        problems: c.problems,
        growth: prev ? growthExponent(prev.articles, prev.loadMs, c.articles, c.loadMs) : null,
        parallelMs: c.parallelMs,
        parallelMbPerSec: mb / (c.parallelMs / 1000),
        threads: c.threads,
      };
      articlesPerSec = row.articlesPerSec;
      rows.push(row);
      log(
        `${size.toLocaleString('en-US')} articles: ${f1(mb)} MB, ${c.quotes.toLocaleString('en-US')} quotes, ${c.events.toLocaleString('en-US')} events, ${c.problems} problems`,
      );
    }
    log('');
    log(
      table(
        [
          'articles',
          'MB',
          'bare ms',
          'bare MB/s',
          'load ms',
          'load MB/s',
          'articles/s',
          'threads',
          'parallel ms',
          'parallel MB/s',
          'of bare',
          `≥ ${INGEST_GOAL.mbPerSec} MB/s`,
          '≥ 1/20 bare',
          'growth k',
        ],
        rows.map((r) => [
          r.articles.toLocaleString('en-US'),
          f1(r.mb),
          Math.round(r.bareMs),
          Math.round(r.bareMbPerSec),
          Math.round(r.loadMs),
          r.loadMbPerSec.toFixed(2),
          Math.round(r.articlesPerSec),
          r.threads,
          Math.round(r.parallelMs),
          r.parallelMbPerSec.toFixed(2),
          `1/${Math.round(1 / r.ofBare)}`,
          yes(Math.max(r.loadMbPerSec, r.parallelMbPerSec) >= INGEST_GOAL.mbPerSec),
          yes(r.ofBare >= INGEST_GOAL.ofBare),
          r.growth === null ? '—' : r.growth.toFixed(2),
        ]),
      ),
    );
    log('growth k: load time ∝ articles^k from the row above (1 = linear).');
    log(
      'load: loadDataset in one thread; parallel: the loader the bot uses (worker threads from 2,000 articles).',
    );
    return { goal: INGEST_GOAL, seed, rows };
  },
};
