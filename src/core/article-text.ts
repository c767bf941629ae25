import type { Sentence } from './article';

/**
 * Sentences and paragraphs of loaded articles, kept as offsets into the body and made into
 * strings only when read. Held as records they cost more than the body itself (an object and a
 * substring header per sentence); as offsets, twelve bytes a sentence.
 *
 * `sentences` and `paragraphs` stay ordinary-looking enumerable properties: reading one gives
 * a fresh array equal to what the parser made, spreads and JSON copy it, and assigning one
 * replaces it with the assigned value. Only identity differs: each read is a new array.
 */

/** Where an article's entry in its dataset's offsets table starts. Not enumerable: no copy carries it. */
const ENTRY = Symbol('sentence offsets');
/** The table holding them, so a dataset can be stored with its offsets. Not enumerable either. */
const TABLE = Symbol('sentence table');

interface Holder {
  body: string;
  [ENTRY]?: number;
  [TABLE]?: SentenceTable;
}

const replaceWith = (target: object, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
};

/** The paragraphs are the body split at blank lines, when that is how the body was made. */
const PARAGRAPHS: PropertyDescriptor = {
  get(this: Holder): string[] {
    return this.body.split('\n\n');
  },
  set(this: Holder, value: string[]) {
    replaceWith(this, 'paragraphs', value);
  },
  enumerable: true,
  configurable: true,
};

/**
 * `body.startsWith(text, at)` for an offset `at` of 0 or more, as a cut of the body compared with
 * `text`: V8's startsWith goes character by character (about 20 ns each, several passes over
 * every body while loading), string equality several times faster.
 */
function standsAt(body: string, text: string, at: number): boolean {
  return body.slice(at, at + text.length) === text;
}

/** True when `paragraphs` can be read back from the body alone. */
export function paragraphsFollowBody(body: string, paragraphs: readonly string[]): boolean {
  if (paragraphs.length === 0) return false;
  let at = 0;
  for (const p of paragraphs) {
    if (p.includes('\n\n') || !standsAt(body, p, at)) return false;
    at += p.length;
    if (at === body.length) break;
    if (!body.startsWith('\n\n', at)) return false;
    at += 2;
  }
  return at === body.length && breaks(body) + 1 === paragraphs.length;
}

/** `body.split('\n\n').length - 1` without building the pieces: the breaks, left to right. */
function breaks(body: string): number {
  let n = 0;
  for (let i = body.indexOf('\n\n'); i !== -1; i = body.indexOf('\n\n', i + 2)) n++;
  return n;
}

/** Adds the lazy `paragraphs` property to a record under construction (property order matters). */
export function defineParagraphs(target: object): void {
  Object.defineProperty(target, 'paragraphs', PARAGRAPHS);
}

/** A number the Int32Array of offsets holds as it is. Module-level: define runs per article. */
function isOffset(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
}

/**
 * One dataset's sentence offsets: per article a count, then start, end and paragraph of each
 * sentence. Filled while the dataset is compacted, then sealed into an Int32Array.
 */
export class SentenceTable {
  private building: number[] | null = [];
  private table: Int32Array = new Int32Array(0);
  /** Shared by every article of the dataset, so they share one hidden class. */
  readonly descriptor: PropertyDescriptor;

  constructor() {
    const read = (at: number, body: string): Sentence[] => {
      // Readable while still being filled: records made early are read during the build.
      const t = this.building ?? this.table;
      const n = t[at]!;
      const out: Sentence[] = new Array(n);
      for (let k = 0, i = at + 1; k < n; k++, i += 3) {
        const start = t[i]!;
        const end = t[i + 1]!;
        out[k] = { text: body.slice(start, end), start, end, paragraph: t[i + 2]! };
      }
      return out;
    };
    this.descriptor = {
      get(this: Holder): Sentence[] {
        return read(this[ENTRY]!, this.body);
      },
      set(this: Holder, value: Sentence[]) {
        replaceWith(this, 'sentences', value);
      },
      enumerable: true,
      configurable: true,
    };
  }

  /**
   * Adds the lazy `sentences` property to a record under construction and returns true, or
   * returns false (adding nothing) when some sentence is not the body's text at its offsets.
   */
  define(target: object, body: string, sentences: readonly Sentence[]): boolean {
    const b = this.building;
    if (!b) throw new Error('sentence table already sealed');
    for (const s of sentences) {
      if (
        !isOffset(s.start) ||
        !isOffset(s.end) ||
        !isOffset(s.paragraph) ||
        s.end - s.start !== s.text.length
      )
        return false;
      if (!standsAt(body, s.text, s.start)) return false;
    }
    const at = b.length;
    b.push(sentences.length);
    for (const s of sentences) b.push(s.start, s.end, s.paragraph);
    Object.defineProperty(target, 'sentences', this.descriptor);
    // Symbol keys list after string keys whatever the order they were added in.
    Object.defineProperty(target, ENTRY, { value: at });
    Object.defineProperty(target, TABLE, { value: this });
    return true;
  }

  seal(): void {
    if (this.building) this.table = Int32Array.from(this.building);
    this.building = null;
  }

  /** The sealed offsets, to store with the dataset (see stored-dataset.ts). */
  get offsets(): Int32Array {
    if (this.building) throw new Error('sentence table not sealed yet');
    return this.table;
  }

  /** A sealed table over offsets stored earlier. */
  static fromOffsets(offsets: Int32Array): SentenceTable {
    const t = new SentenceTable();
    t.table = offsets;
    t.building = null;
    return t;
  }

  /** Gives a record rebuilt from storage its lazy `sentences` again, at its stored entry. */
  attach(target: object, at: number): void {
    if (!Number.isInteger(at) || at < 0 || at >= this.table.length) throw new Error('bad sentence entry');
    Object.defineProperty(target, 'sentences', this.descriptor);
    Object.defineProperty(target, ENTRY, { value: at });
    Object.defineProperty(target, TABLE, { value: this });
  }
}

/** Where a compact record's sentences are: its table and entry, or null when it holds its own list. */
export function sentenceEntryOf(record: object): { table: SentenceTable; at: number } | null {
  const h = record as Holder;
  return h[TABLE] && h[ENTRY] !== undefined ? { table: h[TABLE], at: h[ENTRY] } : null;
}

/** True when a record reads its paragraphs back from its body. */
export function hasLazyParagraphs(record: object): boolean {
  return Object.getOwnPropertyDescriptor(record, 'paragraphs')?.get === PARAGRAPHS.get;
}
