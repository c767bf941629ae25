import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { sections } from './sections';

/**
 * `npm run bench [section…] [--sizes 1k,10k,100k] [--seed N] [--quick]`: runs the named
 * sections (all by default), prints their tables and merges their figures into
 * bench/results.json, keeping the figures of sections not run this time.
 */
const RESULTS = new URL('./results.json', import.meta.url);
const USAGE = 'usage: npm run bench -- [section…] [--sizes 1k,10k,100k] [--seed N] [--quick]';

/** `10000`, `10k` or `10K` → 10000; anything else → NaN (refused by the caller). */
const articleCount = (s: string) => {
  const m = /^(\d+)(k?)$/i.exec(s.trim());
  return m ? Number(m[1]) * (m[2] ? 1000 : 1) : Number.NaN;
};

async function main(argv: string[]): Promise<number> {
  // 100,000 articles takes minutes to generate, write and load: `--sizes 1k,10k` for a shorter run.
  let sizes = [1_000, 10_000, 100_000];
  let seed = 20250606;
  let quick = false;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') quick = true;
    else if (a === '--sizes') {
      sizes = (argv[++i] ?? '').split(',').map(articleCount);
      if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        process.stderr.write(`--sizes takes whole numbers (1k = 1,000) separated by commas\n${USAGE}\n`);
        return 2;
      }
    } else if (a === '--seed') {
      seed = Number(argv[++i]);
      if (!Number.isInteger(seed)) {
        process.stderr.write(`--seed takes a whole number\n${USAGE}\n`);
        return 2;
      }
    } else if (a.startsWith('--')) {
      process.stderr.write(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else names.push(a);
  }
  const unknown = names.filter((n) => !sections.some((s) => s.name === n));
  if (unknown.length) {
    process.stderr.write(
      `no bench section ${unknown.join(', ')}; sections: ${sections.map((s) => s.name).join(', ')}\n`,
    );
    return 2;
  }
  const chosen = names.length ? sections.filter((s) => names.includes(s.name)) : sections;
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 1e9)} GB; seed ${seed}`);

  let previous: { sections?: Record<string, unknown> } = {};
  try {
    previous = JSON.parse(await readFile(RESULTS, 'utf8'));
  } catch {
    // First run, or an unreadable file: start afresh.
  }
  const out: Record<string, unknown> = { ...(previous.sections ?? {}) };
  for (const s of chosen) {
    log(`\n== ${s.name}: ${s.description}`);
    const started = performance.now();
    out[s.name] = {
      ...((await s.run({ sizes, seed, quick, log })) as object),
      measuredAt: new Date().toISOString(),
    };
    log(`(${s.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  const machine = { node: process.version, cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9) };
  await writeFile(RESULTS, `${JSON.stringify({ machine, sections: out }, null, 2)}\n`);
  log(`\nwrote ${RESULTS.pathname}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
