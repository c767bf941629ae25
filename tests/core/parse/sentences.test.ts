import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/parse/sentences';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not split at titles, month abbreviations, "No." or decimals', () => {
    expect(texts('Mr. Sato met Dr. Lee in Sept. 2024 at No. 2 Street. Prices rose 2.5 percent.')).toEqual([
      'Mr. Sato met Dr. Lee in Sept. 2024 at No. 2 Street.',
      'Prices rose 2.5 percent.',
    ]);
  });

  it('keeps "U.S." inside a sentence but ends one when a new sentence clearly starts', () => {
    expect(texts('The U.S. Trade office agreed. Talks with the U.S. The minister left.')).toEqual([
      'The U.S. Trade office agreed.',
      'Talks with the U.S.',
      'The minister left.',
    ]);
  });

  it('keeps an initial with its name and a quote with its "he said"', () => {
    expect(texts('John F. Smith spoke. “Is that fair?” he asked. Nobody answered.')).toEqual([
      'John F. Smith spoke.',
      '“Is that fair?” he asked.',
      'Nobody answered.',
    ]);
  });

  it('gives offsets that point back into the paragraph', () => {
    const p = 'One sentence. Another one!';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
});
