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
  | { kind: 'analyse'; keep: number[]; candidates: Candidates[] }
  | { kind: 'rates'; dates: { published: string | null; inferred: boolean }[] };

export type FromWorker =
  | { kind: 'cleaned'; results: { ok: boolean; problems: Problem[] }[]; candidates: (Candidates | null)[] }
  | {
      kind: 'analysed';
      articles: Article[];
      quotes: Quote[];
      events: TariffEvent[];
      hints: EventHints[][];
      problems: Problem[];
    }
  | { kind: 'rates'; part: { statements: RateStatement[] } | { error: string } }
  | { kind: 'failed'; error: string };
