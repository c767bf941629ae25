import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../../scripts/metamorphic/transforms';
import { buildDataset } from '../../../src/core/dataset';
import { logicalLines, wrapWidth } from '../../../src/core/parse/unwrap';
import { clean } from './helpers';

// Made-up articles; every name, quote and figure in them is invented.

/** Paragraphs set apart by blank lines, under a short headline and byline that no fill touches. */
const BLANK_LINE_PAGE = [
  'Trade envoys end second round without a deal',
  '',
  'By Jan Novak',
  '',
  'GENEVA — Trade envoy Ana Lucia Ferreira Santos said on Tuesday that the two sides had narrowed their differences on farm goods but that no agreement on car tariffs was in sight before the deadline.',
  '',
  '“We have made real progress on the questions that matter to our farmers. There is still work to do on cars,” Ferreira Santos told reporters after the talks, which lasted more than nine hours.',
  '',
  'Her counterpart, Commerce Minister Kwame Mensah-Boateng Jr., said the negotiations would resume next week in Lisbon. He added that both delegations had agreed to keep the details of the proposals confidential until then.',
  '',
  'Officials from both countries said a third round was pencilled in for early next month. Analysts at the Example Institute said an agreement before the summer was unlikely.',
].join('\n');

/** One paragraph a line, no blank lines between them, as many page stores save text. */
const LINE_PER_PARAGRAPH_PAGE = [
  'Talks on steel quotas drag into a third day',
  'Deputy trade minister Olusegun Adeyemi-Okafor said on Monday that the talks on steel quotas would go on for a third day, after the two sides failed to agree on the size of the duty-free allowance.',
  '“We are not going to sign something that leaves our mills exposed. We would rather take another week than sign a bad deal,” Adeyemi-Okafor told a news conference in the capital.',
  'Trade Secretary Helena Marquez Villanueva said her team had offered to raise the quota by a fifth, an offer she called generous and said would stay on the table until the end of the month.',
  'The talks are the first since the two countries imposed duties on each other’s metals in March.',
].join('\n');

const WIDTHS = [60, 66, 72, 80, 88, 100];

describe('unwrapping hard-wrapped pages', () => {
  it('finds the width a page was filled to, and none in a page that was not filled', () => {
    for (const w of WIDTHS) {
      const width = wrapWidth(hardWrap(BLANK_LINE_PAGE, w).split('\n'));
      expect(width).toBeLessThanOrEqual(w);
      expect(width).toBeGreaterThan(w - 10);
    }
    expect(wrapWidth(BLANK_LINE_PAGE.split('\n'))).toBe(0);
    expect(wrapWidth(LINE_PER_PARAGRAPH_PAGE.split('\n'))).toBe(0);
  });

  it('gives back the lines as they were before the fill, at any width from 60 to 100', () => {
    for (const page of [BLANK_LINE_PAGE, LINE_PER_PARAGRAPH_PAGE]) {
      const before = page.split('\n').map((l) => l.trim());
      for (const w of WIDTHS) {
        const after = logicalLines(hardWrap(page, w).split('\n')).map((l) => l.text);
        expect(after, `width ${w}`).toEqual(before);
      }
    }
  });

  /** The made-up lines must be a fill at `width`: each line full up to the next line's first word. */
  const expectFilled = (lines: string[], width: number) => {
    lines.forEach((l, i) => {
      const next = lines[i + 1]?.trim() ?? '';
      expect(l.length).toBeLessThanOrEqual(width);
      if (l.trim() && next) expect(l.length + 1 + next.split(' ')[0]!.length, l).toBeGreaterThan(width);
    });
  };

  it('runs a sentence end at the edge on when the page marks paragraphs with blank lines', () => {
    const lines = [
      'The minister said the offer was final and would not be improved again.',
      'The envoy said the talks had stalled on farm goods and would resume on',
      'Friday. A third official said the two sides were still far apart on the',
      'question of car parts, which both sides want to protect for five years.',
      'Nobody expected the talks to end before the summer holiday in August.',
      '',
      'The second paragraph starts here and runs on for a while to the edge of',
      'the column, where it is broken by the fill as the lines of a mail client',
      'are, until it ends.',
    ];
    expectFilled(lines, 72);
    const out = logicalLines(lines).map((l) => l.text);
    expect(out).toEqual([
      lines.slice(0, 5).join(' '),
      '',
      'The second paragraph starts here and runs on for a while to the edge of the column, where it is broken by the fill as the lines of a mail client are, until it ends.',
    ]);
  });

  it('keeps a sentence end at the edge apart on a page of one paragraph a line, unless a quotation is open', () => {
    const lines = [
      'The minister said the offer on the table was final and that it would not',
      'change. The envoy said the talks had stalled on farm goods and would go',
      'on in June. “We are not going to accept this offer in its present form.',
      'Nobody expected the talks to end before the summer,” the envoy told the',
      'reporters who had waited outside the ministry through the whole night.',
      'A third official said the two sides were still far apart on car parts.',
      'Both teams were due to meet again on Friday in the capital for a day of',
      'talks on the quotas for beef and pork, officials from both sides said.',
    ];
    const out = logicalLines(lines).map((l) => l.text);
    expect(out).toEqual([
      lines.slice(0, 5).join(' '),
      'A third official said the two sides were still far apart on car parts.',
      lines.slice(6).join(' '),
    ]);
  });

  it('runs a quotation closed after a comma on to its speaker on the next line', () => {
    const lines = [
      'The envoy said the talks had stalled on farm goods and would resume in',
      'June, and that a deal was still possible before the end of the summer.',
      '“We have made real progress on the questions that matter most to us,”',
      'Ferreira Santos said. She did not say when the next round would start',
      'or where it would be held, but officials said a third round was set for',
      'early next month.',
    ];
    expectFilled(lines, 71);
    const out = logicalLines(lines).map((l) => l.text);
    expect(out).toEqual([lines.slice(0, 2).join(' '), lines.slice(2).join(' ')]);
  });

  it('does not run a headline into a dateline, nor a line into a timestamp line, a wider caption or a link', () => {
    const lines = [
      'Envoys end the second round of talks on farm goods without a deal',
      'LISBON, May 3 (Example Wire) - Trade envoys from the two countries ended',
      'their second round of talks on Tuesday without an agreement on cars or',
      'on farm goods, officials from both delegations said after the meeting.',
      'The envoys said they would meet again within a month in the capital.',
      'Posted May 3, 2025 5:26 PM',
      'The talks were the second since the duties were imposed earlier this',
      'Trade envoys shake hands before the talks in Lisbon on Tuesday, May 3. (Photo by Jan Novak/Example Wire)',
      'year, and the first to be held outside the capital of either country,',
      'according to the officials, who asked not to be named because the talks',
      'were private.',
      'More on the talks at',
      'https://example.com/news/2025/05/03/envoys-end-second-round-without-a-deal',
    ];
    const out = logicalLines(lines).map((l) => l.text);
    expect(out[0]).toBe('Envoys end the second round of talks on farm goods without a deal');
    expect(out[1]).toMatch(/^LISBON, May 3 \(Example Wire\) - .* after the meeting\.$/);
    expect(out).toContain('Posted May 3, 2025 5:26 PM');
    // A caption wider than the fill was not made by it, even where a page store put it mid-paragraph.
    expect(out).toContain(
      'Trade envoys shake hands before the talks in Lisbon on Tuesday, May 3. (Photo by Jan Novak/Example Wire)',
    );
    expect(out.at(-1)).toBe('https://example.com/news/2025/05/03/envoys-end-second-round-without-a-deal');
  });

  it('joins nothing in a page that was not filled: headline, standfirst, list items, furniture', () => {
    const lines = [
      'Envoys end the second round of talks on farm goods without any deal',
      'The two sides remain far apart on car tariffs and on quotas for beef',
      'By Jan Novak and Maria Lopez-Garcia, Example Wire correspondents',
      'Updated May 3, 2025 5:26 PM',
      '',
      'Trade envoys from the two countries ended their second round of talks on Tuesday without an agreement on cars or on farm goods, officials from both delegations said.',
      'The points still open:',
      '- Quotas for beef and pork, which the importing side wants to halve',
      '- Tariffs on car parts, which both sides want to keep for five years',
      'Photo: Example Wire',
      'Share this article on social media and with your friends and family',
    ];
    expect(logicalLines(lines).map((l) => l.text)).toEqual(lines.map((l) => l.trim()));
  });
});

describe('extraction of a hard-wrapped article', () => {
  const dataset = (text: string) => buildDataset([{ file: 'sample.txt', raw: text }]);
  const view = (text: string) => {
    const d = dataset(text);
    const a = d.articles[0]!;
    return {
      title: a.title,
      paragraphs: a.paragraphs,
      people: [...a.people].sort(),
      quotes: d.quotes.map((q) => `${q.kind} ${q.speaker}: ${q.text}`).sort(),
    };
  };

  it('is the same as that of the text before the fill, at any width from 60 to 100', () => {
    for (const page of [BLANK_LINE_PAGE, LINE_PER_PARAGRAPH_PAGE]) {
      const before = view(page);
      for (const w of WIDTHS) expect(view(hardWrap(page, w)), `width ${w}`).toEqual(before);
    }
  });

  it('keeps long names, quotes and their speakers whole across line breaks', () => {
    const wrapped = view(hardWrap(BLANK_LINE_PAGE, 72));
    expect(wrapped.title).toBe('Trade envoys end second round without a deal');
    expect(wrapped.people).toEqual(
      expect.arrayContaining(['Ana Lucia Ferreira Santos', 'Kwame Mensah-Boateng Jr.']),
    );
    // A direct quote is exactly the characters between the marks, its comma included.
    expect(wrapped.quotes).toContain(
      'direct Ana Lucia Ferreira Santos: We have made real progress on the questions that matter to our farmers. There is still work to do on cars,',
    );
    expect(wrapped.quotes).toContain(
      'reported Kwame Mensah-Boateng Jr.: the negotiations would resume next week in Lisbon',
    );
    const narrow = clean(hardWrap(LINE_PER_PARAGRAPH_PAGE, 60));
    // One paragraph a line before the fill: as many paragraphs after it, none cut at a line break.
    expect(narrow.paragraphs).toHaveLength(5);
    expect(narrow.paragraphs.every((p) => !p.includes('\n'))).toBe(true);
  });
});
