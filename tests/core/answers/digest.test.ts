import { describe, expect, it } from 'vitest';
import { digestSince } from '../../../src/core/answers/digest';
import { UserError } from '../../../src/core/errors';
import { replyTexts } from '../../../src/core/reply';
import { fixtureCorpus, NOW } from './fixture';

const at = (iso: string) => new Date(iso);

describe('digest: what changed since a time', () => {
  it('groups new reports by development, newest development first, other reports last', () => {
    const r = digestSince(fixtureCorpus(), at('2025-04-05T00:00:00Z'), NOW);
    expect(r.title).toBe('What changed since April 5, 2025');
    expect(r.lead).toBe('3 new articles on 2 developments, newest first.');
    expect(r.sections.map((s) => s.heading)).toEqual([
      'Third round of tariff talks — April 4, 2025',
      'Other reports',
    ]);
    const cited = new Set(
      r.sections.flatMap((s) => s.items.flatMap((i) => i.citations.map((c) => c.articleId))),
    );
    expect([...cited].sort()).toEqual(['a3', 'a4', 'a5']);
  });

  it('says plainly when nothing is new, naming the newest article’s date', () => {
    const r = digestSince(fixtureCorpus(), at('2025-04-07T00:00:00Z'), NOW);
    expect(r.kind).toBe('answer');
    expect(r.lead).toBe('Nothing new since April 7, 2025. The newest article is from April 6, 2025.');
    expect(r.sections).toEqual([]);
  });

  it('in a folder of older news, offers the same span up to its newest article', () => {
    // The fixture's newest article is from April 6, 2025; a week back from June 30 finds nothing.
    const now = at('2025-06-30T09:00:00Z');
    const r = digestSince(fixtureCorpus(), at('2025-06-23T09:00:00Z'), now);
    expect(r.lead).toBe(
      'Nothing new since June 23, 2025, 09:00 UTC. The newest article is from April 6, 2025.',
    );
    expect(r.suggestions[0]).toBe('digest since 2025-03-30');
    const offered = digestSince(fixtureCorpus(), at('2025-03-30T00:00:00Z'), now);
    expect(offered.lead).toBe('3 new articles on 2 developments, newest first.');
  });

  it('as of an earlier day, names the newest article out by then', () => {
    const r = digestSince(fixtureCorpus(), at('2025-03-20T00:00:00Z'), at('2025-03-27T00:00:00Z'));
    expect(r.lead).toBe('Nothing new since March 20, 2025. The newest article is from March 10, 2025.');
    expect(r.suggestions[0]).toBe('digest since 2025-03-03');
  });

  it('cites each report once per development, not again under its quotes', () => {
    const r = digestSince(fixtureCorpus(), at('2025-04-05T00:00:00Z'), NOW);
    const third = r.sections.find((s) => s.heading?.startsWith('Third round'))!;
    const ids = third.items.flatMap((i) => i.citations.map((c) => c.articleId));
    expect(ids.sort()).toEqual(['a3', 'a4']);
    // Mori's quote is there, from reports already cited above it.
    expect(third.items.some((i) => i.type === 'quote' && i.speaker === 'Hana Mori')).toBe(true);
  });

  it('counts an article dated the day `since` falls on as new', () => {
    const r = digestSince(fixtureCorpus(), at('2025-04-06T18:30:00Z'), NOW);
    expect(r.title).toBe('What changed since April 6, 2025, 18:30 UTC');
    expect(r.lead).toBe('2 new articles on 2 developments, newest first.');
  });

  it('leaves out articles dated after now', () => {
    const r = digestSince(fixtureCorpus(), at('2025-03-01T00:00:00Z'), at('2025-03-05T00:00:00Z'));
    expect(r.lead).toBe('1 new article on 1 development, newest first.');
    expect(r.sections[0]!.heading).toBe('First round of tariff talks — March 1, 2025');
  });

  it('filters by person for a channel that follows one negotiator', () => {
    const r = digestSince(fixtureCorpus(), at('2025-03-01T00:00:00Z'), NOW, { person: 'ortiz' });
    const cited = new Set(
      r.sections.flatMap((s) => s.items.flatMap((i) => i.citations.map((c) => c.articleId))),
    );
    expect([...cited].sort()).toEqual(['a3', 'a4']);
    expect(r.title).toContain('on ortiz');
  });

  it('filters by topic', () => {
    const r = digestSince(fixtureCorpus(), at('2025-03-01T00:00:00Z'), NOW, { topic: 'rice' });
    const cited = new Set(
      r.sections.flatMap((s) => s.items.flatMap((i) => i.citations.map((c) => c.articleId))),
    );
    expect([...cited]).toEqual(['a2']);
  });

  it('rejects a filter naming nobody it knows', () => {
    expect(() => digestSince(fixtureCorpus(), at('2025-03-01T00:00:00Z'), NOW, { person: 'zzz' })).toThrow(
      UserError,
    );
  });

  it('says each near-identical report once', () => {
    const r = digestSince(fixtureCorpus(), at('2025-04-05T00:00:00Z'), NOW);
    expect(replyTexts(r).filter((t) => t.includes('We have not reached any agreement'))).toHaveLength(1);
  });
});
