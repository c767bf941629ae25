import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/core/parse/events';
import { article, cast } from './speakers.fixture';

const events = (body: string, published: string | null = '2025-06-14') =>
  extractEvents(article(body, published), cast).map((e) => ({
    type: e.type,
    date: e.date,
    endDate: e.endDate,
    round: e.round,
    planned: e.planned,
    participants: e.participants,
    place: e.place,
  }));

describe('events an article reports', () => {
  it('reads a numbered round with its date, participants and place', () => {
    expect(events('Akazawa met Bessent in Washington on Friday for the sixth round of talks.')).toEqual([
      {
        type: 'round',
        date: '2025-06-13',
        endDate: null,
        round: 6,
        planned: false,
        participants: ['Ryosei Akazawa', 'Scott Bessent'],
        place: 'Washington',
      },
    ]);
  });

  it('reads round numbers written as "his eighth" or "the fourth Minister-level"', () => {
    expect(
      events('Akazawa is tipped to make another visit to Washington this weekend – his eighth.')[0],
    ).toMatchObject({ type: 'trip', round: 8, planned: true });
    expect(events('On the 13th, the two held the fourth Minister-level negotiations.')[0]).toMatchObject({
      type: 'round',
      round: 4,
      date: '2025-06-13',
    });
  });

  it("does not take a leaders' first meeting or a round of tariffs for a round of talks", () => {
    expect(events('Ishiba and Trump held their first face-to-face meeting on Friday.')[0]?.round).toBeNull();
    expect(events('Trump announced the second round of tariffs on Friday.')[0]?.round ?? null).toBeNull();
  });

  it('reads trips: departures and arrivals', () => {
    expect(events('Akazawa arrived in Washington on Thursday.')[0]).toMatchObject({
      type: 'trip',
      date: '2025-06-12',
      planned: false,
    });
    expect(events('Akazawa will leave Tuesday for the US.')[0]).toMatchObject({
      type: 'trip',
      date: '2025-06-17',
      planned: true,
    });
  });

  it('reads calls, letters, orders, elections and deadlines', () => {
    const body = [
      'Ishiba and Trump spoke by phone on Friday.',
      'Trump sent a letter to Ishiba on June 9.',
      'Trump signed an executive order on June 10.',
      'The upper house election was held on Sunday.',
      'The deadline of Aug. 1 stands.',
    ].join('\n');
    expect(events(body).map((e) => [e.type, e.date])).toEqual([
      ['call', '2025-06-13'],
      ['letter', '2025-06-09'],
      ['order', '2025-06-10'],
      ['election', '2025-06-08'],
      ['deadline', '2025-08-01'],
    ]);
  });

  it("lets the verb tell what happened on the day, and a generic verb take its object's type", () => {
    expect(
      events('Akazawa was chosen as point man in the tariff negotiations on April 11.')[0],
    ).toMatchObject({
      type: 'other',
      date: '2025-04-11',
    });
    expect(events('Trump signed an executive order on June 10.')[0]).toMatchObject({ type: 'order' });
  });

  it('gives a multi-day event a date and an end date', () => {
    expect(events('Ishiba and Trump will meet at the summit in Canada on June 15-17.')[0]).toMatchObject({
      type: 'summit',
      date: '2025-06-15',
      endDate: '2025-06-17',
      planned: true,
    });
  });

  it('dates "the day before" from the event told just before it', () => {
    const body =
      'Akazawa met Lutnick on June 6 for the fifth round.\nAkazawa also met Lutnick the day before.';
    expect(events(body).map((e) => [e.date, e.round])).toEqual([
      ['2025-06-06', 5],
      ['2025-06-05', 5],
    ]);
  });

  it('gives no date to a weekday in an undated article', () => {
    expect(events('Ishiba and Trump met at the summit on Monday.', null)[0]).toMatchObject({ date: null });
  });

  it('does not take the day a remark was made for an event', () => {
    expect(events('Akazawa said Monday that an agreement is near.')).toEqual([]);
  });

  it('reads talks an undated article places only by "last week" as an event, at the place the sentence names', () => {
    const body =
      'Ishiba said Monday that Akazawa joined in the Japan-U.S. trade talks with Trump at the White House last week.';
    expect(events(body, null)).toEqual([
      expect.objectContaining({ type: 'meeting', date: null, planned: false, place: 'White House' }),
    ]);
    // With a date of its own, the article gains no day from a week, but the talks are still an
    // event (the corpus gold lists them); nothing in the sentence numbers the round.
    expect(events(body, '2025-04-21')).toEqual([
      expect.objectContaining({ type: 'meeting', date: null, round: null, place: 'White House' }),
    ]);
    // "said last week" is when the remark was made, not when the talks were.
    expect(
      events('Ishiba said last week that the talks Akazawa held with Trump in Washington went well.', null),
    ).toEqual([]);
  });

  it('dates an arrival by the day of the remarks made upon it', () => {
    const body =
      'Akazawa said Monday that talks would go on.\nAkazawa spoke to reporters upon his arrival in Washington.';
    expect(events(body, '2025-07-22')).toEqual([
      expect.objectContaining({ type: 'trip', date: '2025-07-21', place: 'Washington' }),
    ]);
  });

  it('makes an event of words in a quote only when they carry a date', () => {
    expect(events('“Nothing about the June 2 agreement has changed,” Akazawa said.')[0]).toMatchObject({
      type: 'agreement',
      date: '2025-06-02',
    });
    expect(events('“We want an agreement,” Akazawa said.')).toEqual([]);
  });

  it('gives a trip or call of the only round an article reports that round number', () => {
    const body =
      'Akazawa held the seventh round of talks with Lutnick.\nAkazawa and Lutnick spoke by phone on Saturday.';
    expect(events(body).map((e) => [e.type, e.round])).toEqual([
      ['round', 7],
      ['call', 7],
    ]);
  });

  it('tells of the same undated letter once however often the article mentions it', () => {
    const body = 'Trump sent Ishiba a letter.\nIshiba called the letter regrettable.';
    expect(events(body).filter((e) => e.type === 'letter')).toHaveLength(1);
  });
});
