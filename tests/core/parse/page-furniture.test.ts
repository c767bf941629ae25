import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { clean } from './helpers';

// Made-up article lines: a lead, a quote, and two more paragraphs on the same subject.
const LEAD =
  'Finance Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools in the coming round of talks.';
const SECOND =
  '“We will not accept a deal that hurts our farmers,” Tanaka told reporters in Osaka after the meeting on machine tools.';
const THIRD =
  'Tanaka said the duties on machine tools had cost exporters about 2 billion dollars since the spring, according to ministry figures.';
const FOURTH =
  'The talks on machine tools are expected to resume in Geneva next month, when both delegations will present new offers on duties.';

/** The article with `junk` put between its second and third paragraphs. */
function withMiddle(junk: string) {
  const a = clean(`${LEAD}\n\n${SECOND}\n\n${junk}\n\n${THIRD}\n\n${FOURTH}\n`);
  const body = a.body.replace(/\s+/g, ' ');
  return {
    a,
    gone: !a.body.includes(junk.split('\n')[0]!.trim()),
    kept: [LEAD, SECOND, THIRD, FOURTH].every((p) => body.includes(p)),
  };
}

describe('captions and credits recognised by their shape, wherever they stand', () => {
  it.each([
    [
      'a position word between commas',
      'Jane Roe, right, shakes hands with John Doe before their talks in Geneva.',
    ],
    [
      'a row and side in brackets',
      'Jane Roe (front row left) and officials leave for Washington at the airport.',
    ],
    ['an agency credit in brackets', 'Jane Roe arrives at the ministry in Tokyo. (Reuters)'],
    ['a credit in brackets without a full stop', 'President John Doe (Getty Images)'],
    ['an agency photo credit', 'Envoys pose for a group photo at the summit.   (AP Photo/Kim Lee)'],
    [
      'a picture credit after a dash',
      'Jane Roe speaks at a news conference in Geneva, July 9, 2025. — Picture by Kim Lee',
    ],
    [
      'a photo credit after a hyphen',
      'Jane Roe talks to the media before departing on Saturday. - Photo: Example Times',
    ],
    ['a bare photo credit after the sentence', 'Jane Roe has had a phone call with John Doe. Photo: AAP'],
    [
      'a photographer and agency after a slash',
      'Jane Roe speaks to the media in Tokyo, on July 18, 2025. Kim Lee/AP',
    ],
    ['a "Pix:" caption', 'Pix: Trade Minister Jane Roe'],
    ['a "Photo by" credit line', 'Photo by Kim Lee'],
    ['an agency credit after the sentence', 'Jane Roe waves to reporters in Tokyo. AFP via Getty Images'],
    [
      'a one-sentence present-tense caption with a date',
      'Trade Minister Jane Roe speaks to reporters in Geneva on July 8, 2025.',
    ],
  ])('removes %s and keeps the article', (_kind, junk) => {
    const { gone, kept } = withMiddle(junk);
    expect(gone).toBe(true);
    expect(kept).toBe(true);
  });

  it('removes a caption spread over two lines by a hard wrap at 72 characters', () => {
    const text = [
      'Tanaka Seeks Lower Duties on Tools',
      '',
      'Finance Minister Aiko Tanaka said on Tuesday that the government would',
      'seek lower duties on machine tools in the coming round of talks with the',
      'United States, which begins in Geneva next week.',
      'Trade Minister Jane Roe speaks to reporters in Geneva on July 8, 2025. —',
      'Picture by Kim Lee',
      'Tanaka said the duties on machine tools had cost exporters about two',
      'billion dollars since the spring, according to figures from the ministry',
      'of finance, and that the loss was still growing.',
    ].join('\n');
    const a = clean(text);
    expect(a.body).not.toMatch(/Jane Roe|Kim Lee/);
    expect(a.body.replace(/\s+/g, ' ')).toContain('according to figures from the ministry of finance');
  });

  it.each([
    [
      'a body sentence about a photo opportunity',
      'The two leaders posed for photographs before the talks began, officials said on Monday.',
    ],
    [
      'a sentence starting "By the end of"',
      'By the end of July, Tanaka hopes to seal a deal on machine tools with Washington.',
    ],
    [
      'a sentence starting "By" and a month',
      'By July, the two sides had met seven times to discuss duties on machine tools.',
    ],
    ['a quote naming rights', '“All rights to set duties stay with the states,” Tanaka told the committee.'],
    [
      'a sentence about copyright law',
      'The deal also covers copyright protection for software sold by toolmakers.',
    ],
    [
      'a past-tense sentence naming a day',
      'Trade Minister Jane Roe met Tanaka in Geneva on Monday to discuss machine tools.',
    ],
    [
      'a sentence listing sides',
      'Critics on the right, left, and centre said the duties on machine tools would hurt.',
    ],
    [
      'a sentence with "right" as an adjective',
      'Tanaka said the deal was right, and that exporters of machine tools would gain.',
    ],
  ])('keeps %s', (_kind, line) => {
    const { a } = withMiddle(line);
    expect(a.body).toContain(line);
  });
});

describe('blocks of other stories and other page furniture', () => {
  it('drops a related-articles block in the middle and keeps the article after it', () => {
    const { a, gone, kept } = withMiddle(
      'Related Articles\nJapan and US Agree to Hold New Round of Tariff Talks\nKorea seeks delay on steel duties\n2 hours ago',
    );
    expect(gone && kept).toBe(true);
    expect(a.body).not.toMatch(/Korea seeks|New Round/);
  });

  it('drops a POPULAR ARTICLE block of headlines at the end, and everything after it', () => {
    const a = clean(
      `${LEAD}\n${SECOND}\nPOPULAR ARTICLE\nJapan Weighs Retaliation Over Auto Levies\nMinisters Meet in Geneva Amid Trade Tensions\n`,
    );
    expect(a.body).not.toMatch(/Retaliation|Ministers Meet/);
    expect(a.body).toContain(SECOND);
  });

  it.each([
    ['a copyright line', '© 2025 Example News Agency. All rights reserved.'],
    ['an "All contents ©" line', 'All contents © copyright 2025 The Example Times. All rights reserved.'],
    ['a markdown image row', '![Trade ministers meet in Geneva](https://example.com/images/ministers.jpg)'],
    ['a share row', 'Facebook Twitter WhatsApp Email'],
    ['a navigation bar', 'Home News Business Opinion Magazines About Us'],
    ['a slogan', 'Swipe. Select. Stay informed.'],
    ['advertising copy', 'Learning Is Your Right! Study Online With Example. Enroll Now!'],
    [
      'a line about the site',
      'Search is now available on our website! Feel free to look for topics you enjoy.',
    ],
    ['a player notice', 'Article continues below the player'],
    ['an agency credit on its own line', 'Reuters'],
    ['a relative time glued to a site name', 'Example Times3 days ago'],
    ['a "Read:" link to another story', 'Read: Japan and US agree to hold new tariff talks'],
    ['an advertisement slot with a scroll hint', 'Advertisement · Scroll to continue'],
  ])('drops %s in the middle and keeps the article', (_kind, junk) => {
    const { gone, kept } = withMiddle(junk);
    expect(gone).toBe(true);
    expect(kept).toBe(true);
  });

  it('drops an embedded post, its words and its signature, and keeps the paragraph above it', () => {
    const { a, kept } = withMiddle(
      'Great talks today on machine tools and duties. pic.twitter.com/AbC123xyz\n— Jane Roe (@janeroe) July 9, 2025',
    );
    expect(kept).toBe(true);
    expect(a.body).not.toMatch(/janeroe|pic\.twitter/);
  });

  it('drops a post signature and the short post text standing just above it', () => {
    const a = clean(
      `${LEAD}\n\n${SECOND}\n\nA good call with my friend on trade.\n— Jane Roe (@janeroe) July 9, 2025\n\n${THIRD}\n`,
    );
    expect(a.body).not.toContain('A good call');
    expect(a.body).toContain(SECOND);
    expect(a.body).toContain(THIRD);
  });

  it('drops a wire sign-off glued to the last sentence', () => {
    const a = clean(`${LEAD}\n${SECOND}\n${THIRD} – AFP\n`);
    expect(a.body).not.toContain('AFP');
    expect(a.body).toContain(THIRD);
    expect(a.outlet).toBe('AFP');
  });

  it('drops a section name over the headline, alt text, and a caption of a title and a name', () => {
    const a = clean(
      `Business\nTanaka Seeks Lower Duties on Tools\n\nmachine tools in a factory\n\nFinance Minister Aiko Tanaka\n\n${LEAD}\n${SECOND}\n`,
    );
    expect(a.title).toBe('Tanaka Seeks Lower Duties on Tools');
    expect(a.body).not.toMatch(/^Business|machine tools in a factory|Tanaka\n/);
    expect(a.body).toContain(LEAD);
  });

  it('drops metadata fields printed above the text', () => {
    const a = clean(
      `Tanaka Seeks Lower Duties on Tools\nAuthor: Jane Roe\nSection: Business\n${LEAD}\n${SECOND}\n`,
    );
    expect(a.body).not.toMatch(/Author|Section/);
    expect(a.body).toContain(LEAD);
  });

  it('keeps a title-case headline that starts with "Home"', () => {
    const a = clean(`Home Prices Rise As Tool Duties Bite\n\n${LEAD}\n${SECOND}\n`);
    expect(a.title).toBe('Home Prices Rise As Tool Duties Bite');
  });

  it('keeps a place name standing over the first paragraph as its dateline', () => {
    const a = clean(`Tanaka Seeks Lower Duties on Tools\n\nGENEVA\n${LEAD}\n${SECOND}\n`);
    expect(a.body).toContain('GENEVA');
  });

  it('drops a site name after the headline and a picture line printed twice', () => {
    const a = clean(
      `Tanaka seeks lower duties on tools | Example Times\n\nJane Roe and John Doe at the summit in Geneva\nJane Roe and John Doe at the summit in Geneva\n\n${LEAD}\n${SECOND}\n`,
    );
    expect(a.title).toBe('Tanaka seeks lower duties on tools');
    expect(a.body).not.toMatch(/Example Times|at the summit/);
  });

  it('keeps an editor’s translation in brackets', () => {
    const line = '[Translation: It is not final. There are still many details to settle before the deal.]';
    const { a } = withMiddle(line);
    expect(a.body).toContain(line);
  });
});

describe('publication date from any timestamp form', () => {
  it.each([
    [
      'a time and zone before the date with an update note',
      '10:32 AM EDT, July 9, 2025 | Updated 11:05 AM EDT, July 10, 2025',
    ],
    ['"Published" glued to the date', 'PublishedJuly 9, 2025'],
    ['"Published" glued to an ISO date', 'Published2025-07-09'],
    ['a "Written by … on" line', 'Written by Jane Roe on July 9, 2025'],
    ['a "Posted on … by" line', 'Posted on July 9, 2025 by Jane Roe'],
    ['a day-month-year stamp', 'Last updated on 9 July 2025, 10.32am'],
    ['an update first and the publication after it', 'Updated: July 10, 2025 | Published: July 9, 2025'],
    ['a byline with the date', 'By Jane Roe | July 9, 2025 | 3 min read'],
    ['a source line with a dated address', 'Source: https://example.com/news/2025/07/09/tools-deal'],
  ])('reads %s', (_kind, line) => {
    const a = clean(`Tanaka Seeks Lower Duties on Tools\n${line}\n${LEAD}\n${SECOND}\n`);
    expect(a.published).toBe('2025-07-09');
    expect(a.body).not.toContain(line);
  });

  it('prefers the first publication to a later update on separate lines', () => {
    const a = clean(
      `Tanaka Seeks Lower Duties\nPosted Jul 9, 2025 5:26 PM CDT\nUpdated Jul 10, 2025 9:30 AM CDT\n${LEAD}\n`,
    );
    expect(a.published).toBe('2025-07-09');
  });

  it('reads a dateline day when a caption gives that day with its year', () => {
    const a = clean(
      `Tanaka Seeks Lower Duties\nJane Roe speaks in Geneva, July 9, 2025. — Picture by Kim Lee\n\nGENEVA, July 9 — ${LEAD}\n`,
    );
    expect(a.published).toBe('2025-07-09');
  });

  it('reads a wire dateline day when the lead names that weekday in the default year', () => {
    const a = clean(
      'TAIPEI, July 23 (Example Wire) - The government said on Wednesday that a trade delegation was in Washington for talks.\n',
    );
    expect(a.published).toBe('2025-07-23');
  });

  it.each([
    [
      'a dateline that prints its year',
      'TOKYO, July 9, 2025 (Example Wire) — The government said talks would resume.',
    ],
    [
      'a day-first dateline and its weekday',
      'LONDON, 9 July (Example Wire) - The government said on Wednesday that talks would resume.',
    ],
  ])('reads %s', (_kind, line) => {
    expect(clean(`${line}\n`).published).toBe('2025-07-09');
  });

  it('does not date a dateline when nothing on the page confirms its year', () => {
    const a = clean(
      'TAIPEI, July 23 (Example Wire) - The government said on Monday that a trade delegation was in Washington for talks.\n',
    );
    expect(a.published).toBeNull();
  });

  it('does not take an event date in the body for the publication date', () => {
    const a = clean(
      `Tanaka Seeks Lower Duties\n${LEAD}\nThe duties were first raised on April 2, 2025, by executive order.\n`,
    );
    expect(a.published).toBeNull();
  });

  it('reads a wrapped timestamp and a dateline moved to its own line', () => {
    const a = clean(
      `Tanaka Seeks Lower Duties\nJuly 9, 2025 at 10:32 JST\n\nGENEVA (Example Wire) —\n${LEAD}\n`,
    );
    expect(a.published).toBe('2025-07-09');
    expect(a.outlet).toBe('Example Wire');
    expect(a.body).toContain(LEAD);
  });

  it('reads metadata printed as lines above the text, without front matter fences', () => {
    const a = clean(
      `Title: Tanaka Seeks Lower Duties\nurl: https://example.com/news/2025/07/09/tools\nAuthor: Jane Roe\n\n${LEAD}\n`,
    );
    expect(a.title).toBe('Tanaka Seeks Lower Duties');
    expect(a.published).toBe('2025-07-09');
    expect(a.body).not.toMatch(/Title:|url:|Author:/);
  });

  it('takes the url and date from front matter written with other field names', () => {
    const raw = `---\nheadline: Tools Deal Nears\nsource: https://example.com/news/2025/07/09/tools\ntags:\n  - trade\n---\n${LEAD}\n`;
    const a = buildDataset([{ file: 'fm.txt', raw }]).articles[0]!;
    expect([a.title, a.url, a.published]).toEqual([
      'Tools Deal Nears',
      'https://example.com/news/2025/07/09/tools',
      '2025-07-09',
    ]);
    const dated = buildDataset([{ file: 'fm.txt', raw: `---\ndate: July 8, 2025\n---\n${LEAD}\n` }])
      .articles[0]!;
    expect(dated.published).toBe('2025-07-08');
  });
});
