import type { IndexedQuote } from '../index/corpus-index';
import type { Item } from '../reply';
import { cite } from './cite';

/** A quote as shown: the words, who said them, when reported and where. */
export function quoteItem(iq: IndexedQuote): Item {
  return {
    type: 'quote',
    text: iq.quote.text.replace(/\s+/g, ' ').trim(),
    speaker: iq.quote.speaker ?? 'unattributed',
    kind: iq.quote.kind,
    date: iq.date,
    citations: [cite(iq.article)],
  };
}
