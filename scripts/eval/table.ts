import type { Ratio, Scorecard } from './score';

const pct = (r: Ratio): string =>
  r.total === 0 ? '   n/a' : `${((100 * r.hit) / r.total).toFixed(1).padStart(5)}%`;

interface Row {
  label: string;
  ratio: Ratio;
  /** Target as a fraction; `max` rows must stay at or below it. */
  target: number;
  max?: boolean;
}

function rows(card: Scorecard): Row[] {
  return [
    { label: 'direct quotes: precision', ratio: card.quotePrecision, target: 0.97 },
    { label: 'direct quotes: recall', ratio: card.quoteRecall, target: 0.95 },
    { label: 'direct quotes: speaker accuracy', ratio: card.speakerAccuracy, target: 0.95 },
    { label: 'reported: recall by speaker', ratio: card.reportedRecall, target: 0.8 },
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

/** The scorecard as a plain-text table, one figure per line with its target. */
export function formatTable(card: Scorecard, verbose: boolean): string {
  const out: string[] = [];
  out.push(`${'measure'.padEnd(34)} ${'score'.padStart(6)} ${'count'.padStart(9)}  target`);
  for (const r of rows(card)) {
    const count = `${r.ratio.hit}/${r.ratio.total}`.padStart(9);
    const target = `${r.max ? '≤' : '≥'} ${(r.target * 100).toFixed(0)}%`;
    out.push(`${r.label.padEnd(34)} ${pct(r.ratio)} ${count}  ${target}${meets(r) ? '' : '  ✗'}`);
  }
  if (verbose) {
    for (const [id, misses] of card.misses) {
      if (misses.length === 0) continue;
      out.push('', `${id}:`);
      for (const m of misses) out.push(`  - ${m}`);
    }
  }
  return out.join('\n');
}
