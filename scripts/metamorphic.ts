import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { differences, readFolder, TRANSFORMS } from './metamorphic/run-transforms';

/**
 * Runs every metamorphic transform over a corpus folder (articles/ and gold/) and prints, per
 * transform, the articles whose extraction changed beyond the transform's mapping.
 * Usage: npm run -s metamorphic -- <corpus folder> [--verbose]
 * Exit 0 when nothing changed, 1 when something did, 2 on a bad argument.
 */
function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir || !existsSync(join(dir, 'articles')) || !existsSync(join(dir, 'gold'))) {
    process.stderr.write(
      'usage: npm run -s metamorphic -- <corpus folder with articles/ and gold/> [--verbose]\n',
    );
    return 2;
  }
  const articles = readFolder(dir);
  let changed = 0;
  for (const t of TRANSFORMS) {
    const diff = differences(articles, t);
    const lines = [...diff.values()].reduce((n, d) => n + d.length, 0);
    changed += diff.size;
    process.stdout.write(
      `${t.name.padEnd(26)} ${String(diff.size).padStart(3)} of ${articles.length} articles changed, ${lines} lines\n`,
    );
    if (!verbose) continue;
    for (const [id, d] of diff) {
      process.stdout.write(`  ${id}\n`);
      for (const l of d) process.stdout.write(`    ${l}\n`);
    }
  }
  return changed === 0 ? 0 : 1;
}

// A reader that stops early (`| head`) is no failure of the run.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});
process.exitCode = main(process.argv.slice(2));
