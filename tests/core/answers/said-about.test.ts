import { describe, expect, it } from 'vitest';
import { quotesAbout } from '../../../src/core/answers/about';
import { quotesSaying } from '../../../src/core/answers/said';
import { buildCorpus } from '../../../src/core/corpus';
import { UserError } from '../../../src/core/errors';
import type { Reply } from '../../../src/core/reply';
import { article, fixtureCorpus, itemText, page, quote } from './fixture';

const texts = (r: Reply) => r.sections.flatMap((s) => s.items.map(itemText));
const said = (phrase: string) => quotesSaying(fixtureCorpus(), phrase, page(`said ${phrase}`));
const about = (topic: string) => quotesAbout(fixtureCorpus(), topic, page(`about ${topic}`));

describe('said: quotes containing a phrase', () => {
  it('ignores case, quote marks and spacing', () => {
    for (const phrase of ['real progress', 'REAL   Progress', '“real progress”', '"real progress"']) {
      expect(texts(said(phrase)), phrase).toEqual([
        'We have not reached any agreement yet, but real progress was made,',
        'We have not reached any agreement yet, but real progress was made,',
      ]);
    }
  });

  it('matches whole words and longer phrases in order', () => {
    expect(texts(said('not on the table'))).toEqual(['Rice is not on the table,']);
    expect(texts(said('table on the not'))).toEqual([]);
    expect(texts(said('tab'))).toEqual([]);
  });

  it('gives speaker, date and source with every quote', () => {
    const item = said('investment').sections[0]!.items[0]!;
    expect(item.type === 'quote' && [item.speaker, item.date]).toEqual(['Carl Dent', '2025-03-10']);
    expect(item.citations[0]!.title).toBe('Second round ends without a deal');
  });

  it('says so when no quote has the phrase, and refuses an empty one', () => {
    expect(said('zebra crossing').lead).toBe('No quote contains “zebra crossing”.');
    expect(() => said('“ ”')).toThrow(UserError);
  });
});

describe('about: quotes on a topic', () => {
  it('gathers cars, autos and vehicles under one topic', () => {
    for (const topic of ['autos', 'cars', 'vehicles', 'Automobiles']) {
      expect(texts(about(topic)), topic).toEqual([
        'Our cars cost more every week,',
        'We are here to defend our car industry,',
        'Japan would raise the 25 percent levy on vehicles',
      ]);
    }
  });

  it('keeps rice narrow and agriculture broad', () => {
    expect(texts(about('rice'))).toEqual(['Rice is not on the table,']);
    expect(texts(about('agriculture'))).toEqual([
      'the U.S. wanted more access for farm goods',
      'Rice is not on the table,',
    ]);
  });

  it('finds a figure however it is written', () => {
    for (const topic of ['15%', '15 %', '15 percent', '15 per cent']) {
      expect(texts(about(topic)), topic).toEqual(['Steel tariffs of 15% are unacceptable,']);
    }
    expect(texts(about('25%'))).toEqual(['Japan would raise the 25 percent levy on vehicles']);
  });

  it('lists the topics it knows when nothing matches', () => {
    const r = about('bananas');
    expect(r.lead).toBe('No quote is about bananas.');
    expect(r.notes[0]).toMatch(/Topics I know: autos, rice/);
  });
});

describe('said: long phrases', () => {
  it('matches a phrase of more than three words only where its words stand together', () => {
    const a = article('long', {
      title: 'Long phrase',
      outlet: 'Daily Ledger',
      published: '2025-05-01',
      body: [
        '“We will decide and we will talk,” Mori said.',
        '“Then we will decide and we will talk more,” Mori said.',
      ],
    });
    const corpus = buildCorpus(
      {
        articles: [a],
        quotes: [
          quote(a, 'Hana Mori', 'We will decide and we will talk,'),
          quote(a, 'Hana Mori', 'Then we will decide and we will talk more,'),
        ],
        people: [],
        events: [],
        rates: [],
        problems: [],
      },
      new Date('2025-06-01T00:00:00Z'),
    );
    const find = (p: string) => texts(quotesSaying(corpus, p, page(`said ${p}`)));
    expect(find('we will decide and we will talk')).toEqual([
      'We will decide and we will talk,',
      'Then we will decide and we will talk more,',
    ]);
    expect(find('we will talk and we will decide')).toEqual([]);
    expect(find('then we will decide and we will talk more')).toEqual([
      'Then we will decide and we will talk more,',
    ]);
  });
});
