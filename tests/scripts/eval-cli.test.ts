import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
/** Two tsx start-ups on a loaded 2-CPU machine. */
const SPAWNS_TWICE = 90_000;

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

  it(
    'hands each article its page address from the gold, and also scores the date from the text alone',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'tariffs-eval-'));
      try {
        await mkdir(join(dir, 'articles'));
        await mkdir(join(dir, 'gold'));
        // The text gives no date; the address does (a date path, as news sites print them).
        await writeFile(
          join(dir, 'articles', 'one.txt'),
          'Trade Minister Aiko Tanaka said talks would resume.\n',
        );
        await writeFile(
          join(dir, 'gold', 'one.json'),
          JSON.stringify({
            url: 'https://news.example.com/2025/03/04/tanaka-talks-resume',
            outlet: 'Example',
            published: '2025-03-04',
            events: [],
            people: ['Aiko Tanaka'],
            quotes: [],
            reported: [],
            boilerplate: [],
          }),
        );
        const { stdout } = await run('npx', ['tsx', 'scripts/eval.ts', dir], { cwd: process.cwd() });
        expect(stdout).toMatch(/published: right\s+100\.0%\s+1\/1/);
        expect(stdout).toMatch(/published: right, text alone\s+0\.0%\s+0\/1/);
        const alone = await run('npx', ['tsx', 'scripts/eval.ts', dir, '--text-alone'], {
          cwd: process.cwd(),
        });
        expect(alone.stdout).toMatch(/published: right\s+0\.0%\s+0\/1/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    SPAWNS_TWICE,
  );

  it(
    'reads --context folders beside the scored one and scores only the scored folder',
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'tariffs-eval-'));
      try {
        for (const f of ['main/articles', 'main/gold', 'more/articles', 'more/gold'])
          await mkdir(join(root, f), { recursive: true });
        const gold = (people: string[]) =>
          JSON.stringify({
            url: null,
            outlet: 'Example',
            published: null,
            events: [],
            people,
            quotes: [],
            reported: [],
            boilerplate: [],
          });
        await writeFile(
          join(root, 'main/articles/one.txt'),
          'Trade Minister Aiko Tanaka said talks would resume.\n',
        );
        await writeFile(join(root, 'main/gold/one.json'), gold(['Aiko Tanaka']));
        await writeFile(join(root, 'more/articles/two.txt'), 'Commerce Secretary Kenji Sato said little.\n');
        await writeFile(join(root, 'more/gold/two.json'), gold(['Kenji Sato', 'Someone Else']));
        const { stdout } = await run(
          'npx',
          ['tsx', 'scripts/eval.ts', join(root, 'main'), '--context', join(root, 'more')],
          {
            cwd: process.cwd(),
          },
        );
        // Only one.json is scored: the context's gold (two people, one never named) does not count.
        expect(stdout).toMatch(/people: recall\s+100\.0%\s+1\/1/);
        const bad = run('npx', ['tsx', 'scripts/eval.ts', join(root, 'main'), '--context'], {
          cwd: process.cwd(),
        });
        await expect(bad).rejects.toMatchObject({
          code: 2,
          stderr: expect.stringContaining('--context needs a folder'),
        });
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
    SPAWNS_TWICE,
  );
});
