import type { Corpus } from '../corpus';
import { UserError } from '../errors';
import { NO_POSTINGS, type Postings } from '../index/posting-map';
import type { PageRequest } from '../paging';
import type { Reply } from '../reply';
import { shown } from './echo';
import { topicPostings } from './postings';
import { countOf, quoteListReply } from './quote-list';

/**
 * What one person said, newest first, direct quotes and reported statements apart. The name
 * may be an alias, surname, lower case or a near-miss; an unknown name is a UserError that
 * suggests the closest known names. With a topic, only their quotes on it.
 */
export function whoSaid(corpus: Corpus, name: string, req: PageRequest, topic?: string): Reply {
  const { index } = corpus;
  const match = index.lookup.resolve(name);
  if (match.kind === 'unknown') {
    const names = match.suggestions;
    throw new UserError(
      `I know no one called "${shown(name)}".${names.length ? ` ${match.near ? 'Closest names' : 'Most quoted'}: ${names.join(', ')}.` : ''}`,
      names.map((n) => `who ${n}`),
    );
  }
  const person = match.person;
  let postings: Postings = index.quotesBySpeaker.get(person.name) ?? NO_POSTINGS;
  let about = '';
  if (topic) {
    const t = topicPostings(index, topic, person.name);
    if (t.label === '')
      throw new UserError('The topic after "about" has no words I can search for.', ['about autos']);
    postings = t.postings;
    about = ` about ${t.label}`;
  }
  const notes: string[] = [];
  if (!match.exact) notes.push(`Showing ${person.name} for "${shown(name)}".`);
  const role = person.role ? ` (${person.role})` : '';
  if (postings.length === 0) {
    const seen = index.articlesByPerson.get(person.name) ?? 0;
    return quoteListReply({
      index,
      postings,
      req,
      title: `What ${person.name} said${about}`,
      lead: `No quotes from ${person.name}${role}${about} in the articles${seen ? `, though ${countOf(seen, 'article')} mention them` : ''}.`,
      notes,
      suggestions: topic ? [`who ${person.name}`] : ['people'],
    });
  }
  return quoteListReply({
    index,
    postings,
    req,
    splitKinds: true,
    title: `What ${person.name} said${about}`,
    lead: `${person.name}${role}: ${countOf(postings.length, 'statement')}${about}, newest first.`,
    notes,
  });
}
