import { type Dirent, realpathSync, type Stats, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { shownFileName } from './shown-name';

/**
 * What of an article folder may be read, decided from the listing alone (no file is opened):
 * regular files, and links whose real path is a regular file inside the folder (a link to an
 * article kept in a sub-folder is the folder owner's choice; a link leading out could expose
 * any file the bot can read, such as /etc/passwd, so it is refused). Every other entry (links
 * leading out or to nothing, FIFOs, sockets, devices, folders) gets a reason and is not read:
 * opening a FIFO would block the load, and a device may never end. The dataset loaders and the
 * dataset cache's key both list through this, so they agree on what the folder holds.
 */
export type FolderEntry =
  /** `name` is shownFileName of the real name; `path` is what to open (a link's real target). */
  { name: string; path: string; problem?: undefined } | { name: string; path?: undefined; problem: string };

export type FolderListing = { entries: FolderEntry[] } | { error: string };

/** The folder's entries in name order, hidden ones (".DS_Store") left out. Never throws. */
export async function listArticleFolder(dir: string): Promise<FolderListing> {
  let dirents: Dirent[];
  let realDir: string;
  try {
    dirents = await readdir(dir, { withFileTypes: true });
    realDir = realpathSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      error:
        code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (err as Error).message,
    };
  }
  const entries = dirents
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((d) => classify(dir, realDir, d));
  return { entries };
}

function classify(dir: string, realDir: string, d: Dirent): FolderEntry {
  const name = shownFileName(d.name);
  const path = join(dir, d.name);
  if (d.isFile()) return { name, path };
  if (d.isDirectory()) return { name, problem: 'is a folder; articles are read from the top level only' };
  if (!d.isSymbolicLink()) return { name, problem: `is ${kindOf(d)}, not a regular file; skipped` };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { name, problem: 'is a link to nothing (its target does not exist); skipped' };
    if (code === 'ELOOP') return { name, problem: 'is a link that loops back on itself; skipped' };
    return {
      name,
      problem: `is a link that cannot be followed (${code ?? (err as Error).message}); skipped`,
    };
  }
  if (!isWithin(realDir, real))
    return { name, problem: 'is a link leading outside the article folder; only files inside it are read' };
  let target: Stats;
  try {
    target = statSync(real);
  } catch (err) {
    return {
      name,
      problem: `is a link whose target cannot be read (${(err as NodeJS.ErrnoException).code})`,
    };
  }
  if (!target.isFile())
    return { name, problem: `is a link to ${kindOf(target)}; only regular files are read` };
  return { name, path: real };
}

/** True when `path` (a real path) is `folder` (a real path) or lies inside it. */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function kindOf(e: Dirent | Stats): string {
  if (e.isFIFO()) return 'a FIFO (named pipe)';
  if (e.isSocket()) return 'a socket';
  if (e.isBlockDevice()) return 'a block device';
  if (e.isCharacterDevice()) return 'a character device';
  if (e.isDirectory()) return 'a folder';
  return 'an entry of an unknown kind';
}
