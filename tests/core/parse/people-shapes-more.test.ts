import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { findPeople } from '../../../src/core/parse/people/candidates';
import { buildRegistry } from '../../../src/core/parse/people/registry';

// More made-up shapes of names from news of many countries (round 7): one-word names, titles
// that end in a place or an institution, headline verbs, no-break hyphens, misspellings.

const file = (name: string, text: string) => ({ file: `${name}.txt`, raw: text });
/** The people one article names, as the dataset lists them. */
const peopleOf = (text: string): string[] => buildDataset([file('x', text)]).articles[0]!.people;
const names = (text: string): string[] => findPeople(text).map((c) => c.name);

describe('one-word names', () => {
  it.each([
    [
      'after a title',
      'Foreign Minister Sunarto arrived in Washington on Tuesday to meet officials.',
      'Sunarto',
    ],
    ['after an honorific', 'Mr Wirawan said the talks had been useful and would go on.', 'Wirawan'],
    [
      'after a head of state',
      'Tariffs were raised after President Moraleda criticised the court.',
      'Moraleda',
    ],
  ])('a person named by one word %s', (_, text, name) => {
    expect(peopleOf(text)).toEqual([name]);
  });

  it('joins a one-word mention to the full name another article gives', () => {
    const d = buildDataset([
      file('a', 'Deputy Prime Minister Somchai Rattanakul said the offer was ready.'),
      file('b', 'Mr Somchai said the offer would be sent on Friday.'),
    ]);
    const persons = d.people.filter((p) => p.kind === 'person').map((p) => p.name);
    expect(persons).toEqual(['Somchai Rattanakul']);
    expect(d.articles[1]!.people).toEqual(['Somchai Rattanakul']);
  });

  it('does not take a participle, an abbreviation or a headline word after a title for a name', () => {
    const text =
      'Kun Sopheap, Minister Attached to the Prime Minister, joined the team. ' +
      'Trade Secretary Ma. Elena Cruz said the offer stood.\n' +
      'Swiss President Rushed to Washington in Last-Ditch Attempt to Avoid Tariffs\n';
    const found = names(text);
    expect(found).toContain('Elena Cruz');
    expect(found).not.toContain('Attached');
    expect(found).not.toContain('Ma');
    expect(found).not.toContain('Rushed');
  });
});

describe('titles that end in a place, a body or a long portfolio', () => {
  it.each([
    [
      'a country after "for"',
      'ADB Country Director for Cambodia Priya Raman praised the reforms on Tuesday.',
      'Priya Raman',
    ],
    [
      'an institution ending the title',
      'Minister in the Presidency Thandeka Mokoena said the cabinet had met.',
      'Thandeka Mokoena',
    ],
    [
      'a title word glued before a name',
      'Legislator Chen Mei-ling (陳美玲) said the deal was unfair.',
      'Chen Mei-ling',
    ],
    [
      'a three-word portfolio',
      'He will also meet the Chairperson of the National Economic Council Budi Santoso this afternoon.',
      'Budi Santoso',
    ],
    [
      'two "of"/"for" parts',
      'UK Secretary of State for Business and Trade Oliver Grant will ask for a quick deal next week.',
      'Oliver Grant',
    ],
    [
      'a hyphenated title',
      'Pressed for details by Ambassador-at-Large Lim Boon Heng, the minister smiled.',
      'Lim Boon Heng',
    ],
    [
      'an abbreviation as the portfolio, then a clause after a dash',
      "Talks continue between Canada's Ambassador to the U.S. Claire Dubois — who is also the chief negotiator — and officials.",
      'Claire Dubois',
    ],
  ])('%s', (_, text, name) => {
    expect(peopleOf(text)).toEqual([name]);
  });

  it('reads a name beside a titled one even when lead words of the title stand between', () => {
    const text =
      '"The foreign minister has left, while [economic adviser] Rina Kusuma and Deputy Finance Minister Adi Pratama will go tomorrow," he said.';
    expect(names(text)).toEqual(['Rina Kusuma', 'Adi Pratama']);
  });

  it('reads a title misspelt by one letter as a title, and a place after a title\'s "of" as no person', () => {
    const text =
      'Talks may run up to the meeting between Prime Minster Kenji Morita and the president. ' +
      'The governor of Nova Serra, Paulo Mendes Lima, said exporters were worried.';
    const found = names(text);
    expect(found).toContain('Kenji Morita');
    expect(found).toContain('Paulo Mendes Lima');
    expect(found.some((n) => /Minster|Nova Serra/.test(n))).toBe(false);
  });

  it('reads a person whose appositive names a long body with its acronym, and not the body', () => {
    const text =
      'Rafiq Hossain, President of the Dhaka Garment Makers and Exporters Association (DGMEA), voiced support for the talks.';
    const found = names(text);
    expect(found).toEqual(['Rafiq Hossain']);
  });

  it('keeps headline verbs, title leads and party shorthand out of names', () => {
    const text =
      'The statement added. Trade Adviser Tom Hale Says India ‘Coming to Table’ as US pushes. ' +
      'The Lib Dems urged the prime minister to stand firm. Senior Vice President Ana Ruiz was there.';
    const found = names(text);
    expect(found).toContain('Tom Hale');
    expect(found).toContain('Ana Ruiz');
    expect(found.some((n) => /Says|Lib|Senior|Vice/.test(n))).toBe(false);
  });
});

describe('one person however the name is spelt', () => {
  it('reads a no-break hyphen as a hyphen and merges the spaced spelling', () => {
    const d = buildDataset([
      file('a', 'Finance Minister Park Min\u2011soo will travel to Washington on Monday.'),
      file('b', 'Park Min Soo said he expected a deal soon.'),
    ]);
    const persons = d.people.filter((p) => p.kind === 'person');
    // One person, whichever spelling names it.
    expect(persons).toHaveLength(1);
    expect([persons[0]!.name, ...persons[0]!.aliases]).toEqual(
      expect.arrayContaining(['Park Min-soo', 'Park Min Soo']),
    );
    expect(d.articles[0]!.people).toEqual([persons[0]!.name]);
    expect(d.articles[1]!.people).toEqual([persons[0]!.name]);
  });

  it('merges a six-letter surname misspelt by two letters', () => {
    const r = buildRegistry(
      [
        { name: 'Marta Kessler', role: 'finance minister' },
        { name: 'Marta Kessler', role: null },
        { name: 'Marta Keslar', role: null },
      ],
      [],
    );
    expect(r.all().map((p) => p.name)).toEqual(['Marta Kessler']);
    expect(r.resolve('Marta Keslar')).toBe('Marta Kessler');
  });
});
