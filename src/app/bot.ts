import type { AnyCommand, ChannelContext } from '../../commands/define';
import type { DigestPort } from '../../commands/digest-port';
import { commands as allCommands } from '../../commands/index';
import type { Problem } from '../core/article';
import { loadWithCache } from '../ingest/dataset-cache';
import { loadDatasetParallel } from '../ingest/parallel-load';
import type { Logger } from '../log';
import { CorpusHolder } from './corpus-holder';
import { type DispatchEnv, type DispatchResult, dispatchOptions, dispatchText } from './dispatch';
import { type OptionSuggestion, type SuggestionRequest, suggestForOption } from './suggest';

/** What every adapter shares: the corpus, the command list, the clock and the daily digests. */
export class Bot {
  /** Set by runBot (src/app/run.ts) once the digest store is open; null until then and on the one-shot console. */
  digests: DigestPort | null = null;
  /** Where the process is: `ready` once every part serves (store open, platforms up, digests running). */
  state: 'starting' | 'ready' | 'stopping' = 'starting';

  private constructor(
    readonly corpus: CorpusHolder,
    readonly log: Logger,
    readonly now: () => Date,
    readonly commands: readonly AnyCommand[],
  ) {}

  static async start(opts: {
    seedsDir: string;
    log: Logger;
    now?: () => Date;
    commands?: readonly AnyCommand[];
    /** Worker threads for parsing the seeds (INGEST_THREADS); default: one per CPU but one, at most 8. */
    ingestThreads?: number | null;
    /** Keeps the parsed dataset here between runs (DATASET_CACHE_DIR); default: not kept. */
    cacheDir?: string | null;
  }): Promise<Bot> {
    const now = opts.now ?? (() => new Date());
    const { log } = opts;
    const parse = (dir: string) =>
      loadDatasetParallel(dir, {
        threads: opts.ingestThreads ?? undefined,
        onFallback: (reason) => log.warn({ reason }, 'parallel parsing failed; parsed in one thread'),
      });
    const cacheDir = opts.cacheDir;
    const load = cacheDir
      ? async (dir: string) => {
          const started = performance.now();
          const r = await loadWithCache(dir, cacheDir, parse, (message) => log.warn(message));
          const ms = Math.round(performance.now() - started);
          log.info({ ...r.outcome, ms, articles: r.dataset.articles.length }, 'articles loaded');
          return r.dataset;
        }
      : parse;
    const holder = await CorpusHolder.load(opts.seedsDir, now, load);
    const bot = new Bot(holder, opts.log, now, opts.commands ?? allCommands);
    bot.reportProblems(holder.current().dataset.problems);
    return bot;
  }

  reportProblems(problems: Problem[]): void {
    for (const p of problems) this.log.warn({ file: p.file }, `article skipped: ${p.message}`);
  }

  env(channel: ChannelContext | null): DispatchEnv {
    return {
      commands: this.commands,
      corpus: this.corpus.current,
      now: this.now,
      channel,
      digests: this.digests,
      log: this.log,
    };
  }

  ask(text: string, channel: ChannelContext | null = null): Promise<DispatchResult> {
    return dispatchText(text, this.env(channel));
  }

  askOptions(
    name: string,
    options: Record<string, string | number | undefined>,
    channel: ChannelContext | null,
    page = 1,
  ): Promise<DispatchResult> {
    return dispatchOptions(name, options, page, this.env(channel));
  }

  /** Values to offer while a user types an option, best first, from the dataset as it is now. */
  suggest(request: SuggestionRequest): OptionSuggestion[] {
    return suggestForOption(this.commands, this.corpus.current().dataset, request);
  }
}
