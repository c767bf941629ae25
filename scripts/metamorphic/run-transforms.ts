import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Dataset } from '../../src/core/article';
import { buildDataset } from '../../src/core/dataset';
import { diffViews, type ViewMapping, viewOf } from './extraction-view';
import {
  hardWrap,
  insertFurniture,
  isTimestampLine,
  moveTimestampLine,
  type QuoteStyle,
  renamingOf,
  replaceTokens,
  swapQuoteStyle,
  withMisspellings,
} from './transforms';

/** One article of a shared folder: its text and the gold facts a transform needs (names, furniture). */
export interface FolderArticle {
  id: string;
  file: string;
  text: string;
  people: string[];
  boilerplate: string[];
  published: string | null;
}

export function readFolder(dir: string): FolderArticle[] {
  const files = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.map((file) => {
    const id = basename(file, extname(file));
    const gold = JSON.parse(readFileSync(join(dir, 'gold', `${id}.json`), 'utf8')) as {
      people: string[];
      boilerplate: string[];
      published: string | null;
    };
    return {
      id,
      file,
      text: readFileSync(join(dir, 'articles', file), 'utf8'),
      people: gold.people,
      boilerplate: gold.boilerplate,
      published: gold.published,
    };
  });
}

/**
 * A transform of a whole folder: new texts, and per article the mapping of names and texts that
 * the extraction may show in return (none but a renaming changes what may be extracted).
 */
export interface FolderTransform {
  name: string;
  /** `extracted` is the extraction of the untransformed folder. */
  apply(
    articles: readonly FolderArticle[],
    extracted: Dataset,
  ): {
    texts: Map<string, string>;
    mapping?: (id: string) => ViewMapping;
  };
}

/** Every person of the folder renamed consistently to names of other shapes (hyphens, diacritics). */
export const renamePeople: FolderTransform = {
  name: 'rename people',
  apply(articles, extracted) {
    const map = renamingOf(articles.flatMap((a) => a.people));
    const found = new Map(extracted.articles.map((a) => [a.id, a.people]));
    const texts = new Map<string, string>();
    const perArticle = new Map<string, Map<string, string>>();
    for (const a of articles) {
      // Only the words of this article's own people (in its gold, or as the parser found them) are
      // renamed in it, so a name word that is also an ordinary capitalised word elsewhere ("Sun")
      // is left alone there.
      const words = new Set([...a.people, ...(found.get(a.id) ?? [])].flatMap((p) => p.split(/\s+/u)));
      const local = withMisspellings(a.text, new Map([...map].filter(([k]) => words.has(k))));
      perArticle.set(a.id, local);
      texts.set(a.id, replaceTokens(a.text, local));
    }
    return {
      texts,
      // Names come from the whole folder (events merge across articles); text only from this one.
      mapping: (id) => ({
        name: (s) => replaceTokens(s, map),
        text: (s) => replaceTokens(s, perArticle.get(id) ?? new Map()),
      }),
    };
  },
};

export const quoteStyle = (style: QuoteStyle): FolderTransform => ({
  name: `${style} quotes`,
  apply: (articles) => ({
    texts: new Map(articles.map((a) => [a.id, swapQuoteStyle(a.text, style)])),
  }),
});

export const wrapLines: FolderTransform = {
  name: 'hard-wrap at 72',
  apply: (articles) => ({ texts: new Map(articles.map((a) => [a.id, hardWrap(a.text, 72)])) }),
};

export const addFurniture: FolderTransform = {
  name: 'insert page furniture',
  apply: (articles) => ({
    texts: new Map(articles.map((a) => [a.id, insertFurniture(a.text)])),
  }),
};

/** The page's timestamp line (a whole furniture line carrying a date) moved above or below the headline. */
export const moveTimestamp: FolderTransform = {
  name: 'move the timestamp line',
  apply: (articles) => ({
    texts: new Map(
      articles.map((a) => {
        const lines = new Set(a.text.split('\n').map((l) => l.trim()));
        const stamp = a.boilerplate.find((b) => lines.has(b.trim()) && isTimestampLine(b));
        return [a.id, stamp ? moveTimestampLine(a.text, stamp) : a.text];
      }),
    ),
  }),
};

export const TRANSFORMS: FolderTransform[] = [
  renamePeople,
  quoteStyle('straight'),
  quoteStyle('curly'),
  quoteStyle('british'),
  wrapLines,
  addFurniture,
  moveTimestamp,
];

const datasetOf = (articles: readonly FolderArticle[], texts: ReadonlyMap<string, string>) =>
  buildDataset(articles.map((a) => ({ file: a.file, raw: texts.get(a.id) ?? a.text })));

/** Per article, the lines on which the transformed extraction differs from the mapped original. */
export function differences(
  articles: readonly FolderArticle[],
  transform: FolderTransform,
): Map<string, string[]> {
  const before = datasetOf(articles, new Map());
  const { texts, mapping } = transform.apply(articles, before);
  const after = datasetOf(articles, texts);
  const out = new Map<string, string[]>();
  for (const a of articles) {
    const old = viewOf(before, a.id, mapping?.(a.id));
    const now = viewOf(after, a.id);
    if (!old || !now) {
      if (old !== now) out.set(a.id, [old ? 'article no longer loads' : 'article now loads']);
      continue;
    }
    const diff = diffViews(old, now);
    if (diff.length > 0) out.set(a.id, diff);
  }
  return out;
}
