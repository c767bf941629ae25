import type { Dataset, Quote } from '../../src/core/article';
import type { Gold, GoldFile } from './gold';
import { scoreRates } from './score-rates';

/** One figure of the scorecard: `hit` out of `total`. */
export interface Ratio {
  hit: number;
  total: number;
}

/**
 * Kinds of misses, in the order --verbose lists them. A scorer in another file (rates) may add
 * kinds of its own; the table lists those after these.
 */
export const MISS_KINDS = [
  'quotes: missed',
  'quotes: wrong speaker',
  'quotes: spurious',
  'quotes: lost from body',
  'reported: missed',
  'reported: spurious',
  'published: wrong',
  'published: invented',
  'event dates: missed',
  'rounds: missed',
  'people: missed',
  'people: spurious',
  'boilerplate: kept',
] as const;

/** One gold item missed or one extracted item with no gold, of one article. */
export interface Miss {
  kind: string;
  article: string;
  text: string;
}

export interface Scorecard {
  quotePrecision: Ratio;
  quoteRecall: Ratio;
  speakerAccuracy: Ratio;
  reportedRecall: Ratio;
  reportedPrecision: Ratio;
  publishedRight: Ratio;
  publishedInvented: Ratio;
  eventDateRecall: Ratio;
  roundRecall: Ratio;
  peoplePrecision: Ratio;
  peopleRecall: Ratio;
  boilerplateRemoved: Ratio;
  quotesKeptInBody: Ratio;
  ratePrecision?: Ratio;
  rateRecall?: Ratio;
  rateStatus?: Ratio;
  /** Every miss, in article order; --verbose groups them by kind. */
  misses: Miss[];
}

const QUOTE_MARKS = /[“”„‟"«»‘’‚‛'`]/g;

/** Quote texts compare after folding whitespace, quote characters and trailing punctuation inside the marks. */
export function normaliseQuote(text: string): string {
  return text
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,.;:!?…—–-]+$/u, '')
    .toLowerCase();
}

/**
 * Speakers compare by canonical name, ignoring case, a leading article and diacritics (gold
 * spells "Omer Bolat" where the article prints "Ömer Bolat").
 */
export function normaliseSpeaker(name: string | null): string {
  return (name ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const ratio = (): Ratio => ({ hit: 0, total: 0 });

export function scoreDataset(dataset: Dataset, golds: GoldFile[], raws: Map<string, string>): Scorecard {
  const card: Scorecard = {
    quotePrecision: ratio(),
    quoteRecall: ratio(),
    speakerAccuracy: ratio(),
    reportedRecall: ratio(),
    reportedPrecision: ratio(),
    publishedRight: ratio(),
    publishedInvented: ratio(),
    eventDateRecall: ratio(),
    roundRecall: ratio(),
    peoplePrecision: ratio(),
    peopleRecall: ratio(),
    boilerplateRemoved: ratio(),
    quotesKeptInBody: ratio(),
    misses: [],
  };
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const organisations = new Set(
    dataset.people.filter((p) => p.kind === 'organisation').map((p) => normaliseSpeaker(p.name)),
  );

  for (const { id, gold } of golds) {
    const miss = (kind: string, text: string): void => {
      card.misses.push({ kind, article: id, text });
    };
    const article = articles.get(id);
    if (!article) {
      miss('article missing', 'not in the dataset');
      continue;
    }
    const quotes = dataset.quotes.filter((q) => q.articleId === id);

    // Direct quotes: greedy one-to-one matching on normalised text.
    const direct = quotes.filter((q) => q.kind === 'direct');
    const unmatched = direct.map((q) => ({ q, key: normaliseQuote(q.text), used: false }));
    card.quotePrecision.total += direct.length;
    card.quoteRecall.total += gold.quotes.length;
    for (const g of gold.quotes) {
      const key = normaliseQuote(g.text);
      const found = unmatched.find((u) => !u.used && u.key === key);
      if (!found) {
        miss('quotes: missed', `${JSON.stringify(g.text)} (${g.speaker})`);
        continue;
      }
      found.used = true;
      card.quoteRecall.hit++;
      card.quotePrecision.hit++;
      card.speakerAccuracy.total++;
      if (normaliseSpeaker(found.q.speaker) === normaliseSpeaker(g.speaker)) card.speakerAccuracy.hit++;
      else
        miss(
          'quotes: wrong speaker',
          `${JSON.stringify(g.text.slice(0, 50))} by ${g.speaker}, got ${found.q.speaker}`,
        );
    }
    for (const u of unmatched.filter((x) => !x.used))
      miss('quotes: spurious', `${JSON.stringify(u.q.text)} (${u.q.speaker})`);

    // Reported statements: matched one-to-one by speaker (gists are paraphrases, not spans).
    const reported = matchReported(
      gold.reported,
      quotes.filter((x) => x.kind === 'reported'),
    );
    card.reportedRecall.total += gold.reported.length;
    card.reportedRecall.hit += reported.matched;
    card.reportedPrecision.total += reported.matched + reported.spurious.length;
    card.reportedPrecision.hit += reported.matched;
    for (const r of reported.missed) miss('reported: missed', `${r.speaker}: ${r.gist}`);
    for (const q of reported.spurious) miss('reported: spurious', `${q.speaker}: ${JSON.stringify(q.text)}`);

    // Published date: exact where gold has one; any date where gold has none is invented.
    if (gold.published !== null) {
      card.publishedRight.total++;
      if (article.published === gold.published) card.publishedRight.hit++;
      else miss('published: wrong', `want ${gold.published}, got ${article.published}`);
    } else {
      card.publishedInvented.total++;
      if (article.published !== null) {
        card.publishedInvented.hit++;
        miss('published: invented', `${article.published}`);
      }
    }

    // Events: gold dates/rounds found among the dates/rounds of the events that cite this article.
    const events = dataset.events.filter((e) => e.articleIds.includes(id));
    const dates = new Set(events.map((e) => e.date).filter((d): d is string => d !== null));
    const rounds = new Set(events.map((e) => e.round).filter((r): r is number => r !== null));
    for (const e of gold.events) {
      if (e.date !== null) {
        card.eventDateRecall.total++;
        if (dates.has(e.date)) card.eventDateRecall.hit++;
        else miss('event dates: missed', `${e.date} ${e.what}`);
      }
      if (e.round !== null) {
        card.roundRecall.total++;
        if (rounds.has(e.round)) card.roundRecall.hit++;
        else miss('rounds: missed', `${e.round} ${e.what}`);
      }
    }

    // People: the article's persons (organisations are speakers, not people) against gold people.
    const got = new Set(article.people.filter((p) => !organisations.has(normaliseSpeaker(p))));
    const want = new Set(gold.people);
    card.peoplePrecision.total += got.size;
    card.peopleRecall.total += want.size;
    for (const p of got) {
      if (want.has(p)) card.peoplePrecision.hit++;
      else miss('people: spurious', p);
    }
    for (const p of want) {
      if (got.has(p)) card.peopleRecall.hit++;
      else miss('people: missed', p);
    }

    // Boilerplate: a whole-line entry must be gone from the body's lines; a glued fragment from the body.
    const raw = raws.get(id) ?? '';
    const rawLines = new Set(raw.split(/\r?\n/).map((l) => l.trim()));
    const bodyLines = new Set(article.body.split(/\r?\n/).map((l) => l.trim()));
    for (const b of gold.boilerplate) {
      card.boilerplateRemoved.total++;
      const kept = rawLines.has(b.trim()) ? bodyLines.has(b.trim()) : article.body.includes(b);
      if (kept) miss('boilerplate: kept', JSON.stringify(b.slice(0, 80)));
      else card.boilerplateRemoved.hit++;
    }

    // Quotes must survive boilerplate removal verbatim (modulo whitespace).
    const body = collapse(article.body);
    for (const g of gold.quotes) {
      card.quotesKeptInBody.total++;
      if (body.includes(collapse(g.text))) card.quotesKeptInBody.hit++;
      else miss('quotes: lost from body', JSON.stringify(g.text.slice(0, 60)));
    }
  }
  const rates = scoreRates(
    dataset.rates,
    golds.map(({ id, gold }) => ({ id, rates: gold.rates ?? [] })),
  );
  Object.assign(card, { ratePrecision: rates.precision, rateRecall: rates.recall, rateStatus: rates.status });
  for (const [id, m] of rates.misses)
    for (const text of m) card.misses.push({ kind: 'rates', article: id, text });
  return card;
}

interface ReportedMatch {
  matched: number;
  missed: Gold['reported'];
  spurious: Quote[];
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/**
 * Gold reported statements against extracted ones: one-to-one by speaker, so the counts are what
 * recall has always counted. Within one speaker the pairs are chosen by shared words, so that the
 * statements listed as missed and spurious are the ones that look least alike.
 */
export function matchReported(gold: Gold['reported'], got: Quote[]): ReportedMatch {
  const result: ReportedMatch = { matched: 0, missed: [], spurious: [] };
  const bySpeaker = new Map<string, { gold: Gold['reported']; got: Quote[] }>();
  const group = (k: string) => {
    const found = bySpeaker.get(k);
    if (found) return found;
    const fresh = { gold: [] as Gold['reported'], got: [] as Quote[] };
    bySpeaker.set(k, fresh);
    return fresh;
  };
  for (const g of gold) group(normaliseSpeaker(g.speaker)).gold.push(g);
  for (const q of got) group(normaliseSpeaker(q.speaker)).got.push(q);
  for (const { gold: gs, got: qs } of bySpeaker.values()) {
    const pairs: { gi: number; qi: number; shared: number }[] = [];
    const qWords = qs.map((q) => words(q.text));
    gs.forEach((g, gi) => {
      const gw = words(g.gist);
      qWords.forEach((qw, qi) => {
        let shared = 0;
        for (const w of gw) if (qw.has(w)) shared++;
        pairs.push({ gi, qi, shared });
      });
    });
    pairs.sort((x, y) => y.shared - x.shared || x.gi - y.gi || x.qi - y.qi);
    const gUsed = new Set<number>();
    const qUsed = new Set<number>();
    for (const p of pairs) {
      if (gUsed.has(p.gi) || qUsed.has(p.qi)) continue;
      gUsed.add(p.gi);
      qUsed.add(p.qi);
      result.matched++;
    }
    gs.forEach((g, i) => {
      if (!gUsed.has(i)) result.missed.push(g);
    });
    qs.forEach((q, i) => {
      if (!qUsed.has(i)) result.spurious.push(q);
    });
  }
  return result;
}
