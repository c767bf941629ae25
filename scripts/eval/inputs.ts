import { basename, extname, join } from 'node:path';
import { type RawFile, readArticleFolder } from '../../src/core/parse/load-folder';
import { type GoldFile, loadGold } from './gold';

/**
 * What the parser is given for one scoring run: the articles of the scored folder, the articles
 * of any context folders read beside them, and each article's page address.
 *
 * Why the address: the gold's `published` is taken "only when the text or url shows it" (corpus
 * README), so the annotator had the page's url in hand. A crawl hands the bot the same thing as a
 * `<name>.meta.json` sidecar or a front-matter `url:`; the eval hands it over the same way, as an
 * in-memory sidecar, and never where the folder has a sidecar of its own. Nothing else of the gold
 * reaches the parser. `--text-alone` leaves the addresses out.
 *
 * Why context folders: round numbers ("the ninth round") count meetings across articles; a folder
 * that starts after the first rounds cannot number its own, just as a user's folder could not
 * until it holds the earlier reports. `--context <folder>` reads another corpus beside the scored
 * one (both parsed as one folder, as the bot would), and only the scored folder's gold is scored.
 */
export interface EvalInputs {
  /** The folders' files, read once: the text-alone build uses them as they are. */
  files: RawFile[];
  /** One in-memory `<id>.meta.json` per article whose gold has a url and that has no sidecar of its own. */
  addresses: RawFile[];
  /** Raw text by article id (the scorer tells whole-line boilerplate from glued fragments). */
  raws: Map<string, string>;
  problems: string[];
}

const ARTICLE = /\.(?:txt|md|markdown)$/i;
const SIDECAR = /\.meta\.json$/i;

const idOf = (file: string): string => basename(file, extname(file)).replace(/\.meta$/i, '');

/**
 * Reads the scored folder (its gold already loaded by the caller) and each context folder (whose
 * gold is read here only for the page addresses).
 */
export async function evalInputs(
  scored: { folder: string; golds: readonly GoldFile[] },
  context: readonly string[],
): Promise<EvalInputs> {
  const files: RawFile[] = [];
  const addresses: RawFile[] = [];
  const raws = new Map<string, string>();
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const folder of [scored.folder, ...context]) {
    const read = await readArticleFolder(join(folder, 'articles'));
    for (const p of read.problems) problems.push(`articles: ${p.file}: ${p.message}`);
    const own = new Set(read.files.filter((f) => SIDECAR.test(f.file)).map((f) => idOf(f.file)));
    for (const f of read.files) {
      const clash = seen.get(f.file);
      if (clash !== undefined) {
        problems.push(`${f.file} is in both ${clash} and ${folder}: the second one is left out`);
        continue;
      }
      seen.set(f.file, folder);
      files.push(f);
      if (ARTICLE.test(f.file))
        raws.set(idOf(f.file), typeof f.raw === 'string' ? f.raw : new TextDecoder().decode(f.raw));
    }
    const golds =
      folder === scored.folder
        ? scored.golds
        : (await loadGold(join(folder, 'gold')).catch(() => ({ golds: [] }))).golds;
    for (const { id, gold } of golds) {
      if (!gold.url || own.has(id) || !raws.has(id)) continue;
      addresses.push({ file: `${id}.meta.json`, raw: JSON.stringify({ url: gold.url }) });
    }
  }
  return { files, addresses, raws, problems };
}
