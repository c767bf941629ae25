import { describe, expect, it } from 'vitest';
import { OUTLET_WORD, outletWords } from '../../../src/core/parse/news-outlets';
import { buildRegistry } from '../../../src/core/parse/people/registry';
import { findEntities } from '../../../src/core/parse/speakers';

/** Every match of a global pattern or an exec-able matcher over `text`, as "index:text". */
function all(re: { exec(text: string): RegExpExecArray | null; lastIndex: number }, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

/** The role phrases findEntities reads in a (masked) text, as "index:text". */
function roles(masked: string): string[] {
  return findEntities(masked, buildRegistry([], []), [])
    .filter((e) => e.kind === 'role')
    .map((e) => `${e.start}:${e.text}`);
}

// Made-up sentences in the shapes of news writing.
const OUTLET_SENTENCES = [
  'The talks stalled, Reuters reported, citing the New York Times and the Example Herald.',
  'According to La Nacion and El Pais, the deal (Reuters) was close; Reuters-backed data differ.',
  'Bloomberg News and the Associated Press said the Japan Times had it first.',
  'the tariff was cut, the Daily Example Post wrote, and Kyodo News agreed.',
];

describe('outletWords', () => {
  it('finds the outlets OUTLET_WORD finds, at the same places, in order', () => {
    for (const s of OUTLET_SENTENCES) expect(all(outletWords, s)).toEqual(all(OUTLET_WORD, s));
    const text = OUTLET_SENTENCES.join('\n\n');
    expect(all(outletWords, text)).toEqual(all(OUTLET_WORD, text));
  });

  it('reads a paper named after "the" as one outlet', () => {
    expect(all(outletWords, 'as the New York Times reported')).toEqual(['3:the New York Times']);
  });
});

describe('findEntities roles', () => {
  it('reads a headline role only where a line starts', () => {
    const text = 'Trade minister says talks will go on\n\nSwiss president warns of a delay';
    expect(roles(text)).toEqual(['0:Trade minister', '38:Swiss president']);
    expect(roles('Officials said Trade minister says nothing new.')).toEqual([]);
  });

  it('reads a bare role noun right after a quote, not inside another word', () => {
    // Quotes are masked with underscores before entities are read.
    expect(roles('______, minister said.')).toEqual(['8:minister']);
    expect(roles('______, spokeswoman says.')).toEqual(['8:spokeswoman']);
    expect(roles('______, administer said.')).toEqual([]);
    expect(roles('He said the minister said.')).toEqual(['8:the minister']);
  });
});
