import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../../src/core/answers/who';
import { UserError } from '../../../src/core/errors';
import type { Reply } from '../../../src/core/reply';
import { fixtureCorpus, itemText, page } from './fixture';

const quotes = (r: Reply) => r.sections.flatMap((s) => s.items);
const ask = (name: string, topic?: string) => whoSaid(fixtureCorpus(), name, page(`who ${name}`), topic);

describe('who: what a person said', () => {
  it('finds a person by full name, surname, alias, reversed order and lower case', () => {
    for (const name of ['Hana Mori', 'mori', 'Minister Mori', 'mori hana', 'MORI', 'Mr Mori']) {
      expect(ask(name).title, name).toBe('What Hana Mori said');
    }
    expect(ask('commerce chief').title).toBe('What Lena Ortiz said');
  });

  it('forgives a near-miss spelling and says whom it chose', () => {
    const r = ask('ortis');
    expect(r.title).toBe('What Lena Ortiz said');
    expect(r.notes).toContain('Showing Lena Ortiz for "ortis".');
  });

  it('suggests the closest known names for an unknown one', () => {
    let err: unknown;
    try {
      ask('Morrow');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).suggestions).toContain('who Hana Mori');
    expect(() => ask('zzz')).toThrow(/I know no one called "zzz"/);
  });

  it('lists direct quotes and reported statements apart, newest first, each with date and source', () => {
    const r = ask('mori');
    expect(r.sections.map((s) => s.heading)).toEqual(['In their own words', 'Reported statements']);
    const direct = r.sections[0]!.items;
    const dates = direct.map((i) => (i.type === 'quote' ? i.date : null));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(direct[0]!.citations[0]!.outlet).toBe('Daily Ledger');
    const reported = r.sections[1]!.items[0]!;
    expect(reported.type === 'quote' && reported.kind).toBe('reported');
    expect(itemText(reported)).toBe('Japan would raise the 25 percent levy on vehicles');
  });

  it('combines with a topic: who mori about steel', () => {
    const r = ask('mori', 'steel');
    expect(r.title).toBe('What Hana Mori said about steel');
    expect(quotes(r).map(itemText)).toEqual(['Steel tariffs of 15% are unacceptable,']);
    expect(quotes(ask('mori', 'cars')).map(itemText)).toEqual([
      'We are here to defend our car industry,',
      'Japan would raise the 25 percent levy on vehicles',
    ]);
  });

  it('answers plainly when a known person was never quoted', () => {
    const r = ask('sato');
    expect(r.kind).toBe('answer');
    expect(r.lead).toMatch(/No quotes from Ken Sato .* though 1 article mention/);
  });

  it('never echoes a mention or markup the user typed', () => {
    expect(() => ask('@everyone <!channel>')).toThrow(UserError);
    try {
      ask('@everyone <!channel>');
    } catch (e) {
      expect((e as Error).message).not.toMatch(/@everyone|<!channel>/);
    }
  });
});

describe('who: suggestions for a name nobody has', () => {
  it('offers the most quoted people when no name is near', () => {
    let err: unknown;
    try {
      whoSaid(fixtureCorpus(), 'zzz', page('who zzz'));
    } catch (e) {
      err = e;
    }
    expect((err as UserError).suggestions[0]).toBe('who Hana Mori');
  });
});
