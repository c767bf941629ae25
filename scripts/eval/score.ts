import type { Dataset } from '../../src/core/article';
import type { GoldFile } from './gold';
import { scoreRates } from './score-rates';

/** One figure of the scorecard: `hit` out of `total`, plus what was missed for --verbose. */
export interface Ratio {
  hit: number;
  total: number;
}

export interface Scorecard {
  quotePrecision: Ratio;
  quoteRecall: Ratio;
  speakerAccuracy: Ratio;
  reportedRecall: Ratio;
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
  /** Per-article misses, keyed by article id. */
  misses: Map<string, string[]>;
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

/** Speakers compare by canonical name, ignoring case and a leading article. */
export function normaliseSpeaker(name: string | null): string {
  return (name ?? '')
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
    publishedRight: ratio(),
    publishedInvented: ratio(),
    eventDateRecall: ratio(),
    roundRecall: ratio(),
    peoplePrecision: ratio(),
    peopleRecall: ratio(),
    boilerplateRemoved: ratio(),
    quotesKeptInBody: ratio(),
    misses: new Map(),
  };
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const organisations = new Set(
    dataset.people.filter((p) => p.kind === 'organisation').map((p) => normaliseSpeaker(p.name)),
  );

  for (const { id, gold } of golds) {
    const miss: string[] = [];
    card.misses.set(id, miss);
    const article = articles.get(id);
    if (!article) {
      miss.push('article missing from the dataset');
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
        miss.push(`quote not found: ${JSON.stringify(g.text)} (${g.speaker})`);
        continue;
      }
      found.used = true;
      card.quoteRecall.hit++;
      card.quotePrecision.hit++;
      card.speakerAccuracy.total++;
      if (normaliseSpeaker(found.q.speaker) === normaliseSpeaker(g.speaker)) card.speakerAccuracy.hit++;
      else
        miss.push(`speaker: ${JSON.stringify(g.text.slice(0, 50))} by ${g.speaker}, got ${found.q.speaker}`);
    }
    for (const u of unmatched.filter((x) => !x.used)) miss.push(`extra quote: ${JSON.stringify(u.q.text)}`);

    // Reported statements: a gold item counts when a reported statement by that speaker exists (one-to-one).
    const reportedBy = new Map<string, number>();
    for (const q of quotes.filter((x) => x.kind === 'reported')) {
      const k = normaliseSpeaker(q.speaker);
      reportedBy.set(k, (reportedBy.get(k) ?? 0) + 1);
    }
    for (const r of gold.reported) {
      card.reportedRecall.total++;
      const k = normaliseSpeaker(r.speaker);
      const left = reportedBy.get(k) ?? 0;
      if (left > 0) {
        reportedBy.set(k, left - 1);
        card.reportedRecall.hit++;
      } else miss.push(`reported not found: ${r.speaker}: ${r.gist}`);
    }

    // Published date: exact where gold has one; any date where gold has none is invented.
    if (gold.published !== null) {
      card.publishedRight.total++;
      if (article.published === gold.published) card.publishedRight.hit++;
      else miss.push(`published: want ${gold.published}, got ${article.published}`);
    } else {
      card.publishedInvented.total++;
      if (article.published !== null) {
        card.publishedInvented.hit++;
        miss.push(`published invented: ${article.published}`);
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
        else miss.push(`event date not found: ${e.date} ${e.what}`);
      }
      if (e.round !== null) {
        card.roundRecall.total++;
        if (rounds.has(e.round)) card.roundRecall.hit++;
        else miss.push(`round not found: ${e.round} ${e.what}`);
      }
    }

    // People: the article's persons (organisations are speakers, not people) against gold people.
    const got = new Set(article.people.filter((p) => !organisations.has(normaliseSpeaker(p))));
    const want = new Set(gold.people);
    card.peoplePrecision.total += got.size;
    card.peopleRecall.total += want.size;
    for (const p of got) {
      if (want.has(p)) card.peoplePrecision.hit++;
      else miss.push(`extra person: ${p}`);
    }
    for (const p of want) {
      if (got.has(p)) card.peopleRecall.hit++;
      else miss.push(`person missing: ${p}`);
    }

    // Boilerplate: a whole-line entry must be gone from the body's lines; a glued fragment from the body.
    const raw = raws.get(id) ?? '';
    const rawLines = new Set(raw.split(/\r?\n/).map((l) => l.trim()));
    const bodyLines = new Set(article.body.split(/\r?\n/).map((l) => l.trim()));
    for (const b of gold.boilerplate) {
      card.boilerplateRemoved.total++;
      const kept = rawLines.has(b.trim()) ? bodyLines.has(b.trim()) : article.body.includes(b);
      if (kept) miss.push(`boilerplate kept: ${JSON.stringify(b.slice(0, 80))}`);
      else card.boilerplateRemoved.hit++;
    }

    // Quotes must survive boilerplate removal verbatim (modulo whitespace).
    const body = collapse(article.body);
    for (const g of gold.quotes) {
      card.quotesKeptInBody.total++;
      if (body.includes(collapse(g.text))) card.quotesKeptInBody.hit++;
      else miss.push(`quote lost from body: ${JSON.stringify(g.text.slice(0, 60))}`);
    }
  }
  const rates = scoreRates(
    dataset.rates,
    golds.map(({ id, gold }) => ({ id, rates: gold.rates ?? [] })),
  );
  Object.assign(card, { ratePrecision: rates.precision, rateRecall: rates.recall, rateStatus: rates.status });
  for (const [id, m] of rates.misses) card.misses.get(id)?.push(...m);
  return card;
}
