import { describe, expect, it } from 'vitest';
import { peopleList } from '../../../src/core/answers/people';
import { sourcesList } from '../../../src/core/answers/sources';
import { timeline } from '../../../src/core/answers/timeline';
import { fixtureCorpus, page } from './fixture';

describe('timeline', () => {
  it('lists the rounds and key events in date order with dates, participants and sources', () => {
    const r = timeline(fixtureCorpus(), page('timeline'));
    const rows = r.sections[0]!.items.map((i) => (i.type === 'field' ? [i.label, i.value] : []));
    expect(rows).toEqual([
      ['March 1, 2025', 'First round of talks in Geneva · Hana Mori and Carl Dent'],
      ['March 9, 2025', 'Second round of talks in Washington · Hana Mori and Carl Dent'],
      ['April 3, 2025', 'Mori met Ortiz the day before (third round) · Hana Mori and Lena Ortiz'],
      ['April 4, 2025', 'Third round of talks in Osaka · Hana Mori, Carl Dent and Lena Ortiz'],
      ['April 20–21, 2025', 'Leaders summit — scheduled · Ken Sato'],
    ]);
    expect(r.sections[0]!.items[3]!.citations.map((c) => c.articleId)).toEqual(['a3', 'a4']);
    expect(r.lead).toBe('5 dated events across 3 rounds, oldest first.');
  });
});

describe('people', () => {
  it('lists who appears, with role and how often quoted, the most quoted first', () => {
    const r = peopleList(fixtureCorpus(), page('people'));
    const rows = r.sections[0]!.items.map((i) => (i.type === 'field' ? `${i.label}: ${i.value}` : ''));
    expect(rows[0]).toBe('Hana Mori: trade minister of Japan · quoted 6 times · in 4 articles');
    expect(rows).toContain('Ken Sato: prime minister of Japan · quoted 0 times · in 1 article');
    expect(rows).toContain('industry official: quoted 1 time · in 1 article');
  });
});

describe('sources', () => {
  it('lists files that failed with the reason, then articles newest first with outlet and date', () => {
    const r = sourcesList(fixtureCorpus(), page('sources'));
    expect(r.lead).toBe('6 articles loaded, 1 file not loaded.');
    expect(r.sections[0]!.heading).toBe('Not loaded');
    expect(r.sections[0]!.items[0]).toMatchObject({ label: 'broken.txt', value: 'not UTF-8 text' });
    const rows = r.sections[1]!.items.map((i) => (i.type === 'field' ? i.label : ''));
    expect(rows).toEqual(['2025-04-06', '2025-04-06', '2025-04-05', '2025-03-10', '2025-03-02', 'undated']);
    expect(r.sections[1]!.items[2]).toMatchObject({
      value: 'Third round in Osaka brings progress but no agreement — Harbor Times',
    });
  });
});
