import { describe, expect, it } from 'vitest';
import { clean } from './helpers';

const BODY =
  'Finance Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools in the coming round of talks.\n';

describe('publication date from the text', () => {
  it('reads a timestamp line ("June 7, 2025 at 17:46 JST")', () => {
    expect(clean(`THE DAILY EXAMPLE\nMarch 3, 2025 at 09:15 JST\n${BODY}`).published).toBe('2025-03-03');
  });

  it('reads a time-first timestamp line ("17:47 JST, July 8, 2025")', () => {
    expect(clean(`Tanaka Seeks Deal\n08:30 JST, April 2, 2025\n${BODY}`).published).toBe('2025-04-02');
  });

  it('reads a crawl marker and strips it from the first line', () => {
    const a = clean(`date 2025-02-11 ${BODY}`);
    expect(a.published).toBe('2025-02-11');
    expect(a.body.startsWith('Finance Minister')).toBe(true);
    expect(a.boilerplate).toContain('date 2025-02-11');
  });

  it('drops a crawl marker line whose rest is only a site name', () => {
    const a = clean(`date 2025-02-11 Example Wire\n\n${BODY}`);
    expect(a.body).not.toContain('Example Wire');
    expect(a.published).toBe('2025-02-11');
  });

  it('reads a day-first date glued to an outlet line ("Example News03-02-2025")', () => {
    const a = clean(`Example News03-02-2025\n${BODY}`);
    expect(a.published).toBe('2025-02-03');
    expect(a.outlet).toBe('Example News');
  });

  it('reads a timestamp glued between site junk and the dateline, and strips both', () => {
    const a = clean(
      'News from Example Society Jun 8, 2025 21:35 (JST) Osaka, June 8 (Example Press)--Finance Minister Aiko Tanaka said Sunday that much remains to be done.\n',
    );
    expect(a.published).toBe('2025-06-08');
    expect(a.outlet).toBe('Example Press');
    expect(a.body.startsWith('Osaka, June 8 (Example Press)--')).toBe(true);
  });

  it.each([
    ['an outlet, date and time line', 'EXAMPLE NEWS - Jul 22, 2025 - 10:35 | World, All', 'Example News'],
    ['a date with a parenthesised credit', 'July 22, 2025 (Example Daily)', 'Example Daily'],
  ])('reads %s at the head', (_kind, line, outlet) => {
    const a = clean(`${line}\n${BODY}`);
    expect(a.published).toBe('2025-07-22');
    expect(a.outlet).toBe(outlet);
    expect(a.body).not.toContain('2025');
  });

  it('does not take a headline that names a date for a timestamp', () => {
    expect(clean(`Duties Deadline of Aug. 1, 2025 Looms Over Tokyo\n${BODY}`).published).toBeNull();
  });

  it('drops a timestamp line without a year and reads no date from it', () => {
    const a = clean(`Tanaka Seeks Deal\nJul. 22 06:15 am JST\n${BODY}`);
    expect(a.published).toBeNull();
    expect(a.body).not.toContain('06:15');
  });

  it('gives null when the text has no date with a year', () => {
    expect(clean(`Tanaka Seeks Deal\n${BODY}The talks on Friday ended early.\n`).published).toBeNull();
  });

  it('ignores dates inside a related-articles block', () => {
    const a = clean(`${BODY}Related Articles\nMarch 3, 2025 at 09:15 JST\n`);
    expect(a.published).toBeNull();
  });

  it('dates a "... Today" headline by the lead day when the text gives that day with its year', () => {
    const a = clean(
      'New Duties on Lumber Take Effect Today\nThe lower rate applies from Oct. 2, according to officials.\nThe notice covers goods entered on or after October 2, 2025.\n',
    );
    expect(a.published).toBe('2025-10-02');
  });
});

describe('outlet from the text', () => {
  it.each([
    [
      'a wire credit in the dateline',
      'Osaka, May 2 (Example Press)--Finance Minister Aiko Tanaka said on Friday that talks went well.',
      'Example Press',
    ],
    [
      'an AP-style dateline',
      'LONDON (AP) — Finance Minister Aiko Tanaka said on Friday that talks went well in the end.',
      'AP',
    ],
    [
      'a kicker line',
      'THE MORNING HERALD\nFinance Minister Aiko Tanaka said on Friday that talks went well in the end.',
      'The Morning Herald',
    ],
  ])('reads %s', (_kind, text, outlet) => {
    expect(clean(text).outlet).toBe(outlet);
  });

  it('reads a wire credit after a head byline and a timestamp with a UTC offset', () => {
    const a = clean(
      'Tools Deal Nears\n\nBy Jane Roe and Tom Poe\n\nJuly 3, 2025 4:12 AM GMT+9 Updated 2 hours ago\n\nOSAKA, Japan, July 3 (Example Wire) - Finance Minister Aiko Tanaka said on Thursday there was still no deal.\n',
    );
    expect(a.outlet).toBe('Example Wire');
    expect(a.published).toBe('2025-07-03');
    expect(a.body).not.toMatch(/Jane Roe|GMT/);
  });

  it('reads a wire sign-off line at the end and removes it', () => {
    const a = clean(`${BODY}— Reuters\n`);
    expect(a.outlet).toBe('Reuters');
    expect(a.body).not.toContain('— Reuters');
  });

  it('does not take a short title-case headline ending in "Today" for a kicker', () => {
    const a = clean(`Tools Deal Expected Today\n${BODY}`);
    expect(a.outlet).toBeNull();
    expect(a.title).toBe('Tools Deal Expected Today');
  });

  it('reads a copyright line at the end', () => {
    expect(clean(`${BODY}©2025 Example Media L.P.\n`).outlet).toBe('Example Media');
  });

  it('gives null when the text does not show it', () => {
    expect(clean(BODY).outlet).toBeNull();
  });
});

describe('title', () => {
  it('skips a kicker and a caption to the headline, and counts a doubled headline once', () => {
    const a = clean(`logo\nTanaka Seeks Deal on Tools\n\nTanaka Seeks Deal on Tools\n\n${BODY}`);
    expect(a.title).toBe('Tanaka Seeks Deal on Tools');
    expect(a.body.match(/Tanaka Seeks Deal on Tools/g)).toHaveLength(1);
  });

  it('takes the first sentence, without its dateline, when the text starts with the body', () => {
    const a = clean(`Osaka, May 2 (Example Press)--${BODY}`);
    expect(a.title.startsWith('Finance Minister Aiko Tanaka said')).toBe(true);
  });
});
