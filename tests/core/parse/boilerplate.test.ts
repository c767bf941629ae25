import { describe, expect, it } from 'vitest';
import { clean } from './helpers';

const LEAD =
  'Finance Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools in the coming round of talks.';
const SECOND =
  '“We will not accept a deal that hurts our farmers,” Tanaka told reporters in Osaka after the meeting.';

function removed(junk: string, where: 'before' | 'middle' | 'after' = 'middle') {
  const text =
    where === 'before'
      ? `${junk}\n${LEAD}\n${SECOND}\n`
      : where === 'after'
        ? `${LEAD}\n${SECOND}\n${junk}\n`
        : `${LEAD}\n${junk}\n${SECOND}\n`;
  const a = clean(text);
  return {
    a,
    gone: !a.body.includes(junk.split('\n')[0]!.trim()),
    kept: a.body.includes(LEAD) && a.body.includes(SECOND),
  };
}

describe('boilerplate removal keeps the article and drops the page around it', () => {
  it.each([
    [
      'a photo caption with a Photo/Illustration prefix',
      'Photo/Illustration Aiko Tanaka speaks at a news conference in Tokyo on May 2.',
    ],
    [
      'a caption that ends in a photographer credit',
      'Aiko Tanaka leaves the ministry on Monday. (Kenji Mori)',
    ],
    ['a caption that ends in an agency credit', 'Trade officials gather in Geneva on June 3. (Jane Roe/AP)'],
    ['a caption starting "From left"', 'From left, Aiko Tanaka and Paul Smith are seen in London on Friday.'],
    ['a bare pool photo credit', 'Pool photo'],
    ['an advertisement slot', 'Advertisement'],
    ['a promo line in brackets', '[Sign up for our trade newsletter: .]'],
    ['a site logo line', 'logo'],
    ['a separator', '|'],
    ['a bare link', 'https://example.com/news/trade'],
    ['a newsletter invitation', 'Get the week ahead with our Trade Bid newsletter. Sign up here.'],
    ['a comment vote counter', '0 ( +2 / -1 )'],
    ['a video length marker', 'VIDEO 02:31'],
    ['an inline related link', 'RELATED: Ministers meet again next month'],
  ])('removes %s', (_kind, junk) => {
    const { gone, kept } = removed(junk);
    expect(gone).toBe(true);
    expect(kept).toBe(true);
  });

  it('removes a present-tense caption under the headline even without a credit', () => {
    const a = clean(
      `Tanaka Seeks Lower Duties\n\nAiko Tanaka answers questions in parliament on Monday.\n\n${LEAD}\n${SECOND}\n`,
    );
    expect(a.body).not.toContain('answers questions');
    expect(a.body).toContain('Tanaka Seeks Lower Duties');
  });

  it('keeps a present-tense headline that names a day (no full stop, so not a caption)', () => {
    const a = clean(`Tanaka meets trade envoys on Monday\n\n${LEAD}\n${SECOND}\n`);
    expect(a.title).toBe('Tanaka meets trade envoys on Monday');
    expect(a.body).toContain('Tanaka meets trade envoys on Monday');
  });

  it('removes a timestamp line and a kicker line at the head', () => {
    const { a, kept } = removed('THE MORNING HERALD\nMarch 3, 2025 at 09:15 JST', 'before');
    expect(kept).toBe(true);
    expect(a.body).not.toContain('HERALD');
    expect(a.body).not.toContain('09:15');
  });

  it('removes an end byline and every promo line after it', () => {
    const { a, kept } = removed(
      '(This article was written by Ken Ito.)\nA series on the history of the port of Kobe.',
      'after',
    );
    expect(kept).toBe(true);
    expect(a.body).not.toContain('Ken Ito');
    expect(a.body).not.toContain('Kobe');
    expect(a.boilerplate).toContain('A series on the history of the port of Kobe.');
  });

  it('removes a "Related Articles" block with everything after it, quotes included', () => {
    const { a } = removed(
      'Related Articles\n2 hours ago\nTanaka says “no deal yet” on steel\nComments',
      'after',
    );
    expect(a.body).not.toContain('no deal yet');
    expect(a.body.trim().endsWith('meeting.')).toBe(true);
  });

  it('removes reader comments, hashtags and AI promo blocks', () => {
    const { a } = removed('Hashtags\n\nTry Our AI Features\nComments\nNo comments yet...', 'after');
    expect(a.body).not.toMatch(/Hashtags|AI Features|comments/);
  });

  it('splits a copyright notice glued to the last sentence and drops the comments after it', () => {
    const a = clean(
      `${LEAD}\nThe talks resume next week in Geneva.© AGENCE\nreader42\nThis deal is a joke.\n`,
    );
    expect(a.body).toContain('The talks resume next week in Geneva.');
    expect(a.body).not.toContain('©');
    expect(a.body).not.toContain('joke');
    expect(a.outlet).toBe('Agence');
  });

  it('drops a copyright line and a stub of a line cut off by the end of the excerpt', () => {
    const { a } = removed('©2025 Example Media L.P.', 'after');
    expect(a.body).not.toContain('Example Media');
    const cut = clean(`${LEAD}\n${SECOND}\nThe minister also said\nRea\n`);
    expect(cut.body).toContain('The minister also said');
    expect(cut.body).not.toMatch(/\nRea$/);
  });

  it('keeps a quote broken across a hard line break inside one paragraph', () => {
    const a = clean(`${LEAD}\n\n“We will keep talking until\nwe reach a fair deal,” Tanaka said.\n`);
    expect(a.body).toContain('“We will keep talking until\nwe reach a fair deal,”');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('keeps the headline, a sub-heading and an in-text dateline as article text', () => {
    const a = clean(`Tanaka Pushes for Deal\n\nGENEVA — ${LEAD}\nSTEEL IS THE ‘SHARP END’\n${SECOND}\n`);
    expect(a.body).toContain('Tanaka Pushes for Deal');
    expect(a.body).toContain('GENEVA —');
    expect(a.body).toContain('STEEL IS THE ‘SHARP END’');
  });

  it('keeps a body sentence that merely uses a caption word ("is seen as")', () => {
    const line = 'The yen is seen as a haven by investors whenever the trade talks stall, analysts say.';
    expect(clean(`${LEAD}\n${line}\n${SECOND}\n`).body).toContain(line);
  });

  it('removes an agency "contributed to this report" line and a credit standing alone', () => {
    const { a } = removed('Associated Press writer Jane Roe in Seoul contributed to this report.', 'after');
    expect(a.body).not.toContain('Jane Roe');
    expect(removed('(Example Press)').gone).toBe(true);
  });

  it('joins hard-wrapped lines into one paragraph, even before a capitalised name', () => {
    const a = clean(
      'Tools Talks\n\nFinance Minister Aiko Tanaka said on Tuesday that the government would\nseek lower duties, and that Prime Minister\nKenji Sato agreed with the plan.\nA second paragraph starts here.\n',
    );
    expect(a.paragraphs[1]).toBe(
      'Finance Minister Aiko Tanaka said on Tuesday that the government would\nseek lower duties, and that Prime Minister\nKenji Sato agreed with the plan.',
    );
    expect(a.paragraphs[2]).toBe('A second paragraph starts here.');
  });

  it('does not end the article at a marker word used as a sub-heading before long paragraphs', () => {
    const para = `${LEAD} ${SECOND} ${LEAD}`;
    const a = clean(`${LEAD}\nLatest\n${para}\n${para}\n`);
    expect(a.body).toContain(para);
  });
});
