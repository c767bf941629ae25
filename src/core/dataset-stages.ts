import { basename, extname } from 'node:path';
import type {
  Article,
  Dataset,
  EventMention,
  Person,
  Problem,
  Quote,
  RateStatement,
  TariffEvent,
} from './article';
import { bodyCut, compactArticle, compactEvent, compactQuote, Pool, SentenceTable } from './compact';
import { cleanArticle } from './parse/clean-article';
import { decodeArticle } from './parse/decode';
import { articleSides } from './parse/event-sides';
import { type EventHints, eventHints, extractEvents } from './parse/events';
import { inferPublished } from './parse/infer-published';
import type { RawFile } from './parse/load-folder';
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
import { numberLaterVisits } from './parse/round-sequence';
import { figuresOf, topicsOf } from './parse/topics';
import type { CleanArticle, PeopleIndex } from './parse/types';
import { ratesInArticles } from './rates/extract';
import { mergeStatements } from './rates/merge';

/**
 * The parser's stages, each a pure function over plain data, so that `buildDataset` can run them
 * in one thread and the parallel loader can run the per-article ones in worker threads and get
 * the same dataset: stage 1 reads one file into a CleanArticle and its name candidates; the
 * registry is built from every article's candidates; stage 2 reads one article's speech and
 * events against it; the dataset stage merges events and dates undated articles; rates last.
 */

const ARTICLE_EXT = /\.(?:txt|md|markdown)$/i;
const SIDECAR = /\.meta\.json$/i;

const articleId = (file: string): string => basename(file, extname(file));
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** One article file to read, with the metadata its sidecar gives. */
export interface ArticleJob {
  file: string;
  id: string;
  raw: string | Uint8Array;
  sidecar: Metadata | null;
}

/** A file in name order: an article to read, or a file reported without being read. */
export type PlanStep = { job: ArticleJob } | { problem: Problem };

/** Which files are articles, in name order, each with its sidecar's metadata. */
export function planFiles(files: RawFile[]): { steps: PlanStep[]; jobs: ArticleJob[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const sidecars = sidecarsOf(files, problems);
  const steps: PlanStep[] = [];
  const jobs: ArticleJob[] = [];
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (SIDECAR.test(f.file)) continue;
    if (!ARTICLE_EXT.test(f.file)) {
      const message = `not an article file (${extname(f.file) || 'no extension'}); only .txt and .md are read`;
      steps.push({ problem: { file: f.file, message } });
      continue;
    }
    const id = articleId(f.file);
    const job = { file: f.file, id, raw: f.raw, sidecar: sidecars.get(id) ?? null };
    steps.push({ job });
    jobs.push(job);
  }
  return { steps, jobs, problems };
}

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

/** Stage 1 of one file: the clean article (null when it cannot be read) and what went wrong. */
export interface CleanedFile {
  clean: CleanArticle | null;
  problems: Problem[];
}

export function cleanFile(job: ArticleJob): CleanedFile {
  const problems: Problem[] = [];
  const decoded = decodeArticle(job.raw);
  if (!decoded.ok) return { clean: null, problems: [{ file: job.file, message: decoded.reason }] };
  try {
    const front = splitFrontMatter(decoded.text);
    if (front.problem) problems.push({ file: job.file, message: `${front.problem}; metadata ignored` });
    const meta = front.meta || job.sidecar ? { ...front.meta, ...job.sidecar } : null;
    const bytes = typeof job.raw === 'string' ? Buffer.byteLength(job.raw) : job.raw.length;
    const clean = cleanArticle({ id: job.id, file: job.file, text: front.rest, bytes, meta });
    if (clean.body.trim() === '') {
      problems.push({ file: job.file, message: 'no article text left after removing page furniture' });
      return { clean: null, problems };
    }
    return { clean, problems };
  } catch (err) {
    problems.push({ file: job.file, message: `could not be parsed: ${errorText(err)}` });
    return { clean: null, problems };
  }
}

/**
 * Walks the files in name order, reporting what each one gave, and keeps the first readable file
 * of each article id ("a.md" before "a.txt"): a later one is reported and not read, and one that
 * could not be read does not claim its id. `read(i)` is stage 1 of the i-th job (of `jobs`).
 * Returns the indexes of the jobs kept.
 */
export function settleFiles(
  steps: readonly PlanStep[],
  read: (jobIndex: number) => { ok: boolean; problems: Problem[] },
  problems: Problem[],
): number[] {
  const ids = new Set<string>();
  const kept: number[] = [];
  let jobIndex = -1;
  for (const step of steps) {
    if ('problem' in step) {
      problems.push(step.problem);
      continue;
    }
    jobIndex++;
    const { job } = step;
    if (ids.has(job.id)) {
      problems.push({
        file: job.file,
        message: `another file already gives article id "${job.id}"; this one is skipped`,
      });
      continue;
    }
    const result = read(jobIndex);
    problems.push(...result.problems);
    if (!result.ok) continue;
    ids.add(job.id);
    kept.push(jobIndex);
  }
  return kept;
}

/** The names and speaking organisations an article's body mentions, for the registry. */
export interface Candidates {
  names: NameCandidate[];
  orgs: OrgCandidate[];
  /** Set when reading them failed: the registry cannot be trusted then (see registryOf). */
  error?: string;
}

export function candidatesOf(clean: CleanArticle): Candidates {
  try {
    return { names: findPeople(clean.body), orgs: findOrganisations(clean.body) };
  } catch (err) {
    return { names: [], orgs: [], error: errorText(err) };
  }
}

export type Registry = PeopleIndex & { all(): Person[] };

/** One registry for the whole dataset, so a name spelt two ways in two articles is one person. */
export function registryOf(candidates: readonly Candidates[], problems: Problem[]): Registry {
  const names: NameCandidate[] = [];
  const orgs: OrgCandidate[] = [];
  for (const c of candidates) {
    for (const n of c.names) names.push(n);
    for (const o of c.orgs) orgs.push(o);
  }
  try {
    const failed = candidates.find((c) => c.error !== undefined);
    if (failed) throw new Error(failed.error);
    return buildRegistry(names, orgs);
  } catch (err) {
    problems.push({ file: '(dataset)', message: `people could not be indexed: ${errorText(err)}` });
    return buildRegistry([], []);
  }
}

export const personNamesOf = (people: Registry): Set<string> =>
  new Set(
    people
      .all()
      .filter((p) => p.kind === 'person')
      .map((p) => p.name),
  );

/**
 * What one build shares while it makes records compact (see compact.ts): equal strings and lists,
 * one table of sentence offsets, and which articles are already in their final form.
 */
export interface Compaction {
  pool: Pool;
  table: SentenceTable;
  made: Set<Article>;
}

export const newCompaction = (): Compaction => ({
  pool: new Pool(),
  table: new SentenceTable(),
  made: new Set<Article>(),
});

/** Stage 2 of one article: the article as answers read it, its quotes and its own events. */
export interface AnalysedArticle {
  article: Article;
  quotes: Quote[];
  events: TariffEvent[];
  problems: Problem[];
}

/**
 * With `compaction`, every record is made compact as it is read (the one-thread load); without,
 * records stay as the parser made them (a worker's, which cross to the loader by copy and are
 * made compact there, see adoptAnalysed).
 */
export function analyseArticle(
  c: CleanArticle,
  people: Registry,
  personNames: Set<string>,
  compaction?: Compaction,
): AnalysedArticle {
  const problems: Problem[] = [];
  let named: string[] = [];
  const quotes: Quote[] = [];
  const events: TariffEvent[] = [];
  try {
    named = [...new Set(people.mentions(c.body).map((m) => m.name))];
  } catch (err) {
    problems.push({ file: c.file, message: `people could not be read: ${errorText(err)}` });
  }
  try {
    for (const q of extractQuotes(c, people))
      quotes.push(compaction ? compactQuote(q, compaction.pool, c.body) : q);
  } catch (err) {
    problems.push({ file: c.file, message: `quotes could not be read: ${errorText(err)}` });
  }
  try {
    for (const e of extractEvents(c, people)) events.push(compaction ? ownEvent(e, compaction) : e);
  } catch (err) {
    problems.push({ file: c.file, message: `events could not be read: ${errorText(err)}` });
  }
  // Quotes and events are read: the article's speech analysis (several copies of its text) can go.
  forgetSpeech(c);
  const parsed: Article = {
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
  return { article: compaction ? finalArticle(parsed, compaction) : parsed, quotes, events, problems };
}

/** An event made compact with its lists still its own (merging adds to them), date words kept. */
function ownEvent(e: TariffEvent, compaction: Compaction): TariffEvent {
  const own = compactEvent(e, compaction.pool, 'own');
  const hints = eventHints.get(e);
  if (hints) eventHints.set(own, hints);
  return own;
}

function finalArticle(a: Article, compaction: Compaction): Article {
  const out = compactArticle(a, compaction.pool, compaction.table);
  compaction.made.add(out);
  return out;
}

/** A worker's stage-2 records, made compact in the loader, with their events' date words restored. */
export function adoptAnalysed(
  part: { articles: Article[]; quotes: Quote[]; events: TariffEvent[]; hints: EventHints[][] },
  compaction: Compaction,
): { articles: Article[]; quotes: Quote[]; events: TariffEvent[] } {
  restoreHints(part.events, part.hints);
  const articles = part.articles.map((a) => finalArticle(a, compaction));
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  for (const e of part.events) e.mentions = e.mentions.map((m) => cutMention(m, bodies.get(m.articleId)));
  return {
    articles,
    quotes: part.quotes.map((q) => compactQuote(q, compaction.pool, bodies.get(q.articleId))),
    events: part.events.map((e) => ownEvent(e, compaction)),
  };
}

/**
 * A copied mention's sentence as a cut of its article's body, as a one-thread load keeps it: a
 * copy from a worker would otherwise hold every reported sentence a second time.
 */
function cutMention(m: EventMention, body: string | undefined): EventMention {
  const sentence = bodyCut(body, m.sentence, -1);
  return sentence === null ? m : { articleId: m.articleId, sentence };
}

/** What undated-article inference needs of an event besides the event: the words that dated it. */
export const hintsOfEvents = (events: readonly TariffEvent[]): EventHints[][] =>
  events.map((e) => eventHints.get(e) ?? []);

/** Gives events that crossed a thread boundary back the hints the parsing thread kept beside them. */
export function restoreHints(events: readonly TariffEvent[], hints: readonly EventHints[][]): void {
  events.forEach((e, i) => {
    const h = hints[i];
    if (h?.length) eventHints.set(e, h);
  });
}

/**
 * Merges the reports of one event from several articles, dates undated articles from them, and
 * makes the final records compact: the articles inference re-dated are new records, and events
 * are final only once merged. Seals the compaction's sentence table.
 */
export function mergeArticleEvents(
  articles: Article[],
  events: TariffEvent[],
  problems: Problem[],
  compaction: Compaction,
): { articles: Article[]; events: TariffEvent[] } {
  let merged = events;
  try {
    merged = mergeEvents(events, articleSides(articles));
    articles = inferPublished(articles, merged);
    // After dating: only read dates number visits, and an inferred round never feeds another.
    numberLaterVisits(merged);
  } catch (err) {
    problems.push({ file: '(dataset)', message: `events could not be merged: ${errorText(err)}` });
  } finally {
    // The date words kept per event only serve the dating above; the events outlive it.
    for (const e of events) eventHints.delete(e);
    for (const e of merged) eventHints.delete(e);
  }
  const out = {
    articles: articles.map((a) => (compaction.made.has(a) ? a : finalArticle(a, compaction))),
    events: merged.map((e) => compactEvent(e, compaction.pool)),
  };
  compaction.table.seal();
  return out;
}

/** Rate statements of some articles, not yet merged across the dataset, or why reading them failed. */
export function rateStatementsOf(
  articles: readonly Article[],
): { statements: RateStatement[] } | { error: string } {
  try {
    return { statements: ratesInArticles(articles) };
  } catch (err) {
    return { error: errorText(err) };
  }
}

/** The dataset's rates from every part's statements; one failed part fails them all, as one run would. */
export function mergeRates(
  parts: readonly ({ statements: RateStatement[] } | { error: string })[],
  problems: Problem[],
): Dataset['rates'] {
  const failed = parts.find((p): p is { error: string } => 'error' in p);
  if (failed) {
    problems.push({ file: '(dataset)', message: `tariff rates could not be read: ${failed.error}` });
    return [];
  }
  try {
    return mergeStatements(parts.flatMap((p) => ('statements' in p ? p.statements : [])));
  } catch (err) {
    problems.push({ file: '(dataset)', message: `tariff rates could not be read: ${errorText(err)}` });
    return [];
  }
}
