import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

/** The JSON other tools read from `npm run -s dataset -- <folder>`. */
const contract = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      published: day,
      body: z.string(),
      people: z.array(z.string()),
    }),
  ),
  quotes: z.array(
    z.object({
      articleId: z.string(),
      speaker: z.string().nullable(),
      text: z.string(),
      kind: z.enum(['direct', 'reported']),
    }),
  ),
  events: z.array(
    z.object({
      articleIds: z.array(z.string()),
      date: day,
      round: z.number().nullable(),
      title: z.string(),
      participants: z.array(z.string()),
    }),
  ),
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), role: z.string().nullable() })),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  rates: z.array(z.unknown()),
});

describe('npm run dataset', () => {
  it('prints one JSON document in the agreed shape on stdout and the problems on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tariffs-cli-'));
    try {
      await writeFile(
        join(dir, 'one.txt'),
        'Tools Deal Nears\n\nMarch 3, 2025 at 09:15 JST\nFinance Minister Aiko Tanaka said on Tuesday that a deal on machine tools was near. “We are close,” Tanaka said.\n',
      );
      await writeFile(join(dir, 'empty.txt'), '');
      const { stdout, stderr } = await run('npx', ['tsx', 'scripts/dataset.ts', dir], { cwd: process.cwd() });
      const doc = contract.parse(JSON.parse(stdout));
      expect(doc.articles).toHaveLength(1);
      expect(doc.articles[0]).toMatchObject({
        id: 'one',
        title: 'Tools Deal Nears',
        published: '2025-03-03',
      });
      expect(doc.articles[0]!.people).toEqual(['Aiko Tanaka']);
      expect(doc.problems).toEqual([{ file: 'empty.txt', message: 'empty file' }]);
      expect(stderr).toContain('empty.txt: empty file');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
