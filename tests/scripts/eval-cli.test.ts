import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run eval', () => {
  it('scores a corpus folder against its gold and lists misses with --verbose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tariffs-eval-'));
    try {
      await mkdir(join(dir, 'articles'));
      await mkdir(join(dir, 'gold'));
      await writeFile(
        join(dir, 'articles', 'one.txt'),
        'Advertisement\nMarch 3, 2025 at 09:15 JST\nFinance Minister Aiko Tanaka said on Tuesday that a deal on machine tools was near.\n',
      );
      await writeFile(
        join(dir, 'gold', 'one.json'),
        JSON.stringify({
          url: null,
          outlet: 'Example',
          published: '2025-03-03',
          events: [],
          people: ['Aiko Tanaka', 'Kenji Sato'],
          quotes: [],
          reported: [{ speaker: 'Aiko Tanaka', gist: 'a machine-tools deal is near' }],
          boilerplate: ['Advertisement', 'March 3, 2025 at 09:15 JST'],
        }),
      );
      const { stdout } = await run('npx', ['tsx', 'scripts/eval.ts', dir, '--verbose'], {
        cwd: process.cwd(),
      });
      expect(stdout).toMatch(/published: right\s+100\.0%\s+1\/1/);
      expect(stdout).toMatch(/people: recall\s+50\.0%\s+1\/2/);
      expect(stdout).toMatch(/boilerplate removed\s+100\.0%\s+2\/2/);
      expect(stdout).toMatch(/reported: recall by speaker\s+100\.0%\s+1\/1/);
      expect(stdout).toMatch(/reported: precision by speaker\s+100\.0%\s+1\/1/);
      expect(stdout).toContain('people: missed (1):\n  - one: Kenji Sato');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
