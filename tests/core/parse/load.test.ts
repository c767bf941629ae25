import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, loadDataset } from '../../../src/core/dataset';

const ARTICLE =
  'Tanaka Seeks Deal on Tools\n\nFinance Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools.\n';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tariffs-load-'));
  await writeFile(join(dir, 'good.txt'), ARTICLE);
  await writeFile(join(dir, 'windows.txt'), `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  await writeFile(
    join(dir, 'latin1.txt'),
    Buffer.from('Caf\xe9 talks resumed on Monday in Paris.', 'latin1'),
  );
  await writeFile(join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 0x61));
  await writeFile(join(dir, 'notes.pdf'), '%PDF-1.4');
  await writeFile(join(dir, 'notes.md'), `# Tools\n\n${ARTICLE}`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loading a folder with bad files in it', () => {
  it('loads the good files and reports every bad one by file name and reason, without throwing', async () => {
    const d = await loadDataset(dir);
    expect(d.articles.map((a) => a.id).sort()).toEqual(['good', 'notes', 'windows']);
    const why = new Map(d.problems.map((p) => [p.file, p.message]));
    expect(why.get('empty.txt')).toMatch(/empty/);
    expect(why.get('binary.txt')).toMatch(/binary/);
    expect(why.get('latin1.txt')).toMatch(/UTF-8.*offset 3/);
    expect(why.get('huge.txt')).toMatch(/20\.0 MB.*cap/);
    expect(why.get('notes.pdf')).toMatch(/not an article file/);
  });

  it('reads a CRLF file with a byte-order mark like any other', async () => {
    const d = await loadDataset(dir);
    const w = d.articles.find((a) => a.id === 'windows')!;
    const g = d.articles.find((a) => a.id === 'good')!;
    expect(w.body).toBe(g.body);
    expect(w.title).toBe('Tanaka Seeks Deal on Tools');
    expect(w.body).not.toContain('\r');
  });

  it('reports a folder that does not exist instead of failing', async () => {
    const d = await loadDataset(join(dir, 'missing'));
    expect(d.articles).toEqual([]);
    expect(d.problems[0]!.message).toMatch(/no such folder/);
  });
});

describe('authoritative metadata', () => {
  it('takes title, url, outlet and date from front matter over what the text suggests', () => {
    const raw = `---\ntitle: "Tools Deal Nears"\nurl: https://example.com/a\noutlet: Example Times\npublished: 2025-06-07\n---\n${ARTICLE}`;
    const d = buildDataset([{ file: 'fm.txt', raw }]);
    const a = d.articles[0]!;
    expect([a.title, a.url, a.outlet, a.published]).toEqual([
      'Tools Deal Nears',
      'https://example.com/a',
      'Example Times',
      '2025-06-07',
    ]);
    expect(a.body).not.toContain('---');
  });

  it('dates an article by the day in its address when the metadata gives a url but no date', () => {
    const d = buildDataset([
      { file: 'a.txt', raw: ARTICLE },
      {
        file: 'a.meta.json',
        raw: JSON.stringify({ url: 'https://example.com/business/2025/06/14/tools-deal/' }),
      },
      { file: 'b.txt', raw: ARTICLE },
      { file: 'b.meta.json', raw: JSON.stringify({ url: 'https://example.com/articles/15712615' }) },
    ]);
    expect(d.articles.map((a) => a.published)).toEqual(['2025-06-14', null]);
  });

  it('takes metadata from a <name>.meta.json sidecar', () => {
    const d = buildDataset([
      { file: 'a.txt', raw: ARTICLE },
      { file: 'a.meta.json', raw: JSON.stringify({ outlet: 'Example Times', published: '2025-01-31' }) },
    ]);
    expect(d.articles[0]!.outlet).toBe('Example Times');
    expect(d.articles[0]!.published).toBe('2025-01-31');
    expect(d.problems).toEqual([]);
  });

  it('reports a bad sidecar and still loads the article from its text', () => {
    const d = buildDataset([
      { file: 'a.txt', raw: ARTICLE },
      { file: 'a.meta.json', raw: JSON.stringify({ published: '2025-02-30' }) },
    ]);
    expect(d.articles).toHaveLength(1);
    expect(d.articles[0]!.published).toBeNull();
    expect(d.problems[0]).toMatchObject({ file: 'a.meta.json' });
    expect(d.problems[0]!.message).toMatch(/published/);
  });

  it('reports a sidecar that belongs to no article', () => {
    const d = buildDataset([{ file: 'orphan.meta.json', raw: '{}' }]);
    expect(d.problems[0]!.message).toMatch(/no article orphan\.txt/);
  });
});
