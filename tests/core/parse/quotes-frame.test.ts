import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { scanQuotes } from '../../../src/core/parse/quotes-scan';
import { article, fixturePeople, organisation, person } from './speakers.fixture';

/**
 * The speech frame on made-up sentences: subject, speech verb and quoted words in either order,
 * with appositives, relative clauses, organisations, countries, documents and headlines.
 */

const people = fixturePeople([
  person('Jane Roe', ['Roe', 'Ms Roe'], 'deputy minister for trade policy'),
  person('Kim Yong-beom', ['Kim'], 'policy chief'),
  person('Maria Lopez-Garcia', ['Lopez-Garcia'], 'vice president'),
  person('Maroš Šefčovič', ['Šefčovič'], 'trade commissioner'),
  person('Donald Trump', ['Trump', 'President Trump'], 'president'),
  person('Pat Doe', ['Doe'], 'minister'),
  organisation('White House'),
  organisation('Planalto Palace'),
]);

const direct = (body: string) =>
  extractQuotes(article(body), people)
    .filter((q) => q.kind === 'direct')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

const speakers = (body: string) => direct(body).map((q) => q.speaker);

describe('subject and speech verb around the quote', () => {
  it('reads a long appositive between the name and the verb', () => {
    const body =
      '“We will not move,” Jane Roe, the deputy minister for trade policy, said at a briefing in the capital.';
    expect(direct(body)).toEqual([{ speaker: 'Jane Roe', text: 'We will not move,' }]);
  });

  it('skips a relative clause naming someone else between the subject and the verb', () => {
    const body = 'Jane Roe, who met Trump on Monday, has said there is “no hurry at all.”';
    expect(speakers(body)).toEqual(['Jane Roe']);
  });

  it('takes the subject of the speech verb, not a person mentioned before it in the sentence', () => {
    const body =
      'While Trump could still raise tariffs, and Roe pointed out that it is “without a doubt” a risk.';
    expect(speakers(body)).toEqual(['Jane Roe']);
  });

  it('reads "said Roe", "Roe told reporters", "according to Roe" and "Roe wrote on X"', () => {
    expect(speakers('“It is done,” said Roe.')).toEqual(['Jane Roe']);
    expect(speakers('Roe told reporters: “It is done.”')).toEqual(['Jane Roe']);
    expect(speakers('The talks are “on track,” according to Roe.')).toEqual(['Jane Roe']);
    expect(speakers('“It is done,” Roe wrote on X.')).toEqual(['Jane Roe']);
  });

  it('keeps hyphenated and accented names whole', () => {
    expect(speakers('“We are ready,” Kim Yong-beom said.')).toEqual(['Kim Yong-beom']);
    expect(speakers('“We are ready,” said Maria Lopez-Garcia.')).toEqual(['Maria Lopez-Garcia']);
    expect(speakers('“We are ready,” Šefčovič said.')).toEqual(['Maroš Šefčovič']);
  });

  it('resolves "the US president" after the verb through the people named so far', () => {
    const body = 'Trump met reporters.\n“They will pay more,” said the US president.';
    expect(speakers(body)).toEqual(['Donald Trump']);
  });

  it('resolves a pronoun to the person the same sentence is about', () => {
    const body =
      'While the vice president welcomed Trump’s decision, which she called “positive,” she said more was needed.';
    // The fixture's vice president is Lopez-Garcia; "Trump’s decision" is only mentioned.
    expect(speakers(`Maria Lopez-Garcia spoke.\n${body}`)).toEqual(['Maria Lopez-Garcia']);
  });

  it('hands a quote after "to announce," to the subject of that clause', () => {
    const body = 'After the meetings, Roe took to social media to announce, “Mission accomplished.”';
    expect(direct(body)).toEqual([{ speaker: 'Jane Roe', text: 'Mission accomplished.' }]);
  });

  it('gives words someone was praised with to the one who praised', () => {
    const body = 'Roe, whom Trump has praised as a “great leader,” has said she is ready.';
    expect(direct(body)).toEqual([{ speaker: 'Donald Trump', text: 'great leader,' }]);
  });

  it('gives praise in quote marks to the pronoun subject that gave it', () => {
    const body =
      'Trump spoke on Tuesday.\nHe praised Chile’s leader as a "really great president, very strong."';
    expect(speakers(body)).toEqual(['Donald Trump']);
  });

  it('names someone speaking for a person after that person', () => {
    const body = 'A rep for Roe told Reuters the deal was “an extraordinary struggle.”';
    expect(speakers(body)).toEqual(['representative for Jane Roe']);
  });

  it('credits a participle clause to the subject of the sentence', () => {
    const body = 'In a letter to Roe, President Trump condemned the ruling, calling it a “disgrace.”';
    expect(speakers(body)).toEqual(['Donald Trump']);
  });

  it('does not let a participle later in the sentence claim a scare quote before it', () => {
    const body =
      'Trump imposed his global “reciprocal” tariffs in April, saying he would make deals.\nThe tariffs stay.';
    expect(direct(body)).toEqual([]);
  });
});

describe('stand-alone quotes and the next sentence', () => {
  it('continues the speaker of reported speech in the paragraph before', () => {
    const body = '“We are close,” Roe said.\nShe further stressed that talks go on.\n“We will get there.”';
    expect(speakers(body)).toEqual(['Jane Roe', 'Jane Roe']);
  });

  it('keeps a quote whose attribution the excerpt cuts off', () => {
    const body = '“We are close,” Roe said.\nShe stressed that talks go on.\n“We will get there,” s';
    expect(speakers(body)).toEqual(['Jane Roe', 'Jane Roe']);
  });

  it('keeps a quote wrapped over lines inside one paragraph, with its attribution on the next line', () => {
    const body =
      'Roe spoke on Monday.\n\n“We will keep working under the principles of\nfair trade,” the\nminister said.';
    const wrapped = extractQuotes(
      { ...article(body), paragraphs: [], paragraphStarts: [0, body.indexOf('“')] },
      people,
    ).filter((q) => q.kind === 'direct');
    expect(wrapped.map((q) => [q.speaker, q.text])).toEqual([
      ['Jane Roe', 'We will keep working under the principles of\nfair trade,'],
    ]);
  });
});

describe('a speaker named in the next sentence, and lines wrapped into paragraphs', () => {
  it('takes the speaker a short next sentence names', () => {
    const body = '“We are close,” Trump said.\n“We will win.” Roe added.';
    expect(speakers(body)).toEqual(['Donald Trump', 'Jane Roe']);
  });

  it('takes the speaker opening the next paragraph when the quote ends on a comma', () => {
    const body =
      'Talks went on all day in the capital.\n“We could have more and better market access,”\nRoe said in her testimony.';
    expect(speakers(body)).toEqual(['Jane Roe']);
  });

  it('does not hand a quote ending a paragraph to a new statement in the next one', () => {
    const body =
      '“We are close,” Trump said.\n“Nothing is agreed.”\nRoe said on Friday that talks would resume.';
    expect(speakers(body)).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('reads a quote wrapped over a blank line that splits a sentence', () => {
    const body =
      'Head\n\nLead paragraph.\n\nMore text.\n\n“The security treaty is unfair because it binds the two sides to\n\nvery different things,” Roe said.';
    expect(direct(body)).toEqual([
      {
        speaker: 'Jane Roe',
        text: 'The security treaty is unfair because it binds the two sides to\n\nvery different things,',
      },
    ]);
  });

  it('keeps a British quote wrapped before a capital', () => {
    const body =
      "Head\nLead.\nMore.\n'I'm not sure if we're going to make a deal, I doubt it, with the people of\nJapan,' Trump said.";
    expect(speakers(body)).toEqual(['Donald Trump']);
  });
});

describe('organisations, countries and documents as speakers', () => {
  it('names a country that speaks by its government', () => {
    const body = 'Chile, the largest copper producer, said Wednesday it awaits an “official” notice.';
    expect(direct(body)).toEqual([{ speaker: 'Chilean government', text: 'official' }]);
  });

  it('gives relayed words to the country that said them', () => {
    const body = 'Roe says the US has signalled that there is “still room” for talks.';
    expect(speakers(body)).toEqual(['U.S. government']);
  });

  it('does not take a country in a prepositional phrase for a speaker', () => {
    const body = 'Exports to Chile fell, Roe said, calling it “a blow.”';
    expect(speakers(body)).toEqual(['Jane Roe']);
  });

  it('gives "the statement said" and "it read" to the organisation that spoke before', () => {
    const body =
      'Taiwan’s government said on Wednesday that talks were under way.\n“We will protect our industries,” the statement said.\n“We hope for more,” it read.';
    expect(speakers(body)).toEqual(['Taiwanese government', 'Taiwanese government']);
  });

  it('gives an executive order’s words to the White House that announced it', () => {
    const body =
      'Trump signed an order, the White House said.\n“Tariffs will fall,” the executive order reads.';
    expect(speakers(body)).toEqual(['White House']);
  });

  it('speaks for the office a seat of government houses', () => {
    expect(speakers('“The call was friendly,” the Planalto Palace said.')).toEqual([
      'Brazilian presidential office',
    ]);
    expect(speakers('“The call was friendly,” the Kremlin said.')).toEqual(['Kremlin']);
  });

  it('names anonymous sources as the article describes them, also when it comes back to them', () => {
    const body =
      'Talks will go on, well informed sources told the paper.\n“Imports will rise,” the sources said.';
    expect(speakers(body)).toEqual(['well informed sources']);
    expect(speakers('“We agreed,” said a source familiar with the bilateral talks.')).toEqual([
      'source familiar with the bilateral talks',
    ]);
  });

  it('does not take "in a statement" after the speaker for the speaker', () => {
    const body = 'The White House spoke first.\n“We act in good faith,” said Roe in a statement on Tuesday.';
    expect(speakers(body)).toEqual(['Jane Roe']);
  });
});

describe('headlines', () => {
  it('takes the speaker the body gives the same words', () => {
    const body =
      '‘Still room for talks’ says Roe as deadline looms\nRoe says the US has signalled there is ‘still room for talks’ on the pause.\nThe pause ends soon.';
    expect(speakers(body)).toEqual(['U.S. government', 'U.S. government']);
  });

  it('credits a headline quote the body repeats even where the headline names nobody', () => {
    const body = 'Chile awaits ‘official’ news on tariffs\nChile said it awaits “official” news.';
    expect(speakers(body)).toEqual(['Chilean government', 'Chilean government']);
  });

  it('reads the speaker a headline names after a dash', () => {
    expect(direct('Tariff cut a ‘starting point,’ more talks ahead - Roe')).toEqual([
      { speaker: 'Jane Roe', text: 'starting point,' },
    ]);
  });

  it('leaves a headline scare quote nobody utters', () => {
    expect(direct('Trump’s ‘reciprocal’ tariffs bite\nExporters are worried.')).toEqual([]);
  });
});

describe('British single quotes', () => {
  const spans = (text: string) => scanQuotes(text).map((s) => text.slice(s.start, s.end));

  it('closes a quote ending in a plural before a lower-case word when nothing else closes it', () => {
    expect(spans('He had ‘serious concerns’ about the tariffs’ effect on cars.\n\nNext.')).toEqual([
      'serious concerns',
    ]);
  });

  it('still reads a plural possessive inside a quote that closes later', () => {
    expect(spans("'The farmers' union will not accept it,' he said.")).toEqual([
      "The farmers' union will not accept it,",
    ]);
  });

  it('takes an elision inside single quotes for an apostrophe, a capital for a nested quote', () => {
    expect(spans("‘Well, it is… not over 'yan eh,’ Roe said.")).toEqual(["Well, it is… not over 'yan eh,"]);
    expect(spans("'I will write: 'We thank you', and that is it,' he said.")).toEqual([
      "I will write: 'We thank you', and that is it,",
    ]);
  });

  it('splits a quote whose attribution the source left inside the marks, for any name', () => {
    expect(direct('“Trust matters most, Šefčovič said before leaving. We want a fair result.”')).toEqual([
      { speaker: 'Maroš Šefčovič', text: 'Trust matters most' },
      { speaker: 'Maroš Šefčovič', text: 'We want a fair result.' },
    ]);
  });
});
