import type { Dataset } from './article';

/**
 * A loaded dataset together with whatever the answers precompute over it. Built once per
 * load, so queries never scan.
 */
export interface Corpus {
  dataset: Dataset;
  /** When this corpus was built (for "sources" and reload reporting). */
  loadedAt: Date;
}

export function buildCorpus(dataset: Dataset, loadedAt: Date): Corpus {
  return { dataset, loadedAt };
}
