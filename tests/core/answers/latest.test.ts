import { describe, expect, it } from 'vitest';
import { latestBriefing } from '../../../src/core/answers/latest';
import { buildCorpus } from '../../../src/core/corpus';
import { type Item, type Reply, replyTexts } from '../../../src/core/reply';
import { BOILERPLATE, fixtureCorpus, fixtureDataset, itemText, NOW } from './fixture';

const items = (r: Reply, heading: string): Item[] =>
  r.sections.find((s) => s.heading === heading)?.items ?? [];
const cited = (item: Item) => item.citations.map((c) => c.articleId).sort();
const value = (r: Reply, label: string) => {
  const f = items(r, 'The facts').find((i) => i.type === 'field' && i.label === label);
  return f?.type === 'field' ? f.value : undefined;
};

describe('latest: the briefing on the newest development', () => {
  it('is about the newest round by date, with its date, place, participants and round', () => {
    const r = latestBriefing(fixtureCorpus(), NOW);
    expect(r.kind).toBe('answer');
    expect(r.title).toBe('Latest: Third round of tariff talks, April 4, 2025');
    expect(value(r, 'When')).toBe('April 4, 2025');
    expect(value(r, 'Where')).toBe('Osaka');
    expect(value(r, 'Who met')).toBe('Hana Mori, Carl Dent and Lena Ortiz');
    expect(value(r, 'Round')).toBe('the third');
  });

  it('as of an earlier day, briefs on what had been reported by then', () => {
    // The third round was held on April 4 and first reported on April 5.
    const before = latestBriefing(fixtureCorpus(), new Date('2025-04-04T12:00:00Z'));
    expect(before.title).toBe('Latest: Second round of tariff talks, March 9, 2025');
    const r = latestBriefing(fixtureCorpus(), new Date('2025-04-05T12:00:00Z'));
    expect(r.title).toBe('Latest: Third round of tariff talks, April 4, 2025');
    // The Daily Ledger's report of April 6 was not out yet.
    expect(r.lead).toBe('From 1 article: Harbor Times, April 5, 2025.');
    const all = new Set(r.sections.flatMap((s) => s.items.flatMap(cited)));
    expect([...all]).toEqual(['a3']);
  });

  it('cites every article that reports the development, and only those, each once', () => {
    const r = latestBriefing(fixtureCorpus(), NOW);
    const all = r.sections.flatMap((s) => s.items.flatMap(cited));
    // The briefing is one point in several blocks: a source is not repeated under each block.
    expect(all.sort()).toEqual(['a3', 'a4']);
    expect(r.lead).toContain('2 articles');
    // The first block cites both reports of the round.
    expect(cited(r.sections[0]!.items[0]!)).toEqual(['a3', 'a4']);
  });

  it('says a quote two outlets printed alike once, citing both', () => {
    const r = latestBriefing(fixtureCorpus(), NOW);
    const texts = replyTexts(r).filter((t) => t.includes('We have not reached any agreement yet'));
    expect(texts).toHaveLength(1);
    const q = items(r, 'What they said').find((i) => itemText(i).includes('We have not reached'))!;
    expect(q.type === 'quote' && q.speaker).toBe('Hana Mori');
    const opening = items(r, 'What happened');
    expect(opening).toHaveLength(1);
    expect(cited(opening[0]!)).toEqual(['a3', 'a4']);
  });

  it('gives two or three quotes, the negotiators’ own words first', () => {
    const quotes = items(latestBriefing(fixtureCorpus(), NOW), 'What they said');
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.length).toBeLessThanOrEqual(3);
    for (const q of quotes) expect(q.type === 'quote' && q.kind).toBe('direct');
  });

  it('names what comes next: the scheduled summit with its dates', () => {
    const next = items(latestBriefing(fixtureCorpus(), NOW), 'What comes next');
    expect(next[0]?.type === 'field' && next[0].label).toBe('April 20–21, 2025');
    expect(itemText(next[0]!)).toContain('leaders summit');
  });

  it('reports the outcome in the articles’ own words', () => {
    const outcome = items(latestBriefing(fixtureCorpus(), NOW), 'Outcome');
    expect(outcome.map(itemText)).toContain('The two sides failed to find common ground on steel.');
  });

  it('never shows boilerplate lines', () => {
    const all = replyTexts(latestBriefing(fixtureCorpus(), NOW)).join('\n');
    for (const line of BOILERPLATE) expect(all).not.toContain(line);
  });

  it('answers as of the injected time: in mid-March the second round is the latest', () => {
    const r = latestBriefing(fixtureCorpus(), new Date('2025-03-15T00:00:00Z'));
    expect(r.title).toBe('Latest: Second round of tariff talks, March 9, 2025');
  });

  it('answers each day as of that day, even asked of one loaded corpus', () => {
    const corpus = fixtureCorpus();
    expect(latestBriefing(corpus, NOW).title).toContain('Third round');
    expect(latestBriefing(corpus, new Date('2025-03-15T00:00:00Z')).title).toContain('Second round');
    expect(latestBriefing(corpus, NOW).title).toContain('Third round');
  });

  it('is the same reply every time', () => {
    expect(latestBriefing(fixtureCorpus(), NOW)).toEqual(latestBriefing(fixtureCorpus(), NOW));
  });

  it('falls back to the newest articles, and says so, when no event is dated', () => {
    const ds = { ...fixtureDataset(), events: [] };
    const r = latestBriefing(buildCorpus(ds, NOW), NOW);
    expect(r.title).toBe('Latest reports, April 6, 2025');
    expect(r.notes.join(' ')).toMatch(/No dated negotiation event/);
  });

  it('explains an empty folder instead of failing', () => {
    const ds = { articles: [], people: [], quotes: [], events: [], rates: [], problems: [] };
    const r = latestBriefing(buildCorpus(ds, NOW), NOW);
    expect(r.kind).toBe('error');
    expect(r.lead).toMatch(/no readable articles/);
  });
});
