import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { sentenceSegments } from '../../../src/core/parse/speakers-text';
import { clean } from './helpers';

// Made-up articles: the parser must read them the same whatever shape the people's names have.
const NAMES = [
  { full: 'Donald Trump', last: 'Trump' },
  { full: 'Maria Lopez-Garcia', last: 'Lopez-Garcia' },
  { full: 'Kim Yong-beom', last: 'Yong-beom' },
];

function statements(raw: string) {
  const ds = buildDataset([{ file: 'x.txt', raw }]);
  return ds.quotes.map((q) => ({ speaker: q.speaker, text: q.text }));
}

describe('a body named after a person, whatever the name', () => {
  it.each(NAMES)('"the $last administration" speaks as itself, not as $full', ({ full, last }) => {
    const raw = [
      'Tariffs on cars fall',
      'TOKYO, Sept. 4 (Example) -- Japan welcomed the cut.',
      `Prime Minister ${full} signed the order on Thursday.`,
      `The ${last} administration said it would impose a 15% tariff on cars, a level agreed with Japan.`,
      `"We are pleased," ${last} said.`,
    ].join('\n\n');
    const said = statements(raw).find((q) => q.text.startsWith('it would impose'));
    expect(said?.speaker).toBe(`${last} administration`);
  });
});

describe('a told object with its titles, whatever the names', () => {
  it.each([
    ['Howard Roe', 'Scott Doe'],
    ['Fečovič Zoëčovič', 'Yongčovič Okočovič'],
  ])('"urged <title> %s and <title> %s to ensure that …" reports the that-clause', (a, b) => {
    const raw = [
      'Japan seeks relief',
      'TOKYO, Sept. 4 (Example) -- Japan pressed on.',
      `In those discussions, Ryosei Tanaka urged U.S. Commerce Secretary ${a} and Treasury Secretary ${b} to ensure that a 15% levy agreed last month was not stacked on goods such as beef.`,
    ].join('\n\n');
    const said = statements(raw).filter((q) => q.speaker === 'Ryosei Tanaka');
    expect(said.map((q) => q.text)).toContain(
      'a 15% levy agreed last month was not stacked on goods such as beef',
    );
  });

  it('"told reporters after a summit with <Name> that …" starts at "that", for any alphabet', () => {
    for (const other of ['Ishiba', 'Dąbčovič']) {
      const raw = [
        'Leaders meet',
        'KANANASKIS, June 17 (Example) -- The leaders met.',
        `U.S. President Jan Roe met Prime Minister Aki ${other} on Monday.`,
        `Roe, for his part, told reporters after his second summit with ${other} that it went well, without elaborating.`,
      ].join('\n\n');
      const texts = statements(raw).map((q) => q.text);
      expect(texts).toContain('it went well, without elaborating');
    }
  });
});

describe('furniture inside the text leaves the article around it', () => {
  const LEAD =
    'Trade Minister Aiko Tanaka departed for Geneva on Monday for talks on duties that exporters say cost them dearly.';
  const NEXT = 'Representing the other side are Deputy Envoy Lars Berg and Commissioner Ines Vidal.';
  const LEANS = 'Both have said they will raise market access for rice and the duties on machine tools.';
  const CUT = 'While Berg said the duties on machine tools were ready for';

  it('a sentence that the next paragraph leans on ends a related-links block', () => {
    const a = clean(
      `${LEAD}\n\nRelated Articles\nShipping rates climb as ports brace\nFarm exporters look to new markets\n\n${NEXT}\n\n${LEANS}\n`,
    );
    expect(a.body).toContain(NEXT);
    expect(a.body).toContain(LEANS);
    expect(a.body).not.toContain('Shipping rates climb');
  });

  it('a copyright line in the middle is dropped and the article goes on after it, to its cut last line', () => {
    const a = clean(
      `${LEAD}\n\n${NEXT}\n\nAll contents © copyright 2025 Example Media. All rights reserved.\n\n${LEANS}\n\n${CUT}\n`,
    );
    expect(a.body).not.toContain('All rights reserved');
    expect(a.body).toContain(LEANS);
    expect(a.body).toContain(CUT);
  });
});

describe('hard-wrapped text with a longer line put in', () => {
  it('still finds the width the text was filled to, and drops an embedded post', () => {
    const paragraphs = [
      'The delegation led by the vice premier seeks to safeguard the industrial interests of the island and its public health, according to a cabinet statement.',
      'The talks aim to promote balanced trade and improve the overall economic and trade framework between the two sides, the cabinet statement added on Wednesday.',
      'The island has been seeking to strengthen its trade ties with major partners amid growing geopolitical and economic challenges, officials said in the capital.',
    ];
    const wrap = (s: string) => s.match(/.{1,66}(?:\s|$)/g)!.map((l) => l.trimEnd());
    const text = [
      'Island sends trade team',
      ...wrap(paragraphs[0]!),
      ...wrap(paragraphs[1]!),
      'Talks were productive and will continue next week. pic.twitter.com/AbC123xYz',
      '— Jan Roe (@janroe_trade) May 4, 2025',
      ...wrap(paragraphs[2]!),
    ].join('\n');
    const body = clean(text).body.replace(/\s+/g, ' ');
    expect(body).not.toContain('pic.twitter.com');
    for (const p of paragraphs) expect(body).toContain(p);
  });
});

describe('sentence ends before a name of any alphabet', () => {
  it.each(['Trump', 'Çelik', 'Šefčovič', 'Øster'])('"… security. %s directed …" is two sentences', (name) => {
    const body = `The letter called it a threat to national security. ${name} directed the envoy to open a probe.`;
    const segments = sentenceSegments(body, body, [], [0]);
    expect(segments.map((s) => body.slice(s.start, s.end))).toEqual([
      'The letter called it a threat to national security.',
      `${name} directed the envoy to open a probe.`,
    ]);
  });
});

describe('a trailing speaker of any name shape', () => {
  it.each(['Jose Manuel Romualdez', 'Çenjo-Iweala Dąbnjo-Iweala Fenjo-Iweala'])(
    '"<claim>, said the ambassador %s." reports the claim, not the name',
    (name) => {
      const raw = [
        'Tariff cut a starting point',
        `Metro Manila, Philippines - The recently announced tariff should not be viewed in isolation nor as the final outcome of the talks, said Philippine Ambassador to the US ${name}.`,
      ].join('\n\n');
      const texts = statements(raw).map((q) => q.text);
      expect(texts.some((t) => t.includes('should not be viewed in isolation'))).toBe(true);
      expect(texts).not.toContain(name);
    },
  );
});
