import { ownCopy } from '../compact';

/**
 * A posting list: ascending positions in CorpusIndex.quotes. A view into a PostingMap's shared
 * buffer, so treat it as read-only.
 */
export type Postings = Int32Array;

export const NO_POSTINGS: Postings = new Int32Array(0);

/**
 * Key → posting list, with every list packed into one Int32Array. A term index holds millions of
 * positions in thousands of lists; as separate arrays each position costs 8 bytes and each list
 * an object, here 4 bytes and nothing.
 */
export class PostingMap<K> {
  private readonly slot: Map<K, number>;
  /** List `i` is `data[starts[i] .. starts[i + 1])`. */
  private readonly starts: Int32Array;
  private readonly data: Int32Array;

  constructor(lists: ReadonlyMap<K, readonly number[]>) {
    this.slot = new Map();
    this.starts = new Int32Array(lists.size + 1);
    let total = 0;
    for (const list of lists.values()) total += list.length;
    this.data = new Int32Array(total);
    let at = 0;
    for (const [key, list] of lists) {
      this.starts[this.slot.size] = at;
      // A term cut from a quote's text would keep that whole text alive.
      this.slot.set(typeof key === 'string' ? (ownCopy(key) as K) : key, this.slot.size);
      this.data.set(list, at);
      at += list.length;
    }
    this.starts[this.slot.size] = at;
  }

  get(key: K): Postings | undefined {
    const i = this.slot.get(key);
    return i === undefined ? undefined : this.data.subarray(this.starts[i]!, this.starts[i + 1]!);
  }

  get size(): number {
    return this.slot.size;
  }

  keys(): IterableIterator<K> {
    return this.slot.keys();
  }

  *entries(): IterableIterator<[K, Postings]> {
    for (const key of this.slot.keys()) yield [key, this.get(key)!];
  }
}
