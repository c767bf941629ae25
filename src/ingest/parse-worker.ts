import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/article';
import { compactClean, Pool } from '../core/compact';
import {
  analyseArticle,
  candidatesOf,
  cleanFile,
  errorText,
  hintsOfEvents,
  personNamesOf,
  rateStatementsOf,
  registryOf,
} from '../core/dataset-stages';
import type { CleanArticle } from '../core/parse/types';
import type { AnalysedChunk, FromWorker, RatePart, ToWorker } from './protocol';

/**
 * One parse worker: it keeps its share of the articles between the loader's rounds, so only
 * name candidates, finished articles and dates cross the thread boundary. Articles go to the
 * loader in chunks as they are made; only the undated ones stay here, for their rates.
 */
let cleaned: (CleanArticle | null)[] = [];
let undated: Article[] = [];

function ratePart(a: Article): RatePart {
  const r = rateStatementsOf([a]);
  return 'error' in r ? r : { statements: r.statements };
}

function analyse(msg: Extract<ToWorker, { kind: 'analyse' }>): FromWorker {
  // The loader reports the registry's own problems; this copy is built from the same input.
  const people = registryOf(msg.candidates, []);
  const personNames = personNamesOf(people);
  undated = [];
  let chunk: AnalysedChunk = emptyChunk();
  for (const [n, i] of msg.keep.entries()) {
    const c = cleaned[i]!;
    cleaned[i] = null;
    const done = analyseArticle(c, people, personNames);
    chunk.articles.push(done.article);
    for (const q of done.quotes) chunk.quotes.push(q);
    for (const e of done.events) chunk.events.push(e);
    for (const p of done.problems) chunk.problems.push(p);
    if (done.article.published === null) undated.push(done.article);
    chunk.rates.push(done.article.published === null ? null : ratePart(done.article));
    if (chunk.articles.length >= msg.chunk && n < msg.keep.length - 1) {
      chunk.hints = hintsOfEvents(chunk.events);
      parentPort?.postMessage({ kind: 'chunk', ...chunk } satisfies FromWorker);
      chunk = emptyChunk();
    }
  }
  cleaned = [];
  chunk.hints = hintsOfEvents(chunk.events);
  return { kind: 'analysed', ...chunk };
}

const emptyChunk = (): AnalysedChunk => ({
  articles: [],
  quotes: [],
  events: [],
  hints: [],
  problems: [],
  rates: [],
});

function handle(msg: ToWorker): FromWorker {
  switch (msg.kind) {
    case 'clean': {
      const pool = new Pool();
      const results = msg.jobs.map(cleanFile);
      // Copied off the raw file text, so the files' bytes can go now.
      cleaned = results.map((r) => (r.clean ? compactClean(r.clean, pool) : null));
      return {
        kind: 'cleaned',
        results: results.map((r) => ({ ok: r.clean !== null, problems: r.problems })),
        candidates: cleaned.map((c) => (c ? candidatesOf(c) : null)),
      };
    }
    case 'analyse':
      return analyse(msg);
    case 'rates': {
      const parts = undated.map((a, i) => {
        const d = msg.dates[i];
        return ratePart(d ? { ...a, published: d.published, publishedInferred: d.inferred } : a);
      });
      undated = [];
      return { kind: 'rates', parts };
    }
  }
}

parentPort?.on('message', (msg: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = handle(msg);
  } catch (err) {
    reply = { kind: 'failed', error: errorText(err) };
  }
  parentPort?.postMessage(reply);
});
