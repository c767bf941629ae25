import type { Article, Dataset, Quote, TariffEvent } from './article';
import { compactClean } from './compact';
import {
  analyseArticle,
  candidatesOf,
  cleanFile,
  mergeArticleEvents,
  mergeRates,
  newCompaction,
  personNamesOf,
  planFiles,
  rateStatementsOf,
  registryOf,
  settleFiles,
} from './dataset-stages';
import { type RawFile, readArticleFolder } from './parse/load-folder';
import type { CleanArticle } from './parse/types';

export type { RawFile } from './parse/load-folder';

/**
 * Loads every file of a folder into the dataset. Files that cannot be read as articles are
 * reported in `problems` (by file name and reason) and the rest still load; this never throws.
 */
export async function loadDataset(dir: string): Promise<Dataset> {
  const { files, problems } = await readArticleFolder(dir);
  // The files are ours alone: each one's bytes can go as soon as it is parsed.
  const dataset = buildDataset(files, { consume: true });
  dataset.problems = [...problems, ...dataset.problems].sort((a, b) => a.file.localeCompare(b.file));
  return dataset;
}

/**
 * Builds the dataset from files already in memory (benchmarks and tests use this directly):
 * stage 1 per article (text, metadata, people), then speech and events (stage 2), then rates.
 * The parallel loader (src/ingest) runs the same stages in worker threads.
 */
export function buildDataset(files: RawFile[], opts: { consume?: boolean } = {}): Dataset {
  const { steps, jobs, problems } = planFiles(files);
  // With `consume`, the caller's list is emptied and each file's bytes dropped once read, so the
  // raw text of the whole folder is not all held to the end of the build.
  if (opts.consume) files.length = 0;
  const compaction = newCompaction();
  const cleaned: (CleanArticle | undefined)[] = [];
  settleFiles(
    steps,
    (i) => {
      const job = jobs[i]!;
      const r = cleanFile(job);
      if (opts.consume) job.raw = '';
      // Copied off the raw file text now, so that text can go before the rest of the build.
      if (r.clean) cleaned.push(compactClean(r.clean, compaction.pool));
      return { ok: r.clean !== null, problems: r.problems };
    },
    problems,
  );
  const people = registryOf(
    cleaned.map((c) => candidatesOf(c!)),
    problems,
  );
  const personNames = personNamesOf(people);

  const quotes: Quote[] = [];
  const events: TariffEvent[] = [];
  const analysed: Article[] = cleaned.map((c, i) => {
    // Each stage-1 record goes as soon as its article is made.
    cleaned[i] = undefined;
    const a = analyseArticle(c!, people, personNames, compaction);
    problems.push(...a.problems);
    for (const q of a.quotes) quotes.push(q);
    for (const e of a.events) events.push(e);
    return a.article;
  });
  const { articles, events: merged } = mergeArticleEvents(analysed, events, problems, compaction);
  const rates = mergeRates([rateStatementsOf(articles)], problems);
  return { articles, people: people.all(), quotes, events: merged, rates, problems };
}
