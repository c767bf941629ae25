import { MONTHS } from '../src/core/answers/format';
import type { Article, Dataset, Person, Quote, TariffEvent } from '../src/core/article';

/**
 * A reproducible generator of synthetic news articles about a long-running trade negotiation:
 * varied outlets, kickers, date lines, captions, bylines and promo blocks (boilerplate), quote
 * styles (curly, straight, British single), attributions before and after, reported speech,
 * figures written several ways, and rounds that many outlets report over the following days.
 *
 * Each article comes with its raw text (what the parser reads) and the truth it was made from,
 * so the same stream serves ingest benchmarks (parse the text) and query benchmarks (build the
 * dataset straight from the truth). Names are invented; nothing is copied from real articles.
 */

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Rand, p: number) => r() < p;

export const SYNTHETIC_PEOPLE: Person[] = [
  {
    name: 'Haruto Kanzaki',
    aliases: ['Kanzaki Haruto', 'Minister Kanzaki'],
    role: 'chief trade negotiator',
    kind: 'person',
  },
  {
    name: 'Margaret Ellison',
    aliases: ['Treasury chief Ellison'],
    role: 'treasury secretary',
    kind: 'person',
  },
  {
    name: 'Douglas Reyes',
    aliases: ['Commerce Secretary Reyes'],
    role: 'commerce secretary',
    kind: 'person',
  },
  { name: 'Aiko Tanabe', aliases: ['Prime Minister Tanabe'], role: 'prime minister', kind: 'person' },
  { name: 'Walter Brandt', aliases: ['President Brandt'], role: 'president', kind: 'person' },
  {
    name: 'Joanna Pierce',
    aliases: ['Trade Representative Pierce'],
    role: 'trade representative',
    kind: 'person',
  },
  { name: 'Kenji Morikawa', aliases: [], role: 'chief cabinet secretary', kind: 'person' },
  { name: 'Yui Hasegawa', aliases: [], role: 'farm minister', kind: 'person' },
  { name: 'Samuel Ortega', aliases: [], role: 'senator', kind: 'person' },
  { name: 'Naomi Fujita', aliases: [], role: 'industry federation chair', kind: 'person' },
  { name: 'Treasury Department', aliases: ['the Treasury'], role: null, kind: 'organisation' },
  { name: 'Foreign Ministry', aliases: [], role: null, kind: 'organisation' },
];

const NEGOTIATORS = ['Haruto Kanzaki', 'Margaret Ellison', 'Douglas Reyes', 'Joanna Pierce'];
const SPEAKERS = SYNTHETIC_PEOPLE.map((p) => p.name);
const SURNAME = new Map(
  SYNTHETIC_PEOPLE.map((p) => [p.name, p.kind === 'person' ? p.name.split(' ')[1]! : p.name]),
);

const OUTLETS = [
  { name: 'The Harbor Times', kicker: 'THE HARBOR TIMES' },
  { name: 'Daily Ledger', kicker: null },
  { name: 'Pacific Wire', kicker: 'PACIFIC WIRE' },
  { name: 'The Morning Courier', kicker: null },
  { name: 'Capital Observer', kicker: 'CAPITAL OBSERVER' },
  { name: 'Metro Business Daily', kicker: null },
  { name: 'Eastern Herald', kicker: 'EASTERN HERALD' },
  { name: 'Global Trade Review', kicker: null },
  { name: 'Tokyo Evening Post', kicker: null },
  { name: 'Atlantic Dispatch', kicker: 'ATLANTIC DISPATCH' },
  { name: 'Market Sentinel', kicker: null },
  { name: 'Newsline Asia', kicker: null },
];

const PLACES = ['Washington', 'Tokyo', 'Geneva', 'Osaka', 'Singapore', 'Ottawa'];
const GOODS = [
  'automobiles',
  'cars',
  'steel',
  'aluminum',
  'rice',
  'semiconductors',
  'soybeans',
  'auto parts',
  'beef',
];
const TOPIC_NOUNS = [
  'investment',
  'economic security',
  'the yen',
  'rare earths',
  'shipbuilding',
  'energy purchases',
  'farm market access',
  'non-tariff barriers',
  'supply chains',
  'currency policy',
];
const RATES = ['10', '15', '24', '25', '27.5', '50'];
const FILLER = `steady patient candid frank constructive difficult serious productive careful firm flexible
  practical realistic urgent gradual balanced fair mutual shared common strong clear detailed concrete broad narrow
  honest open quiet public private early late final initial further deeper wider closer longer shorter better
  important significant major minor key central core basic vital essential critical necessary possible likely
  unlikely certain uncertain difficult simple complex sensitive political economic industrial domestic foreign
  regional global national local bilateral multilateral strategic technical legal formal informal annual weekly`
  .split(/\s+/)
  .filter(Boolean);

/** Relative time words as articles use them (the parser resolves them against the publication date). */
const RELATIVE_WHEN = [
  'next week',
  'on Tuesday',
  'later this month',
  'within days',
  'in two weeks',
  'next month',
];

/** An ISO day written as outlets write it: 2025-06-05, June 5, 2025, or 5 June 2025. */
function dateWords(r: Rand, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return pick(r, [day, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1]} ${y}`]);
}

const VERBS = ['said', 'told reporters', 'said on Friday', 'stressed', 'noted', 'added'];

function formatRate(r: Rand, rate: string): string {
  return pick(r, [`${rate}%`, `${rate} percent`, `${rate} per cent`, `${rate} %`]);
}

function quoteText(r: Rand, round: number): string {
  const good = pick(r, GOODS);
  const topic = pick(r, TOPIC_NOUNS);
  const adj = pick(r, FILLER);
  const adj2 = pick(r, FILLER);
  const rate = formatRate(r, pick(r, RATES));
  const templates = [
    `We had ${adj} and ${adj2} discussions on ${good} and ${topic}`,
    `The ${rate} tariff on ${good} is unacceptable to us`,
    `We have not found any point of agreement on ${good} yet`,
    `Further progress was made toward an agreement in the ${ordinalWord(round)} round`,
    `Our position on ${good} has not changed, and ${topic} remains ${adj}`,
    `I will withhold an answer on ${topic} for now`,
    `A ${adj} deal on ${good} is within reach if both sides stay ${adj2}`,
    `We expect ${adj} commitments on ${topic} before the summit`,
    `The timing of the summit was much on our minds during the ${adj} negotiations`,
    `Tariffs of ${rate} on ${good} would hurt workers on both sides`,
    // Nested: a phrase quoted inside the quote.
    `They keep calling it a ‘${adj} step’ on ${good}, and we do not`,
    `When I hear '${adj} progress' on ${topic}, I want to see it in writing`,
  ];
  return pick(r, templates);
}

const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const ordinalWord = (n: number) => ORDINAL_WORDS[n] ?? `${n}th`;

const BOILERPLATE_LINES = [
  'Pool photo',
  'Photo by staff photographer',
  'Advertisement',
  'Related Articles',
  'Sign up for our morning newsletter',
  'Read more: the week in trade',
  'A series on the people behind the talks',
  'POPULAR ARTICLES',
  'All rights reserved.',
];

export interface SyntheticTruth {
  published: string;
  outlet: string;
  round: number;
  eventDate: string;
  participants: string[];
  place: string;
  quotes: { speaker: string; text: string; kind: 'direct' | 'reported' }[];
  boilerplate: string[];
}

export interface SyntheticArticle {
  id: string;
  file: string;
  title: string;
  /** The raw file: kicker, date line, title, caption, body, byline and promo lines. */
  text: string;
  /** The article's own paragraphs, in order (the text without boilerplate). */
  body: string[];
  /** The mention sentence of the round (first body paragraph). */
  lead: string;
  truth: SyntheticTruth;
}

const DAY = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

export interface GeneratorOptions {
  seed?: number;
  /** The first round's day; rounds follow every `roundEveryDays`. */
  start?: string;
  roundEveryDays?: number;
  /** Roughly how many articles report each round (more for bigger corpora spreads them thinner). */
  articlesPerRound?: number;
}

/** The round an article reports and where it falls; articles are spread over rounds in order. */
export function roundSchedule(count: number, opts: GeneratorOptions = {}) {
  const perRound = opts.articlesPerRound ?? Math.max(20, Math.ceil(count / 150));
  const rounds = Math.max(1, Math.ceil(count / perRound));
  const start = opts.start ?? '2025-04-04';
  const every = opts.roundEveryDays ?? 7;
  return { perRound, rounds, dateOf: (round: number) => addDays(start, (round - 1) * every) };
}

/** Articles one at a time, so a 100,000-article run never holds all the raw text at once. */
export function* generateArticles(count: number, opts: GeneratorOptions = {}): Generator<SyntheticArticle> {
  const r = prng(opts.seed ?? 20250606);
  const schedule = roundSchedule(count, opts);
  for (let i = 0; i < count; i++) {
    const round = Math.min(schedule.rounds, 1 + Math.floor(i / schedule.perRound));
    const eventDate = schedule.dateOf(round);
    const published = addDays(eventDate, Math.floor(r() * 3));
    const outlet = pick(r, OUTLETS);
    const place = PLACES[round % PLACES.length]!;
    const lead = pick(r, NEGOTIATORS.slice(0, 1));
    const others = NEGOTIATORS.slice(1).filter(() => chance(r, 0.6));
    const met = others.length ? others : [NEGOTIATORS[1]!];
    const participants = [lead, ...met];
    const sur = (n: string) => SURNAME.get(n)!;
    // How a speaker is named in an attribution: surname mostly, else an alias or the name given
    // family-name first, as outlets differ (people with spelling variants).
    const named = (n: string) => {
      if (!chance(r, 0.3)) return sur(n);
      const p = SYNTHETIC_PEOPLE.find((x) => x.name === n)!;
      const variants = [...p.aliases, ...(p.kind === 'person' ? [n.split(' ').reverse().join(' ')] : [])];
      return variants.length ? pick(r, variants) : sur(n);
    };
    const title = pick(r, [
      `${sur(lead)} and ${sur(met[0]!)} end ${ordinalWord(round)} round without a deal`,
      `${ordinalWord(round)[0]!.toUpperCase()}${ordinalWord(round).slice(1)} round of tariff talks in ${place} makes progress`,
      `Tariff talks: ${sur(lead)} says gap remains on ${pick(r, GOODS)}`,
      `Negotiators meet again in ${place} as summit nears`,
    ]);
    const leadSentence = `${lead} met ${met.join(' and ')} in ${place} on ${dateWords(r, eventDate)} for the ${ordinalWord(round)} round of tariff talks.`;
    const body: string[] = [`${place.toUpperCase()} — ${leadSentence}`];
    const quotes: SyntheticTruth['quotes'] = [];
    const nQuotes = 2 + Math.floor(r() * 3);
    for (let q = 0; q < nQuotes; q++) {
      const speaker = chance(r, 0.7) ? pick(r, participants) : pick(r, SPEAKERS);
      const words = quoteText(r, round);
      const verb = pick(r, VERBS);
      if (chance(r, 0.25)) {
        body.push(`${named(speaker)} ${verb} that ${words.charAt(0).toLowerCase()}${words.slice(1)}.`);
        quotes.push({ speaker, text: `${words.charAt(0).toLowerCase()}${words.slice(1)}`, kind: 'reported' });
        continue;
      }
      const [open, close] = pick(r, [
        ['“', '”'],
        ['"', '"'],
        ["'", "'"],
      ] as const);
      // Quote before attribution keeps the comma inside the marks; after it, the full stop.
      const before = chance(r, 0.5);
      const inner = before ? `${words},` : `${words}.`;
      body.push(
        before
          ? `${open}${inner}${close} ${named(speaker)} ${verb}.`
          : `${named(speaker)} ${verb}: ${open}${inner}${close}`,
      );
      quotes.push({ speaker, text: inner, kind: 'direct' });
    }
    body.push(
      `The two sides plan to meet again ${pick(r, RELATIVE_WHEN)} before the leaders' summit, with talks on ${pick(r, TOPIC_NOUNS)} expected to continue.`,
    );
    const boilerplate = [
      pick(r, BOILERPLATE_LINES),
      `(By ${pick(r, ['Staff writer', 'Our correspondent', 'Wire reporter'])})`,
    ];
    if (chance(r, 0.5)) boilerplate.push(pick(r, BOILERPLATE_LINES));
    const head = [
      outlet.kicker,
      `${published} ${String(8 + Math.floor(r() * 12)).padStart(2, '0')}:00 JST`,
    ].filter((x): x is string => !!x);
    const text = [...head, title, boilerplate[0]!, ...body, ...boilerplate.slice(1)].join('\n');
    const id = `syn${String(i).padStart(6, '0')}`;
    yield {
      id,
      file: `${id}.txt`,
      title,
      text,
      body,
      lead: body[0]!,
      truth: { published, outlet: outlet.name, round, eventDate, participants, place, quotes, boilerplate },
    };
  }
}

/**
 * The dataset the parser should produce for these articles, built straight from the truth:
 * one round event per round citing every article that reports it, a planned summit after each
 * round, and every quote with its offsets in the body.
 */
export function generateDataset(count: number, opts: GeneratorOptions = {}): Dataset {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  const rounds = new Map<number, TariffEvent>();
  const summits = new Map<number, TariffEvent>();
  let qn = 0;
  for (const s of generateArticles(count, opts)) {
    const bodyText = s.body.join('\n\n');
    let at = 0;
    const sentences = s.body.map((text, paragraph) => {
      const start = bodyText.indexOf(text, at);
      at = start + text.length;
      return { text, start, end: at, paragraph };
    });
    const a: Article = {
      id: s.id,
      file: s.file,
      title: s.title,
      outlet: s.truth.outlet,
      url: null,
      published: s.truth.published,
      publishedInferred: false,
      body: bodyText,
      paragraphs: s.body,
      sentences,
      people: [...new Set([...s.truth.participants, ...s.truth.quotes.map((q) => q.speaker)])],
      topics: [],
      boilerplate: s.truth.boilerplate,
      bytes: s.text.length,
    };
    articles.push(a);
    for (const q of s.truth.quotes) {
      const start = bodyText.indexOf(q.text);
      quotes.push({
        id: `${s.id}-q${++qn}`,
        articleId: s.id,
        speaker: q.speaker,
        text: q.text,
        kind: q.kind,
        start,
        end: start + q.text.length,
        topics: [],
      });
    }
    let ev = rounds.get(s.truth.round);
    if (!ev) {
      ev = {
        id: `round-${s.truth.round}`,
        type: 'round',
        title: `${ordinalWord(s.truth.round)} round of tariff talks in ${s.truth.place}`,
        date: s.truth.eventDate,
        dateInferred: false,
        endDate: null,
        round: s.truth.round,
        participants: [],
        place: s.truth.place,
        planned: false,
        articleIds: [],
        mentions: [],
      };
      rounds.set(s.truth.round, ev);
      summits.set(s.truth.round, {
        ...ev,
        id: `summit-${s.truth.round}`,
        type: 'summit',
        title: "leaders' summit",
        date: addDays(s.truth.eventDate, 10),
        round: null,
        planned: true,
        articleIds: [],
        mentions: [],
      });
    }
    for (const p of s.truth.participants) if (!ev.participants.includes(p)) ev.participants.push(p);
    ev.articleIds.push(s.id);
    ev.mentions.push({ articleId: s.id, sentence: s.lead });
    const summit = summits.get(s.truth.round)!;
    summit.articleIds.push(s.id);
    summit.mentions.push({ articleId: s.id, sentence: s.body[s.body.length - 1]! });
  }
  return {
    articles,
    people: SYNTHETIC_PEOPLE,
    quotes,
    events: [...rounds.values(), ...summits.values()],
    rates: [],
    problems: [],
  };
}
