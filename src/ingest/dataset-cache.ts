import { createHash } from 'node:crypto';
import { constants, statSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import type { Dataset } from '../core/article';
import { listArticleFolder } from '../core/parse/folder-entries';
import { fromStored, type StoredDataset, toStored } from '../core/stored-dataset';

/**
 * A parsed dataset kept on disk between runs, so a restart on an unchanged folder skips the parse
 * (minutes at 100,000 articles) and only deserialises. The key covers every file's name, size and
 * modification time, the parser's own source and the Node version that wrote it; any change, a
 * torn or corrupt file, or a wrong shape means a fresh parse, never a stale or broken dataset.
 */

/** Bumped when the file layout changes. */
const FORMAT = 2;
const PARSER_DIR = new URL('../core/', import.meta.url);
/** Pins chrono-node and every other dependency the parser runs on. */
const LOCKFILE = new URL('../../package-lock.json', import.meta.url);

const headerSchema = z.object({
  format: z.literal(FORMAT),
  key: z.string().length(64),
  sha256: z.string().length(64),
  bytes: z.number().int().nonnegative(),
});

/** Enough of the shape to know the payload is a stored dataset; the checksum vouches for the rest. */
const datasetShape = z.object({
  articles: z.array(
    z.object({
      record: z.object({ id: z.string(), body: z.string() }).loose(),
      sentences: z.tuple([z.number().int(), z.number().int()]).nullable(),
      lazyParagraphs: z.boolean(),
    }),
  ),
  tables: z.array(z.instanceof(Int32Array)),
  people: z.array(z.unknown()),
  quotes: z.array(z.unknown()),
  events: z.array(z.unknown()),
  rates: z.array(z.unknown()),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
});

export type CacheOutcome =
  | { from: 'cache' }
  | { from: 'parse'; why: 'no cache' | 'changed' | 'unreadable'; detail?: string };

export interface CachedLoad {
  dataset: Dataset;
  outcome: CacheOutcome;
  /** Resolves when the new cache file is written (or failed to be; see `writeError`). */
  written: Promise<void>;
}

/**
 * Loads `seedsDir` through `parse` unless `cacheDir` holds the dataset for exactly these files
 * and this parser. A cache that cannot be read or written is reported through `warn` and
 * otherwise ignored: the cache only ever saves time.
 */
export async function loadWithCache(
  seedsDir: string,
  cacheDir: string,
  parse: (dir: string) => Promise<Dataset>,
  warn: (message: string) => void = () => {},
): Promise<CachedLoad> {
  const key = await cacheKey(seedsDir);
  const file = cacheFile(seedsDir, cacheDir);
  const cached = await readCache(file, key);
  if ('dataset' in cached)
    return { dataset: cached.dataset, outcome: { from: 'cache' }, written: Promise.resolve() };
  if (cached.why === 'unreadable')
    warn(`dataset cache ${file} is unusable (${cached.detail}); parsing again`);
  const dataset = await parse(seedsDir);
  // Serialising blocks for a moment: let the caller start serving first.
  const written = new Promise((r) => setImmediate(r))
    .then(() => writeCache(file, key, dataset))
    .catch((err: Error) => warn(`dataset cache ${file} could not be written: ${err.message}`));
  return { dataset, outcome: { from: 'parse', ...cached }, written };
}

/** The cache file for a seeds folder (one per folder, so two bots on one cache folder do not clash). */
export const cacheFile = (seedsDir: string, cacheDir: string): string =>
  join(cacheDir, `dataset-${sha256(resolve(seedsDir)).slice(0, 16)}.bin`);

/** Stores a dataset parsed elsewhere as the cache for `seedsDir` as its files are now. */
export async function saveDatasetCache(seedsDir: string, cacheDir: string, dataset: Dataset): Promise<void> {
  await writeCache(cacheFile(seedsDir, cacheDir), await cacheKey(seedsDir), dataset);
}

async function readCache(
  file: string,
  key: string,
): Promise<{ dataset: Dataset } | { why: 'no cache' | 'changed' | 'unreadable'; detail?: string }> {
  let buf: Buffer;
  try {
    buf = await readIfCurrent(file, key);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { why: 'no cache' };
    if (err instanceof StaleCache)
      return err.why === 'changed' ? { why: 'changed' } : { why: 'unreadable', detail: err.why };
    if (err instanceof SyntaxError) return { why: 'unreadable', detail: 'bad header' };
    return { why: 'unreadable', detail: (err as Error).message };
  }
  try {
    const end = buf.indexOf(10);
    const header = headerSchema.parse(JSON.parse(buf.subarray(0, end).toString('utf8')));
    const payload = buf.subarray(end + 1);
    if (payload.length !== header.bytes || sha256(payload) !== header.sha256)
      return { why: 'unreadable', detail: 'checksum mismatch' };
    const value: unknown = deserialize(payload);
    if (!datasetShape.safeParse(value).success) return { why: 'unreadable', detail: 'not a dataset' };
    return { dataset: fromStored(value as StoredDataset) };
  } catch (err) {
    return { why: 'unreadable', detail: (err as Error).message };
  }
}

class StaleCache extends Error {
  constructor(readonly why: 'changed' | 'no header' | 'bad header' | 'not a regular file') {
    super(why);
  }
}

/**
 * The whole cache file when its header is for `key`. Opened without waiting and read through
 * the one descriptor only when it is a regular file: a FIFO put at the cache path would otherwise
 * hold start-up forever, and a folder or device there is no cache. The header alone says whether
 * the file is for these files, so a stale one is not read whole.
 */
async function readIfCurrent(file: string, key: string): Promise<Buffer> {
  // Looked at before opening: opening a device can itself do something (rewind a tape).
  if (!(await stat(file)).isFile()) throw new StaleCache('not a regular file');
  const fh = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await fh.stat()).isFile()) throw new StaleCache('not a regular file');
    const chunk = Buffer.alloc(1024);
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, 0);
    const end = chunk.subarray(0, bytesRead).indexOf(10);
    if (end < 0) throw new StaleCache('no header');
    const header = headerSchema.safeParse(JSON.parse(chunk.subarray(0, end).toString('utf8')));
    if (!header.success) throw new StaleCache('bad header');
    if (header.data.key !== key) throw new StaleCache('changed');
    // Positional reads leave the file offset at 0, so this reads the file from its start.
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

/** Written beside the target and renamed over it, so a crash mid-write leaves the old file or none. */
async function writeCache(file: string, key: string, dataset: Dataset): Promise<void> {
  const payload = serialize(toStored(dataset));
  const header = JSON.stringify({ format: FORMAT, key, sha256: sha256(payload), bytes: payload.length });
  await mkdir(join(file, '..'), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    // Not through a link, and never waiting on a FIFO found at the temporary name.
    const fh = await open(tmp, WRITE_FLAGS, 0o644);
    try {
      if (!(await fh.stat()).isFile()) throw new Error(`${tmp} is not a regular file`);
      await fh.writeFile(Buffer.concat([Buffer.from(`${header}\n`), payload]));
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    // A rename that fails (a folder at the cache path) must not leave a dataset-sized file behind
    // on every start.
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

const WRITE_FLAGS =
  constants.O_WRONLY |
  constants.O_CREAT |
  constants.O_TRUNC |
  (constants.O_NOFOLLOW ?? 0) |
  (constants.O_NONBLOCK ?? 0);

/** What the dataset depends on: the folder's files as listed, the parser's source, the runtime. */
async function cacheKey(seedsDir: string): Promise<string> {
  const h = createHash('sha256');
  h.update(`node ${process.versions.node} v8 ${process.versions.v8}\n`);
  h.update(await parserVersion());
  // Listed as the loaders list (links leading out, FIFOs and the like are named, not followed),
  // so the key changes exactly when what the loader would read or refuse does.
  const listing = await listArticleFolder(seedsDir);
  // A missing folder is the parser's to report; its (empty) dataset is cached like any other.
  const entries = 'error' in listing ? [] : listing.entries;
  // Synchronous, as the folder loader reads: for many small files it is the cheapest way to stat.
  const lines = entries.map((e) => {
    if (e.problem !== undefined) return `${e.name}\0refused\0${e.problem}`;
    try {
      const s = statSync(e.path);
      return `${e.name}\0${e.path}\0${s.size}\0${s.mtimeMs}\0${s.ino}`;
    } catch {
      return `${e.name}\0gone`;
    }
  });
  h.update(lines.join('\n'));
  return h.digest('hex');
}

let parserHash: Promise<string> | null = null;

/** A digest of the core's source and the lockfile, so a changed rule or library invalidates the cache. */
function parserVersion(): Promise<string> {
  parserHash ??= (async () => {
    const h = createHash('sha256');
    const root = PARSER_DIR.pathname;
    const files = (await readdir(root, { recursive: true })).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
    for (const f of files) h.update(`${f}\0`).update(await readFile(join(root, f)));
    h.update(await readFile(LOCKFILE).catch(() => 'no lockfile'));
    return h.digest('hex');
  })();
  return parserHash;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
