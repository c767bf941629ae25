import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Latency sampling for in-process benchmarks: one timed call per sample, after a warm-up. */

// A full collection before each series, so one series' garbage is not collected on the next's clock.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface Latency {
  samples: number;
  /** Wall-clock time per call, as a user waits for it. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /**
   * Process CPU time per call (getrusage, µs resolution). On a shared, oversubscribed machine
   * wall-clock tails mostly measure time spent descheduled; CPU time shows the work itself.
   */
  cpuP50Ms: number;
  cpuP99Ms: number;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * Times `fn` over `samples` calls, cycling through `inputs` so one lucky input does not decide
 * the figure. The result of each call is kept in a sink so the work cannot be optimised away.
 */
export function measure<I>(
  inputs: readonly I[],
  fn: (input: I) => unknown,
  samples = 2000,
  warmup = 500,
): Latency {
  let sink = 0;
  collect();
  for (let i = 0; i < warmup; i++) if (fn(inputs[i % inputs.length]!)) sink++;
  const times = new Array<number>(samples);
  const cpu = new Array<number>(samples);
  for (let i = 0; i < samples; i++) {
    const input = inputs[i % inputs.length]!;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const out = fn(input);
    times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    cpu[i] = (c.user + c.system) / 1000;
    if (out) sink++;
  }
  if (sink < 0) throw new Error('unreachable');
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    samples,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    maxMs: times[times.length - 1]!,
    cpuP50Ms: quantile(cpu, 0.5),
    cpuP99Ms: quantile(cpu, 0.99),
  };
}

export const ms = (n: number) => (n < 0.01 ? n.toFixed(4) : n < 1 ? n.toFixed(3) : n.toFixed(1));

/** A plain-text table with right-aligned numbers. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
