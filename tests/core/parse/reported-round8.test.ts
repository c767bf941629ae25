import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Made-up sentences, one shape of news writing each, with the statement a reader would file. */
const reported = (body: string) =>
  extractQuotes(article(body), cast)
    .filter((q) => q.kind === 'reported')
    .map((q) => ({ speaker: q.speaker, text: q.text }));

describe('reported statements: a fronted "According to" source phrase', () => {
  it('leaves the rest of the source phrase out of the claim', () => {
    const got = reported('According to a source from Canada, the meeting ran on for two hours.');
    expect(got.map((r) => r.text)).toEqual(['the meeting ran on for two hours']);
  });

  it('leaves the source’s relative clause out of the claim', () => {
    const got = reported(
      'According to the Foreign Ministry, which did not mention a delay, the dialogue will go on next month.',
    );
    expect(got.map((r) => r.text)).toEqual(['the dialogue will go on next month']);
  });

  it('leaves an apposition naming the source’s post out of the claim', () => {
    expect(
      reported('According to Akazawa, spokesperson for the cabinet office, the talks will resume in May.'),
    ).toEqual([{ speaker: 'Ryosei Akazawa', text: 'the talks will resume in May' }]);
  });

  it('keeps a claim whose subject is a role with a verb of its own', () => {
    expect(reported('According to Akazawa, the president still wants a deal.')).toContainEqual({
      speaker: 'Ryosei Akazawa',
      text: 'the president still wants a deal',
    });
  });
});

describe('reported statements: a past form after a determiner is an adjective', () => {
  it('reads "the proposed deal" as no statement, and finds the trailing source', () => {
    const got = reported(
      'Lutnick is arriving on Monday for talks on the proposed bilateral trade deal, according to a senior commerce ministry official.',
    );
    expect(got.map((r) => r.speaker)).not.toContain('Howard Lutnick');
    expect(got.map((r) => r.text)).toEqual([
      'Lutnick is arriving on Monday for talks on the proposed bilateral trade deal',
    ]);
  });
});
