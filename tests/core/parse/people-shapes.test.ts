import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { findPeople } from '../../../src/core/parse/people/candidates';
import { canonicalName, foldDiacritics } from '../../../src/core/parse/people/names';
import { buildRegistry } from '../../../src/core/parse/people/registry';

// Made-up people in the shapes news from many countries writes names in: the people list must
// come from the frame around a name (title, honorific, speech verb, apposition, list), never
// from knowing the name beforehand.

const file = (name: string, text: string) => ({ file: `${name}.txt`, raw: text });
/** The people one article names, as the dataset lists them. */
const peopleOf = (text: string): string[] => buildDataset([file('x', text)]).articles[0]!.people;
const names = (text: string): string[] => findPeople(text).map((c) => c.name);

describe('names of any shape, by the frame around them', () => {
  it.each([
    [
      'a hyphenated given name',
      'South Korean Trade Minister Kim Yong-beom said on Monday that talks would go on.',
      'Kim Yong-beom',
    ],
    [
      'a hyphenated surname in an appositive',
      'Maria Lopez-Garcia, the deputy minister for trade policy, said at a briefing that nothing was agreed.',
      'Maria Lopez-Garcia',
    ],
    [
      'a family name first after a title',
      'Chinese Vice Premier He Lifeng met the delegation on Friday.',
      'He Lifeng',
    ],
    [
      'particles',
      'Dutch Trade Minister Anna van der Berg arrived in Geneva on Tuesday.',
      'Anna van der Berg',
    ],
    [
      'Arabic particles after a style',
      'Sheikh Khalid bin Saeed Al Mansouri met the envoy in Abu Dhabi.',
      'Khalid bin Saeed Al Mansouri',
    ],
    [
      'a Malaysian style before the name',
      'Trade Minister Datuk Seri Tengku Amir Hamzah spoke at a news conference.',
      'Tengku Amir Hamzah',
    ],
    [
      'an honorific with a full stop',
      'The talks will be led by the Secretary to the Treasury, Dr. Lalith Perera, and others.',
      'Lalith Perera',
    ],
    ['a title with "to"', 'The dinner was hosted by US Ambassador to Norway Carl Brandt.', 'Carl Brandt'],
    [
      'a title with a portfolio list',
      'Minister for Trade, Industry and Competition Sipho Ndlovu says there is still room.',
      'Sipho Ndlovu',
    ],
    [
      'a title then a comma',
      'Talks were held between Deputy Minister of Trade and Industry, Thabo Mkhize, and the envoy.',
      'Thabo Mkhize',
    ],
    ['an acronym role', 'The dinner guests included Acme CEO Lena Hartwell and others.', 'Lena Hartwell'],
    [
      'a company owner and a title before the role word',
      'Orbital Motors President Kenta Morishima arrived late.',
      'Kenta Morishima',
    ],
    [
      'a relative clause',
      'The row involved the minister and Natalia Verdi Rossi, who had arranged the visit.',
      'Natalia Verdi Rossi',
    ],
    [
      'a capitalised role in apposition',
      'The delegation included Sok Vanna, Minister of Commerce, and several officials.',
      'Sok Vanna',
    ],
    ['an age before the speech verb', 'Olu Bakare, 54, said the talks were hard.', 'Olu Bakare'],
    ['a parenthesis before the speech verb', 'Ines Duarte (pictured) said the deal was near.', 'Ines Duarte'],
    [
      'a lower-case role in apposition',
      'Tomas Reyna, minister of trade, said on Monday that talks went on.',
      'Tomas Reyna',
    ],
  ])('finds %s', (_shape, text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads a line cut off mid-sentence as a sentence, not as a headline', () => {
    expect(names('Commerce Secretary Jane Roe said on Monday')).toEqual(['Jane Roe']);
  });

  it('reads every name of a list once one of them has a title', () => {
    const text =
      'Vice President Paulo Reis, Ministers Marta Quinteiro, Joao Brandao and Special Advisor Celia Amaro were with me.';
    expect(names(text)).toEqual(['Paulo Reis', 'Marta Quinteiro', 'Joao Brandao', 'Celia Amaro']);
    const owners =
      'The guests were Acme CEO Lena Hartwell, Globex’s Omar Faris, and Initech founder Rui Costa.';
    expect(names(owners)).toEqual(['Lena Hartwell', 'Omar Faris', 'Rui Costa']);
  });

  it('does not take titles, places, bodies, outlets, calendar words or headlines for people', () => {
    for (const text of [
      'The spokesperson said the talks were over. A spokesperson for the ministry said nothing. The Minister said no.',
      'The President said it. In March the Prime Minister said it again. Monday Morning said nothing.',
      'Kuala Lumpur said on Monday that it would reply. Phnom Penh said the same. New Delhi said so too.',
      'Nippon Steel said it would invest. Planalto Palace said in a statement that the call went well.',
      'The Supreme Court said the tariffs were unlawful. Capital Economics said the yen would fall.',
      'La Nacion reported that the president arrived late. Agencia Brasil reported the call.',
      "Trump's Liberation Day tariffs hit hard. Biden's Inflation Reduction Act passed. Japan's Liberal Democratic Party lost.",
      'PM Sato Unveils Tariff Plan After Talks With Washington',
      'The envoy met Palm Beach officials on Monday. Palm Beach said it would help.',
    ]) {
      expect(names(text), text).toEqual([]);
    }
  });
});

describe('canonical names', () => {
  it('folds diacritics and drops middle initials, keeping a suffix and names by initials', () => {
    expect(foldDiacritics('Maroš Šefčovič')).toBe('Maros Sefcovic');
    expect(foldDiacritics('Jonas Gahr Støre')).toBe('Jonas Gahr Store');
    expect(canonicalName('Ömer Bolat')).toBe('Omer Bolat');
    expect(canonicalName('Lorna B. Castillo')).toBe('Lorna Castillo');
    expect(canonicalName('Ernesto Valdez Jr')).toBe('Ernesto Valdez Jr.');
    expect(canonicalName('J. D. Vance')).toBe('J. D. Vance');
  });

  it('lists a person under the plain spelling and resolves the written one', () => {
    const d = buildDataset([
      file(
        'a',
        'Slovak Commissioner Maroš Šefčovič said on Monday that the offer stood. Šefčovič told reporters he was hopeful.\n',
      ),
    ]);
    expect(d.articles[0]!.people).toEqual(['Maros Sefcovic']);
    const p = d.people.find((x) => x.name === 'Maros Sefcovic')!;
    expect(p.aliases).toContain('Maroš Šefčovič');
  });

  it('names a person by the fullest form the articles give, and merges the shorter forms', () => {
    const text =
      'Investment Minister Datuk Seri Tengku Amir Hamzah said on Tuesday that talks would go on. Tengku Amir said the deadline gave time. Tengku Amir added that exporters were calm.\n';
    expect(peopleOf(text)).toEqual(['Tengku Amir Hamzah']);
    const lula =
      'Brazilian President Luiz Inácio Lula da Silva said the letter was unfair. Lula da Silva said Brazil would answer. Lula told reporters it was over.\n';
    expect(peopleOf(lula)).toEqual(['Luiz Inacio Lula da Silva']);
  });

  it('merges a misspelt surname with the same given name, and a middle initial, into one person', () => {
    const text =
      'Commerce Minister Oskar Lindqvist said the offer was fair. Trade Secretary Lorna B. Castillo said talks went well. Oskar Lindquist added that a deal was near. Castillo said more was needed.\n';
    expect([...peopleOf(text)].sort()).toEqual(['Lorna Castillo', 'Oskar Lindqvist']);
  });

  it('keeps a generational suffix and does not merge a son into his father', () => {
    const text =
      'President Ernesto Valdez Jr. said on Monday that the rate was too high. The businessman Ernesto Valdez said he disagreed. President Valdez Jr. left for Washington.\n';
    expect([...peopleOf(text)].sort()).toEqual(['Ernesto Valdez', 'Ernesto Valdez Jr.']);
  });

  it('reads one word of a name alone only where the article names the person in full', () => {
    const d = buildDataset([
      file(
        'a',
        'Indonesian President Prabowo Wiranto said the deal was good. Prabowo told reporters it was fair.\n',
      ),
      file('b', 'Prabowo is a common name, the column said.\n'),
    ]);
    const byId = new Map(d.articles.map((a) => [a.id, a.people]));
    expect(byId.get('a')).toEqual(['Prabowo Wiranto']);
    expect(byId.get('b')).toEqual([]);
    const text =
      'Indonesian President Prabowo Wiranto said the deal was good. Prabowo told reporters it was fair.';
    const registry = buildRegistry(findPeople(text), []);
    expect(registry.mentions(text).map((m) => [m.name, m.text])).toEqual([
      ['Prabowo Wiranto', 'Prabowo Wiranto'],
      ['Prabowo Wiranto', 'Prabowo'],
    ]);
    expect(registry.mentions('Prabowo is a common name.')).toEqual([]);
    expect(registry.mentions('The envoy met President Prabowo.').map((m) => m.name)).toEqual([
      'Prabowo Wiranto',
    ]);
    expect(registry.resolve('President Prabowo')).toBe('Prabowo Wiranto');
  });
});
