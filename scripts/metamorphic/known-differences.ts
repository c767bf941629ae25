import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The differences the parser is known still to show under a transform, so the invariance suite can
 * pass while they are worked off and still fail on any new one. Each is stored as a short hash of
 * its line (the lines quote the articles, which stay outside the repository), by folder, transform
 * and article. A difference that goes away must leave the list too: the list only shrinks.
 */
export type KnownDifferences = Record<string, Record<string, Record<string, string[]>>>;

export const KNOWN_PATH = new URL('../../tests/metamorphic/known-differences.json', import.meta.url);

export const hashOf = (line: string): string => createHash('sha256').update(line).digest('hex').slice(0, 16);

export function readKnown(path: URL = KNOWN_PATH): KnownDifferences {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as KnownDifferences) : {};
}

export const folderKey = (dir: string): string => basename(dir.replace(/\/+$/, ''));

/** What is new (not in the list) and what the list holds that no longer occurs, for one transform. */
export function compareWithKnown(
  diff: ReadonlyMap<string, string[]>,
  known: Record<string, string[]> = {},
): { added: string[]; gone: string[] } {
  const added: string[] = [];
  const gone: string[] = [];
  for (const [id, lines] of diff) {
    const left = [...(known[id] ?? [])];
    for (const line of lines) {
      const i = left.indexOf(hashOf(line));
      if (i >= 0) left.splice(i, 1);
      else added.push(`${id}: ${line}`);
    }
    for (const h of left) gone.push(`${id}: ${h}`);
  }
  for (const [id, hashes] of Object.entries(known))
    if (!diff.has(id)) for (const h of hashes) gone.push(`${id}: ${h}`);
  return { added, gone };
}

/** The list for one folder as it stands now, by transform name. */
export function knownOf(
  diffs: ReadonlyMap<string, ReadonlyMap<string, string[]>>,
): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [transform, diff] of diffs) {
    if (diff.size === 0) continue;
    out[transform] = Object.fromEntries([...diff].map(([id, lines]) => [id, lines.map(hashOf).sort()]));
  }
  return out;
}
