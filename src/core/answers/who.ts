import type { Corpus } from '../corpus';
import { UserError } from '../errors';
import { answer, type Reply } from '../reply';
import { closest } from '../text/fuzzy';
import { cite } from './cite';

/** NOTE: first version — exact alias match, no paging; the answers issue replaces it. */
export function whoSaid(corpus: Corpus, name: string): Reply {
  const { people, quotes, articles } = corpus.dataset;
  const needle = name.toLowerCase();
  const person = people.find((p) => [p.name, ...p.aliases].some((a) => a.toLowerCase().includes(needle)));
  if (!person) {
    const near = closest(
      name,
      people.flatMap((p) => [p.name, ...p.aliases]),
    );
    throw new UserError(
      `I know no one called "${name.slice(0, 40)}".`,
      near.map((n) => `who ${n}`),
    );
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items = quotes
    .filter((q) => q.speaker === person.name)
    .map((q) => {
      const a = byId.get(q.articleId)!;
      return {
        type: 'quote' as const,
        text: q.text,
        speaker: person.name,
        kind: q.kind,
        date: a.published,
        citations: [cite(a)],
      };
    });
  return answer({ title: `What ${person.name} said`, sections: [{ heading: null, items }] });
}
