import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/article';
import {
  type AnalysedArticle,
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
import type { FromWorker, ToWorker } from './protocol';

/**
 * One parse worker: it keeps its share of the articles between the loader's rounds, so only
 * name candidates, finished articles and dates cross the thread boundary.
 */
let cleaned: (CleanArticle | null)[] = [];
let articles: Article[] = [];

function handle(msg: ToWorker): FromWorker {
  switch (msg.kind) {
    case 'clean': {
      const results = msg.jobs.map(cleanFile);
      cleaned = results.map((r) => r.clean);
      return {
        kind: 'cleaned',
        results: results.map((r) => ({ ok: r.clean !== null, problems: r.problems })),
        candidates: cleaned.map((c) => (c ? candidatesOf(c) : null)),
      };
    }
    case 'analyse': {
      // The loader reports the registry's own problems; this copy is built from the same input.
      const people = registryOf(msg.candidates, []);
      const personNames = personNamesOf(people);
      const done: AnalysedArticle[] = msg.keep.map((i) => analyseArticle(cleaned[i]!, people, personNames));
      cleaned = [];
      articles = done.map((d) => d.article);
      const events = done.flatMap((d) => d.events);
      return {
        kind: 'analysed',
        articles,
        quotes: done.flatMap((d) => d.quotes),
        events,
        hints: hintsOfEvents(events),
        problems: done.flatMap((d) => d.problems),
      };
    }
    case 'rates': {
      const dated = articles.map((a, i) => {
        const d = msg.dates[i];
        return d ? { ...a, published: d.published, publishedInferred: d.inferred } : a;
      });
      articles = [];
      return { kind: 'rates', part: rateStatementsOf(dated) };
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
