import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset } from '../src/core/dataset';
import { loadGold } from './eval/gold';
import { scoreDataset } from './eval/score';
import { formatTable } from './eval/table';

/**
 * Scores the dataset built from <corpus>/articles against the hand-checked <corpus>/gold.
 * Usage: npm run -s eval -- <corpus folder> [--verbose]
 */
async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir) {
    process.stderr.write('usage: npm run -s eval -- <corpus folder with articles/ and gold/> [--verbose]\n');
    return 2;
  }
  const { golds, problems } = await loadGold(join(dir, 'gold'));
  for (const p of problems) process.stderr.write(`gold: ${p}\n`);
  if (golds.length === 0) {
    process.stderr.write(`no gold files found in ${join(dir, 'gold')}\n`);
    return 1;
  }
  const dataset = await loadDataset(join(dir, 'articles'));
  for (const p of dataset.problems) process.stderr.write(`articles: ${p.file}: ${p.message}\n`);
  const raws = new Map<string, string>();
  for (const a of dataset.articles) {
    try {
      raws.set(a.id, await readFile(join(dir, 'articles', a.file), 'utf8'));
    } catch {
      // The scorer only needs the raw text to tell whole-line boilerplate from glued fragments.
    }
  }
  const card = scoreDataset(dataset, golds, raws);
  process.stdout.write(`${formatTable(card, verbose)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
