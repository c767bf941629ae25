import type { Person } from '../../../src/core/article';
import type { CleanArticle, Mention, PeopleIndex } from '../../../src/core/parse/types';

/**
 * Minimal stand-ins for stage 1's products, so the speech and event parsers can be tested on
 * short made-up texts: a people index that matches names and aliases literally, and a clean
 * article whose paragraphs are the body's lines.
 */

export function fixturePeople(persons: Person[]): PeopleIndex {
  const byAlias = new Map<string, string>();
  for (const p of persons) {
    byAlias.set(p.name.toLowerCase(), p.name);
    for (const a of p.aliases) byAlias.set(a.toLowerCase(), p.name);
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Letter boundaries, not \b: names such as "Šefčovič" start with a letter \w does not know.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    mentions(text: string): Mention[] {
      const out: Mention[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const name = byAlias.get(m[0].toLowerCase());
        if (name) out.push({ name, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      return out;
    },
    resolve: (alias) => byAlias.get(alias.toLowerCase().replace(/^the\s+/, '')) ?? null,
    person: (name) => persons.find((p) => p.name === name),
    all: () => persons,
  };
}

export const person = (name: string, aliases: string[], role: string | null = null): Person => ({
  name,
  aliases,
  role,
  kind: 'person',
});

export const organisation = (name: string, aliases: string[] = []): Person => ({
  name,
  aliases,
  role: null,
  kind: 'organisation',
});

/** A standard cast for made-up sentences. */
export const cast = fixturePeople([
  person(
    'Ryosei Akazawa',
    ['Akazawa', 'Ryozei Akazawa', 'Akazawa Ryosei'],
    'economic revitalization minister',
  ),
  person('Shigeru Ishiba', ['Ishiba', 'Ishiba Shigeru'], 'prime minister'),
  person('Donald Trump', ['Trump', 'Mr Trump', 'President Trump'], 'president'),
  person('Scott Bessent', ['Bessent'], 'treasury secretary'),
  person('Howard Lutnick', ['Lutnick'], 'commerce secretary'),
  person('Jamieson Greer', ['Greer'], 'trade representative'),
  organisation('Japanese Foreign Ministry', ['Foreign Ministry']),
  organisation('U.S. Treasury Department', ['Treasury Department']),
  organisation('White House'),
]);

export function article(body: string, published: string | null = null, id = 'a1'): CleanArticle {
  const paragraphs: string[] = [];
  const paragraphStarts: number[] = [];
  let at = 0;
  for (const line of body.split('\n')) {
    if (line.trim() !== '') {
      paragraphs.push(line);
      paragraphStarts.push(at);
    }
    at += line.length + 1;
  }
  return {
    id,
    file: `${id}.txt`,
    title: paragraphs[0] ?? '',
    outlet: null,
    url: null,
    published,
    body,
    paragraphs,
    paragraphStarts,
    sentences: [],
    boilerplate: [],
    bytes: body.length,
  };
}
