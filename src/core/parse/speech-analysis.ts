import type { QuoteSpan } from './quotes-scan';
import type { SentenceInfo } from './speakers-attribution';
import type { Segment } from './speakers-text';
import type { Mention, PeopleIndex } from './types';

/** What quotes, reported statements and events read of one article's speech: made once per article. */
export interface SpeechAnalysis {
  body: string;
  /** The body with quoted words blanked out. */
  masked: string;
  spans: QuoteSpan[];
  sentences: SentenceInfo[];
  segments: Segment[];
  mentions: Mention[];
  /** The registry speakers were read with: the article's, plus any speaker it names by one word. */
  people: PeopleIndex;
}
