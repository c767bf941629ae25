import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { scanQuotes } from '../../../src/core/parse/quotes-scan';
import { article, cast } from './speakers.fixture';

const direct = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'direct')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

const spans = (text: string) => scanQuotes(text).map((s) => text.slice(s.start, s.end));

describe('quote marks', () => {
  it('takes exactly the characters between curly double marks, punctuation included', () => {
    expect(spans('He said “we are close,” and left.')).toEqual(['we are close,']);
  });

  it('pairs an opening straight mark with a closing curly one', () => {
    expect(spans('"The talks went well,” she said.')).toEqual(['The talks went well,']);
  });

  it('does not take apostrophes for marks', () => {
    expect(spans("Japan's envoy didn't say, and Akazawa’s aide and the '90s stayed quiet.")).toEqual([]);
  });

  it('keeps apostrophes inside British single quotes', () => {
    expect(spans("'They won't buy our CORN, and they can't say why,' he wrote.")).toEqual([
      "They won't buy our CORN, and they can't say why,",
    ]);
  });

  it('keeps a plural possessive inside single quotes', () => {
    expect(spans("'The farmers' union will not accept it,' he said.")).toEqual([
      "The farmers' union will not accept it,",
    ]);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const text = `"I'll send a note saying, 'Thank you, you'll pay 20pc', and that's it," he said.`;
    expect(spans(text)).toEqual([`I'll send a note saying, 'Thank you, you'll pay 20pc', and that's it,`]);
  });

  it('keeps a quote broken by a hard line wrap, with the line break', () => {
    expect(spans('“We will keep talking with\nour partners,” he said.')).toEqual([
      'We will keep talking with\nour partners,',
    ]);
  });

  it('drops a quote cut off by the end of the excerpt', () => {
    expect(spans('He said “we have been firmly defending what')).toEqual([]);
  });

  it('does not let an unclosed quote run into the next paragraph', () => {
    expect(spans('He said “we are firm.\n\nThe “second” point.')).toEqual(['second']);
  });
});

describe('who said a direct quote', () => {
  it('reads the attribution after the closing mark', () => {
    expect(direct('“We made progress,” Akazawa said.')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'We made progress,' },
    ]);
  });

  it('reads an inverted attribution', () => {
    expect(direct('“We made progress,” said Bessent.')).toEqual([
      { speaker: 'Scott Bessent', text: 'We made progress,' },
    ]);
  });

  it('reads an attribution before the quote', () => {
    expect(direct('Greer told reporters, “Tariffs stay.”')).toEqual([
      { speaker: 'Jamieson Greer', text: 'Tariffs stay.' },
    ]);
  });

  it('gives a quote interrupted by "he said" as two quotes by the same speaker', () => {
    expect(direct('“We are close,” Ishiba said. “But not there yet.”')).toEqual([
      { speaker: 'Shigeru Ishiba', text: 'We are close,' },
      { speaker: 'Shigeru Ishiba', text: 'But not there yet.' },
    ]);
  });

  it('resolves a pronoun to the person spoken of before', () => {
    const body = 'Lutnick met Akazawa on Monday.\nLutnick smiled. “It was good,” he said.';
    expect(direct(body)).toEqual([{ speaker: 'Howard Lutnick', text: 'It was good,' }]);
  });

  it('resolves a role noun through the people named so far', () => {
    const body = 'Scott Bessent flew in.\n“We are ready,” the treasury secretary said.';
    expect(direct(body)).toEqual([{ speaker: 'Scott Bessent', text: 'We are ready,' }]);
  });

  it('continues the previous speaker in a stand-alone quoted paragraph', () => {
    const body = '“We talked for hours,” Akazawa told reporters.\n“Nothing is agreed yet.”';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Ryosei Akazawa', 'Ryosei Akazawa']);
  });

  it('credits a short attributed phrase to its speaker', () => {
    expect(direct('Trump called the deal “fantastic” on Friday.')).toEqual([
      { speaker: 'Donald Trump', text: 'fantastic' },
    ]);
  });

  it('gives relayed words to the original speaker', () => {
    const body = 'Ishiba said Bessent described the talks as “productive.”';
    expect(direct(body)).toEqual([{ speaker: 'Scott Bessent', text: 'productive.' }]);
  });

  it('gives words the relayer says himself to the relayer', () => {
    const body = '“Bessent told me a deal is near,” Ishiba said.';
    expect(direct(body)).toEqual([{ speaker: 'Shigeru Ishiba', text: 'Bessent told me a deal is near,' }]);
  });

  it('gives a statement to the organisation that issued it', () => {
    const body = 'The leaders had “warm” talks, said a statement from the Foreign Ministry.';
    expect(direct(body)).toEqual([{ speaker: 'Japanese Foreign Ministry', text: 'warm' }]);
  });

  it('names an anonymous source as the article does', () => {
    const body = '“No deal this week,” a senior Japanese official said.';
    expect(direct(body)).toEqual([{ speaker: 'Japanese official', text: 'No deal this week,' }]);
  });

  it('reads present-tense attributions', () => {
    expect(direct('“No deal yet,” Greer warns.').map((q) => q.speaker)).toEqual(['Jamieson Greer']);
  });

  it('credits a quote in a headline that names its speaker', () => {
    expect(direct('Akazawa Says New Tariffs ‘Regrettable’')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'Regrettable' },
    ]);
  });

  it('ignores a scare-quoted term nobody is said to utter', () => {
    const body =
      'Trump imposed “reciprocal” tariffs in April.\nThe “reciprocal” tariffs are harsh, Ishiba said.';
    expect(direct(body)).toEqual([]);
  });

  it('ignores an unattributed sub-heading in quotes', () => {
    const body = '“We are close,” Akazawa said.\n‘Defending our farms’ first\nThe talks went on.';
    expect(direct(body).map((q) => q.text)).toEqual(['We are close,']);
  });

  it('follows the words when the source leaves the attribution inside the marks', () => {
    const body = '“Trust matters most, Akazawa said before leaving. We want a fair result.”';
    expect(direct(body)).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'Trust matters most' },
      { speaker: 'Ryosei Akazawa', text: 'We want a fair result.' },
    ]);
  });

  it('hands a quote introduced by a colon to the person the sentence opens with', () => {
    expect(direct('Akazawa was blunt: “There will be no deal on rice.”')).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'There will be no deal on rice.' },
    ]);
  });

  it('ignores a term marked "so-called" even in an attributed sentence', () => {
    expect(direct('The so-called “Liberation Day” tariffs hurt, Ishiba said.')).toEqual([]);
  });

  it('reads a quote over several paragraphs, each reopened with a mark, as one span per paragraph', () => {
    const body = '“We talked about cars and rice.\n“We will talk again next month,” Akazawa said.';
    expect(direct(body)).toEqual([
      { speaker: 'Ryosei Akazawa', text: 'We talked about cars and rice.' },
      { speaker: 'Ryosei Akazawa', text: 'We will talk again next month,' },
    ]);
  });

  it('tags a quote with the topics its words turn on', () => {
    const [q] = extractQuotes(article('“We will not open our rice market,” Akazawa said.'), cast);
    expect(q!.topics).toContain('rice');
  });

  it('gives offsets into the body that cover exactly the quoted text', () => {
    const body = 'On Monday, “We are close,” Akazawa said.';
    const [q] = extractQuotes(article(body), cast).filter((x) => x.kind === 'direct');
    expect(body.slice(q!.start, q!.end)).toBe('We are close,');
  });
});
