import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
/** Two tsx start-ups on a loaded 2-CPU machine. */
const SPAWNS_TWICE = 90_000;

const NO_GOLD = {
  url: null,
  outlet: 'Example',
  published: null,
  events: [],
  people: [],
  quotes: [],
  reported: [],
  boilerplate: [],
};

/** One article and its gold (every key not given empty) in a corpus folder of articles/ and gold/. */
async function writeArticle(corpus: string, stem: string, text: string, gold: Record<string, unknown>) {
  await mkdir(join(corpus, 'articles'), { recursive: true });
  await mkdir(join(corpus, 'gold'), { recursive: true });
  await writeFile(join(corpus, 'articles', `${stem}.txt`), text);
  await writeFile(join(corpus, 'gold', `${stem}.json`), JSON.stringify({ ...NO_GOLD, ...gold }));
}

const evalOf = (args: string[]) => run('npx', ['tsx', 'scripts/eval.ts', ...args], { cwd: process.cwd() });

describe('npm run eval', () => {
  it('scores a corpus folder against its gold and lists misses with --verbose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tariffs-eval-'));
    try {
      await writeArticle(
        dir,
        'one',
        'Advertisement\nMarch 3, 2025 at 09:15 JST\nFinance Minister Aiko Tanaka said on Tuesday that a deal on machine tools was near.\n',
        {
          published: '2025-03-03',
          people: ['Aiko Tanaka', 'Kenji Sato'],
          reported: [{ speaker: 'Aiko Tanaka', gist: 'a machine-tools deal is near' }],
          boilerplate: ['Advertisement', 'March 3, 2025 at 09:15 JST'],
        },
      );
      const { stdout } = await evalOf([dir, '--verbose']);
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
        // The text gives no date; the address does (a date path, as news sites print them).
        await writeArticle(dir, 'one', 'Trade Minister Aiko Tanaka said talks would resume.\n', {
          url: 'https://news.example.com/2025/03/04/tanaka-talks-resume',
          published: '2025-03-04',
          people: ['Aiko Tanaka'],
        });
        const { stdout } = await evalOf([dir]);
        expect(stdout).toMatch(/published: right\s+100\.0%\s+1\/1/);
        expect(stdout).toMatch(/published: right, text alone\s+0\.0%\s+0\/1/);
        const alone = await evalOf([dir, '--text-alone']);
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
        await writeArticle(
          join(root, 'main'),
          'one',
          'Trade Minister Aiko Tanaka said talks would resume.\n',
          {
            people: ['Aiko Tanaka'],
          },
        );
        await writeArticle(join(root, 'more'), 'two', 'Commerce Secretary Kenji Sato said little.\n', {
          people: ['Kenji Sato', 'Someone Else'],
        });
        const { stdout } = await evalOf([join(root, 'main'), '--context', join(root, 'more')]);
        // Only one.json is scored: the context's gold (two people, one never named) does not count.
        expect(stdout).toMatch(/people: recall\s+100\.0%\s+1\/1/);
        await expect(evalOf([join(root, 'main'), '--context'])).rejects.toMatchObject({
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
