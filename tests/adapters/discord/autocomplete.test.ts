import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/adapters/discord/autocomplete';
import { type Dataset, emptyDataset } from '../../../src/core/article';

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

describe('autocomplete suggestions from the dataset', () => {
  it('suggests Ryosei Akazawa for "aka", with his role', () => {
    const s = suggest('people', dataset(), 'aka');
    expect(s.map((c) => c.value)).toEqual(['Ryosei Akazawa']);
    expect(s[0]?.name).toBe('Ryosei Akazawa — Economic revitalization minister');
  });

  it('finds a misspelled name', () => {
    expect(suggest('people', dataset(), 'lutnik').map((c) => c.value)).toContain('Howard Lutnick');
  });

  it('offers at most 25, names within 100 characters', () => {
    const s = suggest('people', dataset(), '');
    expect(s.length).toBe(25);
    for (const c of s) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('offers dates newest first, saying what happened', () => {
    const s = suggest('dates', dataset(), '2025');
    expect(s.map((c) => c.value)).toEqual(['2025-05-30', '2025-04-16']);
    expect(s[0]?.name).toBe('2025-05-30 — Third round');
    expect(suggest('dates', dataset(), 'first').map((c) => c.value)).toEqual(['2025-04-16']);
  });

  it('offers IANA time zones', () => {
    expect(suggest('timezones', dataset(), 'tokyo').map((c) => c.value)).toEqual(['Asia/Tokyo']);
  });
});
