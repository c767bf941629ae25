import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, renderEmbeds, safeText, totalEmbedSize } from '../../../src/adapters/discord/embeds';
import {
  answer,
  type Citation,
  errorReply,
  field,
  type Item,
  type Reply,
  text,
} from '../../../src/core/reply';

const source: Citation = {
  articleId: 'a1',
  title: 'Japan, U.S. share understanding',
  outlet: 'The Yomiuri Shimbun',
  published: '2025-05-31',
  url: 'https://example.org/a1',
};

function withinLimits(reply: Reply): void {
  const embeds = renderEmbeds(reply);
  expect(embeds.length).toBeGreaterThan(0);
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(totalEmbedSize(embeds)).toBeLessThanOrEqual(LIMITS.total);
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      expect(f.value.length).toBeGreaterThan(0);
    }
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  }
}

describe('a Reply as Discord embeds', () => {
  it('shows a quote with its speaker, date and a linked source', () => {
    const quote: Item = {
      type: 'quote',
      text: 'Mutual understanding is deepening',
      speaker: 'Ryosei Akazawa',
      kind: 'direct',
      date: '2025-05-31',
      citations: [source],
    };
    const [embed] = renderEmbeds(
      answer({ title: 'What Ryosei Akazawa said', sections: [{ heading: null, items: [quote] }] }),
    );
    expect(embed?.title).toBe('What Ryosei Akazawa said');
    expect(embed?.description).toContain('“Mutual understanding is deepening”');
    expect(embed?.description).toContain('Ryosei Akazawa');
    expect(embed?.description).toContain(
      '[Japan, U.S. share understanding](https://example.org/a1) · The Yomiuri Shimbun · 2025-05-31',
    );
  });

  it('stays within every Discord limit however long the answer', () => {
    const long = 'tariff '.repeat(2000);
    const reply = answer({
      title: long,
      lead: long,
      sections: Array.from({ length: 30 }, (_, i) => ({
        heading: `Section ${i}`,
        items: [text(long, [source]), field('label', long), field(long, 'v')],
      })),
      notes: [long],
      suggestions: ['who akazawa', long],
      page: { page: 1, pages: 9, next: 'x --page 2', prev: null },
    });
    withinLimits(reply);
    const embeds = renderEmbeds(reply);
    expect(embeds.at(-1)?.footer?.text).toMatch(/shortened/);
  });

  it('stays within limits for any mix of items (property)', () => {
    const str = fc.string({ maxLength: 3000 });
    const item = fc.oneof(
      str.map((s) => text(s, [source])),
      fc.tuple(str, str).map(([l, v]) => field(l, v)),
    );
    fc.assert(
      fc.property(
        str,
        fc.array(
          fc.record({ heading: fc.option(str, { nil: null }), items: fc.array(item, { maxLength: 30 }) }),
          {
            maxLength: 12,
          },
        ),
        (title, sections) => withinLimits(answer({ title, sections })),
      ),
      { numRuns: 60 },
    );
  });

  it('renders label/value sections (like help) as embed fields', () => {
    const [embed] = renderEmbeds(
      answer({
        title: 'Commands',
        sections: [{ heading: 'Commands', items: [field('latest', 'the newest')] }],
      }),
    );
    expect(embed?.fields).toEqual([{ name: 'latest', value: 'the newest' }]);
  });

  it('marks errors in red and shows what to try, with notes as small print', () => {
    const [embed] = renderEmbeds(
      errorReply('Unknown command', 'There is no command "x".', {
        suggestions: ['help'],
        notes: ['Commands: latest, who.'],
      }),
    );
    expect(embed?.color).toBe(0xd83c3e);
    expect(embed?.description).toContain('`/tariffs help`');
    expect(embed?.description?.split('\n').at(-1)).toBe('-# Commands: latest, who.');
  });

  it('defuses mentions and markdown in dataset or user text', () => {
    expect(safeText('@everyone and @here')).not.toMatch(/@everyone|@here/);
    expect(safeText('<@123> <@&9> <#5> </cmd:1>')).not.toMatch(/<[@#/]/);
    expect(safeText('**bold** _x_')).toBe('\\*\\*bold\\*\\* \\_x\\_');
  });
});

describe('citations in embeds', () => {
  it('cite a run of points from one article once, after the run', () => {
    const other: Citation = { ...source, articleId: 'a2', title: 'Fifth round ends', url: null };
    const [embed] = renderEmbeds(
      answer({
        title: 'Latest',
        sections: [
          { heading: null, items: [text('one', [source]), text('two', [source]), text('three', [other])] },
        ],
      }),
    );
    const lines = embed?.description?.split('\n') ?? [];
    expect(lines.filter((l) => l.startsWith('-# — ')).length).toBe(2);
    expect(lines.indexOf('• two')).toBe(
      lines.findIndex((l) => l.includes('Japan, U.S. share understanding')) - 1,
    );
    expect(lines.at(-1)).toBe('-# — Fifth round ends · The Yomiuri Shimbun · 2025-05-31');
  });

  it('still cite the source when a long run from one article is cut short', () => {
    const items = Array.from({ length: 60 }, (_, i) =>
      text(`Point ${i}: ${'tariff talk '.repeat(20)}`, [source]),
    );
    const embeds = renderEmbeds(answer({ title: 'Long', sections: [{ heading: null, items }] }));
    expect(embeds.at(-1)?.footer?.text).toMatch(/shortened/);
    const lines = embeds.flatMap((e) => e.description?.split('\n') ?? []).filter(Boolean);
    expect(lines.at(-1)).toMatch(/^-# — \[Japan, U\.S\. share understanding\]/);
    expect(totalEmbedSize(embeds)).toBeLessThanOrEqual(LIMITS.total);
  });
});
