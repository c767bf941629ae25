/**
 * The build's stages of two checkouts timed against each other on one folder, article by article,
 * the two sides alternating (ABBA) within one process: on a shared, loaded machine the CPU time of
 * whole builds run one after the other varies by a third, while both sides of an interleaved
 * comparison see the same load. Each stage's CPU time is summed per side; a first round warms up.
 *
 *   npx tsx bench/compare-stages.ts <checkout A> <checkout B> <article folder> [rounds=2]
 *
 * Prints one JSON line: CPU ms per stage and side (stage 1 `clean`, name candidates `cand`, stage 2
 * `analyse`, `rates`), the totals and B's total over A's. Registry and merging are left out.
 */

interface Side {
  read: (dir: string) => Promise<{ files: object[] }>;
  // biome-ignore lint/suspicious/noExplicitAny: each checkout's own module, typed by that checkout
  st: any;
  compact: (c: unknown, pool: unknown) => unknown;
}

type Stage = 'clean' | 'cand' | 'analyse' | 'rates';

async function load(root: string): Promise<Side> {
  return {
    read: (await import(`${root}/src/core/parse/load-folder.ts`)).readArticleFolder,
    st: await import(`${root}/src/core/dataset-stages.ts`),
    compact: (await import(`${root}/src/core/compact.ts`)).compactClean,
  };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One side's records so far in a round. */
interface State {
  side: Side;
  jobs: unknown[];
  // biome-ignore lint/suspicious/noExplicitAny: see Side.st
  compaction: any;
  cleaned: unknown[];
  candidates: unknown[];
  articles: unknown[];
  // biome-ignore lint/suspicious/noExplicitAny: see Side.st
  registry: any;
  names: Set<string> | null;
}

function round(sides: Side[], files: object[], r: number, totals: Record<Stage, number>[]): void {
  const states: State[] = sides.map((side) => ({
    side,
    jobs: side.st.planFiles(files.map((f) => ({ ...f }))).jobs,
    compaction: side.st.newCompaction(),
    cleaned: [],
    candidates: [],
    articles: [],
    registry: null,
    names: null,
  }));
  const step = (stage: Stage, i: number, f: (s: State) => void): void => {
    const order = (i + r) % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const t = cpuMs();
      f(states[k]!);
      totals[k]![stage] += cpuMs() - t;
    }
  };
  const [a] = states as [State, State];
  for (let i = 0; i < a.jobs.length; i++)
    step('clean', i, (s) => {
      const c = s.side.st.cleanFile(s.jobs[i]).clean;
      if (c) s.cleaned.push(s.side.compact(c, s.compaction.pool));
    });
  for (let i = 0; i < a.cleaned.length; i++)
    step('cand', i, (s) => {
      s.candidates.push(s.side.st.candidatesOf(s.cleaned[i]));
    });
  for (const s of states) {
    s.registry = s.side.st.registryOf(s.candidates, []);
    s.names = s.side.st.personNamesOf(s.registry);
  }
  for (let i = 0; i < a.cleaned.length; i++)
    step('analyse', i, (s) => {
      s.articles.push(s.side.st.analyseArticle(s.cleaned[i], s.registry, s.names, s.compaction).article);
    });
  for (let i = 0; i < a.articles.length; i++)
    step('rates', i, (s) => {
      s.side.st.rateStatementsOf([s.articles[i]]);
    });
}

async function main([rootA, rootB, dir, rounds = '2']: string[]): Promise<number> {
  if (!rootA || !rootB || !dir) {
    process.stderr.write(
      'usage: npx tsx bench/compare-stages.ts <checkout A> <checkout B> <folder> [rounds]\n',
    );
    return 2;
  }
  const sides = [await load(rootA), await load(rootB)];
  const { files } = await sides[0]!.read(dir);
  const zero = (): Record<Stage, number> => ({ clean: 0, cand: 0, analyse: 0, rates: 0 });
  round(sides, files, 0, [zero(), zero()]);
  const totals = [zero(), zero()];
  for (let r = 0; r < Number(rounds); r++) round(sides, files, r, totals);
  const sum = (t: Record<Stage, number>): number => Object.values(t).reduce((x, y) => x + y, 0);
  const rounded = (t: Record<Stage, number>) =>
    Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]));
  const [ta, tb] = totals as [Record<Stage, number>, Record<Stage, number>];
  process.stdout.write(
    `${JSON.stringify({
      a: rootA,
      b: rootB,
      cpuMsA: rounded(ta),
      cpuMsB: rounded(tb),
      totalA: Math.round(sum(ta)),
      totalB: Math.round(sum(tb)),
      ratio: Number((sum(tb) / sum(ta)).toFixed(3)),
    })}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`compare-stages failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);

// A module of its own (bench/compare-load.ts also declares `main`).
export {};
