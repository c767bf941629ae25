import { cite } from '../answers/cite';
import { capitalize, MONTHS } from '../answers/format';
import type { Article, Dataset } from '../article';
import { answer, type Citation, field, type Item, type Reply, type Section, text } from '../reply';
import { groupLabel } from './goods';
import { buildTracks, countriesOf, fmt, type Standing, type Step, standing, type Track } from './history';

/** A day as ISO; a date the text only gave to the month as "April 2025". */
export function showDate(date: string, precision: 'day' | 'month' | null): string {
  if (precision !== 'month') return date;
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

export function trackLabel(track: Track): string {
  const goods = capitalize(groupLabel(track.group));
  return track.imposedBy === 'United States' ? goods : `${goods} (charged by ${track.imposedBy})`;
}

/**
 * The articles behind a step, oldest first. On a past day only those published by then are
 * cited, unless the step is known only from later reporting.
 */
export function citationsFor(
  step: Step,
  byId: ReadonlyMap<string, Article>,
  upTo: string | null = null,
): Citation[] {
  const all = step.articleIds
    .map((id) => byId.get(id))
    .filter((a): a is Article => a !== undefined)
    .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  const then = upTo ? all.filter((a) => a.published !== null && a.published <= upTo) : all;
  return (then.length ? then : all).map(cite);
}

function since(step: Step): string {
  if (step.effective) return `since ${showDate(step.effective, step.effectivePrecision)}`;
  if (step.date) return `reported in effect on ${step.date} (start not given)`;
  return 'start not given';
}

/** One step of a history in words: "27.5% in effect (from 2.5%)", "25% threatened from 2025-08-01". */
export function describeStep(step: Step): string {
  const parts: string[] = [];
  const namedPart = step.notes.some((n) => n.startsWith('part of '));
  if (step.partOf !== null) {
    parts.push(
      namedPart
        ? `${fmt(step.rate)} in effect as one part of the ${fmt(step.partOf)} total`
        : `${fmt(step.rate)} reported in effect: the part added on top (total ${fmt(step.partOf)})`,
    );
  } else {
    const kind = kindWords(step);
    let head = `${fmt(step.rate)}${kind ? ` ${kind}` : ''} ${step.status}`;
    if (step.status === 'threatened' && step.effective)
      head += ` from ${showDate(step.effective, step.effectivePrecision)}`;
    else if (step.status !== 'in effect' && step.effective)
      head += `, to take effect ${showDate(step.effective, step.effectivePrecision)}`;
    parts.push(head);
  }
  // "replaced by" and "the rate before a change" restate what the order of steps already shows.
  const notes = step.notes.filter(
    (n) =>
      !(n.startsWith('from ') && step.previousRate !== null) &&
      !n.startsWith('replaced by') &&
      !n.startsWith('part of ') &&
      n !== 'the rate before a change',
  );
  if (step.previousRate !== null && step.partOf === null) parts.push(`from ${fmt(step.previousRate)}`);
  parts.push(...notes);
  return parts.join(' — ');
}

/** Which rate on goods in general it was: "baseline", "reciprocal", "across-the-board". */
const KIND_WORD =
  /^(?:baseline|universal|reciprocal|across[-\s]the[-\s]board|country[-\s]specific|blanket)$/i;

function kindWords(step: Step): string {
  const words = step.goodsTexts
    .map((t) => t.toLowerCase().replace(/\s+/g, '-'))
    .filter((t) => KIND_WORD.test(t));
  return [...new Set(words)].join(' / ');
}

/** "Bloomberg (2025-05-23), Kyodo News (2025-06-28)": who reported a step, for notes. */
function sourcesOf(step: Step, byId: ReadonlyMap<string, Article>): string {
  return citationsFor(step, byId)
    .map((c) => `${c.outlet ?? c.title}${c.published ? ` (${c.published})` : ''}`)
    .join(', ');
}

function stepLabel(step: Step): string {
  return step.date ? showDate(step.date, step.precision) : 'date not given';
}

/**
 * With no rate in effect, the step that ended the last one ("15% superseded" on a court ruling), when
 * no rate was reported in effect after it: why nothing applies is part of the answer.
 */
function endedStep(st: Standing): Step | null {
  if (st.current) return null;
  const ends = st.history
    .filter((s) => (s.status === 'superseded' || s.status === 'revoked') && s.partOf === null && s.date)
    .sort((a, b) => a.date!.localeCompare(b.date!));
  const last = ends[ends.length - 1];
  if (!last || st.history.some((s) => s.status === 'in effect' && s.date && s.date > last.date!)) return null;
  return last;
}

function currentLine(st: Standing): string {
  const c = st.current;
  if (!c) {
    const ended = endedStep(st);
    return `no rate reported in effect${ended ? ` — ${fmt(ended.rate)} ${ended.status} (${stepLabel(ended)})` : ''}`;
  }
  const bits = [`${fmt(c.rate)} in effect, ${since(c)}`];
  if (st.previous !== null) bits.push(`before: ${fmt(st.previous)}`);
  const extra = c.notes.filter((n) => /=|maximum|on top|inclusive|stacked/.test(n));
  bits.push(...extra);
  return bits.join(' · ');
}

function pendingLine(step: Step, st: Standing): string {
  const others = st.history
    .filter((s) => s !== step && s.rate === step.rate && s.status !== step.status && s.partOf === null)
    .map((s) => s.status)
    .filter((v, i, a) => a.indexOf(v) === i);
  const when = step.date && step.date !== step.effective ? ` (${stepLabel(step)})` : '';
  return `${describeStep(step)}${when}${others.length ? `; also ${others.join(', ')}` : ''}`;
}

/** Built once per dataset: digests call in here on every run, and a dataset may hold 100k articles. */
const articleMaps = new WeakMap<Dataset, Map<string, Article>>();

function byIdOf(dataset: Dataset): Map<string, Article> {
  let byId = articleMaps.get(dataset);
  if (!byId) {
    byId = new Map(dataset.articles.map((a) => [a.id, a]));
    articleMaps.set(dataset, byId);
  }
  return byId;
}

export interface View {
  asOf: string | null;
  /** True when the user named the day; false for "now" (the newest article). */
  pastDay: boolean;
}

/** `rates`: per kind of goods the rate that applies, since when, what it replaced; then what is pending. */
export function ratesOverview(dataset: Dataset, view: View, country?: string): Reply {
  const byId = byIdOf(dataset);
  const upTo = view.pastDay ? view.asOf : null;
  const { tracks } = buildTracks(dataset, country);
  const standings = tracks
    .map((t) => standing(t, view.asOf, !view.pastDay))
    .filter((s) => s.history.length > 0);
  const when = view.asOf
    ? view.pastDay
      ? `as it stood on ${view.asOf}`
      : `as of ${view.asOf}, the newest article`
    : 'now';
  if (standings.length === 0) {
    return answer({
      title: country ? `Tariff rates on goods from ${country}` : 'Tariff rates',
      lead: view.pastDay
        ? `No article reports a tariff rate by ${view.asOf}.`
        : 'None of the loaded articles reports a tariff rate.',
      suggestions: ['rates', 'latest'],
    });
  }
  const focus =
    country ?? (tracks[0]!.appliesTo === 'United States' ? tracks[0]!.imposedBy : tracks[0]!.appliesTo);
  const inEffect: Item[] = [];
  const own: Item[] = [];
  const pending: Item[] = [];
  const paused: Item[] = [];
  const notes: string[] = [];
  for (const st of standings) {
    const label = trackLabel(st.track);
    const ended = endedStep(st);
    if (st.current || st.pending.length === 0 || ended) {
      const list = st.track.imposedBy === 'United States' ? inEffect : own;
      const cited = st.current ?? ended;
      list.push(field(label, currentLine(st), cited ? citationsFor(cited, byId, upTo) : []));
    }
    for (const d of st.disputed) {
      notes.push(
        `${label}: sources disagree — ${fmt(d.rate)} is also reported in effect by ${sourcesOf(d, byId)}.`,
      );
    }
    for (const p of st.pending) pending.push(field(label, pendingLine(p, st), citationsFor(p, byId, upTo)));
    for (const p of st.paused) paused.push(field(label, pendingLine(p, st), citationsFor(p, byId, upTo)));
  }
  const sections: Section[] = [{ heading: 'In effect', items: inEffect }];
  if (own.length) sections.push({ heading: `${focus}'s own tariffs`, items: own });
  if (pending.length) sections.push({ heading: 'Pending — not in effect yet', items: pending });
  if (paused.length) sections.push({ heading: 'Paused — suspended, not charged', items: paused });
  const others = countriesOf(dataset).filter((c) => c !== focus);
  if (others.length) notes.push(`Also reported: ${others.join(', ')} — ask \`rates <country>\`.`);
  notes.push(
    '`rates <goods>` shows one kind step by step (e.g. `rates autos`); `rates --as-of <date>` a past day.',
  );
  return answer({
    title: `Tariff rates on ${focus === 'Japan' ? 'Japanese goods' : `goods from ${focus}`} — ${when}`,
    lead: `US tariffs on ${focus}'s goods, per kind. A threatened or agreed rate is listed as pending, never as in effect.`,
    sections,
    notes,
  });
}

/** `rates <goods>`: each step in date order, cited, and where it stands. */
export function ratesHistory(dataset: Dataset, group: string, view: View, country?: string): Reply | null {
  const byId = byIdOf(dataset);
  const upTo = view.pastDay ? view.asOf : null;
  const { tracks } = buildTracks(dataset, country);
  const mine = tracks.filter((t) => t.group === group);
  const standings = mine
    .map((t) => standing(t, view.asOf, !view.pastDay))
    .filter((s) => s.history.length > 0);
  if (standings.length === 0) return null;
  const sections: Section[] = [];
  const lead: string[] = [];
  const notes: string[] = [];
  for (const st of standings) {
    const label = trackLabel(st.track);
    const path = pathOf(st.history);
    lead.push(
      `${standings.length > 1 ? `${label}: ` : ''}${currentLine(st)}${path.length > 1 ? `. Path: ${path.map(fmt).join(' → ')}` : ''}.`,
    );
    sections.push({
      heading: standings.length > 1 ? label : 'Step by step',
      items: st.history.map((s) => field(stepLabel(s), describeStep(s), citationsFor(s, byId, upTo))),
    });
    if (st.pending.length)
      sections.push({
        heading: 'Pending — not in effect yet',
        items: st.pending.map((p) => field(label, pendingLine(p, st), citationsFor(p, byId, upTo))),
      });
    for (const d of st.disputed)
      notes.push(`Sources disagree: ${fmt(d.rate)} is also reported in effect by ${sourcesOf(d, byId)}.`);
  }
  const when = view.pastDay ? ` — as it stood on ${view.asOf}` : '';
  if (!view.pastDay && view.asOf) notes.push(`As of ${view.asOf}, the newest article.`);
  return answer({
    title: `Tariffs on ${groupLabel(group)}${country ? ` from ${country}` : ''}${when}`,
    lead: lead.join(' '),
    sections,
    notes,
  });
}

/** The rates that applied one after another: 2.5% → 27.5% → 15%. */
function pathOf(history: Step[]): number[] {
  const out: number[] = [];
  for (const s of history) {
    if (s.status !== 'in effect' || s.partOf !== null) continue;
    // "27.5%, up from 2.5%": the rate it replaced applied before it, whenever that was reported.
    const was = s.previousRate;
    if (was != null && was !== s.rate && !out.includes(was)) out.push(was);
    if (out[out.length - 1] !== s.rate) out.push(s.rate);
  }
  return out;
}

/**
 * For the digest: rates that changed between two days (exclusive `from`, inclusive `to`) —
 * a new rate in effect, or a newly agreed, announced, signed or threatened one. Empty when nothing moved.
 */
export function rateChangesBetween(dataset: Dataset, from: string, to: string, goods?: string): Item[] {
  const byId = byIdOf(dataset);
  const items: Item[] = [];
  for (const track of buildTracks(dataset).tracks) {
    if (goods && track.group !== goods) continue;
    const label = trackLabel(track);
    const before = standing(track, from, false);
    const after = standing(track, to, false);
    const c = after.current;
    if (c && (!before.current || before.current.rate !== c.rate)) {
      const was = before.current ? `${fmt(before.current.rate)} → ` : '';
      const start = c.effective
        ? `, in effect from ${showDate(c.effective, c.effectivePrecision)}`
        : ', in effect';
      items.push(text(`${label}: ${was}${fmt(c.rate)}${start}`, citationsFor(c, byId)));
    }
    for (const p of after.pending) {
      const reported = p.reported ?? p.date;
      if (!reported || reported <= from || reported > to) continue;
      items.push(text(`${label}: ${describeStep(p)} (${stepLabel(p)})`, citationsFor(p, byId)));
    }
  }
  return items;
}

/** The same for a window that includes its first day, as digests count days (`from` 2025-09-16 includes that day). */
export function rateChangesFrom(dataset: Dataset, fromDay: string, toDay: string, goods?: string): Item[] {
  const d = new Date(`${fromDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return rateChangesBetween(dataset, d.toISOString().slice(0, 10), toDay, goods);
}
