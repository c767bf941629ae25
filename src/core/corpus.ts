import type { Dataset } from './article';
import { buildIndex, type CorpusIndex } from './index/corpus-index';

/**
 * A loaded dataset together with whatever the answers precompute over it. Built once per
 * load, so queries never scan.
 */
export interface Corpus {
  dataset: Dataset;
  /** When this corpus was built (for "sources" and reload reporting). */
  loadedAt: Date;
  /** By speaker, term, topic, date; see CorpusIndex. */
  index: CorpusIndex;
}

export function buildCorpus(dataset: Dataset, loadedAt: Date): Corpus {
  return { dataset, loadedAt, index: buildIndex(dataset) };
}
