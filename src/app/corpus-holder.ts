import { buildCorpus, type Corpus } from '../core/corpus';
import { loadDataset } from '../core/dataset';

/** Holds the current corpus; a reload swaps it whole, so a query never sees half a load. */
export class CorpusHolder {
  private corpus: Corpus;

  private constructor(
    readonly dir: string,
    corpus: Corpus,
    private readonly clock: () => Date,
  ) {
    this.corpus = corpus;
  }

  static async load(dir: string, clock: () => Date = () => new Date()): Promise<CorpusHolder> {
    return new CorpusHolder(dir, buildCorpus(await loadDataset(dir), clock()), clock);
  }

  current = (): Corpus => this.corpus;

  async reload(): Promise<Corpus> {
    this.corpus = buildCorpus(await loadDataset(this.dir), this.clock());
    return this.corpus;
  }
}
