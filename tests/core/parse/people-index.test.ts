import { describe, expect, it } from 'vitest';
import { findOrganisations, findPeople } from '../../../src/core/parse/people/candidates';
import { buildRegistry } from '../../../src/core/parse/people/registry';

const text = [
  'President Marcus Hale met Treasury Secretary Nora Quist and Prime Minister Kenji Arata on Monday.',
  'Minister Kenji Aratta said the talks were useful. The White House said in a statement that work would go on.',
].join(' ');
const index = buildRegistry(findPeople(text), findOrganisations(text));

describe('resolving the names an article uses', () => {
  it.each([
    ['a surname', 'Quist', 'Nora Quist'],
    ['an honorific and surname', 'Mr Hale', 'Marcus Hale'],
    ['a title and surname', 'President Hale', 'Marcus Hale'],
    ['a social-media handle', '@realMarcusHale', 'Marcus Hale'],
    ['a department chief', 'Treasury chief', 'Nora Quist'],
    ['Japanese name order', 'Arata Kenji', 'Kenji Arata'],
    ['a variant spelling', 'Kenji Aratta', 'Kenji Arata'],
  ])('resolves %s', (_kind, alias, name) => {
    expect(index.resolve(alias)).toBe(name);
  });

  it('resolves nothing for a name it does not know', () => {
    expect(index.resolve('Olga Brandt')).toBeNull();
  });

  it('finds every mention in order, with offsets and the words as written', () => {
    const sample = 'Mr Hale thanked @realMarcusHale fans; the Treasury chief and Arata’s aides agreed.';
    const found = index.mentions(sample);
    expect(found.map((m) => [m.name, m.text])).toEqual([
      ['Marcus Hale', 'Mr Hale'],
      ['Marcus Hale', '@realMarcusHale'],
      ['Nora Quist', 'Treasury chief'],
      ['Kenji Arata', 'Arata'],
    ]);
    for (const m of found) expect(sample.slice(m.start, m.end)).toBe(m.text);
  });

  it('knows a statement-issuing organisation as an organisation', () => {
    expect(index.person('White House')?.kind).toBe('organisation');
    expect(index.resolve('the White House')).toBe('White House');
  });
});
