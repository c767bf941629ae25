import type { Article } from '../article';

/** A sentence that reports a meeting held, not one planned. */
const MET = /\b(?:met|meeting with|talks with|talked with|held talks|sat down with)\b/i;
const NOT_YET = /\b(?:will|scheduled|plans?|planned|expected|to meet|ahead of)\b/i;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiled = new Map<string, RegExp>();
/** Full name or surname as a whole word; compiled once per name. */
function nameRe(name: string): RegExp {
  let re = compiled.get(name);
  if (!re) {
    const parts = name.split(/\s+/);
    const surname = parts[parts.length - 1]!;
    re = new RegExp(`\\b(?:${escapeRe(name)}|${escapeRe(surname)})\\b`);
    compiled.set(name, re);
  }
  return re;
}

/**
 * Who met whom, as the reporting articles tell it: the events' participants first, then the
 * people an article names in a sentence saying they met ("he met Treasury Secretary Scott
 * Bessent and then Commerce Secretary Howard Lutnick"). The parser's events may list only the
 * main actor; a briefing should still say whom he met.
 */
export function meetingParticipants(
  known: readonly string[],
  articles: readonly Article[],
  sentencesOf: (a: Article) => string[],
): string[] {
  const out = [...known];
  for (const a of articles) {
    if (a.people.length === 0) continue;
    const patterns = a.people.map((name) => ({ name, re: nameRe(name) }));
    for (const s of sentencesOf(a)) {
      if (!MET.test(s) || NOT_YET.test(s)) continue;
      const named = patterns
        .map((p) => ({ name: p.name, at: s.search(p.re) }))
        .filter((p) => p.at >= 0)
        .sort((x, y) => x.at - y.at);
      for (const p of named) if (!out.includes(p.name)) out.push(p.name);
    }
  }
  return out;
}
