import { describe, expect, it } from 'vitest';
import { askEveryPage, asksForPage, commandText } from '../../../src/adapters/console/one-shot';
import { renderReply } from '../../../src/adapters/console/render';
import type { DispatchResult } from '../../../src/app/dispatch';
import { splitWords } from '../../../src/app/words';
import { paginate } from '../../../src/core/paging';
import { answer, errorReply, text } from '../../../src/core/reply';

describe('what a one-shot asks', () => {
  it('reads one argument with spaces as the typed command line', () => {
    expect(commandText(['who akazawa'])).toBe('who akazawa');
    expect(commandText(['  who akazawa about rice '])).toBe('who akazawa about rice');
    expect(commandText(['who akazawa', '--page', '2'])).toBe('who akazawa --page 2');
    expect(commandText(['who akazawa', '--page=2'])).toBe('who akazawa --page 2');
    expect(commandText(['who akazawa --page=3'])).toBe('who akazawa --page 3');
    // Quotes typed inside the one argument group words as they do at the console.
    expect(splitWords(commandText(['said "frank and constructive"']))).toEqual([
      'said',
      'frank and constructive',
    ]);
  });

  it('keeps a word the shell already split out as one word', () => {
    expect(splitWords(commandText(['who', 'Ryosei Akazawa']))).toEqual(['who', 'Ryosei Akazawa']);
    expect(commandText(['who', 'akazawa'])).toBe('who akazawa');
  });

  it('knows when the command names its page', () => {
    expect(asksForPage('who akazawa --page 2')).toBe(true);
    expect(asksForPage('--page 1 who akazawa')).toBe(true);
    expect(asksForPage('who akazawa')).toBe(false);
    expect(asksForPage('said --pages')).toBe(false);
  });
});

/**
 * A made-up command paged like `who`: direct and reported statements, three of each per page,
 * both sections side by side on every page.
 */
function sideBySide(direct: number, reported: number) {
  const d = Array.from({ length: direct }, (_, i) => `direct ${i + 1}`);
  const r = Array.from({ length: reported }, (_, i) => `reported ${i + 1}`);
  const asked: string[] = [];
  const ask = async (typed: string): Promise<DispatchResult> => {
    asked.push(typed);
    const m = /--page (\d+)$/.exec(typed);
    const page = m ? Number(m[1]) : 1;
    const req = { page, invocation: 'who someone' };
    const pd = paginate(d, req, 3);
    const pr = paginate(r, { ...req, page: Math.min(page, Math.ceil(r.length / 3)) }, 3);
    const sections = [
      {
        heading: 'In their own words',
        items: page <= Math.ceil(d.length / 3) ? pd.items.map((s) => text(s)) : [],
      },
      {
        heading: 'Reported statements',
        items: page <= Math.ceil(r.length / 3) ? pr.items.map((s) => text(s)) : [],
      },
    ].filter((s) => s.items.length);
    return {
      reply: answer({
        title: 'What someone said',
        lead: `${direct + reported} statements`,
        sections,
        page: pd.page,
      }),
      status: 'ok',
      command: 'who',
    };
  };
  return { ask, asked };
}

describe('a one-shot answer holds every page', () => {
  it('follows the pages to the last and joins each section back into one', async () => {
    const { ask, asked } = sideBySide(10, 7);
    const { reply, status } = await askEveryPage(ask, 'who someone');
    expect(status).toBe('ok');
    expect(asked).toEqual([
      'who someone',
      'who someone --page 2',
      'who someone --page 3',
      'who someone --page 4',
    ]);
    expect(reply.page).toBeNull();
    expect(reply.sections.map((s) => s.heading)).toEqual(['In their own words', 'Reported statements']);
    const texts = (i: number) => reply.sections[i]!.items.map((it) => (it.type === 'text' ? it.text : ''));
    expect(texts(0)).toEqual(Array.from({ length: 10 }, (_, i) => `direct ${i + 1}`));
    expect(texts(1)).toEqual(Array.from({ length: 7 }, (_, i) => `reported ${i + 1}`));
    const printed = renderReply(reply);
    expect(printed).not.toMatch(/Page \d+ of|more/);
  });

  it('asks once when everything fits on a page', async () => {
    const { ask, asked } = sideBySide(2, 1);
    const { reply } = await askEveryPage(ask, 'who someone');
    expect(asked).toEqual(['who someone']);
    expect(reply.sections.flatMap((s) => s.items)).toHaveLength(3);
  });

  it('returns a later page’s error as it is', async () => {
    const { ask } = sideBySide(10, 0);
    const failing = async (typed: string): Promise<DispatchResult> =>
      typed.endsWith('--page 3')
        ? { reply: errorReply('Gone', 'The articles were reloaded.'), status: 'failed', command: 'who' }
        : ask(typed);
    const { reply, status } = await askEveryPage(failing, 'who someone');
    expect(status).toBe('failed');
    expect(reply.title).toBe('Gone');
  });
});
