import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startProgress } from './progress';

const CHILD = fileURLToPath(new URL('./memory-child.ts', import.meta.url));

/**
 * Runs bench/memory-child.ts in a fresh node (with tsx, as `npm start` runs the bot) and returns
 * its JSON line. `estimateMs` drives the progress bar (an estimate, labelled so).
 */
export function inChild<T>(
  mode: 'ingest' | 'cold' | 'restart',
  dir: string,
  label: string,
  estimateMs: number | null,
  cacheDir?: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const stop = startProgress(estimateMs ? `${label} (est.)` : label, () =>
      estimateMs ? (performance.now() - started) / estimateMs : null,
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, mode, dir, ...(cacheDir ? [cacheDir] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LOG_LEVEL: 'silent' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', (e) => {
      stop();
      reject(e);
    });
    child.on('close', (code) => {
      stop();
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line)
        reject(new Error(`bench child (${mode} ${dir}) exited ${code}: ${err.slice(-2000)}`));
      else resolve(JSON.parse(line) as T);
    });
  });
}

/** How a figure grows between sizes: the exponent k in figure ∝ size^k (1 = linear). */
export const growthExponent = (sizeA: number, a: number, sizeB: number, b: number): number =>
  Math.log(b / a) / Math.log(sizeB / sizeA);
