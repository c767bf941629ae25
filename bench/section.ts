/** One named part of `npm run bench`; each lives in its own file and is listed in bench/sections.ts. */
export interface BenchSection {
  name: string;
  description: string;
  /** Prints its own table; returns what goes into bench/results.json under its name. */
  run(opts: BenchOptions): Promise<unknown>;
}

export interface BenchOptions {
  /** Corpus sizes in articles. */
  sizes: number[];
  seed: number;
  /** Fewer samples, for a smoke run. */
  quick: boolean;
  log: (line: string) => void;
}
