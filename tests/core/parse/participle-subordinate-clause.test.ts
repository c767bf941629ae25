import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/parse/quotes';
import { article, cast } from './speakers.fixture';

/** Made-up sentences: a participle ("vowing …") after a clause that names someone only as "since X …". */
const said = (body: string) =>
  extractQuotes(article(`Trade talks update\n\n${body}\n`), cast).map((q) => ({
    kind: q.kind,
    speaker: q.speaker,
  }));

describe('a participle continues the main clause, not a subordinate clause inside it', () => {
  it('gives "vowing …" to the main subject, not to the name after "since"', () => {
    const out = said(
      'Akazawa left for Washington on Sunday for the first talks since Ishiba took office, vowing to pursue "pragmatic and fair negotiations" on tariffs.',
    );
    expect(out).toContainEqual({ kind: 'direct', speaker: 'Ryosei Akazawa' });
    expect(out).toContainEqual({ kind: 'reported', speaker: 'Ryosei Akazawa' });
    expect(out.some((q) => q.speaker === 'Shigeru Ishiba')).toBe(false);
  });

  it('gives nothing to the name after "since" when the main subject is nobody the article names', () => {
    const out = said(
      'The top trade envoy left for Washington on Sunday for the first talks since President Ishiba took office, vowing to pursue "pragmatic and fair negotiations" on tariffs.',
    );
    expect(out.some((q) => q.speaker === 'Shigeru Ishiba')).toBe(false);
  });

  it('keeps the main subject after a sentence-opening "Since …" clause', () => {
    expect(
      said('Since Ishiba took office, Akazawa has travelled to Washington twice, vowing to protect farmers.'),
    ).toEqual([{ kind: 'reported', speaker: 'Ryosei Akazawa' }]);
  });
});
