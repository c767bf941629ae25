import { describe, expect, it } from 'vitest';
import { eventHeadline, kindHeadline } from '../../../src/core/answers/event-headline';
import { headlineOf } from '../../../src/core/answers/headline';
import type { TariffEvent } from '../../../src/core/article';

// Made-up reports in the shapes news writing uses; the headlines are what a copy editor would write.
const PEOPLE = ['Hana Mori', 'Carl Dent', 'Lena Ortiz'];

const event = (sentence: string, over: Partial<TariffEvent> = {}): TariffEvent => ({
  id: 'x#e1',
  type: 'meeting',
  title: sentence,
  date: '2025-05-02',
  dateInferred: false,
  endDate: null,
  round: null,
  participants: PEOPLE.slice(0, 2),
  place: null,
  planned: false,
  articleIds: ['x'],
  mentions: [{ articleId: 'x', sentence }],
  ...over,
});

describe('event headlines', () => {
  it('takes who, the action and the thing, in the present tense', () => {
    expect(headlineOf('Japan and the U.S. signed an investment memorandum in Washington on Thursday.')).toBe(
      'Japan and the U.S. sign investment memorandum in Washington',
    );
    expect(
      headlineOf('Trade Minister Hana Mori met Carl Dent at the Commerce Department on May 2.', PEOPLE),
    ).toBe('Mori meets Dent at the Commerce Department');
  });

  it('drops the dateline, a leading date clause and the trailing attribution', () => {
    expect(
      headlineOf(
        'GENEVA (Ledger Wire) - Hana Mori announced a pause in the talks on Friday, officials said.',
        PEOPLE,
      ),
    ).toBe('Mori announces pause in talks');
    expect(
      headlineOf('On Tuesday, the two sides agreed to extend the deadline, according to a statement.'),
    ).toBe('Two sides agree to extend deadline');
  });

  it('keeps an appositive out of the subject', () => {
    expect(
      headlineOf(
        'Hana Mori, a close ally of the prime minister, departed for Geneva on May 1 for talks.',
        PEOPLE,
      ),
    ).toBe('Mori departs for Geneva for talks');
  });

  it('writes the future and the passive as headlines do', () => {
    expect(headlineOf('Japan’s chief negotiator Hana Mori will leave Friday for Geneva.', PEOPLE)).toBe(
      'Mori to leave for Geneva',
    );
    expect(headlineOf('Mori was chosen as chief negotiator on April 11.', PEOPLE)).toBe(
      'Mori chosen as chief negotiator',
    );
    expect(headlineOf('Dent is set to visit Tokyo next week.', PEOPLE)).toBe('Dent to visit Tokyo');
  });

  it('stays within 70 characters, cut before a phrase, never mid-word', () => {
    const h = headlineOf(
      'The Finance Ministry announced a second package of emergency loans for small exporters of machine parts and farm goods on June 3.',
    )!;
    expect(h.length).toBeLessThanOrEqual(70);
    expect(h).toBe('Finance Ministry announces second package of emergency loans');
  });

  it('gives no headline for a quote, a pronoun or a fragment', () => {
    expect(headlineOf('“We are close,” Mori said after the meeting.', PEOPLE)).toBeNull();
    expect(headlineOf('He departed Tokyo a day after the election.')).toBeNull();
    expect(headlineOf('Talks in Geneva.')).toBeNull();
  });

  it('falls back to the kind, the people and the place, never a bare label when it knows them', () => {
    const e = event('“We are close,” Mori said after the meeting.', { place: 'Geneva' });
    expect(eventHeadline(e)).toBe('Mori–Dent talks in Geneva');
    expect(kindHeadline(event('x', { type: 'trip', participants: ['Hana Mori'], place: 'Washington' }))).toBe(
      'Mori trip to Washington',
    );
  });

  it('reads the whole reporting sentence when the stored title was cut short', () => {
    const sentence =
      'Trade Minister Hana Mori met Commerce Secretary Lena Ortiz in Washington on May 2 for the third round of talks on autos, steel and farm goods, which ended without a deal.';
    const e = event(sentence, {
      title: `${sentence.slice(0, 100)}…`,
      participants: ['Hana Mori', 'Lena Ortiz'],
    });
    expect(eventHeadline(e)).toBe('Mori meets Ortiz in Washington for third round of talks on autos');
  });
});

describe('headlines on the articles', () => {
  it('says what happened in the Jiji report of April 8, 2025: Greer on Japan’s farm market', () => {
    // Corpus fact (../shared/corpus, Jiji Press, April 8): Greer said he would try to pry open Japan's farm market.
    const h = headlineOf(
      'Washington, April 8 (Jiji Press)--U.S. Trade Representative Jamieson Greer said Tuesday that he will try to pry open the Japanese agricultural market through tariff negotiations with Japan.',
      ['Jamieson Greer'],
    );
    expect(h).toBe('Greer says he will try to pry open the Japanese agricultural market');
  });
});
