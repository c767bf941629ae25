import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Problem } from '../article';
import { MAX_ARTICLE_BYTES, tooBigReason } from './decode';
import { listArticleFolder } from './folder-entries';
import { shownFileName } from './shown-name';

/** One file of an article folder, as bytes; decoding and judging it is buildDataset's job. */
export interface RawFile {
  file: string;
  raw: string | Uint8Array;
}

/**
 * Reads every regular file of a folder (and links to one inside it; see listArticleFolder).
 * Oversized files are reported without being read, so a stray dump cannot exhaust memory; hidden
 * files (".DS_Store") are skipped; anything else is reported with the reason. Never throws.
 */
export async function readArticleFolder(dir: string): Promise<{ files: RawFile[]; problems: Problem[] }> {
  const listing = await listArticleFolder(dir);
  if ('error' in listing)
    return {
      files: [],
      problems: [{ file: dir, message: `cannot read the article folder: ${listing.error}` }],
    };
  const problems: Problem[] = [];
  // Synchronous reads on purpose: for thousands of small files each promise-based stat/open/read/
  // close costs a thread-pool round trip, ten times the CPU of the read itself (10,000 articles:
  // ~1,900 ms CPU with 32 in flight, ~200 ms in this loop), and the parse that follows holds the
  // thread far longer than the reads do.
  const files: RawFile[] = [];
  for (const entry of listing.entries) {
    const name = entry.name;
    if (entry.problem !== undefined) {
      problems.push({ file: name, message: entry.problem });
      continue;
    }
    try {
      const read = readRegularFile(entry.path, name);
      if ('problem' in read) problems.push({ file: name, message: read.problem });
      else files.push({ file: name, raw: read.bytes });
    } catch (err) {
      // The error quotes the path, with the name as it is on disk.
      problems.push({ file: name, message: `cannot read: ${shownFileName((err as Error).message)}` });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { files, problems };
}

/**
 * Opens without following a link and without waiting (an entry swapped for a link or a FIFO
 * since the listing fails or is refused rather than read), then checks what was opened.
 */
function readRegularFile(path: string, name: string): { bytes: Uint8Array } | { problem: string } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: 'is not a regular file; skipped' };
    if (info.size > MAX_ARTICLE_BYTES && /\.(?:txt|md|markdown)$/i.test(name))
      return { problem: tooBigReason(info.size) };
    if (info.size > MAX_ARTICLE_BYTES)
      return { problem: 'not an article file and too large to inspect; skipped' };
    return { bytes: new Uint8Array(readFileSync(fd)) };
  } finally {
    closeSync(fd);
  }
}
