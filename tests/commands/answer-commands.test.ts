import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index';
import { dispatchText } from '../../src/app/dispatch';
import { buildCorpus } from '../../src/core/corpus';
import { replyTexts } from '../../src/core/reply';
import { silentLogger } from '../../src/log';
import { article, fixtureCorpus, NOW, quote } from '../core/answers/fixture';

const corpus = fixtureCorpus();
const ask = (text: string) =>
  dispatchText(text, {
    commands,
    corpus: () => corpus,
    now: () => NOW,
    channel: null,
    digests: null,
    log: silentLogger,
  });

describe('the answer commands as typed in chat', () => {
  it('registers latest, digest, who, said, about, timeline, people and sources', () => {
    const names = commands.map((c) => c.name);
    for (const n of ['latest', 'digest', 'who', 'said', 'about', 'timeline', 'people', 'sources']) {
      expect(names).toContain(n);
    }
  });

  it('answers each with a cited reply, each source cited once per point', async () => {
    for (const text of [
      'latest',
      'digest 7d',
      'who mori',
      'said "real progress"',
      'about autos',
      'timeline',
    ]) {
      const { status, reply } = await ask(text);
      expect(status, text).toBe('ok');
      const items = reply.sections.flatMap((s) => s.items);
      expect(items.length, text).toBeGreaterThan(0);
      // An item cites its sources, unless a block above it in the same point already did
      // (a briefing, or one development of a digest, is one point told in several blocks).
      const cited = new Set<string>();
      for (const item of items) {
        const ids = item.citations.map((c) => c.articleId);
        expect(ids.length > 0 || cited.size > 0, `${text}: ${item.type}`).toBe(true);
        for (const id of ids) cited.add(id);
      }
    }
  });

  it('reads `who <person> about <topic>`', async () => {
    const { reply } = await ask('who Hana Mori about steel');
    expect(reply.title).toBe('What Hana Mori said about steel');
    const named = await ask('who --person mori --topic steel');
    expect(named.reply.title).toBe('What Hana Mori said about steel');
  });

  it('defaults a bare digest to the last seven days', async () => {
    const { reply } = await ask('digest');
    expect(reply.title).toBe('What changed since March 31, 2025, 09:00 UTC');
  });

  it('reads digest dates in several forms', async () => {
    for (const text of ['digest 2025-04-05', 'digest April 5', 'digest since April 5']) {
      expect((await ask(text)).reply.title, text).toBe('What changed since April 5, 2025');
    }
  });

  it('turns bad or empty arguments into a helpful usage reply (exit 2 on the console)', async () => {
    const cases: [string, RegExp][] = [
      ['who', /person is missing/i],
      ['who zzz', /I know no one called "zzz"/],
      ['digest yesterdayish', /`24h`, `7d` or `2w`/],
      ['said', /phrase is missing/i],
      ['about', /topic is missing/i],
      ['timeline --page 9', /only 1 page/],
      [`said ${'a'.repeat(300)}`, /at most 200 characters/],
      [`who ${'a'.repeat(5000)}`, /at most 1000 characters/],
    ];
    for (const [text, message] of cases) {
      const { status, reply } = await ask(text);
      expect(status, text.slice(0, 30)).toBe('usage');
      expect(reply.kind).toBe('error');
      expect(reply.lead, text.slice(0, 30)).toMatch(message);
    }
  });

  it('suggests known names for an unknown person', async () => {
    const { reply } = await ask('who zzz');
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions[0]).toMatch(/^who /);
  });

  it('carries next/prev commands that fetch the neighbouring pages', async () => {
    const articles = Array.from({ length: 12 }, (_, i) =>
      article(`p${i}`, {
        title: `Report ${i}`,
        outlet: 'Daily Ledger',
        published: `2025-05-${String(i + 1).padStart(2, '0')}`,
        body: [`“A deal is near, day ${i + 1},” Mori said.`],
      }),
    );
    const quotes = articles.map((a, i) => quote(a, 'Hana Mori', `A deal is near, day ${i + 1},`));
    const big = buildCorpus({ articles, quotes, people: [], events: [], rates: [], problems: [] }, NOW);
    const env = {
      commands,
      corpus: () => big,
      now: () => NOW,
      channel: null,
      digests: null,
      log: silentLogger,
    };
    const first = await dispatchText('said "a deal"', env);
    expect(first.reply.page).toEqual({ page: 1, pages: 2, next: 'said "a deal" --page 2', prev: null });
    const second = await dispatchText(first.reply.page!.next!, env);
    expect(second.reply.page).toEqual({ page: 2, pages: 2, next: null, prev: 'said "a deal" --page 1' });
    expect(second.reply.sections[0]!.items).toHaveLength(4);
  });

  it('never echoes mentions or Slack markup from the user', async () => {
    for (const text of [
      'who @everyone',
      'said <!channel>',
      'about <https://x.example|click>',
      'digest @here',
    ]) {
      const { reply } = await ask(text);
      const all = replyTexts(reply).join('\n');
      expect(all, text).not.toMatch(/@everyone|@here|<!channel>|<https?:/);
    }
  });
});
