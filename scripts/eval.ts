import { join } from 'node:path';
import { buildDataset } from '../src/core/dataset';
import { loadGold } from './eval/gold';
import { evalInputs } from './eval/inputs';
import { scoreDataset } from './eval/score';
import { formatTable, type Row } from './eval/table';

const USAGE =
  'usage: npm run -s eval -- <corpus folder with articles/ and gold/> [--verbose] [--context <folder>]... [--text-alone]\n';

interface Options {
  dir: string;
  verbose: boolean;
  context: string[];
  textAlone: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const opts: Options = { dir: '', verbose: false, context: [], textAlone: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--text-alone') opts.textAlone = true;
    else if (a === '--context') {
      const folder = argv[++i];
      if (!folder || folder.startsWith('-'))
        return '--context needs a folder (one with articles/ beside gold/)';
      opts.context.push(folder);
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (opts.dir)
      return `one corpus folder at a time (got ${opts.dir} and ${a}); read others with --context`;
    else opts.dir = a;
  }
  return opts.dir ? opts : 'no corpus folder given';
}

/**
 * Scores the dataset built from <corpus>/articles against the hand-checked <corpus>/gold.
 * Each article's page address (the gold's url) is handed to the parser as a crawl would hand it;
 * the published date is also scored from the text alone. See eval/inputs.ts.
 */
async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    process.stderr.write(`${opts}\n${USAGE}`);
    return 2;
  }
  const { golds, problems } = await loadGold(join(opts.dir, 'gold'));
  for (const p of problems) process.stderr.write(`gold: ${p}\n`);
  if (golds.length === 0) {
    process.stderr.write(`no gold files found in ${join(opts.dir, 'gold')}\n`);
    return 1;
  }
  const inputs = await evalInputs({ folder: opts.dir, golds }, opts.context);
  for (const p of inputs.problems) process.stderr.write(`${p}\n`);
  const given = opts.textAlone ? inputs.files : [...inputs.files, ...inputs.addresses];
  const dataset = buildDataset(given);
  for (const p of dataset.problems) process.stderr.write(`articles: ${p.file}: ${p.message}\n`);
  const card = scoreDataset(dataset, golds, inputs.raws);
  const extra: Row[] = [];
  if (!opts.textAlone) {
    // The same files without the addresses: how far the text alone carries the published date.
    const alone = scoreDataset(buildDataset(inputs.files), golds, inputs.raws);
    extra.push(
      { label: 'published: right, text alone', ratio: alone.publishedRight, target: 0.95 },
      { label: 'published: invented, text alone', ratio: alone.publishedInvented, target: 0, max: true },
    );
  }
  process.stdout.write(`${formatTable(card, opts.verbose, extra)}\n`);
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
