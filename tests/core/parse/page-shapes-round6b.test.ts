import { describe, expect, it } from 'vitest';
import { nameOutletByline, splitGluedWriter } from '../../../src/core/parse/boilerplate';
import { isNameCaption, isPictureCredit } from '../../../src/core/parse/captions';
import {
  isCountdown,
  isImageFileName,
  isMenuRow,
  isReadingTimeLabel,
  isSitePromo,
  isStampLabel,
} from '../../../src/core/parse/furniture-lines';
import { findPeople } from '../../../src/core/parse/people/candidates';
import { clean } from './helpers';
import { LEAD, SECOND, THIRD } from './page-paragraphs';

function peopleIn(sentence: string): string[] {
  return findPeople(sentence).map((c) => c.name);
}

describe('furniture lines by shape (second fresh pages set)', () => {
  it("drops a picture's file name printed where the picture stood", () => {
    expect(isImageFileName('XY25106078018554.jpg')).toBe(true);
    expect(isImageFileName('tanaka-osaka_2.webp')).toBe(true);
    expect(isImageFileName('The minister posted a photo.jpg')).toBe(false);
    const a = clean(
      `Tanaka to visit Lakeland for tariff talks\n\nXY25106078018554.jpg\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.body).not.toContain('.jpg');
    expect(a.boilerplate).toContain('XY25106078018554.jpg');
  });

  it('drops the section a story was filed in, and keeps a sentence that says where a thing was published', () => {
    expect(isStampLabel('Published in News & Features')).toBe(true);
    expect(isStampLabel('Filed under Business')).toBe(true);
    expect(isStampLabel('Published in the Gazette on Monday, the decree takes effect in May.')).toBe(false);
  });

  it('reads "Name, Outlet on" under the headline as a byline, not as text', () => {
    expect(nameOutletByline('Jane Roe, Lakeland News on')).toBe('Jane Roe');
    expect(nameOutletByline('Jane Roe, The Example Times')).toBe('Jane Roe');
    expect(nameOutletByline('Tanaka, the minister, said the talks would go on')).toBeNull();
    const a = clean(
      `Tanaka aims to visit Lakeland next week\n\nJane Roe, Lakeland News on\n\nPublished in News & Features\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.boilerplate).toEqual(
      expect.arrayContaining(['Jane Roe, Lakeland News on', 'Published in News & Features']),
    );
    expect(a.body).not.toContain('Jane Roe');
  });

  it("drops a writer's or paper's name standing alone just above the stamp", () => {
    const a = clean(
      `Tanaka reflects on swift talks\n\nJane Roe\nMay 1, 2025 | 10:54 am\n\n${LEAD}\n\n${SECOND}\n`,
    );
    expect(a.published).toBe('2025-05-01');
    expect(a.boilerplate).toContain('Jane Roe');
    expect(a.body).not.toContain('Jane Roe');
    const b = clean(
      `Lakeland ready for tariff talks\nThe Harbour Courier\n|July 15, 2025\n${LEAD}\n${SECOND}\n`,
    );
    expect(b.title).toBe('Lakeland ready for tariff talks');
    expect(b.published).toBe('2025-07-15');
    expect(b.body).not.toContain('Harbour Courier');
  });

  it('keeps a short title-case line that no stamp follows', () => {
    const a = clean(`Tanaka reflects on swift talks\n\nMachine Tool Duties\n\n${LEAD}\n\n${SECOND}\n`);
    expect(a.body).toContain('Machine Tool Duties');
  });

  it("drops a picture's labelled credit, in any language, and takes the headline after it", () => {
    expect(isPictureCredit('Image source, Getty Images')).toBe(true);
    expect(isPictureCredit('Fuente de la imagen, EFE via Getty Images')).toBe(true);
    expect(isPictureCredit('The deal was first reported by Reuters.')).toBe(false);
    expect(isPictureCredit('Tanaka met officials from Reuters')).toBe(false);
    const a = clean(`Image source, Getty Images\nLesezeit: 4 Min.\n${LEAD}\n${SECOND}\n`);
    expect(a.title?.startsWith('Trade Minister Aiko Tanaka said')).toBe(true);
    expect(a.boilerplate).toEqual(expect.arrayContaining(['Image source, Getty Images', 'Lesezeit: 4 Min.']));
  });

  it('reads a reading-time label in any language, only as a label and a small count', () => {
    expect(isReadingTimeLabel('Reading time: 5 minutes')).toBe(true);
    expect(isReadingTimeLabel('Waktu baca: 3 menit')).toBe(true);
    expect(isReadingTimeLabel('Tanaka said: 19 percent is too high')).toBe(false);
  });

  it("drops an aggregator's countdown", () => {
    expect(isCountdown('Wait 5 sec.')).toBe(true);
    expect(isCountdown('Redirecting in 3 seconds…')).toBe(true);
    expect(isCountdown('Wait 90 days for the tariffs')).toBe(false);
    const a = clean(`Lakeland moves forward with tariffs\n\nWait 5 sec.\n\n${LEAD}\n\n${SECOND}\n`);
    expect(a.body).not.toContain('Wait 5 sec.');
  });

  it("drops menu rows beside other menu furniture, and a 'preferred source' button, premium offers and prices", () => {
    expect(isMenuRow('World | AsiaLakeland Europe')).toBe(true);
    expect(isMenuRow('Opinion | Why tariffs fail')).toBe(false);
    expect(isSitePromo('Add Lakeland Daily As Your Trusted Source')).toBe(true);
    expect(isSitePromo('Unlock Exclusive Insights with Lakeland Premium')).toBe(true);
    expect(isSitePromo('Yearly Premium ₹999 ₹349/Year')).toBe(true);
    const page = [
      'Add Lakeland Daily As Your Trusted Source',
      'Opinions | CommentEditorialsThe MiddleLetters to the EditorReflections',
      'Business | My Money',
      'City | HarbourtownRiversideHilltopLakeside',
      'Advertisement',
      '',
      'Tanaka works for fair trade deal',
      '',
      'Trade and Industry Minister Aiko Tanaka',
      '',
      'Yearly Premium $49 $24.99/Year',
      '',
      LEAD,
      '',
      SECOND,
      '',
    ].join('\n');
    const a = clean(page);
    expect(a.title).toBe('Tanaka works for fair trade deal');
    expect(a.body).not.toMatch(/My Money|Trusted Source|Premium|Minister Aiko Tanaka\n/);
  });

  it('reads a role joined by "and" before a name as a name caption', () => {
    expect(isNameCaption('Trade and Industry Minister Aiko Tanaka')).toBe(true);
    expect(isNameCaption('Trade and Industry Minister Resigns')).toBe(false);
  });

  it("takes a writer's sign-off off the end of the last paragraph", () => {
    expect(splitGluedWriter('It hoped for zero tariffs on exports. — Jane Q. Roe')).toEqual({
      text: 'It hoped for zero tariffs on exports.',
      signoff: '— Jane Q. Roe',
    });
    expect(splitGluedWriter('The deal — Tanaka said — is close')).toBeNull();
    const a = clean(`${LEAD}\n\n${SECOND}\n\n${THIRD} — Jane Q. Roe\n`);
    expect(a.body.endsWith('according to ministry figures.')).toBe(true);
    expect(a.boilerplate).toContain('— Jane Q. Roe');
  });
});

describe('people by shape (second fresh pages set)', () => {
  it('reads no person in the words after an organisation\'s "of"', () => {
    expect(peopleIn('The Federation of Lakeland Manufacturers (FLM) has expressed deep concern.')).toEqual(
      [],
    );
  });

  it('finds a name after a role with a bracketed portfolio', () => {
    expect(
      peopleIn(
        'She was accompanied by deputy secretary-general (trade) Mira Osman Hadi, along with other officials.',
      ),
    ).toEqual(['Mira Osman Hadi']);
  });
});
