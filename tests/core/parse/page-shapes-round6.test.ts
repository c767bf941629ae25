import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { readTimestampLine } from '../../../src/core/parse/dates';
import { clean } from './helpers';
import { LEAD, SECOND, THIRD } from './page-paragraphs';

function peopleOf(text: string): string[] {
  return buildDataset([{ file: 'page.txt', raw: text }]).articles[0]!.people;
}

describe('timestamps in further printed forms', () => {
  it('reads a labelled stamp with a two-digit year, dots day-first', () => {
    expect(readTimestampLine('Published 12.11.25, 09:59 AM')?.iso).toBe('2025-11-12');
    expect(readTimestampLine('Updated 03.07.25')).toEqual({ iso: '2025-07-03', updated: true });
  });

  it('leaves a short numeric date alone without the label, or with slashes (month or day first?)', () => {
    expect(readTimestampLine('12.11.25, 09:59 AM')).toBeNull();
    expect(readTimestampLine('Published 12/11/25')).toBeNull();
  });

  it('dates the page by such a stamp and drops the line', () => {
    const a = clean(
      `Tariff talks resume in Lakeland\n\nPublished 12.11.25, 09:59 AM\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.published).toBe('2025-11-12');
    expect(a.boilerplate).toContain('Published 12.11.25, 09:59 AM');
    expect(a.body).not.toContain('09:59');
  });

  it("reads the writer's name before the stamp word as part of the stamp, not as a person", () => {
    expect(readTimestampLine('Jane Roe. Updated April 25th, 2025')).toEqual({
      iso: '2025-04-25',
      updated: true,
    });
    const text = `Tariff talks resume in Lakeland\n\nJane Roe. Updated April 25th, 2025\n\n${LEAD}\n\n${SECOND}\n`;
    expect(clean(text).published).toBe('2025-04-25');
    expect(peopleOf(text)).not.toContain('Jane Roe');
  });

  it('reads a dateline printed on a line of its own, a place and the full date', () => {
    expect(readTimestampLine('Port Elm, Sep 2, 2025')?.iso).toBe('2025-09-02');
    const a = clean(
      `Tariff talks resume in Lakeland\n\n${LEAD}\n\n${SECOND}\nPort Elm, Sep 2, 2025\n\n${THIRD}\n`,
    );
    expect(a.published).toBe('2025-09-02');
    expect(a.body).not.toContain('Port Elm, Sep 2');
  });

  it('does not take a sentence that names a place and a date for a dateline', () => {
    expect(readTimestampLine('Talks in Port Elm, Sep 2, 2025')).toBeNull();
    expect(readTimestampLine('Port Elm, Sep 2, 2025, saw the first round of talks')).toBeNull();
  });
});

describe('captions, credits and source lists by shape', () => {
  it('takes a head caption whose credit follows a bare slash for a caption, not the title', () => {
    const a = clean(
      `Jane Roe, the head of the trade office, meets with reporters in Port Elm on the 5th. /Courtesy of Example Agency\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.title).not.toContain('Courtesy');
    expect(a.boilerplate.some((b) => b.endsWith('/Courtesy of Example Agency'))).toBe(true);
  });

  it('drops a label saying the picture is not of the story', () => {
    const a = clean(
      `Tariff talks resume in Lakeland\n\nRepresentational image File picture\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.body).not.toContain('Representational');
  });

  it('drops an agencies credit at the end of the text', () => {
    const a = clean(
      `Tariff talks resume in Lakeland\n\n${LEAD}\n\n${SECOND}\n\n(With inputs from agencies.)\n`,
    );
    expect(a.boilerplate).toContain('(With inputs from agencies.)');
    expect(a.body).toContain(SECOND);
  });

  it("drops an aggregator's list of sources (names and their posts) after the text", () => {
    const a = clean(
      `Tariff talks resume in Lakeland\n\n${LEAD}\n\n${SECOND}\nSources\n- Kim Lee\nThe trade minister is still in Port Elm for talks. https://t.co/abc123\n- Markets Wire\nMinister continues talks on duties.\n`,
    );
    expect(a.body).not.toContain('Kim Lee');
    expect(a.body).not.toContain('Markets Wire');
    expect(a.body).toContain(SECOND);
  });
});

describe('tag lines and lone labels', () => {
  it('takes a tag list written in lower case (names the text capitalises) for furniture, not the headline', () => {
    const text = `date 2025-04-25 EU lakeland aiko tanaka tariffs\n\nTanaka was asked who was negotiating the tariffs with Lakeland\n\n${LEAD}\n\nThe talks were led by Aiko Tanaka, who met envoys of Lakeland twice.\n`;
    const a = clean(text);
    expect(a.title).toBe('Tanaka was asked who was negotiating the tariffs with Lakeland');
    expect(a.boilerplate).toContain('EU lakeland aiko tanaka tariffs');
  });

  it('keeps a sentence-case headline, whose names stay capitalised', () => {
    const a = clean(
      `Tanaka says duties on machine tools must fall before the deal\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.title).toBe('Tanaka says duties on machine tools must fall before the deal');
  });

  it('drops a row of topic tags after the text, and a name only in it is no person', () => {
    const text = `Tariff talks resume in Lakeland\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n\nReciprocal Tax John Doe Lakeland\nFollow us on:\n`;
    const a = clean(text);
    expect(a.boilerplate).toContain('Reciprocal Tax John Doe Lakeland');
    expect(peopleOf(text)).not.toContain('John Doe');
  });

  it("keeps a last line cut mid-sentence, which is the article's", () => {
    const a = clean(
      `Tariff talks resume in Lakeland\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n\nTanaka also said the ministry would publish the list of goods that\n`,
    );
    expect(a.body).toContain('would publish the list of goods that');
  });

  it('drops lone brand words between head furniture, but keeps a dateline word in capitals', () => {
    const a = clean(
      `Lakeland seeks a zero-tariff deal on machine tools\n\nExamplecoin\nUpdated\nWidgetly\ncoverImg\nSource: ExamplePhotos\n\n${LEAD}\n\n${SECOND}\n`,
    );
    for (const w of ['Examplecoin', 'Widgetly', 'coverImg']) expect(a.body).not.toContain(w);
    const b = clean(
      `Lakeland seeks a zero-tariff deal on machine tools\n\nUpdated\nPORTELM\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(b.body).toContain('PORTELM');
  });
});

describe('headlines in sentence case are not tag lines', () => {
  it('keeps a headline whose common words the text also capitalises in names ("Trade Minister")', () => {
    const text = `EU trade chief heads to Lakeland for trade talks\n\nThe EU's top trade negotiator Jane Roe is flying to Lakeland on Wednesday for talks with Lakeland Trade Minister John Doe, said the trade spokesman for the Commission.\n\n${SECOND}\n`;
    expect(clean(text).title).toBe('EU trade chief heads to Lakeland for trade talks');
  });
});

describe('people in further shapes', () => {
  it('reads a short family name straight after a lower-case role ("top leader To …")', () => {
    const people = peopleOf(
      `Tariff talks resume in Lakeland\n\n${LEAD}\n\nThe minister was appointed by top leader To Binh to negotiate with Lakeland on tariffs, the ministry said.\n`,
    );
    expect(people).toContain('To Binh');
  });

  it('keeps an appositive role that ends in another titled person ("aide to former President …")', () => {
    const people = peopleOf(
      `Tariff talks resume in Lakeland\n\n${LEAD}\n\nEarlier this week, Peter Vance, White House adviser and senior aide to former President John Doe, claimed that the talks had stalled.\n`,
    );
    expect(people).toContain('Peter Vance');
    expect(people).toContain('John Doe');
  });
});

describe('titles from a first sentence', () => {
  it('does not take a hyphenated name for a dateline ("Kim Tae-woo, …")', () => {
    const a = clean(
      'Kim Tae-woo, head of the trade office, said on the 10th that he had discussed the tariffs with his counterparts in Lakeland.\n\nHe returned to Seoul on the same day after a week of talks on duties.\n',
    );
    expect(a.title.startsWith('Kim Tae-woo,')).toBe(true);
  });
});
