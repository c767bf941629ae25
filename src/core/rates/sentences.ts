import type { Article } from '../article';

/**
 * The article's sentences as the parser split them; an article loaded without that step is
 * split here on sentence punctuation so rates still read (abbreviations like "U.S." and
 * "Sept." do not end a sentence).
 */
export function sentencesOf(article: Article): string[] {
  if (article.sentences.length > 0) return article.sentences.map((s) => s.text);
  const out: string[] = [];
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : article.body.split(/\n\s*\n|\n/);
  for (const p of paragraphs) out.push(...splitSentences(p));
  return out;
}

const ABBREVIATION =
  /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Gov|Sen|Rep|Inc|Corp|Co|Ltd|vs|approx|a\.m|p\.m|e\.g|i\.e)|\b[A-Z])\.$/;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  let start = 0;
  const re = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;
  for (const m of flat.matchAll(re)) {
    const endOfMark = m.index + m[0].trimEnd().length;
    const candidate = flat.slice(start, endOfMark);
    if (ABBREVIATION.test(flat.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    out.push(candidate.trim());
    start = m.index + m[0].length;
  }
  const rest = flat.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}
