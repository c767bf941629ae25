import { describe, expect, it } from 'vitest';
import { channelDigest } from '../../../src/core/answers/channel-digest';
import { type Reply, replyTexts } from '../../../src/core/reply';
import type { ChannelFilter } from '../../../src/core/schedule/filter';
import { fixtureCorpus } from './fixture';

// 08:00 in Tokyo on Monday April 7, 2025 (made-up articles from ./fixture).
const SINCE = new Date('2025-04-06T23:00:00Z');
const NOW = new Date('2025-04-07T23:00:00Z');
const NO_FILTER: ChannelFilter = { person: null, topic: null };

const cited = (r: Reply) =>
  [...new Set(r.sections.flatMap((s) => s.items.flatMap((i) => i.citations.map((c) => c.articleId))))].sort();

const request = (articleIds: string[], filter: ChannelFilter = NO_FILTER) => ({
  corpus: fixtureCorpus(),
  articleIds,
  since: SINCE,
  now: NOW,
  filter,
  timezone: 'Asia/Tokyo',
});

describe("a channel's daily digest, composed once in the core", () => {
  it('covers exactly the articles that arrived, and names the previous digest in the channel’s zone', () => {
    const d = channelDigest(request(['a4', 'a5']));
    expect(d.kind).toBe('digest');
    expect(d.reply.title).toContain('7 Apr 2025, 08:00 GMT+9');
    expect(d.reply.lead).toBe('2 new articles on 2 developments, newest first.');
    expect(cited(d.reply)).toEqual(['a4', 'a5']);
    // Posted whole: no page buttons in a channel nobody typed a command in.
    expect(d.reply.page).toBeNull();
  });

  it('counts an old-dated report that arrived late (a3 is dated April 5, before the previous digest)', () => {
    const d = channelDigest(request(['a3']));
    expect(d.kind).toBe('digest');
    expect(cited(d.reply)).toEqual(['a3']);
  });

  it('applies the filter and says so in the lead', () => {
    const d = channelDigest(request(['a4', 'a5'], { person: 'Lena Ortiz', topic: null }));
    expect(d.kind).toBe('digest');
    expect(d.reply.lead).toMatch(/ Filter: person: Lena Ortiz\.$/);
    // a5 (carmakers) does not mention Ortiz.
    expect(cited(d.reply)).toEqual(['a4']);
  });

  it('notes arrivals without a date, which no development can hold', () => {
    const d = channelDigest(request(['a4', 'a6']));
    expect(d.reply.notes.join(' ')).toContain('1 new article has no date');
  });

  it('is the one-line "nothing new" answer, with the filter, when nothing arrived', () => {
    const d = channelDigest(request([], { person: null, topic: 'rice' }));
    expect(d.kind).toBe('nothing-new');
    expect(d.reply.sections).toEqual([]);
    expect(d.reply.lead).toMatch(/^Nothing new since .*7 Apr 2025, 08:00 GMT\+9 \(topic: rice\)\.$/);
  });

  it('is "nothing new", not an error, when the filter names someone no article mentions yet', () => {
    const d = channelDigest(request(['a4', 'a5'], { person: 'Zed Nobody', topic: null }));
    expect(d.kind).toBe('nothing-new');
    expect(d.reply.kind).toBe('answer');
    expect(replyTexts(d.reply).join(' ')).toContain('person: Zed Nobody');
  });
});
