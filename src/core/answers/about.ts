import type { Corpus } from '../corpus';
import { UserError } from '../errors';
import { TOPICS } from '../index/topics';
import type { PageRequest } from '../paging';
import type { Reply } from '../reply';
import { shown } from './echo';
import { topicPostings } from './postings';
import { countOf, quoteListReply } from './quote-list';

/** Quotes concerning a topic (autos, rice, steel, a figure such as 15%), newest first. */
export function quotesAbout(corpus: Corpus, topic: string, req: PageRequest): Reply {
  const { label, postings } = topicPostings(corpus.index, topic);
  if (!label) {
    throw new UserError('Name a topic, for example `about autos` or `about 15%`.', [
      'about autos',
      'about rice',
    ]);
  }
  return quoteListReply({
    index: corpus.index,
    postings,
    req,
    title: `Quotes about ${shown(label)}`,
    lead: postings.length
      ? `${countOf(postings.length, 'quote')} about ${shown(label)}, newest first.`
      : `No quote is about ${shown(label)}.`,
    notes: postings.length ? [] : [`Topics I know: ${TOPICS.map((t) => t.label).join(', ')}.`],
    suggestions: postings.length ? [] : ['about autos', 'about investment'],
  });
}
