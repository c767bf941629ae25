import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differences, readFolder, TRANSFORMS } from '../../scripts/metamorphic/run-transforms';

/**
 * The extraction must not change beyond a transform's mapping on any article of either shared
 * folder: other people's names, other quote characters, hard wraps, inserted furniture, the
 * timestamp elsewhere. `npm run -s metamorphic -- <folder> --verbose` prints the same differences.
 */
const FOLDERS = ['../shared/corpus', '../shared/corpus-wide'].map((d) => resolve(process.cwd(), d));

for (const dir of FOLDERS) {
  describe.skipIf(!existsSync(dir))(`extraction invariance on ${dir}`, () => {
    const articles = existsSync(dir) ? readFolder(dir) : [];
    for (const transform of TRANSFORMS) {
      it(`${transform.name}: no article's extraction changes beyond the mapping`, () => {
        const diff = differences(articles, transform);
        const report = [...diff].map(([id, lines]) => `${id}\n  ${lines.join('\n  ')}`).join('\n');
        expect(report).toBe('');
      });
    }
  });
}
