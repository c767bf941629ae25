import { describe, expect, it } from 'vitest';
import { quotesSaying } from '../../../src/core/answers/said';
import { buildCorpus } from '../../../src/core/corpus';
import { UserError } from '../../../src/core/errors';
import { pageSections, paginate } from '../../../src/core/paging';
import { text } from '../../../src/core/reply';
import { article, quote } from './fixture';

describe('paging long answers', () => {
  it('shows eight at a time with next/prev commands built from the invocation', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const first = paginate(items, { page: 1, invocation: 'said deal' });
    expect(first.items).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(first.page).toEqual({ page: 1, pages: 3, next: 'said deal --page 2', prev: null });
    const last = paginate(items, { page: 3, invocation: 'said deal' });
    expect(last.items).toEqual([16, 17, 18, 19]);
    expect(last.page).toEqual({ page: 3, pages: 3, next: null, prev: 'said deal --page 2' });
  });

  it('adds no pager when everything fits', () => {
    expect(paginate([1, 2, 3], { page: 1, invocation: 'people' }).page).toBeNull();
  });

  it('answers a page past the end with the last page’s command', () => {
    let err: unknown;
    try {
      paginate([1, 2, 3, 4, 5, 6, 7, 8, 9], { page: 5, invocation: 'timeline' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('There are only 2 pages of this answer.');
    expect((err as UserError).suggestions).toEqual(['timeline --page 2']);
  });

  it('repeats a section heading when the section runs onto the next page', () => {
    const sections = [
      { heading: 'A', items: Array.from({ length: 6 }, (_, i) => text(`a${i}`)) },
      { heading: 'B', items: Array.from({ length: 6 }, (_, i) => text(`b${i}`)) },
    ];
    const p1 = pageSections(sections, { page: 1, invocation: 'digest 7d' });
    expect(p1.sections.map((s) => [s.heading, s.items.length])).toEqual([
      ['A', 6],
      ['B', 2],
    ]);
    const p2 = pageSections(sections, { page: 2, invocation: 'digest 7d' });
    expect(p2.sections.map((s) => [s.heading, s.items.length])).toEqual([['B', 4]]);
  });

  it('pages a long quote list, newest first across pages', () => {
    const articles = Array.from({ length: 12 }, (_, i) =>
      article(`p${i}`, {
        title: `Report ${i}`,
        outlet: 'Daily Ledger',
        published: `2025-05-${String(i + 1).padStart(2, '0')}`,
        body: [`“A deal is near, day ${i + 1},” Mori said.`],
      }),
    );
    const quotes = articles.map((a, i) => quote(a, 'Hana Mori', `A deal is near, day ${i + 1},`));
    const corpus = buildCorpus(
      { articles, quotes, people: [], events: [], rates: [], problems: [] },
      new Date('2025-06-01T00:00:00Z'),
    );
    const p1 = quotesSaying(corpus, 'deal', { page: 1, invocation: 'said deal' });
    const p2 = quotesSaying(corpus, 'deal', { page: 2, invocation: 'said deal' });
    const days = [...p1.sections[0]!.items, ...p2.sections[0]!.items].map((i) =>
      i.type === 'quote' ? i.date : '',
    );
    expect(days).toHaveLength(12);
    expect(days[0]).toBe('2025-05-12');
    expect(days[11]).toBe('2025-05-01');
    expect(p1.page?.next).toBe('said deal --page 2');
    expect(p2.page?.prev).toBe('said deal --page 1');
  });
});
