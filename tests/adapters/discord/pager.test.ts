import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_ID, PageKeys, pageButtons } from '../../../src/adapters/discord/pager';
import { answer } from '../../../src/core/reply';

const ALICE = '500000000000000001';

describe('page buttons', () => {
  it('carry the page command and the asker in the custom_id when it fits', () => {
    const keys = new PageKeys();
    const id = keys.encode({ askerId: ALICE, command: 'who akazawa --page 2' }, 'next');
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
    expect(keys.decode(id)).toEqual({
      ok: true,
      target: { askerId: ALICE, command: 'who akazawa --page 2' },
    });
    expect(keys.size).toBe(0);
  });

  it('keep long commands under a short key, forgetting the oldest beyond capacity', () => {
    const keys = new PageKeys(2);
    const long = (n: number) => `said "${'frank and constructive '.repeat(5)}${n}" --page 2`;
    const ids = [1, 2, 3].map((n) => keys.encode({ askerId: ALICE, command: long(n) }, 'next'));
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
    expect(keys.decode(ids[0]!)).toEqual({ ok: false, reason: 'expired' });
    expect(keys.decode(ids[2]!)).toEqual({ ok: true, target: { askerId: ALICE, command: long(3) } });
  });

  it('show More and Back only where there is a page to go to', () => {
    const keys = new PageKeys();
    const page = (p: number, next: string | null, prev: string | null) =>
      pageButtons(
        answer({ title: 't', page: { page: p, pages: 3, next, prev } }),
        ALICE,
        keys,
      )[0]?.components.map((b) => ('label' in b ? b.label : ''));
    expect(page(1, 'x --page 2', null)).toEqual(['More']);
    expect(page(2, 'x --page 3', 'x --page 1')).toEqual(['Back', 'More']);
    expect(page(3, null, 'x --page 2')).toEqual(['Back']);
    expect(pageButtons(answer({ title: 'single' }), ALICE, keys)).toEqual([]);
  });

  it('ignore buttons that are not page buttons', () => {
    expect(new PageKeys().decode('something-else')).toEqual({ ok: false, reason: 'not-ours' });
  });
});
