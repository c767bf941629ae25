import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithKnown, folderKey, readKnown } from '../../scripts/metamorphic/known-differences';
import { differences, readFolder, TRANSFORMS } from '../../scripts/metamorphic/run-transforms';

/**
 * The extraction must not change beyond a transform's mapping on any article of either shared
 * folder: other people's names, other quote characters, hard wraps, inserted furniture, the
 * timestamp elsewhere. `npm run -s metamorphic -- <folder> --verbose` prints the differences.
 * Differences still being worked off are listed (as hashes) in known-differences.json: any other
 * difference fails, and so does a listed one that no longer occurs, so the list only shrinks.
 */
const FOLDERS = ['../shared/corpus', '../shared/corpus-wide'].map((d) => resolve(process.cwd(), d));
const known = readKnown();

for (const dir of FOLDERS) {
  describe.skipIf(!existsSync(dir))(`extraction invariance on ${dir}`, () => {
    const articles = existsSync(dir) ? readFolder(dir) : [];
    for (const transform of TRANSFORMS) {
      it(`${transform.name}: no article's extraction changes beyond the mapping and the known list`, () => {
        const diff = differences(articles, transform);
        const { added, gone } = compareWithKnown(diff, known[folderKey(dir)]?.[transform.name]);
        expect(added, 'new differences').toEqual([]);
        expect(gone, 'fixed: take these out of tests/metamorphic/known-differences.json').toEqual([]);
      });
    }
  });
}
