import { describe, expect, it } from 'vitest';
import { RATES_HEADING } from '../../../src/core/answers/digest';
import {
  digestThread,
  MAX_DEVELOPMENT_REPLIES,
  PARENT_RATE_CHANGES,
} from '../../../src/core/answers/digest-thread';
import type { Article } from '../../../src/core/article';
import { type Section, text } from '../../../src/core/reply';

// Made-up digest content: the thread's shape depends only on the sections and counts.
const development = (n: number): Section => ({
  heading: `Made-up round ${n} — June ${n}, 2025`,
  items: [text(`Negotiators met for round ${n}.`)],
});
const rates = (n: number): Section => ({
  heading: RATES_HEADING,
  items: Array.from({ length: n }, (_, i) => text(`Made-up goods ${i}: ${10 + i}%`)),
});
const content = (sections: Section[], articles: number) => ({
  fresh: Array.from({ length: articles }, () => ({}) as Article),
  sections,
  developments: sections.filter((s) => s.heading !== RATES_HEADING).length,
});
const title = 'Daily digest: new since Mon, 9 Jun 2025, 08:00 GMT+9';

describe('a digest as a thread', () => {
  it('heads the parent with the newest development and the counts, and gives each development a reply', () => {
    const t = digestThread({
      title,
      content: content([development(3), development(2)], 5),
      filter: null,
      notes: [],
    });
    expect(t.parent.title).toBe(title);
    expect(t.parent.lead).toBe(
      'Newest: Made-up round 3 — June 3, 2025. 2 developments, 5 new articles; the details are in the thread.',
    );
    expect(t.parent.sections).toEqual([]);
    expect(t.details.map((d) => d.title)).toEqual([
      'Made-up round 3 — June 3, 2025',
      'Made-up round 2 — June 2, 2025',
    ]);
    expect(t.details[0]!.sections[0]!.items).toEqual(development(3).items);
  });

  it('makes no headline of reports tied to no development', () => {
    const other: Section = { heading: 'Other reports', items: [text('A made-up report.')] };
    const t = digestThread({ title, content: content([other], 1), filter: null, notes: [] });
    expect(t.parent.lead).toBe('1 development, 1 new article; the details are in the thread.');
    expect(t.details.map((d) => d.title)).toEqual(['Other reports']);
  });

  it('shows a few rate changes in the parent and, when there are more, all of them in a first reply', () => {
    const few = digestThread({
      title,
      content: content([rates(2), development(1)], 1),
      filter: null,
      notes: [],
    });
    expect(few.parent.sections).toEqual([rates(2)]);
    expect(few.details).toHaveLength(1);
    const many = digestThread({
      title,
      content: content([rates(PARENT_RATE_CHANGES + 3), development(1)], 1),
      filter: 'about autos',
      notes: ['2 new articles have no date; `sources` lists them.'],
    });
    expect(many.parent.sections[0]!.items).toHaveLength(PARENT_RATE_CHANGES);
    expect(many.parent.notes).toEqual([
      '3 more rate changes in the thread.',
      '2 new articles have no date; `sources` lists them.',
    ]);
    expect(many.parent.lead).toContain('(filter: about autos)');
    expect(many.details.map((d) => d.title)).toEqual([RATES_HEADING, 'Made-up round 1 — June 1, 2025']);
    expect(many.details[0]!.sections[0]!.items).toHaveLength(PARENT_RATE_CHANGES + 3);
  });

  it('keeps a thread to a bounded number of replies and says where the rest is', () => {
    const sections = Array.from({ length: MAX_DEVELOPMENT_REPLIES + 2 }, (_, i) => development(30 - i));
    const t = digestThread({ title, content: content(sections, 20), filter: null, notes: [] });
    expect(t.details).toHaveLength(MAX_DEVELOPMENT_REPLIES);
    expect(t.details.at(-1)!.notes).toEqual([
      '2 more developments not shown here: `digest 24h` shows all of it.',
    ]);
    expect(t.details[0]!.notes).toEqual([]);
  });
});
