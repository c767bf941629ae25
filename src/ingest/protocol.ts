import type { Article, Problem, Quote, RateStatement, TariffEvent } from '../core/article';
import type { ArticleJob, Candidates } from '../core/dataset-stages';
import type { EventHints } from '../core/parse/events';

/**
 * Messages between the parallel loader and its parse workers. Both ends are this program and the
 * data crosses by structured clone, so the types are the contract; a worker that answers with the
 * wrong kind is treated as failed and the load falls back to one thread.
 */
export type ToWorker =
  | { kind: 'clean'; jobs: ArticleJob[] }
  | { kind: 'analyse'; keep: number[]; candidates: Candidates[]; chunk: number }
  /** The dates inference gave the undated articles, in the order the worker sent them. */
  | { kind: 'rates'; dates: { published: string | null; inferred: boolean }[] };

/** One article's rate statements, or why they could not be read. */
export type RatePart = { statements: RateStatement[] } | { error: string };

/**
 * Stage-2 records of a run of the worker's articles, sent as they are made so the loader can make
 * them compact while the worker goes on. Rates come with each dated article; an undated one's
 * (null) wait for the date inference may give it.
 */
export interface AnalysedChunk {
  articles: Article[];
  quotes: Quote[];
  events: TariffEvent[];
  hints: EventHints[][];
  problems: Problem[];
  rates: (RatePart | null)[];
}

export type FromWorker =
  | { kind: 'cleaned'; results: { ok: boolean; problems: Problem[] }[]; candidates: (Candidates | null)[] }
  | ({ kind: 'chunk' } & AnalysedChunk)
  | ({ kind: 'analysed' } & AnalysedChunk)
  | { kind: 'rates'; parts: RatePart[] }
  | { kind: 'failed'; error: string };
