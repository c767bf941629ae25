import type { Article, Dataset, Quote, TariffEvent } from './article';
import {
  analyseArticle,
  candidatesOf,
  cleanFile,
  mergeArticleEvents,
  mergeRates,
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
  const dataset = buildDataset(files);
  dataset.problems = [...problems, ...dataset.problems].sort((a, b) => a.file.localeCompare(b.file));
  return dataset;
}

/**
 * Builds the dataset from files already in memory (benchmarks and tests use this directly):
 * stage 1 per article (text, metadata, people), then speech and events (stage 2), then rates.
 * The parallel loader (src/ingest) runs the same stages in worker threads.
 */
export function buildDataset(files: RawFile[]): Dataset {
  const { steps, jobs, problems } = planFiles(files);
  const cleaned: CleanArticle[] = [];
  settleFiles(
    steps,
    (i) => {
      const r = cleanFile(jobs[i]!);
      if (r.clean) cleaned.push(r.clean);
      return { ok: r.clean !== null, problems: r.problems };
    },
    problems,
  );
  const people = registryOf(cleaned.map(candidatesOf), problems);
  const personNames = personNamesOf(people);

  const quotes: Quote[] = [];
  const events: TariffEvent[] = [];
  const analysed: Article[] = cleaned.map((c) => {
    const a = analyseArticle(c, people, personNames);
    problems.push(...a.problems);
    quotes.push(...a.quotes);
    events.push(...a.events);
    return a.article;
  });
  const { articles, events: merged } = mergeArticleEvents(analysed, events, problems);
  const rates = mergeRates([rateStatementsOf(articles)], problems);
  return { articles, people: people.all(), quotes, events: merged, rates, problems };
}
