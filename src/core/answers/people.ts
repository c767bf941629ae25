import type { Corpus } from '../corpus';
import { type PageRequest, paginate } from '../paging';
import { answer, field, type Reply } from '../reply';
import { countOf } from './quote-list';

/** Who appears in the articles, with role and how often quoted; the most quoted first. */
export function peopleList(corpus: Corpus, req: PageRequest): Reply {
  const { index } = corpus;
  const quoted = (name: string) => index.quotesBySpeaker.get(name)?.length ?? 0;
  const ranked = [...index.people].sort(
    (a, b) =>
      quoted(b.name) - quoted(a.name) ||
      (index.articlesByPerson.get(b.name) ?? 0) - (index.articlesByPerson.get(a.name) ?? 0) ||
      a.name.localeCompare(b.name),
  );
  if (ranked.length === 0) return answer({ title: 'People', lead: 'No people were found in the articles.' });
  const { items, page } = paginate(ranked, req);
  return answer({
    title: 'People in the articles',
    lead: `${countOf(ranked.length, 'person', 'people and organisations')}, the most quoted first.`,
    sections: [
      {
        heading: null,
        items: items.map((p) => {
          const what = p.role ?? (p.kind === 'organisation' ? 'organisation' : null);
          const articles = index.articlesByPerson.get(p.name) ?? 0;
          const value = [
            what,
            `quoted ${countOf(quoted(p.name), 'time')}`,
            `in ${countOf(articles, 'article')}`,
          ]
            .filter(Boolean)
            .join(' · ');
          return field(p.name, value);
        }),
      },
    ],
    page,
    suggestions: items[0] ? [`who ${items[0].name}`] : [],
  });
}
