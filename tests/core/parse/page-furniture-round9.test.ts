import { describe, expect, it } from 'vitest';
import { isCaption, isCreditOnly } from '../../../src/core/parse/captions';
import { clean } from './helpers';

// Made-up article paragraphs on one subject: the text the pages below wrap their furniture around.
const HEADLINE = 'Exporters brace as machine tool talks resume in Geneva';
const LEAD =
  'Trade Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools in the coming round of talks.';
const SECOND =
  '“We will not accept a deal that hurts our workshops,” Tanaka told reporters in Osaka after the meeting on machine tools.';
const THIRD =
  'Tanaka said the duties on machine tools had cost exporters about 2 billion dollars since the spring, according to ministry figures.';
const FOURTH =
  'Negotiators from both sides are due to meet again in Geneva next month to settle the remaining questions on spare parts.';

/** The cleaned page: headline, the lead, `middle` (lines joined as given), the other paragraphs. */
function page(middle: string) {
  const a = clean(`${[HEADLINE, LEAD, middle, SECOND, THIRD, FOURTH].join('\n\n')}\n`);
  const flat = a.body.replace(/\s+/g, ' ');
  return { a, flat, kept: [LEAD, SECOND, THIRD, FOURTH].every((p) => flat.includes(p)) };
}

describe('a caption ending in a British picture agency in round brackets, without a full stop', () => {
  it.each([
    'Trade Minister Aiko Tanaka arrives for the talks in Geneva on Thursday (PA)',
    'Trade Minister Aiko Tanaka arrives for the talks in Geneva on Thursday (PA Wire)',
    'Machine tools wait for shipping at a port near Osaka (Alamy)',
    'Machine tools wait for shipping at a port near Osaka (Alamy Stock Photo)',
  ])('is a caption: %s', (caption) => {
    expect(isCaption(caption, false)).toBe(true);
    const { flat, kept } = page(caption);
    expect(flat).not.toContain(caption);
    expect(kept).toBe(true);
  });

  it('leaves a headline or a sentence that ends in an abbreviation in brackets', () => {
    expect(isCaption('Tanaka to meet the Pacific Alliance (PA) in Geneva', false)).toBe(false);
    expect(isCaption('The talks were held under the Pacific Accord (PA).', false)).toBe(false);
  });
});

describe('the caption standing on the line above its credit', () => {
  it.each([
    [
      'a picture label',
      'Trade Minister Aiko Tanaka on her arrival in Geneva for the talks\nPicture: Example Wire',
    ],
    [
      'an image credit in brackets',
      'Aiko Tanaka and John Poe in Geneva\n(Image credit: Kim Lee / Example Wire via Example Images)',
    ],
  ])('both go, under %s', (_kind, block) => {
    const { flat, kept } = page(block);
    for (const line of block.split('\n')) expect(flat).not.toContain(line);
    expect(kept).toBe(true);
  });

  it('recognises a credit with its label alone on a line, not a caption sentence', () => {
    expect(isCreditOnly('Picture: Example Wire')).toBe(true);
    expect(isCreditOnly('(Image credit: Kim Lee / Example Wire)')).toBe(true);
    expect(isCreditOnly('Trade Minister Aiko Tanaka speaks in Geneva. Photo: Example Wire')).toBe(false);
  });

  // (A one-sentence paragraph straight above a credit is taken for the picture's alt text: an older rule.)
  it('keeps a quotation above a credit, and an unfinished line set apart from it', () => {
    const quoted = '“A fair deal for our workshops” is what Tanaka wants in Geneva';
    expect(page(`${quoted}\nPicture: Example Wire`).flat).toContain(quoted);
    const apart = 'Machine tool exports to Lakeland by quarter and by region';
    expect(page(`${apart}\n\nPicture: Example Wire`).flat).toContain(apart);
  });

  it('keeps the headline over a credit', () => {
    const a = clean(`${HEADLINE}\nPicture: Example Wire\n\n${LEAD}\n\n${SECOND}\n`);
    expect(a.title).toBe(HEADLINE);
  });
});

describe('a tabloid caption between paragraphs that retells a paragraph of the article', () => {
  /** The cleaned page with `caption` printed below the first two paragraphs. */
  function deep(caption: string) {
    const a = clean(`${[HEADLINE, LEAD, SECOND, caption, THIRD, FOURTH].join('\n\n')}\n`);
    const flat = a.body.replace(/\s+/g, ' ');
    return { flat, kept: [LEAD, SECOND, THIRD, FOURTH].every((p) => flat.includes(p)) };
  }

  it('drops the caption, which has no full stop, and keeps the paragraph it retells', () => {
    const caption =
      'Tanaka said the duties on machine tools had cost exporters about 2 billion dollars since the spring, as she held up a chart';
    const { flat, kept } = deep(caption);
    expect(flat).not.toContain(caption);
    expect(kept).toBe(true);
  });

  it('drops a caption that retells a paragraph printed before it', () => {
    const caption =
      'Trade Minister Aiko Tanaka, pictured in Osaka, would seek lower duties on machine tools in the coming round';
    const { flat, kept } = deep(caption);
    expect(flat).not.toContain(caption);
    expect(kept).toBe(true);
  });

  it('keeps a sub-heading, and a sentence without its stop that tells something new', () => {
    const subheading = 'Workshops across the country fear the cost of a long dispute over duties';
    expect(deep(subheading).flat).toContain(subheading);
    const sentence =
      'At the same time, the political consequences of a failure in Geneva are almost impossible to predict for anyone';
    expect(deep(sentence).flat).toContain(sentence);
  });

  it('keeps a headline printed under a teaser of the lead', () => {
    const headline =
      'Trade Minister Aiko Tanaka to seek lower duties on machine tools in coming round of talks';
    const a = clean(`${[LEAD, headline, SECOND, THIRD, FOURTH].join('\n\n')}\n`);
    expect(a.body).toContain(headline);
  });

  it('keeps a standfirst that retells the lead above the text', () => {
    const standfirst =
      'Trade Minister Aiko Tanaka will seek lower duties on machine tools in the coming round of talks';
    const a = clean(`${HEADLINE}\n\n${standfirst}\n\n${LEAD}\n\n${SECOND}\n\n${THIRD}\n`);
    expect(a.body).toContain(standfirst);
  });
});

describe('the blurb of a newsletter or subscription offer, and a plea for donations', () => {
  it.each([
    [
      'a subscription offer and its pitch',
      'Subscribe to Example Weekly\nEscape the noise in your feed. Get the facts behind the news, every week.',
    ],
    [
      'a free newsletter offer and its editor’s note',
      'Unlock the Example Digest for free\nJane Roe, Editor of Example Weekly, selects her favourite stories in this weekly newsletter.',
    ],
    [
      'a newsletter offer and a line to the reader',
      'Sign up for the Trade Brief newsletter\nYour guide to what the tariff talks mean for your business',
    ],
  ])('drops %s', (_kind, block) => {
    const { flat, kept } = page(block);
    for (const line of block.split('\n')) expect(flat).not.toContain(line);
    expect(kept).toBe(true);
  });

  it('drops the site’s paragraphs about itself between two pleas for support', () => {
    const block = [
      'Your support helps us to tell the story',
      'From trade talks to tariffs, Example Weekly is on the ground when the story is developing, and we know how important it is to get the facts right for our readers across the world.',
      'At such a critical moment, we need reporters on the ground. Your donation allows us to keep sending journalists to speak to both sides of the story.',
      'Your support makes all the difference.',
    ].join('\n');
    const a = clean(`${[block, HEADLINE, LEAD, SECOND, THIRD].join('\n\n')}\n`);
    for (const line of block.split('\n')) expect(a.body).not.toContain(line);
    expect(a.title).toBe(HEADLINE);
    expect(a.body).toContain(LEAD);
  });

  it('drops a plea to donate over the headline', () => {
    const a = clean(
      `Support Example Weekly today - please donate here\n\n${HEADLINE}\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.title).toBe(HEADLINE);
  });

  it('keeps the article after an offer: a quotation, a long paragraph, a line not to the reader', () => {
    const offer = 'Sign up for the Trade Brief newsletter';
    const quoted = '‘We will not give in,’ Tanaka told the workshop owners in Osaka.';
    expect(page(`${offer}\n${quoted}`).flat).toContain(quoted);
    const plain = 'Exporters in Osaka welcomed the news on Wednesday.';
    expect(page(`${offer}\n${plain}`).flat).toContain(plain);
    const a = page(
      `Read more: Tanaka heads to Geneva\nYou may wonder why machine tools matter so much to the talks.`,
    );
    expect(a.flat).toContain('You may wonder why machine tools matter so much to the talks.');
  });
});

describe('the headline under a menu’s subscribe button', () => {
  it('is kept, even when it speaks to the reader', () => {
    const headline = 'Machine tool tariffs: what the new duties mean for you';
    for (const offer of ['Subscribe', 'Sign up for the Trade Brief newsletter']) {
      const a = clean(`${offer}\n${headline}\n\n${LEAD}\n\n${SECOND}\n`);
      expect(a.title).toBe(headline);
    }
  });
});
