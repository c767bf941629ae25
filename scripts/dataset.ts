import { pathToFileURL } from 'node:url';
import type { Dataset } from '../src/core/article';
import { loadDataset } from '../src/core/dataset';

/**
 * Prints the dataset of an article folder as ONE JSON document on stdout (the contract other
 * tools read); diagnostics go to stderr. Usage: npm run -s dataset -- <folder>
 */

export function toContract(d: Dataset) {
  return {
    articles: d.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      body: a.body,
      people: a.people,
      url: a.url,
      publishedInferred: a.publishedInferred,
      organisations: a.organisations ?? [],
      topics: a.topics,
      figures: a.figures ?? [],
      boilerplate: a.boilerplate,
      bytes: a.bytes,
    })),
    quotes: d.quotes.map((q) => ({
      articleId: q.articleId,
      speaker: q.speaker,
      text: q.text,
      kind: q.kind,
      start: q.start,
      end: q.end,
    })),
    events: d.events.map((e) => ({
      articleIds: e.articleIds,
      date: e.date,
      round: e.round,
      title: e.title,
      participants: e.participants,
      type: e.type,
      endDate: e.endDate,
      planned: e.planned,
      place: e.place,
      dateInferred: e.dateInferred,
    })),
    people: d.people.map((p) => ({ name: p.name, aliases: p.aliases, role: p.role, kind: p.kind })),
    problems: d.problems,
    rates: d.rates,
  };
}

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir) {
    process.stderr.write('usage: npm run -s dataset -- <folder of article files>\n');
    return 2;
  }
  const started = performance.now();
  const dataset = await loadDataset(dir);
  for (const p of dataset.problems) process.stderr.write(`problem: ${p.file}: ${p.message}\n`);
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    `loaded ${dataset.articles.length} articles, ${dataset.quotes.length} quotes, ${dataset.events.length} events, ` +
      `${dataset.people.length} people/organisations from ${dir} in ${ms} ms; ${dataset.problems.length} problems\n`,
  );
  process.stdout.write(`${JSON.stringify(toContract(dataset), null, 2)}\n`);
  return dataset.articles.length === 0 && dataset.problems.length > 0 ? 1 : 0;
}

// Run as a command, not when a test imports toContract.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`dataset failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
