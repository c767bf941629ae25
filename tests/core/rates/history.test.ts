import { describe, expect, it } from 'vitest';
import { buildTracks, standing } from '../../../src/core/rates/history';
import { rateChangesBetween } from '../../../src/core/rates/render';
import { article, datasetOf } from './helpers';

/** A made-up run of reports on one kind of goods: a rise, a threat, a deal, a cut. */
const autos = datasetOf(
  article('a1', '2025-04-20', 'The tariff on imported cars was raised in April to 27.5% from 2.5%.'),
  article('a2', '2025-05-30', 'Washington keeps its 25% tariff on Japanese cars.'),
  article(
    'a3',
    '2025-07-07',
    'The president threatened a 35% tariff on Japanese cars from August 1 if no deal is reached.',
  ),
  article(
    'a4',
    '2025-07-23',
    'Under the deal agreed on July 22, the tariff on Japanese cars will be lowered to 15%.',
  ),
  article(
    'a5',
    '2025-09-16',
    'The lower 15% tariff on Japanese cars takes effect on September 16, replacing the 27.5% rate.',
  ),
);

const autosTrack = () => buildTracks(autos).tracks.find((t) => t.group === 'autos')!;

describe('the rate that applies, per kind of goods', () => {
  it('is the newest rate in effect, not a threatened or agreed one', () => {
    const st = standing(autosTrack(), '2025-09-16', true);
    expect(st.current?.rate).toBe(15);
    expect(st.current?.effective).toBe('2025-09-16');
    expect(st.previous).toBe(27.5);
  });

  it('on a past day is the rate in effect then, with the newer steps as pending', () => {
    const st = standing(autosTrack(), '2025-07-31', false);
    expect(st.current?.rate).toBe(27.5);
    expect(st.previous).toBe(2.5);
    expect(st.pending.map((p) => [p.rate, p.status])).toEqual([[15, 'agreed']]);
  });

  it('shows a threat as pending until a deal replaces it', () => {
    const st = standing(autosTrack(), '2025-07-10', false);
    expect(st.current?.rate).toBe(27.5);
    expect(st.pending.map((p) => [p.rate, p.status])).toEqual([[35, 'threatened']]);
  });

  it('treats "25%" beside "27.5% from 2.5%" as the part added on top, not a competing rate', () => {
    const st = standing(autosTrack(), '2025-06-30', false);
    expect(st.current?.rate).toBe(27.5);
    expect(st.disputed).toEqual([]);
    expect(st.current?.notes.join(' ')).toContain('27.5% = 25% + 2.5%');
    const part = st.history.find((s) => s.rate === 25)!;
    expect(part.partOf).toBe(27.5);
  });

  it('lists the steps in date order with the replaced rate first', () => {
    const st = standing(autosTrack(), '2025-09-16', true);
    const path = st.history.filter((s) => s.status === 'in effect' && s.partOf === null).map((s) => s.rate);
    expect(path).toEqual([2.5, 27.5, 15]);
  });

  it('keeps contradicting reports visible, each with its source', () => {
    const ds = datasetOf(
      article('b1', '2025-05-01', 'The United States imposes a 25% tariff on Japanese steel.'),
      article('b2', '2025-05-03', 'The United States imposes a 50% tariff on Japanese steel.'),
    );
    const st = standing(buildTracks(ds).tracks.find((t) => t.group === 'steel')!, '2025-05-03', true);
    expect(st.current?.rate).toBe(50);
    expect(st.disputed.map((d) => [d.rate, d.articleIds])).toEqual([[25, ['b1']]]);
  });

  it('counts a signed order as the rate in effect from the day it starts, pending before', () => {
    const ds = datasetOf(
      article('e1', '2025-05-01', 'The United States imposes a 27.5% tariff on Japanese cars.'),
      article(
        'e2',
        '2025-09-05',
        'Trump signed an executive order on Sept. 4 to lower tariffs on Japanese autos to 15%, effective Sept. 16.',
      ),
    );
    const track = buildTracks(ds).tracks[0]!;
    const before = standing(track, '2025-09-10', false);
    expect(before.current?.rate).toBe(27.5);
    expect(before.pending.map((p) => [p.rate, p.status])).toEqual([[15, 'signed']]);
    const after = standing(track, '2025-09-20', false);
    expect(after.current?.rate).toBe(15);
    expect(after.previous).toBe(27.5);
  });

  it('lists only the newest threat as pending', () => {
    const ds = datasetOf(
      article('d1', '2025-05-23', 'Japanese goods face a 24% tariff in July, barring a deal.'),
      article('d2', '2025-07-08', 'Trump threatened a 25% tariff on Japanese goods from Aug. 1.'),
    );
    const st = standing(buildTracks(ds).tracks[0]!, '2025-07-25', false);
    expect(st.pending.map((p) => [p.rate, p.status, p.effective])).toEqual([
      [25, 'threatened', '2025-08-01'],
    ]);
    expect(st.history.map((p) => p.rate)).toEqual([24, 25]);
  });

  it('does not mix a rate on another country into the rates on Japan', () => {
    const ds = datasetOf(
      article('c1', '2025-05-01', 'The United States imposes a 25% tariff on Japanese steel.'),
      article('c2', '2025-05-02', 'Washington raised tariffs on Chinese steel to 145%.'),
    );
    const { tracks, elsewhere } = buildTracks(ds);
    expect(tracks.map((t) => [t.group, t.appliesTo])).toEqual([['steel', 'Japan']]);
    expect(elsewhere.map((e) => e.appliesTo)).toEqual(['China']);
  });
});

describe('rate changes for the digest', () => {
  it('reports a rate that changed in the period, with the day it took effect', () => {
    const items = rateChangesBetween(autos, '2025-09-01', '2025-09-20');
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item!.type === 'text' && item!.text).toBe('Autos: 27.5% → 15%, in effect from 2025-09-16');
    expect(item!.citations.map((c) => c.articleId)).toEqual(['a5']);
  });

  it('reports a newly agreed rate as pending, and nothing for a quiet period', () => {
    const agreed = rateChangesBetween(autos, '2025-07-20', '2025-07-31');
    expect(agreed.map((i) => (i.type === 'text' ? i.text : ''))).toEqual(['Autos: 15% agreed (2025-07-22)']);
    expect(rateChangesBetween(autos, '2025-06-01', '2025-06-30')).toEqual([]);
  });
});
