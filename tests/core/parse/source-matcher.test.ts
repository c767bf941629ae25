import { describe, expect, it } from 'vitest';
import { readTimestampLine } from '../../../src/core/parse/dates';
import { SOURCE, sourceMatcher } from '../../../src/core/parse/speakers';

/** Every match of a global pattern or an exec-able matcher over `text`, as "index:text". */
function all(re: { exec(text: string): RegExpExecArray | null; lastIndex: number }, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

const SENTENCES = [
  'A senior Japanese government official said on Friday that talks would go on.',
  'Sources familiar with the bilateral talks said the deal was close, while U.S. officials declined.',
  'The Lopez-Garcia administration said, according to local media reports, that it would respond.',
  'Well-informed diplomats, and several high-ranking South Korean officials, said nothing.',
  "Japan's ministry issued a statement; the White House readout and the executive order followed.",
  'Immediately after, the sidewalk was reportedly empty, and nobody said anything (3 officials).',
  'The Japanese side said the U.S. side had agreed, people close to the talks said.',
];

describe('sourceMatcher', () => {
  it('finds an unnamed source with its determiner and modifiers', () => {
    const s = 'Talks stalled, a senior Japanese government official said.';
    expect(all(sourceMatcher(), s)).toEqual(['15:a senior Japanese government official']);
  });

  it('finds the phrases the whole-text pattern finds, at the same places, in order', () => {
    for (const s of SENTENCES) expect(all(sourceMatcher(), s)).toEqual(all(SOURCE, s));
    const text = SENTENCES.join('\n\n');
    expect(all(sourceMatcher(), text)).toEqual(all(SOURCE, text));
  });
});

describe('readTimestampLine, asked again', () => {
  it('gives the same date for the same line', () => {
    const line = 'Published July 9, 2025 at 10:32 AM EDT';
    expect(readTimestampLine(line)).toEqual({ iso: '2025-07-09', updated: false });
    expect(readTimestampLine(line)).toEqual({ iso: '2025-07-09', updated: false });
    expect(readTimestampLine('Talks resumed on July 9, 2025 in Washington.')).toBeNull();
  });
});
