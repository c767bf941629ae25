import { describe, expect, it } from 'vitest';
import { isShareRow } from '../../../src/core/parse/furniture-lines';
import { firstSpace, isSpace } from '../../../src/core/parse/white-space';

describe('white space as the pattern \\s reads it', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('finds the first white space where search(/\\s/) does', () => {
    for (const s of [
      '',
      'word',
      'two words',
      'no\u00a0break',
      'tab\tthen',
      'ideographic\u3000space',
      ' lead',
    ])
      expect(firstSpace(s)).toBe(s.search(/\s/));
  });
});

describe('share rows, tested by their first word first', () => {
  it('takes a row of share buttons whatever separates them', () => {
    expect(isShareRow('Facebook Twitter Email')).toBe(true);
    expect(isShareRow('| Share · WhatsApp • Telegram / Print |')).toBe(true);
    expect(isShareRow('\u00a0LinkedIn\u2003Reddit')).toBe(true);
  });

  it('leaves a line whose first or later word is no button', () => {
    expect(isShareRow('Shares rose on Monday')).toBe(false);
    expect(isShareRow('Email the minister about tariffs')).toBe(false);
    expect(isShareRow('Facebook')).toBe(false);
  });
});
