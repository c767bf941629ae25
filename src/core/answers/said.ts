import type { Corpus } from '../corpus';
import { UserError } from '../errors';
import { tokenize } from '../index/terms';
import type { PageRequest } from '../paging';
import type { Reply } from '../reply';
import { shown } from './echo';
import { phraseMatches } from './postings';
import { countOf, quoteListReply } from './quote-list';

/** Quotes containing a phrase as whole words, ignoring case, quote marks and spacing; newest first. */
export function quotesSaying(corpus: Corpus, phrase: string, req: PageRequest): Reply {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) {
    throw new UserError('Give me words to look for, for example `said "common ground"`.', [
      'said "agreement"',
    ]);
  }
  const { postings, check } = phraseMatches(corpus.index, tokens);
  const label = `“${shown(phrase)}”`;
  const count = `${check ? 'about ' : ''}${countOf(postings.length, 'quote')}`;
  return quoteListReply({
    index: corpus.index,
    postings,
    req,
    accept: check ?? undefined,
    title: `Quotes with ${label}`,
    lead: postings.length ? `${count} with ${label}, newest first.` : `No quote contains ${label}.`,
    suggestions: postings.length ? [] : [`about ${shown(phrase)}`],
  });
}
