import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { clean } from './helpers';

// Made-up article paragraphs on one subject: the text every page below wraps its furniture around.
const HEADLINE = 'Exporters brace as machine tool talks resume in Geneva';
const LEAD =
  'Trade Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools in the coming round of talks.';
const SECOND =
  '“We will not accept a deal that hurts our workshops,” Tanaka told reporters in Osaka after the meeting on machine tools.';
const THIRD =
  'Tanaka said the duties on machine tools had cost exporters about 2 billion dollars since the spring, according to ministry figures.';
const BODY = [LEAD, SECOND, THIRD];

/** The page: headline, `head` lines, the three paragraphs with `middle` between the first two. */
function page(head: string[], middle: string[] = [], tail: string[] = []) {
  const text = [HEADLINE, ...head, LEAD, ...middle, SECOND, THIRD, ...tail].join('\n\n');
  const a = clean(`${text}\n`);
  const flat = a.body.replace(/[^\S\n]+/g, ' ');
  return { a, body: flat, kept: BODY.every((p) => flat.replace(/\s+/g, ' ').includes(p)) };
}

/** No line of the body is `line`, and a longer `line` stands nowhere in it. */
function absent(body: string, line: string): boolean {
  const l = line.replace(/\s+/g, ' ').trim();
  return l.length > 12 ? !body.includes(l) : !body.split('\n').some((b) => b.trim() === l);
}

describe('captions and credits of any shape', () => {
  it.each([
    [
      'a credit glued after "Credit..."',
      'Trade Minister Aiko Tanaka and her counterpart in Geneva last week.Credit...Example Wire, via Example Agency',
    ],
    ['a "Cover photo:" credit of agencies', 'Cover photo: HANDOUT / Example Ministry / AFP'],
    ['a video credit', 'Video by AFP'],
    ['a photographer and agencies between bars', 'Kim Lee | Afp | Getty Images'],
    ['a title and name with a credit in brackets', 'Union Trade Minister Aiko Tanaka (Example TV)'],
    ['a picture of a scene', 'Overview of the ministerial meeting.'],
    ['a general view', 'A general view of the container port in Osaka on Monday.'],
  ])('drops %s in the middle of the text', (_kind, line) => {
    const { body, kept } = page([], [line]);
    expect(absent(body, line)).toBe(true);
    expect(kept).toBe(true);
  });

  it('drops a long present-tense caption with its place and date under the headline', () => {
    const caption =
      'Trade Minister Aiko Tanaka speaks during a press conference after a cabinet meeting to discuss both the machine tool talks with the United States and the outlook for small exporters, at the National Press Centre in Osaka, Osaka Prefecture, Japan on July 30, 2025.';
    expect(caption.length).toBeGreaterThan(250);
    const { body, kept } = page([caption]);
    expect(absent(body, caption)).toBe(true);
    expect(kept).toBe(true);
  });

  it('drops a picture description standing with its caption in a block of their own', () => {
    const alt = 'A harbour seen from above, with cranes and rows of containers.';
    const caption = 'The port of Example Bay in June.Credit...Kim Lee/Example Wire';
    const { body, kept } = page([`${alt}\n${caption}`]);
    expect(absent(body, alt)).toBe(true);
    expect(absent(body, caption)).toBe(true);
    expect(kept).toBe(true);
  });

  it('keeps a one-sentence paragraph that runs straight into a caption line of the next paragraph', () => {
    // Pages written with single line breaks: the sentence above a caption is the article's own.
    const short = 'Tanaka said exporters were ready.';
    const caption = 'The port of Example Bay in June.Credit...Kim Lee/Example Wire';
    const a = clean(`${HEADLINE}\n${LEAD}\n${short}\n${caption}\n${SECOND}\n${THIRD}\n`);
    expect(a.body).toContain(short);
    expect(a.body).not.toContain('Credit...');
  });
});

describe('site prompts, paywalls and labels', () => {
  it.each([
    ['a paywall offer', ['To continue reading, please subscribe:', 'Monthly Digital Subscription']],
    ['a price line', ['$1 per week for 24 weeks*', '$4.75/week*', '$1 for the first 4 weeks*']],
    ['billing small print', ['*Billed as $4.00 plus tax every four weeks. Cancel any time.']],
    ['a log-in prompt', ['Read this article for free:', 'or', 'Already have an account? Log in here »']],
    ['the site speaking of its products', ['• Read the E-Edition, our digital replica newspaper']],
    ['unlimited reading', ['• Enjoy unlimited reading on example.com']],
    ['offer buttons', ['Start now', 'No thanks', 'Advertise with us']],
    ['newsletter labels', ['for signing up our newsletter!', 'View More Newsletter']],
    ['a search box', ["Can't find what you're looking for?", 'View all search results']],
    [
      'a feedback box',
      [
        "Share your experiences, suggestions, and any issues you've encountered on Example Post. We're here to listen.",
        'Thank you for sharing your thoughts. We appreciate your feedback.',
        'Quickly share this news with your network—keep everyone informed with just a single click!',
      ],
    ],
    [
      'a preview notice',
      [
        'You have a preview view of this article while we are checking your access. When we have confirmed access, the full article content will load.',
      ],
    ],
    ['a "Read also:" link', ['Read also: Exporters count the cost of the duties']],
    ['a "Suggested Reading" label', ['Suggested Reading']],
    ['a breadcrumb trail', ['HOME > BUSINESS > Article']],
    ['text size buttons', ['Text Size']],
    ['a reading time', ['3 Min Read']],
    ['a newsroom byline', ['Example Wire Staff']],
    ['a syndication credit', ['Provided by Example Daily.']],
    ['a view counter', ['1071']],
  ])('drops %s and keeps the article', (_kind, lines) => {
    const { body, kept } = page([], lines);
    for (const l of lines) expect(absent(body, l), l).toBe(true);
    expect(kept).toBe(true);
  });

  it('drops wire and day labels in a list above the headline, and takes the wire for the outlet', () => {
    const a = clean(`- AFP\n- Today\n${HEADLINE}\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(a.title).toBe(HEADLINE);
    expect(a.body).not.toMatch(/^- (?:AFP|Today)$/m);
    expect(a.outlet).toBe('AFP');
  });
});

describe('bylines and author notes', () => {
  it('drops a byline, the writer’s name line and an author’s note, and the writer is no person of the article', () => {
    const lines = [
      'Jane Q Roe',
      'By Jane Q Roe',
      'Jane Q Roe, the Tokyo trade correspondent, reported from Osaka.',
    ];
    const text = [HEADLINE, ...lines, LEAD, SECOND, THIRD].join('\n\n');
    const d = buildDataset([{ file: 'a.txt', raw: text }]);
    const a = d.articles[0]!;
    for (const l of lines) expect(a.body).not.toContain(l);
    expect(a.body).toContain(LEAD);
    expect(a.people).toContain('Aiko Tanaka');
    expect(a.people.some((p) => p.includes('Roe'))).toBe(false);
  });

  it('drops an author box at the end: the name with a newsroom title and the note about the writer', () => {
    const tail = [
      'Kim Lee',
      'Kim LeeChief Visual Editor',
      'Kim Lee is the Chief Visual Editor at Example News, bringing more than 20 years of experience in photojournalism to the role.',
    ];
    const { body, kept } = page(['Kim Lee, Chief Visual Editor'], [], tail);
    for (const l of tail) expect(absent(body, l), l).toBe(true);
    expect(absent(body, 'Kim Lee, Chief Visual Editor')).toBe(true);
    expect(kept).toBe(true);
  });

  it('drops a byline standing as its own paragraph below a long standfirst', () => {
    const standfirst =
      'After months of talks on machine tools, exporters expect a deal before the duties rise at the end of the month.';
    const { body, kept } = page([standfirst, 'By Jane Q Roe']);
    expect(absent(body, 'By Jane Q Roe')).toBe(true);
    expect(body).toContain(standfirst);
    expect(kept).toBe(true);
  });

  it('keeps a sentence about a reporter that is part of the story', () => {
    const story =
      'Jane Roe, a reporter for Example Daily, said she was questioned by customs officers for two hours.';
    const { body, kept } = page([], [story]);
    expect(body).toContain(story);
    expect(kept).toBe(true);
  });
});

describe('publication date from timestamps the page prints', () => {
  it('reads a date that runs into its update note', () => {
    expect(page(['July 31, 2025Updated 4:14 p.m. ET']).a.published).toBe('2025-07-31');
  });

  it('reads a timestamp and a byline each cut in two by a hard wrap', () => {
    const { a, body, kept } = page(['July 27,\n2025 7:37 pm CET\nBy Jane\nRoe and John Poe']);
    expect(a.published).toBe('2025-07-27');
    expect(body).not.toContain('Roe and John Poe');
    expect(kept).toBe(true);
  });

  it.each([
    [
      'an update in brackets after the first date',
      '09 Jul 2025 10:32AM (Updated: 10 Jul 2025 11:05AM)',
      '2025-07-09',
    ],
    ['a machine timestamp', '2025-07-09T10:32:00+09:00', '2025-07-09'],
    [
      'a newsroom byline and a day-first date with a comma',
      'Staff Reporter | Published 9 July, 2025',
      '2025-07-09',
    ],
    ['a weekday and a time before the date', 'Updated: 3:45 PM EDT, Thu April 10, 2025', '2025-04-10'],
    ['a writer and the day', 'Written by Jane Roe on July 9, 2025', '2025-07-09'],
  ])('reads %s and drops the line', (_kind, stamp, day) => {
    const { a, body, kept } = page([stamp]);
    expect(a.published).toBe(day);
    expect(absent(body, stamp)).toBe(true);
    expect(kept).toBe(true);
  });

  it.each([['2 hours ago'], ['Published 2 hours ago'], ['Updated 5 mins ago']])(
    'invents no date from a relative time ("%s") and drops it',
    (stamp) => {
      const { a, body } = page([stamp]);
      expect(a.published).toBeNull();
      expect(absent(body, stamp)).toBe(true);
    },
  );
});

describe('people in pages that print a translation beside the English', () => {
  it('reads the name from the English line, not with the other language’s title words', () => {
    const text = [
      HEADLINE,
      LEAD,
      'Bộ trưởng Thương mại Aiko Tanaka cho biết cuộc đàm phán về thuế quan sẽ tiếp tục vào tuần tới.',
      SECOND,
    ].join('\n\n');
    const people = buildDataset([{ file: 'a.txt', raw: text }]).articles[0]!.people;
    expect(people).toContain('Aiko Tanaka');
    expect(people.filter((p) => p.includes('Tanaka'))).toEqual(['Aiko Tanaka']);
  });

  it('still reads names written with accents in an English line', () => {
    const text = [
      HEADLINE,
      'Trade Minister Šárka Novotná said on Monday that the duties on machine tools were unfair to exporters.',
      SECOND,
    ].join('\n\n');
    const people = buildDataset([{ file: 'a.txt', raw: text }]).articles[0]!.people;
    expect(people).toContain('Sarka Novotna');
  });
});

describe('captions glued into the text and headlines that look like links', () => {
  it('splits a credited caption printed at the end of the lead paragraph', () => {
    const caption =
      'Trade Minister Aiko Tanaka addresses the media on the machine tool talks, in Osaka on Tuesday. (@tanaka X/Example Video Grab) (@tanaka X/Example Video Grab)';
    const a = clean(`${HEADLINE}\n\n${LEAD} ${caption}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(a.body).toContain(LEAD);
    expect(a.body).not.toContain('Video Grab');
    expect(a.body).not.toContain('addresses the media');
    expect(a.body).toContain(SECOND);
  });

  it('keeps a caption of two sentences whole', () => {
    const caption =
      'Trade Minister Aiko Tanaka speaks to reporters in Osaka on Tuesday. She met exporters on Monday. (Kim Lee/Example Wire)';
    const { body, kept } = page([], [caption]);
    expect(absent(body, caption)).toBe(true);
    expect(body).not.toContain('She met exporters');
    expect(kept).toBe(true);
  });

  it('keeps the last sentence of a paragraph that ends with a wire’s name in brackets', () => {
    const para = `${LEAD} Tanaka will travel to Geneva on Friday. (Example Wire)`;
    const a = clean(`${HEADLINE}\n\n${para}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(a.body).toContain('Tanaka will travel to Geneva on Friday.');
  });

  it('keeps a video page’s "Watch:" headline as the title', () => {
    const title = 'Watch: Ministers shake hands as machine tool talks open in Geneva';
    const a = clean(`${title}\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(a.title).toBe(title);
  });

  it('drops an aggregator’s "Source" link and the other stories after it', () => {
    const { body, kept } = page(
      [],
      [],
      ['Source', 'Chip makers are impressive. But so are their rivals', 'World', 'Chip makers are'],
    );
    expect(kept).toBe(true);
    expect(body).not.toContain('Chip makers');
  });
});

describe('names with styles and short family names', () => {
  const peopleOf = (paras: string[]) =>
    buildDataset([{ file: 'a.txt', raw: [HEADLINE, ...paras].join('\n\n') }]).articles[0]!.people;

  it('keeps a name word borne before a style inside the name, and one person for both forms', () => {
    const people = peopleOf([
      'Trade Minister Tengku Datuk Seri Amir Hamzah said on Monday that talks on machine tools would resume.',
      '“We remain on track,” Tengku Amir told reporters in Kuala Lumpur.',
    ]);
    expect(people).toEqual(['Tengku Amir Hamzah']);
  });

  it('reads a short family name that is also an English word straight after a title', () => {
    const people = peopleOf([
      'General Secretary To Van Minh held a phone call with Trade Minister Aiko Tanaka on Wednesday about machine tools.',
    ]);
    expect(people).toContain('To Van Minh');
    expect(people).toContain('Aiko Tanaka');
  });
});

describe('menus run together', () => {
  it('drops a menu whose items were glued when the page was flattened', () => {
    const menu = 'MarketsWorld NewsBusinessLegal AffairsTech & ScienceBlog: Inside Example @ Example Wire';
    const b = clean(`${menu}\n\n${HEADLINE}\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(b.title).toBe(HEADLINE);
    expect(b.body).not.toContain('MarketsWorld');
    expect(b.body).toContain(LEAD);
  });

  it('keeps a headline of names with inner capitals', () => {
    const title = 'McAllister and LeBlanc meet DeSantis over machine tool duties';
    const b = clean(`${title}\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(b.title).toBe(title);
  });
});
