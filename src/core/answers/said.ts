import type { Corpus } from '../corpus';
import { UserError } from '../errors';
import { tokenize } from '../index/terms';
import type { PageRequest } from '../paging';
import type { Reply } from '../reply';
import { shown } from './echo';
import { phrasePostings } from './postings';
import { countOf, quoteListReply } from './quote-list';

/** Quotes containing a phrase as whole words, ignoring case, quote marks and spacing; newest first. */
export function quotesSaying(corpus: Corpus, phrase: string, req: PageRequest): Reply {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) {
    throw new UserError('Give me words to look for, for example `said "common ground"`.', [
      'said "agreement"',
    ]);
  }
  const postings = phrasePostings(corpus.index, tokens);
  const label = `“${shown(phrase)}”`;
  return quoteListReply({
    index: corpus.index,
    postings,
    req,
    title: `Quotes with ${label}`,
    lead: postings.length
      ? `${countOf(postings.length, 'quote')} with ${label}, newest first.`
      : `No quote contains ${label}.`,
    suggestions: postings.length ? [] : [`about ${shown(phrase)}`],
  });
}
