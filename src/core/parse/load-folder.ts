import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../article';
import { MAX_ARTICLE_BYTES, tooBigReason } from './decode';

/** One file of an article folder, as bytes; decoding and judging it is buildDataset's job. */
export interface RawFile {
  file: string;
  raw: string | Uint8Array;
}

/** Reading many small files one at a time is latency-bound; a few at once keeps the disk busy. */
const CONCURRENCY = 32;

/**
 * Reads every regular file of a folder. Oversized files are reported without being read, so a
 * stray dump cannot exhaust memory; hidden files (".DS_Store") are skipped. Never throws.
 */
export async function readArticleFolder(dir: string): Promise<{ files: RawFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (err as Error).message;
    return { files: [], problems: [{ file: dir, message: `cannot read the article folder: ${why}` }] };
  }
  const files: (RawFile | null)[] = new Array(names.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      const name = names[i]!;
      const path = join(dir, name);
      try {
        const info = await stat(path);
        if (info.isDirectory()) {
          problems.push({ file: name, message: 'is a folder; articles are read from the top level only' });
          continue;
        }
        if (!info.isFile()) continue;
        if (info.size > MAX_ARTICLE_BYTES && /\.(?:txt|md|markdown)$/i.test(name)) {
          problems.push({ file: name, message: tooBigReason(info.size) });
          continue;
        }
        if (info.size > MAX_ARTICLE_BYTES) {
          problems.push({ file: name, message: 'not an article file and too large to inspect; skipped' });
          continue;
        }
        files[i] = { file: name, raw: new Uint8Array(await readFile(path)) };
      } catch (err) {
        problems.push({ file: name, message: `cannot read: ${(err as Error).message}` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { files: files.filter((f): f is RawFile => f !== null), problems };
}
