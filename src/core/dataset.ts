import { basename, extname } from 'node:path';
import type { Article, Dataset, Person, Problem, Quote, TariffEvent } from './article';
import { compactArticle, compactClean, compactEvent, compactQuote, Pool, SentenceTable } from './compact';
import { cleanArticle } from './parse/clean-article';
import { decodeArticle } from './parse/decode';
import { eventHints, extractEvents } from './parse/events';
import { inferPublished } from './parse/infer-published';
import { type RawFile, readArticleFolder } from './parse/load-folder';
import { mergeEvents } from './parse/merge-events';
import { type Metadata, parseSidecar, splitFrontMatter } from './parse/metadata';
import {
  findOrganisations,
  findPeople,
  type NameCandidate,
  type OrgCandidate,
} from './parse/people/candidates';
import { buildRegistry } from './parse/people/registry';
import { extractQuotes, forgetSpeech } from './parse/quotes';
import { figuresOf, topicsOf } from './parse/topics';
import type { CleanArticle, PeopleIndex } from './parse/types';
import { extractRates } from './rates/extract';

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

const ARTICLE_EXT = /\.(?:txt|md|markdown)$/i;
const SIDECAR = /\.meta\.json$/i;

const articleId = (file: string): string => basename(file, extname(file));
const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Reads sidecars first so each article can take its metadata from one. */
function sidecarsOf(files: RawFile[], problems: Problem[]): Map<string, Metadata> {
  const out = new Map<string, Metadata>();
  const articles = new Set(files.filter((f) => ARTICLE_EXT.test(f.file)).map((f) => articleId(f.file)));
  for (const f of files.filter((x) => SIDECAR.test(x.file))) {
    const id = f.file.replace(SIDECAR, '');
    const text = typeof f.raw === 'string' ? f.raw : new TextDecoder().decode(f.raw);
    const parsed = parseSidecar(text);
    if (!parsed.ok)
      problems.push({ file: f.file, message: `${parsed.reason}; the article loads without it` });
    else if (!articles.has(id))
      problems.push({
        file: f.file,
        message: `metadata for "${id}", but there is no article ${id}.txt or ${id}.md`,
      });
    else out.set(id, parsed.meta);
  }
  return out;
}

/**
 * Builds the dataset from files already in memory (benchmarks and tests use this directly):
 * stage 1 per article (text, metadata, people), then speech and events (stage 2), then rates.
 */
export function buildDataset(files: RawFile[], opts: { consume?: boolean } = {}): Dataset {
  const problems: Problem[] = [];
  const sidecars = sidecarsOf(files, problems);
  const cleaned: CleanArticle[] = [];
  const ids = new Set<string>();
  // One pool for the whole build, so what is shared early stays shared in the final records.
  const pool = new Pool();
  const table = new SentenceTable();

  const sorted: (RawFile | undefined)[] = [...files].sort((a, b) => a.file.localeCompare(b.file));
  // With `consume`, the caller's list is emptied and each file dropped once read, so the raw
  // bytes of the whole folder are not all held to the end of the build.
  if (opts.consume) files.length = 0;
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (opts.consume) sorted[i] = undefined;
    if (SIDECAR.test(f.file)) continue;
    if (!ARTICLE_EXT.test(f.file)) {
      problems.push({
        file: f.file,
        message: `not an article file (${extname(f.file) || 'no extension'}); only .txt and .md are read`,
      });
      continue;
    }
    const id = articleId(f.file);
    if (ids.has(id)) {
      problems.push({
        file: f.file,
        message: `another file already gives article id "${id}"; this one is skipped`,
      });
      continue;
    }
    const decoded = decodeArticle(f.raw);
    if (!decoded.ok) {
      problems.push({ file: f.file, message: decoded.reason });
      continue;
    }
    try {
      const front = splitFrontMatter(decoded.text);
      if (front.problem) problems.push({ file: f.file, message: `${front.problem}; metadata ignored` });
      const meta = front.meta || sidecars.has(id) ? { ...front.meta, ...sidecars.get(id) } : null;
      const bytes = typeof f.raw === 'string' ? Buffer.byteLength(f.raw) : f.raw.length;
      const clean = cleanArticle({ id, file: f.file, text: front.rest, bytes, meta });
      if (clean.body.trim() === '') {
        problems.push({ file: f.file, message: 'no article text left after removing page furniture' });
        continue;
      }
      ids.add(id);
      // Copied off the raw file text now, so that text can go before the rest of the build.
      cleaned.push(compactClean(clean, pool));
    } catch (err) {
      problems.push({ file: f.file, message: `could not be parsed: ${errorText(err)}` });
    }
  }

  let people: ReturnType<typeof registryFor>;
  try {
    people = registryFor(cleaned);
  } catch (err) {
    problems.push({ file: '(dataset)', message: `people could not be indexed: ${errorText(err)}` });
    people = buildRegistry([], []);
  }
  const personNames = new Set(
    people
      .all()
      .filter((p) => p.kind === 'person')
      .map((p) => p.name),
  );

  const quotes: Quote[] = [];
  const events: TariffEvent[] = [];
  // Each article is made in its final, compact form at once, and its stage-1 record dropped.
  const made = new Set<Article>();
  const stage1: (CleanArticle | undefined)[] = cleaned.splice(0);
  let articles: Article[] = stage1.map((c0, i) => {
    const c = c0!;
    stage1[i] = undefined;
    let named: string[] = [];
    try {
      named = [...new Set(people.mentions(c.body).map((m) => m.name))];
    } catch (err) {
      problems.push({ file: c.file, message: `people could not be read: ${errorText(err)}` });
    }
    try {
      for (const q of extractQuotes(c, people)) quotes.push(compactQuote(q, pool, c.body));
    } catch (err) {
      problems.push({ file: c.file, message: `quotes could not be read: ${errorText(err)}` });
    }
    try {
      for (const e of extractEvents(c, people)) {
        // Compact now (its lists still its own, for merging), with its date words carried over.
        const own = compactEvent(e, pool, 'own');
        const hints = eventHints.get(e);
        if (hints) eventHints.set(own, hints);
        events.push(own);
      }
    } catch (err) {
      problems.push({ file: c.file, message: `events could not be read: ${errorText(err)}` });
    }
    // Quotes and events are read: the article's speech analysis (several copies of its text) can go.
    forgetSpeech(c);
    const article = compactArticle(
      {
        id: c.id,
        file: c.file,
        title: c.title,
        outlet: c.outlet,
        url: c.url,
        published: c.published,
        publishedInferred: false,
        body: c.body,
        paragraphs: c.paragraphs,
        sentences: c.sentences,
        people: named.filter((n) => personNames.has(n)),
        organisations: named.filter((n) => !personNames.has(n)),
        topics: topicsOf(c.body),
        figures: figuresOf(c.body),
        boilerplate: c.boilerplate,
        bytes: c.bytes,
      },
      pool,
      table,
    );
    made.add(article);
    return article;
  });

  let merged = events;
  try {
    merged = mergeEvents(events);
    articles = inferPublished(articles, merged);
  } catch (err) {
    problems.push({ file: '(dataset)', message: `events could not be merged: ${errorText(err)}` });
  } finally {
    // The date words kept per event only serve the dating above; the events outlive it.
    for (const e of events) eventHints.delete(e);
    for (const e of merged) eventHints.delete(e);
  }
  // Articles dated above are new records; events are final only now that they are merged.
  const dataset: Dataset = {
    articles: articles.map((a) => (made.has(a) ? a : compactArticle(a, pool, table))),
    people: people.all(),
    quotes,
    events: merged.map((e) => compactEvent(e, pool)),
    rates: [],
    problems,
  };
  table.seal();
  try {
    dataset.rates = extractRates(dataset.articles);
  } catch (err) {
    problems.push({ file: '(dataset)', message: `tariff rates could not be read: ${errorText(err)}` });
  }
  return dataset;
}

/** One registry for the whole dataset, so a name spelt two ways in two articles is one person. */
function registryFor(articles: CleanArticle[]): PeopleIndex & { all(): Person[] } {
  const names: NameCandidate[] = [];
  const orgs: OrgCandidate[] = [];
  for (const a of articles) {
    names.push(...findPeople(a.body));
    orgs.push(...findOrganisations(a.body));
  }
  return buildRegistry(names, orgs);
}
