import { digestThroughputSection } from './digest-throughput';
import { discordSection } from './discord';
import { ingestSection } from './ingest';
import { queriesSection } from './queries';
import { scaleSection } from './scale';
import type { BenchSection } from './section';
import { slackSection } from './slack';

/** Every section of `npm run bench`, in the order they run; add new ones here. */
export const sections: BenchSection[] = [
  ingestSection,
  scaleSection,
  queriesSection,
  slackSection,
  discordSection,
  digestThroughputSection,
];
