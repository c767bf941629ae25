import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';

/** The rules live in one file at the repository root, read by this check and by any dependency-cruiser CLI run. */
export const config = createRequire(import.meta.url)(resolve('.dependency-cruiser.cjs')) as IConfiguration;

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
  /** For a cycle: the files around it, starting and ending at `from`. */
  cycle: string[];
}

export interface LayerReport {
  violations: LayerViolation[];
  /** Groups of files that reach each other through imports (a loop's members), largest first. */
  circles: string[][];
  modules: number;
}

/**
 * Cruises `paths` (relative to `baseDir`) with the repository's rules. `baseDir` lets a test run
 * the same rules over a small fixture tree laid out like the project.
 */
export async function checkLayers(paths: readonly string[], baseDir = process.cwd()): Promise<LayerReport> {
  const { output } = await cruise(
    [...paths],
    {
      ...config.options,
      baseDir,
      tsConfig: { fileName: resolve('tsconfig.json') },
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
    },
    undefined,
  );
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a cruise result');
  return {
    violations: output.summary.violations.map((v) => ({
      rule: v.rule.name,
      from: v.from,
      to: v.to,
      cycle: v.cycle ? [v.from, ...v.cycle.map((c) => c.name)] : [],
    })),
    circles: circlesOf(output),
    modules: output.modules.length,
  };
}

/** One line a violation, e.g. `no-cycles: a.ts → b.ts (a.ts → b.ts → a.ts)`. */
export function describeViolation(v: LayerViolation): string {
  return `${v.rule}: ${v.from} → ${v.to}${v.cycle.length ? ` (${v.cycle.join(' → ')})` : ''}`;
}

/**
 * The strongly connected components of the project's import graph with more than one file
 * (Tarjan): each is one circle, however many separate cycles run through it.
 */
function circlesOf(result: ICruiseResult): string[][] {
  const edges = new Map<string, string[]>();
  for (const m of result.modules) {
    if (m.coreModule || m.couldNotResolve || /(^|\/)node_modules\//.test(m.source)) continue;
    edges.set(
      m.source,
      m.dependencies
        .filter((d) => !d.coreModule && !/(^|\/)node_modules\//.test(d.resolved))
        .map((d) => d.resolved),
    );
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const members: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      members.push(w);
    } while (w !== v);
    if (members.length > 1) circles.push(members.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return circles.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}
