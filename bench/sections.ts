import { digestThroughputSection } from './digest-throughput';
import { queriesSection } from './queries';
import type { BenchSection } from './section';

/** Every section of `npm run bench`, in the order they run; add new ones here. */
export const sections: BenchSection[] = [queriesSection, digestThroughputSection];
