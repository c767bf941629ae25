import type { Dataset } from '../core/article';
import { buildCorpus, type Corpus } from '../core/corpus';
import { loadDatasetParallel } from '../ingest/parallel-load';

/** How the holder reads its folder: the parallel loader by default, which is serial for small ones. */
export type FolderLoader = (dir: string) => Promise<Dataset>;

/** Holds the current corpus; a reload swaps it whole, so a query never sees half a load. */
export class CorpusHolder {
  private corpus: Corpus;

  private constructor(
    readonly dir: string,
    corpus: Corpus,
    private readonly clock: () => Date,
    private readonly loader: FolderLoader,
  ) {
    this.corpus = corpus;
  }

  static async load(
    dir: string,
    clock: () => Date = () => new Date(),
    loader: FolderLoader = (d) => loadDatasetParallel(d),
  ): Promise<CorpusHolder> {
    return new CorpusHolder(dir, buildCorpus(await loader(dir), clock()), clock, loader);
  }

  current = (): Corpus => this.corpus;

  async reload(): Promise<Corpus> {
    this.corpus = buildCorpus(await this.loader(this.dir), this.clock());
    return this.corpus;
  }
}
