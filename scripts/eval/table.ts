import { MISS_KINDS, type Miss, type Ratio, type Scorecard } from './score';

const pct = (r: Ratio): string =>
  r.total === 0 ? '   n/a' : `${((100 * r.hit) / r.total).toFixed(1).padStart(5)}%`;

export interface Row {
  label: string;
  ratio: Ratio;
  /** Target as a fraction; `max` rows must stay at or below it. */
  target: number;
  max?: boolean;
}

/** The rows of the table, in order; another scorer's rows are appended to this list. */
export function rows(card: Scorecard): Row[] {
  return [
    { label: 'direct quotes: precision', ratio: card.quotePrecision, target: 0.97 },
    { label: 'direct quotes: recall', ratio: card.quoteRecall, target: 0.95 },
    { label: 'direct quotes: speaker accuracy', ratio: card.speakerAccuracy, target: 0.95 },
    { label: 'reported: recall by speaker', ratio: card.reportedRecall, target: 0.8 },
    { label: 'reported: precision by speaker', ratio: card.reportedPrecision, target: 0.8 },
    { label: 'published: right', ratio: card.publishedRight, target: 0.95 },
    { label: 'published: invented', ratio: card.publishedInvented, target: 0, max: true },
    { label: 'event dates: recall', ratio: card.eventDateRecall, target: 0.85 },
    { label: 'rounds: recall', ratio: card.roundRecall, target: 0.85 },
    { label: 'people: precision', ratio: card.peoplePrecision, target: 0.95 },
    { label: 'people: recall', ratio: card.peopleRecall, target: 0.95 },
    { label: 'boilerplate removed', ratio: card.boilerplateRemoved, target: 0.98 },
    { label: 'quotes kept in body', ratio: card.quotesKeptInBody, target: 0.97 },
    ...(card.rateRecall ? rateRows(card) : []),
  ];
}

const rateRows = (card: Scorecard): Row[] => [
  { label: 'rates: precision', ratio: card.ratePrecision!, target: 0.9 },
  { label: 'rates: recall', ratio: card.rateRecall!, target: 0.9 },
  { label: 'rates: status accuracy', ratio: card.rateStatus!, target: 0.85 },
];

const meets = (r: Row): boolean => {
  if (r.ratio.total === 0) return true;
  const v = r.ratio.hit / r.ratio.total;
  return r.max ? v <= r.target : v >= r.target;
};

/**
 * The misses grouped by kind (known kinds in their listed order, then any other kind), each line
 * naming its article.
 */
export function formatMisses(misses: Miss[]): string[] {
  const known: readonly string[] = MISS_KINDS;
  const kinds = [...known, ...new Set(misses.map((m) => m.kind).filter((k) => !known.includes(k)))];
  const out: string[] = [];
  for (const kind of kinds) {
    const of = misses.filter((m) => m.kind === kind);
    if (of.length === 0) continue;
    out.push('', `${kind} (${of.length}):`);
    for (const m of of) out.push(`  - ${m.article}: ${m.text}`);
  }
  return out;
}

/** The scorecard as a plain-text table, one figure per line with its target. */
export function formatTable(card: Scorecard, verbose: boolean, extra: Row[] = []): string {
  const out: string[] = [];
  out.push(`${'measure'.padEnd(34)} ${'score'.padStart(6)} ${'count'.padStart(9)}  target`);
  for (const r of [...rows(card), ...extra]) {
    const count = `${r.ratio.hit}/${r.ratio.total}`.padStart(9);
    const target = `${r.max ? '≤' : '≥'} ${(r.target * 100).toFixed(0)}%`;
    out.push(`${r.label.padEnd(34)} ${pct(r.ratio)} ${count}  ${target}${meets(r) ? '' : '  ✗'}`);
  }
  if (verbose) out.push(...formatMisses(card.misses));
  return out.join('\n');
}
