import { describe, expect, it } from 'vitest';
import {
  FURNITURE,
  hardWrap,
  insertFurniture,
  isTimestampLine,
  moveTimestampLine,
  namePart,
  renamingOf,
  replaceTokens,
  swapQuoteStyle,
  withMisspellings,
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

  it('maps a spelling without diacritics to the same new name, a misspelling to a doubled one, and no ordinary word', () => {
    const map = renamingOf(['Omer Bolat', 'Luiz Inacio Lula da Silva', 'Donald Trump']);
    const text = 'Ömer Bolat met Luiz Inácio Lula da Silva; Lulla and Trump posted on Truth Social.';
    const local = withMisspellings(text, map);
    expect(local.get('Ömer')).toBe(map.get('Omer'));
    expect(local.get('Inácio')).toBe(map.get('Inacio'));
    expect(local.has('Truth')).toBe(false);
    const out = replaceTokens(text, local);
    expect(out).toContain('Truth Social');
    expect(out).not.toMatch(/Ömer|Inácio|Bolat|Trump/u);
  });

  it('tells a timestamp line from captions, copyright lines and teasers', () => {
    for (const stamp of [
      'Posted Jul 15, 2025 5:26 PM CDT',
      'date 2025-04-09 Example News',
      'Example News22-07-2025',
      'Friday, 05 September 2025',
    ])
      expect(isTimestampLine(stamp)).toBe(true);
    for (const other of [
      'Prime Minister Jane Roe speaks to reporters in Tokyo on June 13.',
      '©2025 Example Media L.P.',
      'Example Society Jun 8, 2025 21:35 (JST) Tokyo, June 8 (Agency)--The minister said on Sunday that much needs to be done before an accord.',
    ])
      expect(isTimestampLine(other)).toBe(false);
  });

  it('leaves a page whose first text is a lede, not a headline, as it is', () => {
    const text =
      'date 2025-04-09 Example News\n\nWASHINGTON, April 8 (Agency)--The trade envoy said on Tuesday that he will press for wider market access in the talks.\n\nMore.';
    expect(moveTimestampLine(text, 'date 2025-04-09 Example News')).toBe(text);
  });

  it('inserts furniture into a hard-wrapped page only where a sentence ends', () => {
    const text = [
      'Headline',
      'The envoy said on',
      'Tuesday that talks would go on.',
      'Both sides',
      'agreed to meet.',
      'A third line.',
      'The end.',
    ].join('\n');
    const out = insertFurniture(text);
    expect(out).toContain('The envoy said on\nTuesday');
    expect(out).toContain('Both sides\nagreed');
  });
});
