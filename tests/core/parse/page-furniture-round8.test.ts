import { describe, expect, it } from 'vitest';
import { isCaption } from '../../../src/core/parse/captions';
import { clean } from './helpers';

// Made-up article paragraphs on one subject: the text the pages below wrap their furniture around.
const HEADLINE = 'Exporters brace as machine tool talks resume in Geneva';
const LEAD =
  'Trade Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools in the coming round of talks.';
const SECOND =
  '“We will not accept a deal that hurts our workshops,” Tanaka told reporters in Osaka after the meeting on machine tools.';
const THIRD =
  'Tanaka said the duties on machine tools had cost exporters about 2 billion dollars since the spring, according to ministry figures.';

/** The cleaned page: headline, `head` lines, the lead, `middle` lines, the other two paragraphs. */
function page(head: string[], middle: string[] = []) {
  const a = clean(`${[HEADLINE, ...head, LEAD, ...middle, SECOND, THIRD].join('\n\n')}\n`);
  const flat = a.body.replace(/\s+/g, ' ');
  return { a, flat, kept: [LEAD, SECOND, THIRD].every((p) => flat.includes(p)) };
}

describe('captions ending in a credit in square brackets', () => {
  it.each([
    [
      'an agency in capitals after the sentence',
      'Trade Minister Aiko Tanaka speaks to the press on arrival in Geneva on May 5. [EXAMPLE WIRE]',
    ],
    [
      'a picture label and an agency',
      'Aiko Tanaka, minister of trade, speaks at an institute in Geneva on Feb 19, 2025. [Photo/Agencies]',
    ],
    [
      'a source label without a full stop',
      'Trade Minister Aiko Tanaka speaks about the duties on machine tools [Source: Example Wire]',
    ],
  ])('drops %s, over the text and inside it', (_kind, caption) => {
    for (const p of [page([caption]), page([], [caption])]) {
      expect(p.flat).not.toContain(caption);
      expect(p.kept).toBe(true);
    }
  });

  it('keeps a headline tag and an editor’s bracket, which credit no picture', () => {
    expect(isCaption('Tanaka says machine tool talks will resume [VIDEO]', true)).toBe(false);
    expect(isCaption('The deal covers machine tools [and spare parts].', false)).toBe(false);
    expect(isCaption('Tanaka said the talks went well. [sic]', false)).toBe(false);
  });
});

describe('credit lines opened by a bracket or a bar, and German picture labels', () => {
  it.each([
    ['a credit in round brackets', '(Image credit: Kim Lee / Example Wire via Example Images)'],
    ['a credit after a bar', '| Photo Credit: Example Wire'],
    ['a German photo credit', 'Foto: Kim Lee/Example Agency'],
    ['a German photo credit naming a photographer', 'Foto: Anna della Costa'],
  ])('drops %s', (_kind, credit) => {
    const { flat, kept } = page([credit]);
    expect(flat).not.toContain(credit);
    expect(kept).toBe(true);
  });

  it('drops a caption ending in "Bild:" and an agency in lower case, glued or not', () => {
    const glued = 'Aiko Tanaka bei ihrem letzten Besuch in Genf. Damals noch mit Kim Lee.Bild: examplewire';
    const spaced = 'Aiko Tanaka macht den Exporteuren keine Hoffnungen. Bild: examplewire';
    expect(isCaption(glued, false)).toBe(true);
    expect(isCaption(spaced, false)).toBe(true);
    const { flat, kept } = page([glued], [spaced]);
    expect(flat).not.toContain('Bild:');
    expect(kept).toBe(true);
  });

  it('keeps a sentence that opens with a paper named "Bild"', () => {
    expect(isCaption('Bild Zeitung reported that Tanaka would travel to Geneva.', false)).toBe(false);
  });
});

describe('a desk row: newsroom, place or wire labels between bars before the stamp', () => {
  it.each([
    [
      'a desk and a city before a day-first stamp',
      'Example News Desk | Geneva | Updated: 16-04-2025 18:08 CET | Created: 16-04-2025 18:08 CET',
      '2025-04-16',
    ],
    ['a wire before a stamp', 'Example Wire | Jul 15, 2025, 10:54 IST', '2025-07-15'],
    ['an outlet name before a numeric date', 'Example 24-07-2025', '2025-07-24'],
  ])('reads %s and drops the row', (_kind, row, day) => {
    const { a, flat, kept } = page([row]);
    expect(a.published).toBe(day);
    expect(flat).not.toContain(row);
    expect(kept).toBe(true);
  });

  it('reads no date from a headline followed by a date in its text', () => {
    const a = clean(
      `Geneva talks resume for machine tool exporters\n\n${LEAD} The last round ended on 16-04-2025.\n\n${SECOND}\n`,
    );
    expect(a.published).toBeNull();
  });
});

describe('a reprint notice after the text', () => {
  /** The page with `tail` after the three paragraphs. */
  function withTail(tail: string) {
    const a = clean(`${[HEADLINE, LEAD, SECOND, THIRD, tail].join('\n\n')}\n`);
    const flat = a.body.replace(/\s+/g, ' ');
    return { flat, kept: [LEAD, SECOND, THIRD].every((p) => flat.includes(p)) };
  }

  it.each([
    [
      'a wire credit and an edit note',
      'This article was produced by Example Wire. It has not been edited by Example Site.',
    ],
    ['a first publication with its date', 'This report by Example Press was first published July 24, 2025.'],
    ['a permission line', 'Published by Example Content Services with permission from Example Times.'],
    [
      'a feed note in brackets',
      '(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)',
    ],
  ])('drops %s', (_kind, notice) => {
    const { flat, kept } = withTail(notice);
    expect(flat).not.toContain(notice);
    expect(kept).toBe(true);
  });

  it('drops a legal disclaimer hard-wrapped over several lines, with its quotation marks', () => {
    const block = [
      'Legal Disclaimer: Example Network provides the information “as is” without',
      'warranty of any kind. We do not accept any responsibility or liability for',
      'the accuracy, content, images or completeness of the information in this',
      'article.',
    ].join('\n');
    const { flat, kept } = withTail(block);
    expect(flat).not.toContain('warranty');
    expect(flat).not.toContain('Legal Disclaimer');
    expect(kept).toBe(true);
  });

  it('keeps a sentence about another body’s report and a stamp label', () => {
    const other =
      'This report was published by the ministry on Tuesday and lists the duties on machine tools.';
    const { flat } = withTail(other);
    expect(flat).toContain(other);
    const a = clean(
      `${HEADLINE}\n\nThis content was published on\n\nJuly 9, 2025\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n`,
    );
    expect(a.body).toContain(THIRD);
  });
});

describe('a line of tags in lower case between the paragraphs', () => {
  it.each([
    ['tanaka geneva trade'],
    ['the machine tools duties row'],
    ['tags geneva tariff machine tools tanaka'],
  ])('drops "%s"', (tags) => {
    const { a, kept } = page([], [tags]);
    expect(a.body.split('\n').some((l) => l.trim() === tags)).toBe(false);
    expect(kept).toBe(true);
  });

  it('keeps the items of a list in lower case under its lead-in', () => {
    const list = 'The duties cover:\n\nsteel and aluminium\n\nmachine tools and parts';
    const { a } = page([], [list]);
    expect(a.body).toContain('steel and aluminium');
    expect(a.body).toContain('machine tools and parts');
  });

  it('keeps a paragraph hard-wrapped so that a short piece in lower case stands on a line', () => {
    const wrapped =
      'Tanaka said the exporters had asked the ministry for help with\nthe new duties on tools\nbefore the next round, officials said.';
    const a = clean(`${HEADLINE}\n\n${LEAD}\n\n${wrapped}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(a.body.replace(/\s+/g, ' ')).toContain('help with the new duties on tools before the next round');
  });
});

describe('a caption naming its subject with a role between commas', () => {
  it('drops it over the text, in the present tense with its day', () => {
    const caption = 'Aiko Tanaka, the country’s trade minister, speaks to reporters in Geneva on Friday.';
    const { flat, kept } = page([caption]);
    expect(flat).not.toContain(caption);
    expect(kept).toBe(true);
  });

  it('keeps such a sentence in the text and a lead told in the past tense', () => {
    const inText = 'Aiko Tanaka, the country’s trade minister, speaks to reporters in Geneva on Friday.';
    expect(isCaption(inText, false)).toBe(false);
    const lead = 'Aiko Tanaka, the country’s trade minister, met her counterpart in Geneva on Friday.';
    expect(isCaption(lead, true)).toBe(false);
  });
});
