import type { Article, Dataset, Person, Quote, QuoteKind, TariffEvent } from '../../../src/core/article';
import { buildCorpus, type Corpus } from '../../../src/core/corpus';
import type { Item } from '../../../src/core/reply';

/**
 * A small made-up negotiation (none of it from the seeds), built by hand so the answers can be
 * tested without the parser: three rounds between Japan's Hana Mori and the U.S.'s Carl Dent and
 * Lena Ortiz, the third reported by two outlets in nearly the same words.
 */

export function article(
  id: string,
  opts: {
    title: string;
    outlet: string;
    published: string | null;
    body: string[];
    boilerplate?: string[];
    people?: string[];
  },
): Article {
  const paragraphs = opts.body;
  const body = paragraphs.join('\n\n');
  let at = 0;
  const sentences = paragraphs.map((text, paragraph) => {
    const start = body.indexOf(text, at);
    at = start + text.length;
    return { text, start, end: at, paragraph };
  });
  return {
    id,
    file: `${id}.txt`,
    title: opts.title,
    outlet: opts.outlet,
    url: null,
    published: opts.published,
    publishedInferred: false,
    body,
    paragraphs,
    sentences,
    people: opts.people ?? [],
    topics: [],
    boilerplate: opts.boilerplate ?? [],
    bytes: body.length,
  };
}

let quoteSeq = 0;
export function quote(a: Article, speaker: string | null, text: string, kind: QuoteKind = 'direct'): Quote {
  const start = a.body.indexOf(text);
  if (start < 0) throw new Error(`fixture quote not in ${a.id}: ${text}`);
  return {
    id: `q${++quoteSeq}`,
    articleId: a.id,
    speaker,
    text,
    kind,
    start,
    end: start + text.length,
    topics: [],
  };
}

export function event(
  id: string,
  opts: Partial<TariffEvent> & {
    title: string;
    date: string | null;
    articles: Article[];
    sentence?: (a: Article) => string;
  },
): TariffEvent {
  const { articles, sentence, ...rest } = opts;
  return {
    id,
    type: 'round',
    dateInferred: false,
    endDate: null,
    round: null,
    participants: [],
    place: null,
    planned: false,
    ...rest,
    articleIds: articles.map((a) => a.id),
    mentions: sentence ? articles.map((a) => ({ articleId: a.id, sentence: sentence(a) })) : [],
  };
}

export const PEOPLE: Person[] = [
  {
    name: 'Hana Mori',
    aliases: ['Minister Mori', 'Mori Hana'],
    role: 'trade minister of Japan',
    kind: 'person',
  },
  { name: 'Carl Dent', aliases: ['Trade Secretary Dent'], role: 'U.S. trade secretary', kind: 'person' },
  { name: 'Lena Ortiz', aliases: ['Commerce chief'], role: 'U.S. commerce secretary', kind: 'person' },
  { name: 'Ken Sato', aliases: [], role: 'prime minister of Japan', kind: 'person' },
  { name: 'Trade Ministry', aliases: [], role: null, kind: 'organisation' },
];

export const BOILERPLATE = ['Photo: Staff photographer', 'Subscribe to our newsletter for more'];

export function fixtureDataset(): Dataset {
  const a1 = article('a1', {
    title: 'First round opens in Geneva',
    outlet: 'Daily Ledger',
    published: '2025-03-02',
    people: ['Hana Mori', 'Carl Dent'],
    body: [
      'Hana Mori met Carl Dent in Geneva on Saturday for the first round of tariff talks.',
      '“We are here to defend our car industry,” Mori said.',
      'Mori said Japan would raise the 25 percent levy on vehicles.',
    ],
  });
  const a2 = article('a2', {
    title: 'Second round ends without a deal',
    outlet: 'Harbor Times',
    published: '2025-03-10',
    people: ['Hana Mori', 'Carl Dent'],
    body: [
      'The second round of talks in Washington ended on Sunday without a deal.',
      '“Rice is not on the table,” Mori told reporters.',
      '“We expect real investment from Japan,” Dent said.',
    ],
  });
  const a3 = article('a3', {
    title: 'Third round in Osaka brings progress but no agreement',
    outlet: 'Harbor Times',
    published: '2025-04-05',
    people: ['Hana Mori', 'Carl Dent', 'Lena Ortiz', 'Ken Sato'],
    boilerplate: BOILERPLATE,
    body: [
      'Hana Mori held the third round of talks with Carl Dent and Lena Ortiz in Osaka on Friday.',
      '“We have not reached any agreement yet, but real progress was made,” Mori said after the meeting.',
      'Mori met Ortiz for an hour the day before.',
      'The two sides failed to find common ground on steel.',
      '“Steel tariffs of 15% are unacceptable,” Mori said.',
      'Prime Minister Ken Sato is scheduled to meet the U.S. president at the leaders summit on April 20-21.',
      'Dent said the U.S. wanted more access for farm goods.',
    ],
  });
  const a4 = article('a4', {
    title: 'Osaka talks: progress, no deal',
    outlet: 'Daily Ledger',
    published: '2025-04-06',
    people: ['Hana Mori', 'Carl Dent', 'Lena Ortiz'],
    body: [
      'Japan’s Hana Mori held a third round of talks with Carl Dent and Lena Ortiz in Osaka on Friday.',
      '“We have not reached any agreement yet, but real progress was made,” said Mori.',
      '“The summit is our next target,” Ortiz said.',
    ],
  });
  const a5 = article('a5', {
    title: 'Carmakers brace for longer tariffs',
    outlet: 'Wire Review',
    published: '2025-04-06',
    people: [],
    body: [
      'Japanese carmakers are preparing for tariffs to last into the summer.',
      '“Our cars cost more every week,” an industry official said.',
    ],
  });
  const a6 = article('a6', {
    title: 'Undated commentary',
    outlet: 'Opinion Weekly',
    published: null,
    body: ['Talks have moved slowly.'],
  });
  const articles = [a1, a2, a3, a4, a5, a6];
  const quotes: Quote[] = [
    quote(a1, 'Hana Mori', 'We are here to defend our car industry,'),
    quote(a1, 'Hana Mori', 'Japan would raise the 25 percent levy on vehicles', 'reported'),
    quote(a2, 'Hana Mori', 'Rice is not on the table,'),
    quote(a2, 'Carl Dent', 'We expect real investment from Japan,'),
    quote(a3, 'Hana Mori', 'We have not reached any agreement yet, but real progress was made,'),
    quote(a3, 'Hana Mori', 'Steel tariffs of 15% are unacceptable,'),
    quote(a3, 'Carl Dent', 'the U.S. wanted more access for farm goods', 'reported'),
    quote(a4, 'Hana Mori', 'We have not reached any agreement yet, but real progress was made,'),
    quote(a4, 'Lena Ortiz', 'The summit is our next target,'),
    quote(a5, 'industry official', 'Our cars cost more every week,'),
  ];
  const first = (a: Article) => a.paragraphs[0]!;
  const events: TariffEvent[] = [
    event('e1', {
      title: 'first round of talks in Geneva',
      date: '2025-03-01',
      round: 1,
      place: 'Geneva',
      participants: ['Hana Mori', 'Carl Dent'],
      articles: [a1],
      sentence: first,
    }),
    event('e2', {
      title: 'second round of talks in Washington',
      date: '2025-03-09',
      round: 2,
      place: 'Washington',
      participants: ['Hana Mori', 'Carl Dent'],
      articles: [a2],
      sentence: first,
    }),
    // The same round as two outlets reported it: a dataset carries it as one event citing both
    // (the parser merges reports across articles; the index takes events as they come).
    event('e3', {
      title: 'third round of talks in Osaka',
      date: '2025-04-04',
      round: 3,
      place: 'Osaka',
      participants: ['Hana Mori', 'Carl Dent', 'Lena Ortiz'],
      articles: [a3, a4],
      sentence: first,
    }),
    event('e3c', {
      type: 'meeting',
      title: 'Mori met Ortiz the day before',
      date: '2025-04-03',
      round: 3,
      participants: ['Hana Mori', 'Lena Ortiz'],
      articles: [a3],
      sentence: () => 'Mori met Ortiz for an hour the day before.',
    }),
    event('e4', {
      type: 'summit',
      title: 'leaders summit',
      date: '2025-04-20',
      endDate: '2025-04-21',
      participants: ['Ken Sato'],
      planned: true,
      articles: [a3],
      sentence: () =>
        'Prime Minister Ken Sato is scheduled to meet the U.S. president at the leaders summit on April 20-21.',
    }),
  ];
  return {
    articles,
    people: PEOPLE,
    quotes,
    events,
    rates: [],
    problems: [{ file: 'broken.txt', message: 'not UTF-8 text' }],
  };
}

export const fixtureCorpus = (): Corpus => buildCorpus(fixtureDataset(), new Date('2025-04-07T00:00:00Z'));

/** The clock the fixture is read at: the day after the last report. */
export const NOW = new Date('2025-04-07T09:00:00Z');

export const page = (invocation: string, n = 1) => ({ page: n, invocation });

/** The words an item shows: a field's value, otherwise its text. */
export const itemText = (i: Item): string => (i.type === 'field' ? i.value : i.text);
