import { basename, extname } from 'node:path';
import type { Article, Dataset, Person, Problem, Quote, TariffEvent } from './article';
import { cleanArticle } from './parse/clean-article';
import { decodeArticle } from './parse/decode';
import { extractEvents } from './parse/events';
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
  const dataset = buildDataset(files);
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
export function buildDataset(files: RawFile[]): Dataset {
  const problems: Problem[] = [];
  const sidecars = sidecarsOf(files, problems);
  const cleaned: CleanArticle[] = [];
  const ids = new Set<string>();

  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
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
      cleaned.push(clean);
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
  let articles: Article[] = cleaned.map((c) => {
    let named: string[] = [];
    try {
      named = [...new Set(people.mentions(c.body).map((m) => m.name))];
    } catch (err) {
      problems.push({ file: c.file, message: `people could not be read: ${errorText(err)}` });
    }
    try {
      quotes.push(...extractQuotes(c, people));
    } catch (err) {
      problems.push({ file: c.file, message: `quotes could not be read: ${errorText(err)}` });
    }
    try {
      events.push(...extractEvents(c, people));
    } catch (err) {
      problems.push({ file: c.file, message: `events could not be read: ${errorText(err)}` });
    }
    forgetSpeech(c);
    return {
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
    };
  });

  let merged = events;
  try {
    merged = mergeEvents(events);
    articles = inferPublished(articles, merged);
  } catch (err) {
    problems.push({ file: '(dataset)', message: `events could not be merged: ${errorText(err)}` });
  }
  let rates: Dataset['rates'] = [];
  try {
    rates = extractRates(articles);
  } catch (err) {
    problems.push({ file: '(dataset)', message: `tariff rates could not be read: ${errorText(err)}` });
  }
  return { articles, people: people.all(), quotes, events: merged, rates, problems };
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
