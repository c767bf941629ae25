/**
 * The build's CPU time over one folder with the parser of a given checkout, for comparing two
 * commits on a loaded machine (issue 16: load time at most 1.5× the base's). CPU time, not wall
 * time, because other processes share the CPUs; run it alternately on the two checkouts and
 * compare the minima and medians. The first build of a process includes JIT warm-up, as the
 * bench's fresh child does; later builds are warm.
 *
 *   npx tsx bench/compare-load.ts <checkout root> <article folder> [builds=4]
 *
 * Prints one JSON line: the checkout, the file and quote counts, CPU ms of each build.
 */
async function main([root, dir, builds = '4']: string[]): Promise<number> {
  if (!root || !dir) {
    process.stderr.write('usage: npx tsx bench/compare-load.ts <checkout root> <article folder> [builds]\n');
    return 2;
  }
  // The checkout's own modules, so the same script times an older commit's parser.
  const { readArticleFolder } = await import(`${root}/src/core/parse/load-folder.ts`);
  const { buildDataset } = await import(`${root}/src/core/dataset.ts`);
  const { files } = await readArticleFolder(dir);
  const cpuMs: number[] = [];
  let quotes = 0;
  for (let r = 0; r < Number(builds); r++) {
    // A fresh copy each time: the build may empty or change what it is given.
    const copy = files.map((f: object) => ({ ...f }));
    const before = process.cpuUsage();
    const d = buildDataset(copy);
    const used = process.cpuUsage(before);
    cpuMs.push(Math.round((used.user + used.system) / 1000));
    quotes = d.quotes.length;
  }
  process.stdout.write(`${JSON.stringify({ root, files: files.length, quotes, cpuMs })}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`compare-load failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
