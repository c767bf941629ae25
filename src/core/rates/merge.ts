import type { EventMention, RateStatement } from '../article';

/**
 * One entry per rate as reported: the same goods, parties, rate and stage from several
 * articles become one entry listing every source. Reports that differ in rate or stage stay
 * separate entries, so a contradiction is visible with its sources rather than merged away.
 */
export function mergeStatements(statements: readonly RateStatement[]): RateStatement[] {
  const byKey = new Map<string, RateStatement>();
  // What each merged entry already lists, as sets: a rate reported by thousands of articles made
  // every further report scan its whole list (quadratic at 100,000 articles).
  const seen = new Map<RateStatement, Seen>();
  for (const s of statements) {
    const key = [s.goods, s.imposedBy, s.appliesTo, s.rate, s.status].join('|');
    const have = byKey.get(key);
    if (!have) {
      const entry = { ...s, notes: [...s.notes], articleIds: [...s.articleIds], mentions: [...s.mentions] };
      byKey.set(key, entry);
      const lists: Seen = { ids: new Set(entry.articleIds), mentions: new Map() };
      for (const m of entry.mentions) addMention(lists, m);
      seen.set(entry, lists);
      continue;
    }
    mergeInto(have, s, seen.get(have)!);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.goods.localeCompare(b.goods) ||
      (a.effective ?? a.said ?? '9999').localeCompare(b.effective ?? b.said ?? '9999') ||
      a.rate - b.rate,
  );
}

interface Seen {
  ids: Set<string>;
  /** Sentences listed, by article. */
  mentions: Map<string, Set<string>>;
}

/** Adds the mention to `lists`; false when an equal one (same article, same sentence) was there. */
function addMention(lists: Seen, m: EventMention): boolean {
  let sentences = lists.mentions.get(m.articleId);
  if (!sentences) {
    sentences = new Set();
    lists.mentions.set(m.articleId, sentences);
  }
  if (sentences.has(m.sentence)) return false;
  sentences.add(m.sentence);
  return true;
}

function mergeInto(have: RateStatement, s: RateStatement, lists: Seen): void {
  for (const id of s.articleIds)
    if (!lists.ids.has(id)) {
      lists.ids.add(id);
      have.articleIds.push(id);
    }
  for (const m of s.mentions) if (addMention(lists, m)) have.mentions.push(m);
  for (const n of s.notes) if (!have.notes.includes(n)) have.notes.push(n);
  if (s.said && (!have.said || s.said < have.said)) {
    have.said = s.said;
    have.saidPrecision = s.saidPrecision ?? null;
  }
  if (s.effective) {
    const better =
      !have.effective ||
      (have.effectivePrecision === 'month' &&
        s.effectivePrecision === 'day' &&
        s.effective.startsWith(have.effective.slice(0, 7)));
    if (better) {
      have.effective = s.effective;
      have.effectivePrecision = s.effectivePrecision ?? null;
    } else if (s.effective !== have.effective && !sameMonthLooser(have, s)) {
      const note = `sources differ on the date: ${have.effective} or ${s.effective}`;
      if (!have.notes.includes(note)) have.notes.push(note);
    }
  }
  if (have.previousRate == null && s.previousRate != null) have.previousRate = s.previousRate;
}

/** "in August" and "on August 1" do not contradict each other. */
function sameMonthLooser(have: RateStatement, s: RateStatement): boolean {
  return (
    (have.effectivePrecision === 'month' || s.effectivePrecision === 'month') &&
    have.effective!.slice(0, 7) === s.effective!.slice(0, 7)
  );
}
