import type { SentenceInfo } from './speakers-attribution';

/**
 * Unnamed sources go by the fullest description the article gives them. News writing introduces
 * them once ("according to four people familiar with the matter", "well informed sources told
 * …") and then says "the sources said"; both are the same speaker, named by the description.
 */

/** "people familiar with the matter", "government sources close to the talks", "informed sources". */
const DESCRIBED = new RegExp(
  [
    String.raw`\b((?:(?:well[- ]informed|informed|knowledgeable|reliable|government|official|diplomatic|industry|senior)\s+){0,2}(?:sources?|people|persons?|officials?)\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on|involved\s+in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:matter|talks|negotiations|situation|plans?|discussions|deliberations|issue|process|deal|decision))\b`,
    String.raw`\b((?:well[- ]informed|informed|knowledgeable|reliable)\s+sources?)\b`,
  ].join('|'),
  'g',
);

/**
 * Words every description holds (the first form's relation, the second form's adjective before
 * "source"): most articles have none, and are spared DESCRIBED's pass over every word boundary.
 */
const DESCRIBED_HINT =
  /familiar\s+with|close\s+to|knowledge\s+of|briefed\s+on|involved\s+in|(?:informed|knowledgeable|reliable)\s+source/;

/** A bare name the description may stand behind. */
const BARE = /^(?:the\s+)?(?:sources?|people|officials?)$/i;

export interface DescribedSource {
  start: number;
  name: string;
}

/** Every description of unnamed sources in `text`, in order, with the name it gives them. */
export function describedSources(text: string): DescribedSource[] {
  const out: DescribedSource[] = [];
  if (!DESCRIBED_HINT.test(text)) return out;
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(text); m !== null; m = DESCRIBED.exec(text)) {
    const phrase = (m[1] ?? m[2] ?? '').replace(/\s+/g, ' ');
    // They speak as sources: "people familiar with the matter" are the article's sources.
    const name = phrase.replace(/\b(?:people|persons?)\b/i, 'sources');
    out.push({ start: m.index, name: name[0]!.toLowerCase() + name.slice(1) });
  }
  return out;
}

/**
 * Renames speakers that are a bare "sources" (or the description's own words) to the latest
 * description at or before their sentence whose head noun they share.
 */
export function nameDescribedSources(body: string, sentences: SentenceInfo[]): void {
  const described = describedSources(body);
  if (described.length === 0) return;
  const head = (n: string) => (/officials?\b/i.test(n) ? 'officials' : 'sources');
  const rename = (name: string, before: number): string => {
    const bare = BARE.test(name);
    let best: DescribedSource | null = null;
    for (const d of described) {
      if (d.start > before) break;
      if (bare ? head(d.name) === head(name.replace(/people/i, 'sources')) : sameWords(d.name, name))
        best = d;
    }
    return best ? best.name : name;
  };
  for (const s of sentences) {
    for (const a of s.attributions) a.speakers = a.speakers.map((n) => rename(n, s.end));
    if (s.accordingTo) s.accordingTo.speakers = s.accordingTo.speakers.map((n) => rename(n, s.end));
  }
}

/** "people familiar with the matter" read from the description itself. */
function sameWords(description: string, name: string): boolean {
  const tail = (x: string) => x.toLowerCase().replace(/^.*?\b(?:familiar|close|with|briefed|involved)\b/, '');
  return /\b(?:familiar|close|briefed|involved)\b/i.test(name) && tail(description) === tail(name);
}
