import type { Dataset, RateStatement, RateStatus } from '../article';
import { ALL_COUNTRIES } from '../countries';
import { kindOf } from './goods';

/**
 * Rates per kind of goods over time: the steps in date order, the rate that applied on a day,
 * and what was pending then. Only an "in effect" step (or a signed order past its start date)
 * can be the rate that applies; a threat or a deal never is.
 */

export interface Step {
  track: string;
  rate: number;
  status: RateStatus;
  /** When the step happened: the start for "in effect" and threats, else when it was said or done. */
  date: string | null;
  precision: 'day' | 'month' | null;
  effective: string | null;
  effectivePrecision: 'day' | 'month' | null;
  said: string | null;
  /** When a source first reported it. */
  reported: string | null;
  previousRate: number | null;
  notes: string[];
  goodsTexts: string[];
  articleIds: string[];
  statements: RateStatement[];
  /** Part of a total reported elsewhere ("25%" of "27.5% = 25% + 2.5%"): never the rate that applies. */
  partOf: number | null;
}

/** A track is one kind of goods (its group) under one tariff-setter, e.g. US tariffs on Japanese autos. */
export interface Track {
  key: string;
  group: string;
  imposedBy: string;
  appliesTo: string;
  steps: Step[];
}

const STAGE: Record<RateStatus, number> = {
  threatened: 0,
  proposed: 1,
  announced: 2,
  agreed: 3,
  signed: 4,
  'in effect': 5,
  paused: 6,
  revoked: 7,
  superseded: 8,
};

const STARTS: ReadonlySet<RateStatus> = new Set(['in effect', 'threatened']);

export function stepDate(s: RateStatement): { date: string | null; precision: 'day' | 'month' | null } {
  if (STARTS.has(s.status) && s.effective)
    return { date: s.effective, precision: s.effectivePrecision ?? 'day' };
  if (s.said) return { date: s.said, precision: s.saidPrecision ?? 'day' };
  if (s.effective) return { date: s.effective, precision: s.effectivePrecision ?? 'day' };
  return { date: null, precision: null };
}

/** The country the briefing is about: every rate on it, on all countries, or set by it. */
export function focusOf(dataset: Dataset): string {
  const counts = new Map<string, number>();
  for (const r of dataset.rates) {
    if (r.appliesTo !== ALL_COUNTRIES && r.appliesTo !== 'United States')
      counts.set(r.appliesTo, (counts.get(r.appliesTo) ?? 0) + r.articleIds.length);
  }
  let best = 'Japan';
  let n = 0;
  for (const [k, v] of counts) {
    if (v > n) {
      best = k;
      n = v;
    }
  }
  return best;
}

function trackKey(s: RateStatement, focus: string): string | null {
  const group = kindOf(s.goods)?.group ?? s.goods;
  // Another country's own tariff belongs to that country's briefing, not to everyone's.
  if (s.imposedBy !== 'United States' && s.imposedBy !== focus) return null;
  if (s.appliesTo === focus || s.appliesTo === ALL_COUNTRIES) {
    return s.imposedBy === 'United States' ? group : `${group}|${s.imposedBy}`;
  }
  if (s.imposedBy === focus) return `${group}|${focus}`;
  return null;
}

const built = new WeakMap<Dataset, Map<string, { tracks: Track[]; elsewhere: RateStatement[] }>>();

/** Every country some rate is charged on or by (besides the United States), most reported first. */
export function countriesOf(dataset: Dataset): string[] {
  const counts = new Map<string, number>();
  for (const r of dataset.rates) {
    for (const c of [r.appliesTo, r.imposedBy]) {
      if (c === ALL_COUNTRIES || c === 'United States' || !c) continue;
      counts.set(c, (counts.get(c) ?? 0) + r.articleIds.length);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

/** Every track of the focus country, with steps merged by rate and stage, in date order; built once per dataset. */
export function buildTracks(
  dataset: Dataset,
  country?: string,
): { tracks: Track[]; elsewhere: RateStatement[] } {
  const focus = country ?? focusOf(dataset);
  let byCountry = built.get(dataset);
  if (!byCountry) {
    byCountry = new Map();
    built.set(dataset, byCountry);
  }
  let out = byCountry.get(focus);
  if (!out) {
    out = assembleTracks(dataset, focus);
    byCountry.set(focus, out);
  }
  return out;
}

function assembleTracks(dataset: Dataset, focus: string): { tracks: Track[]; elsewhere: RateStatement[] } {
  const byTrack = new Map<string, RateStatement[]>();
  const elsewhere: RateStatement[] = [];
  for (const s of dataset.rates) {
    const key = trackKey(s, focus);
    if (!key) {
      elsewhere.push(s);
      continue;
    }
    const list = byTrack.get(key) ?? [];
    list.push(s);
    byTrack.set(key, list);
  }
  const tracks: Track[] = [];
  for (const [key, list] of byTrack) {
    const first = list[0]!;
    const imposedBy = key.includes('|') ? first.imposedBy : 'United States';
    tracks.push({
      key,
      group: key.split('|')[0]!,
      imposedBy,
      appliesTo: imposedBy === focus ? 'United States' : focus,
      steps: reconcile(mergeSteps(key, list)),
    });
  }
  tracks.sort((a, b) => trackOrder(a) - trackOrder(b) || a.key.localeCompare(b.key));
  return { tracks, elsewhere };
}

const ORDER = ['all goods', 'autos', 'auto parts', 'steel', 'aluminium'];
function trackOrder(t: Track): number {
  const i = ORDER.indexOf(t.group);
  return (i < 0 ? ORDER.length : i) + (t.key.includes('|') ? 100 : 0);
}

function mergeSteps(track: string, list: RateStatement[]): Step[] {
  const byKey = new Map<string, Step>();
  for (const s of list) {
    const key = `${s.rate}|${s.status}`;
    const { date, precision } = stepDate(s);
    let step = byKey.get(key);
    if (!step) {
      step = {
        track,
        rate: s.rate,
        status: s.status,
        date,
        precision,
        effective: s.effective,
        effectivePrecision: s.effectivePrecision ?? null,
        said: s.said,
        reported: s.said ?? date,
        previousRate: s.previousRate ?? null,
        notes: [],
        goodsTexts: [],
        articleIds: [],
        statements: [],
        partOf: null,
      };
      byKey.set(key, step);
    } else {
      if (date && (!step.date || preferDate(date, precision, step.date, step.precision))) {
        step.date = date;
        step.precision = precision;
      }
      if (s.effective && (!step.effective || step.effectivePrecision === 'month')) {
        step.effective = s.effective;
        step.effectivePrecision = s.effectivePrecision ?? null;
      }
      if (s.said && (!step.said || s.said < step.said)) step.said = s.said;
      const reported = s.said ?? date;
      if (reported && (!step.reported || reported < step.reported)) step.reported = reported;
      step.previousRate ??= s.previousRate ?? null;
    }
    step.statements.push(s);
    for (const n of s.notes) if (!step.notes.includes(n)) step.notes.push(n);
    if (!step.goodsTexts.includes(s.goodsText)) step.goodsTexts.push(s.goodsText);
    for (const id of s.articleIds) if (!step.articleIds.includes(id)) step.articleIds.push(id);
  }
  return [...byKey.values()].sort(compareSteps);
}

/** A day beats a month it falls in; otherwise the earlier date is when it first happened. */
function preferDate(
  date: string,
  precision: Step['precision'],
  have: string,
  havePrecision: Step['precision'],
): boolean {
  if (havePrecision === 'month' && precision === 'day' && date.startsWith(have.slice(0, 7))) return true;
  if (precision === 'month' && havePrecision === 'day' && have.startsWith(date.slice(0, 7))) return false;
  return date < have;
}

export function compareSteps(a: Step, b: Step): number {
  if (a.date && b.date && a.date !== b.date) return a.date.localeCompare(b.date);
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return STAGE[a.status] - STAGE[b.status] || a.rate - b.rate;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/**
 * Sources disagree when one reports the total and another only the part added on top
 * ("25% on autos" against "27.5%, up from 2.5%"): that is one rate, so the part is linked to the
 * total instead of showing as a competing rate. Also orders a replaced rate before its successor.
 */
function reconcile(steps: Step[]): Step[] {
  const inEffect = steps.filter((s) => s.status === 'in effect');
  // "27.5%—a combination of a previous 2.5% rate and a new 25%": parts the article names as such.
  for (const part of inEffect) {
    const named = part.notes.map((n) => /^part of ([\d.]+)%$/.exec(n)).find((m) => m !== null);
    const total = named && inEffect.find((t) => close(t.rate, Number(named[1])) && sharesArticle(t, part));
    if (total && total !== part) part.partOf = total.rate;
  }
  for (const total of inEffect) {
    // The base is the rate the total replaced, or another rate in effect said to be added to.
    const explicit = total.previousRate != null;
    const bases = explicit ? [total.previousRate!] : inEffect.map((s) => s.rate);
    for (const part of inEffect) {
      if (part === total) continue;
      const base = bases.find(
        (b) => !close(b, total.rate) && !close(b, part.rate) && close(part.rate + b, total.rate),
      );
      if (base === undefined) continue;
      // Without a stated "from", the sum is ours unless one article states both the total and the
      // part added on top: an article's "further 40%" is no part of another article's 50%.
      if (!explicit && (!part.notes.includes('on top of the existing duty') || !sharesArticle(part, total)))
        continue;
      part.partOf = total.rate;
      total.previousRate ??= base;
      const note = `${fmt(total.rate)} = ${fmt(part.rate)} + ${fmt(base)}: the ${fmt(part.rate)} is added on top of the earlier ${fmt(base)}`;
      if (!total.notes.includes(note)) total.notes.push(note);
    }
  }
  for (const step of steps) {
    // A rate reported replaced ("raised to 27.5% from 2.5%") was the rate in effect before its successor.
    if ((step.status !== 'in effect' && step.status !== 'superseded') || step.effective) continue;
    const successor = inEffect.find(
      (s) => s !== step && s.previousRate != null && close(s.previousRate, step.rate),
    );
    // The text gives no start for a replaced rate; it applied before its successor started.
    if (successor?.date && (!step.date || step.date >= successor.date)) {
      step.status = 'in effect';
      step.date = null;
      step.precision = null;
      step.notes = step.notes.filter((n) => !n.startsWith('replaced by'));
      step.notes.push(`until ${fmt(successor.rate)} took over`);
    }
  }
  steps.sort(compareSteps);
  // A replaced rate with no date of its own goes just before the rate that replaced it.
  for (const step of [...steps]) {
    if (step.date || step.status !== 'in effect') continue;
    const successor = steps.find(
      (s) => s.status === 'in effect' && s.previousRate != null && close(s.previousRate, step.rate),
    );
    if (!successor) continue;
    steps.splice(steps.indexOf(step), 1);
    steps.splice(steps.indexOf(successor), 0, step);
  }
  return steps;
}

function sharesArticle(a: Step, b: Step): boolean {
  return a.articleIds.some((id) => b.articleIds.includes(id));
}

export const fmt = (n: number) => `${Number.isInteger(n) ? n : Number(n.toFixed(2))}%`;

export interface Standing {
  track: Track;
  /** The rate that applies, or null when no source reports one in effect by then. */
  current: Step | null;
  /** The rate it replaced. */
  previous: number | null;
  previousStep: Step | null;
  /** Other rates still reported in effect after the current one started: sources disagree. */
  disputed: Step[];
  /** Agreed, announced, signed or threatened, not in effect yet. */
  pending: Step[];
  /** Paused and not overtaken: the country's rate waits on a pause, and nothing newer was reported. */
  paused: Step[];
  /** Steps known by the day asked about, in date order. */
  history: Step[];
}

/**
 * Where a track stood on `asOf` (inclusive): what had been reported by then, and which rate had
 * started. `undated` also counts reports whose article gives no date (for "now", not for a past day).
 */
export function standing(track: Track, asOf: string | null, undated: boolean): Standing {
  const by = (d: string | null) => (d === null ? undated : !asOf || d <= asOf);
  // A start known only by its month ("imposed in July") has surely begun only once that month is over.
  const startedBy = (s: Step) =>
    s.effective !== null &&
    (s.effectivePrecision === 'month'
      ? !asOf || s.effective.slice(0, 7) < asOf.slice(0, 7)
      : by(s.effective));
  // Reported by then, or a rate a later source says had already started by then.
  const known = track.steps.filter(
    (s) => by(s.reported ?? s.date) || (s.status === 'in effect' && startedBy(s)),
  );
  const history = known;
  const candidates = known.filter(
    (s) =>
      s.partOf === null &&
      by(s.date) &&
      // Announced or signed for day D: in effect from D on (a threat or deal never is by itself).
      (s.status === 'in effect' ||
        ((s.status === 'signed' || s.status === 'announced') && s.effective !== null && by(s.effective))),
  );
  const live = candidates.filter((s) => !replacedBy(s, candidates) && !ended(s, known));
  // The newest report of a rate in effect wins ("a later article's statement wins"); among reports
  // of one day, the later start.
  // A rate charged on this country's goods outranks one on all countries (a baseline applies
  // only where no rate of the country's own does), whichever was reported later.
  const own = live.filter((s) => !onEveryone(s));
  const current = [...(own.length > 0 ? own : live)].sort(byReportThenStart).pop() ?? null;
  const previousStep = current
    ? (candidates.find(
        (s) => s !== current && current.previousRate != null && close(s.rate, current.previousRate),
      ) ??
      [...candidates]
        .filter(
          (s) =>
            s !== current &&
            !close(s.rate, current.rate) &&
            s.date !== null &&
            current.date !== null &&
            s.date < current.date,
        )
        .sort(byStartThenSources)
        .pop() ??
      null)
    : null;
  // A later article's report wins. Sources disagree when the other rate is still reported as late
  // as the current one, or, when nothing says the current rate was a change (no start, no "from"),
  // within a month before it; an undated report cannot be placed against it.
  const unexplained = current !== null && current.effective === null && current.previousRate === null;
  const since = current?.date ? monthBefore(current.date) : '';
  const disputed = current
    ? live.filter((s) => {
        const said = latestSaid(s);
        if (s === current || close(s.rate, current.rate) || said === null) return false;
        if (own.length > 0 && onEveryone(s)) return false;
        return said >= (current.date ?? '') || (unexplained && said >= since);
      })
    : [];
  const previous =
    current?.previousRate ?? (previousStep && !disputed.includes(previousStep) ? previousStep.rate : null);
  const starting = known.filter(
    (s) => s.status === 'in effect' && s.partOf === null && s.date && !by(s.date),
  );
  return {
    track,
    current,
    previous,
    previousStep,
    disputed,
    pending: [...starting, ...pendingSteps(known, current)].sort(compareSteps),
    paused: pausedSteps(known, current),
    history,
  };
}

/**
 * "Thailand faces a 36% tariff if ... before a moratorium expires": a rate suspended as of its
 * article is neither charged nor pending, yet it is the country's rate on hold. Shown while no
 * newer step of the country's own (a letter, a deal, another rate) has overtaken it.
 */
function pausedSteps(known: Step[], current: Step | null): Step[] {
  const madeOn = (s: Step) => s.reported ?? s.date;
  return known.filter(
    (s) =>
      s.status === 'paused' &&
      s.partOf === null &&
      (!current || !close(current.rate, s.rate)) &&
      !known.some(
        (o) =>
          o !== s &&
          o.status !== 'superseded' &&
          !onEveryone(o) &&
          (close(o.rate, s.rate)
            ? STAGE[o.status] < STAGE.paused && (madeOn(o) ?? '') > (madeOn(s) ?? '~')
            : (madeOn(o) ?? '') > (madeOn(s) ?? '~') || (madeOn(s) === null && o.status !== 'paused')),
      ),
  );
}

function onEveryone(step: Step): boolean {
  return step.statements.every((st) => st.appliesTo === ALL_COUNTRIES);
}

function monthBefore(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 31);
  return d.toISOString().slice(0, 10);
}

function byReportThenStart(a: Step, b: Step): number {
  const ra = latestSaid(a) ?? '';
  const rb = latestSaid(b) ?? '';
  return ra.localeCompare(rb) || byStartThenSources(a, b);
}

function byStartThenSources(a: Step, b: Step): number {
  if (a.date !== b.date) {
    if (!a.date) return -1;
    if (!b.date) return 1;
    return a.date.localeCompare(b.date);
  }
  return a.articleIds.length - b.articleIds.length;
}

function replacedBy(s: Step, candidates: Step[]): boolean {
  return candidates.some(
    (o) =>
      o !== s &&
      o.previousRate != null &&
      close(o.previousRate, s.rate) &&
      !close(o.rate, s.rate) &&
      (!s.date || !o.date || o.date >= s.date),
  );
}

/** Paused, revoked or reported replaced on or after it started. */
function ended(s: Step, known: Step[]): boolean {
  return known.some(
    (o) =>
      (o.status === 'paused' || o.status === 'revoked' || o.status === 'superseded') &&
      close(o.rate, s.rate) &&
      (!s.date || !o.date || o.date >= s.date),
  );
}

function latestSaid(s: Step): string | null {
  let best: string | null = null;
  for (const st of s.statements) if (st.said && (!best || st.said > best)) best = st.said;
  return best ?? s.date;
}

const PENDING: ReadonlySet<RateStatus> = new Set(['threatened', 'proposed', 'announced', 'agreed', 'signed']);
const COMMITTED: ReadonlySet<RateStatus> = new Set(['announced', 'agreed', 'signed']);

function pendingSteps(known: Step[], current: Step | null): Step[] {
  // A rate on all countries says nothing of a deal, offer or threat made to this one country: not
  // its date, nor its rate ("proposals to cap tariff rates on its exports at 10 percent" while the
  // 10% baseline applies to everyone is still this country's own proposal).
  const apart = (s: Step) => current !== null && onEveryone(current) && !onEveryone(s);
  let pending = known.filter(
    (s) =>
      PENDING.has(s.status) &&
      !(s.status === 'signed' && current === s) &&
      (!current || !close(s.rate, current.rate) || apart(s)) &&
      (!current?.date || !s.date || s.date >= current.date || onEveryone(current)) &&
      // An undated threat or offer cannot be placed after the rate that applies: it is history.
      !(current && !s.date && !apart(s) && (s.status === 'threatened' || s.status === 'proposed')) &&
      // A threat or plan some source later reports in effect came about: it is history, not pending.
      !known.some(
        (o) =>
          o.status === 'in effect' &&
          close(o.rate, s.rate) &&
          (latestSaid(o) ?? '') > (s.reported ?? s.date ?? '~'),
      ) &&
      !known.some(
        (o) =>
          (o.status === 'paused' || o.status === 'revoked') &&
          close(o.rate, s.rate) &&
          (!o.date || !s.date || o.date >= s.date),
      ),
  );
  const madeOn = (s: Step) => s.reported ?? s.date;
  // A step on every country overtakes only steps on every country: a new global rate says nothing of
  // the threat or offer this one country was given.
  const newest = (of: Step[], scope: Step) =>
    of
      .filter((o) => madeOn(o) && (onEveryone(scope) || !onEveryone(o)))
      .reduce<string | null>((m, o) => (m && m > madeOn(o)! ? m : madeOn(o)), null);
  // A deal or order supersedes the threats made before it.
  const committed = pending.filter((s) => COMMITTED.has(s.status));
  pending = pending.filter((s) => {
    const after = COMMITTED.has(s.status) ? null : newest(committed, s);
    return after === null || (madeOn(s) ?? '') > after;
  });
  // A newer threat replaces the threats made before it.
  const threats = pending.filter((s) => !COMMITTED.has(s.status));
  pending = pending.filter((s) => {
    const after = COMMITTED.has(s.status) ? null : newest(threats, s);
    return after === null || (madeOn(s) ?? '') >= after;
  });
  // One line per rate: its most advanced stage.
  const best = new Map<number, Step>();
  for (const s of pending) {
    const have = best.get(s.rate);
    if (!have || STAGE[s.status] > STAGE[have.status]) best.set(s.rate, s);
  }
  return [...best.values()].sort(compareSteps);
}

/** The newest article date: "now" for the dataset. */
export function newestDate(dataset: Dataset): string | null {
  let best: string | null = null;
  for (const a of dataset.articles) if (a.published && (!best || a.published > best)) best = a.published;
  return best;
}
