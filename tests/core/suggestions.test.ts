import { describe, expect, it } from 'vitest';
import { type Dataset, emptyDataset } from '../../src/core/article';
import { suggest, suggestChoices } from '../../src/core/suggestions';

function dataset(): Dataset {
  const d = emptyDataset();
  d.people = [
    {
      name: 'Ryosei Akazawa',
      aliases: ['Akazawa', 'Ryozei Akazawa'],
      role: 'Economic revitalization minister',
      kind: 'person',
    },
    { name: 'Scott Bessent', aliases: ['Bessent'], role: null, kind: 'person' },
    { name: 'Howard Lutnick', aliases: ['Lutnick'], role: null, kind: 'person' },
    ...Array.from({ length: 40 }, (_, i) => ({
      name: `Official ${i}`,
      aliases: [],
      role: null,
      kind: 'person' as const,
    })),
  ];
  d.events = [
    {
      id: 'e1',
      type: 'round',
      title: 'Third round',
      date: '2025-05-30',
      dateInferred: false,
      endDate: null,
      round: 3,
      participants: [],
      place: null,
      planned: false,
      articleIds: [],
      mentions: [],
    },
    {
      id: 'e2',
      type: 'round',
      title: 'First round',
      date: '2025-04-16',
      dateInferred: false,
      endDate: null,
      round: 1,
      participants: [],
      place: null,
      planned: false,
      articleIds: [],
      mentions: [],
    },
  ];
  return d;
}

describe('suggestions from the dataset while the user types', () => {
  it('suggests Ryosei Akazawa for "aka", with his role', () => {
    const s = suggest('people', dataset(), 'aka', 25);
    expect(s.map((c) => c.value)).toEqual(['Ryosei Akazawa']);
    expect(s[0]?.label).toBe('Ryosei Akazawa — Economic revitalization minister');
  });

  it('finds a person by an alias and by any word of the name', () => {
    expect(suggest('people', dataset(), 'ryozei', 25).map((c) => c.value)).toEqual(['Ryosei Akazawa']);
    expect(suggest('people', dataset(), 'bessent', 25).map((c) => c.value)).toEqual(['Scott Bessent']);
  });

  it('finds a misspelled name', () => {
    expect(suggest('people', dataset(), 'lutnik', 25).map((c) => c.value)).toContain('Howard Lutnick');
  });

  it('offers no more than asked for', () => {
    expect(suggest('people', dataset(), '', 25)).toHaveLength(25);
    expect(suggest('people', dataset(), 'official', 5)).toHaveLength(5);
  });

  it('ranks a word that starts with the typed text above one that only contains it', () => {
    const d = dataset();
    d.people = [
      { name: 'Pat Cameron', aliases: [], role: null, kind: 'person' },
      { name: 'Mei Ames', aliases: [], role: null, kind: 'person' },
    ];
    expect(suggest('people', d, 'ame', 25).map((c) => c.value)).toEqual(['Mei Ames', 'Pat Cameron']);
  });

  it('offers dates newest first, saying what happened', () => {
    const s = suggest('dates', dataset(), '2025', 25);
    expect(s.map((c) => c.value)).toEqual(['2025-05-30', '2025-04-16']);
    expect(s[0]?.label).toBe('2025-05-30 — Third round');
    expect(suggest('dates', dataset(), 'first', 25).map((c) => c.value)).toEqual(['2025-04-16']);
  });

  it('offers IANA time zones', () => {
    expect(suggest('timezones', dataset(), 'tokyo', 25).map((c) => c.value)).toEqual(['Asia/Tokyo']);
    expect(suggest('timezones', dataset(), 'new york', 25).map((c) => c.value)).toEqual(['America/New_York']);
  });

  it('filters fixed choices by what is typed, keeping their order', () => {
    expect(suggestChoices(['yes', 'no'], '', 25).map((c) => c.value)).toEqual(['yes', 'no']);
    expect(suggestChoices(['yes', 'no'], 'Y', 25).map((c) => c.value)).toEqual(['yes']);
    expect(suggestChoices(['yes', 'no'], 'maybe', 25)).toEqual([]);
  });
});
