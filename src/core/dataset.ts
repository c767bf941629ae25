import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article, Dataset, Problem } from './article';

/**
 * Loads every article file in a folder. A file that cannot be read is reported in `problems`
 * and the rest still load.
 * NOTE: minimal first version (title + body only); the parser issue replaces the per-article step.
 */
export async function loadDataset(dir: string): Promise<Dataset> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  } catch (err) {
    return {
      articles: [],
      people: [],
      quotes: [],
      events: [],
      rates: [],
      problems: [{ file: dir, message: `cannot read folder: ${(err as Error).message}` }],
    };
  }
  const articles: Article[] = [];
  for (const name of names) {
    try {
      const raw = await readFile(join(dir, name), 'utf8');
      const lines = raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      const body = lines.join('\n\n');
      articles.push({
        id: basename(name, extname(name)),
        file: name,
        title: lines[0] ?? name,
        outlet: null,
        url: null,
        published: null,
        publishedInferred: false,
        body,
        paragraphs: lines,
        sentences: [],
        people: [],
        topics: [],
        boilerplate: [],
        bytes: Buffer.byteLength(raw),
      });
    } catch (err) {
      problems.push({ file: name, message: (err as Error).message });
    }
  }
  return { articles, people: [], quotes: [], events: [], rates: [], problems };
}
