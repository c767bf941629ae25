import { type FSWatcher, watch } from 'node:fs';
import type { Problem } from '../core/article';
import type { Corpus } from '../core/corpus';
import type { Logger } from '../log';

export interface SeedsWatcherOptions {
  dir: string;
  /** Re-reads the whole folder and swaps the corpus in (CorpusHolder.reload). */
  reload: () => Promise<Corpus>;
  /** After each reload: note new articles for the next digests. */
  onReloaded?: (corpus: Corpus) => Promise<unknown> | undefined;
  /** Problems already reported at start-up, not to be logged again. */
  known?: readonly Problem[];
  log: Logger;
  /** Editors and copies write a file in several steps; one reload after they settle. */
  debounceMs?: number;
}

export interface SeedsWatcher {
  /** Resolves when no reload is pending or running (for tests and shutdown). */
  settled(): Promise<void>;
  close(): void;
}

/**
 * Picks up articles dropped into (or changed in, or removed from) the seeds folder while the bot
 * runs. A file that fails to parse is reported once, by name, and the others load regardless.
 */
export function watchSeeds(opts: SeedsWatcherOptions): SeedsWatcher {
  const { log } = opts;
  const debounceMs = opts.debounceMs ?? 300;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const reportProblems = problemReporter(log, opts.known ?? []);

  const reload = async (): Promise<void> => {
    do {
      again = false;
      try {
        const corpus = await opts.reload();
        reportProblems(corpus.dataset.problems);
        log.info(
          { articles: corpus.dataset.articles.length, problems: corpus.dataset.problems.length },
          'seeds folder changed: articles reloaded',
        );
        await opts.onReloaded?.(corpus);
      } catch (err) {
        log.error({ err }, 'reloading the seeds folder failed; keeping the articles already loaded');
      }
    } while (again);
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) {
        again = true;
        return;
      }
      running = reload().finally(() => {
        running = null;
      });
    }, debounceMs);
  };

  const watcher = watchArticles(opts.dir, schedule, log);

  return {
    async settled() {
      while (timer || running) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, debounceMs));
      }
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
    },
  };
}

/** Logs each problem once: one already reported (at start-up or by the previous reload) is not repeated. */
function problemReporter(log: Logger, known: readonly Problem[]): (problems: readonly Problem[]) => void {
  const keyOf = (p: Problem) => `${p.file}\u0000${p.message}`;
  let reported = new Set(known.map(keyOf));
  return (problems) => {
    const now = new Set(problems.map(keyOf));
    for (const p of problems) {
      if (!reported.has(keyOf(p))) log.warn({ file: p.file }, `article skipped: ${p.message}`);
    }
    reported = now;
  };
}

/** Calls `changed` when an article file in `dir` changes; null when the folder cannot be watched. */
function watchArticles(dir: string, changed: () => void, log: Logger): FSWatcher | null {
  try {
    const watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (name === null || String(name).endsWith('.txt')) changed();
    });
    watcher.on('error', (err) => log.error({ err, dir }, 'watching the seeds folder stopped'));
    return watcher;
  } catch (err) {
    log.warn({ err, dir }, 'cannot watch the seeds folder; new articles need a restart');
    return null;
  }
}
