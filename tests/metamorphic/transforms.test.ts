import { describe, expect, it } from 'vitest';
import {
  FURNITURE,
  hardWrap,
  insertFurniture,
  moveTimestampLine,
  namePart,
  renamingOf,
  replaceTokens,
  swapQuoteStyle,
} from '../../scripts/metamorphic/transforms';

// The transforms themselves must do exactly what they say, or the invariance suite proves nothing.
describe('metamorphic transforms', () => {
  it('renames every word of a name consistently, whole words only, keeping particles and possessives', () => {
    const map = renamingOf(['Ryosei Akazawa', 'Luiz Inácio Lula da Silva']);
    expect(map.get('da')).toBeUndefined();
    const text =
      'Akazawa met Lula. “Fine,” Ryosei Akazawa said; Akazawa’s aide and Akazawan food; Silva and da Silva.';
    const out = replaceTokens(text, map);
    expect(out).not.toMatch(/Akazawa[^n]|Lula|Silva|Ryosei/u);
    expect(out).toContain('Akazawan food');
    expect(out).toContain(`${map.get('Akazawa')}’s aide`);
    expect(out).toContain(`da ${map.get('Silva')}`);
  });

  it('gives distinct replacement words of other shapes', () => {
    const parts = Array.from({ length: 144 }, (_, i) => namePart(i));
    expect(new Set(parts).size).toBe(144);
    expect(parts.some((p) => /-/.test(p))).toBe(true);
    expect(parts.some((p) => /[^\x00-\x7F]/.test(p))).toBe(true);
  });

  it('swaps double quotes to straight, curly and British single, leaving apostrophes', () => {
    const text = '“We can’t accept it,” she said. "It is \'unfair\'," he said.';
    expect(swapQuoteStyle(text, 'straight')).toBe(
      '"We can’t accept it," she said. "It is \'unfair\'," he said.',
    );
    expect(swapQuoteStyle(text, 'curly')).toBe("“We can’t accept it,” she said. “It is 'unfair',” he said.");
    expect(swapQuoteStyle('“They call it ‘reciprocal’ but it isn’t,” she said.', 'british')).toBe(
      '‘They call it “reciprocal” but it isn’t,’ she said.',
    );
  });

  it('hard-wraps long lines at spaces, leaving every word and blank line', () => {
    const line = 'word '.repeat(40).trim();
    const out = hardWrap(`${line}\n\nshort`, 72);
    for (const l of out.split('\n')) expect(l.length).toBeLessThanOrEqual(72);
    expect(out.replace(/\s+/g, ' ')).toBe(`${line} short`);
    expect(out).toContain('\n\nshort');
  });

  it('inserts each piece of furniture as a paragraph of its own, keeping the article text', () => {
    const text = ['Headline', 'First paragraph.', 'Second paragraph.', 'Third.', 'Fourth.'].join('\n\n');
    const out = insertFurniture(text);
    for (const piece of [
      FURNITURE.caption,
      FURNITURE.copyright,
      ...FURNITURE.related,
      ...FURNITURE.embeddedPost,
    ])
      expect(out).toContain(piece);
    const paragraphs = out.split(/\n\s*\n/).map((p) => p.trim());
    for (const p of text.split('\n\n')) expect(paragraphs).toContain(p);
    expect(paragraphs.indexOf(FURNITURE.caption)).toBeGreaterThan(paragraphs.indexOf('First paragraph.'));
  });

  it('moves a timestamp line from above the headline to below it, and back', () => {
    const text = 'July 9, 2025 10:32 AM\nHeadline here\n\nBody.';
    const moved = moveTimestampLine(text, 'July 9, 2025 10:32 AM');
    expect(moved).toBe('Headline here\nJuly 9, 2025 10:32 AM\n\nBody.');
    expect(moveTimestampLine(moved, 'July 9, 2025 10:32 AM')).toBe(text);
  });
});
