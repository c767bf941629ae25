import { describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/app/bot';
import { type Reply, replyTexts } from '../../../src/core/reply';
import { seedBot } from '../../helpers/bot';
import { itemText } from './fixture';

/** End to end on the bundled seeds: the parser's dataset, the indexes and the answers together. */

const SEEDS = ['000_eacbab96db8a8426', '002_2c14dcab075644fb', '004_24520ce29e8dbb5f'];

/** Captions, bylines and promo lines of the seeds, as a reader would recognise them. */
const PAGE_FURNITURE = [
  'Pool photo',
  'From the right, Ryosei Akazawa',
  'THE ASAHI SHIMBUN',
  '17:46 JST',
  'This article was written by',
  'A peek through the music industry',
  'declassified by Japan’s Foreign Ministry',
  'hibakusha',
  'Cooking experts, chefs',
  'Japanese-Americans and their memories',
];

async function allPages(bot: Bot, text: string): Promise<Reply[]> {
  const pages: Reply[] = [];
  let next: string | null = text;
  while (next && pages.length < 20) {
    const { reply } = await bot.ask(next);
    pages.push(reply);
    next = reply.page?.next ?? null;
  }
  return pages;
}

const cited = (replies: Reply[]) =>
  new Set(replies.flatMap((r) => r.sections.flatMap((s) => s.items.flatMap((i) => i.citations))));

describe('answers on the bundled seeds', () => {
  it('briefs on the fifth round of June 6, 2025, citing the Asahi article', async () => {
    const bot = await seedBot();
    const { reply, status } = await bot.ask('latest');
    expect(status).toBe('ok');
    expect(reply.title).toMatch(/fifth round/i);
    expect(reply.title).toContain('June 6, 2025');
    expect([...cited([reply])].map((c) => c.outlet)).toContain('The Asahi Shimbun');
    const facts = reply.sections.find((s) => s.heading === 'The facts')!.items;
    const whoMet = facts.find((i) => i.type === 'field' && i.label === 'Who met');
    for (const name of ['Ryosei Akazawa', 'Scott Bessent', 'Howard Lutnick'])
      expect(itemText(whoMet!)).toContain(name);
    const all = replyTexts(reply).join('\n');
    expect(all).toMatch(/not found any point of agreement|failed to find common ground/);
    const next = reply.sections.find((s) => s.heading === 'What comes next')!.items;
    expect(next.map((i) => (i.type === 'field' ? i.label : ''))).toContain('June 15–17, 2025');
    expect(next.map(itemText).join(' ')).toMatch(/Group of Seven summit/);
  });

  it('tells what happened in the report’s own words, without its dateline', async () => {
    // The Asahi article opens "WASHINGTON--Japan and the United States failed to find common ground …".
    const bot = await seedBot();
    const { reply } = await bot.ask('latest');
    const points = reply.sections.find((s) => s.heading === 'What happened')!.items.map(itemText);
    expect(points.some((p) => p.startsWith('Japan and the United States failed to find common ground'))).toBe(
      true,
    );
    for (const p of points) expect(p).not.toMatch(/^[A-Z]{3,}[ ,A-Z]*(?:--|[—–]|\s-\s)/);
  });

  it('finds Akazawa’s quotes from all three seeds under the spelling "ryozei"', async () => {
    const bot = await seedBot();
    const pages = await allPages(bot, 'who ryozei');
    expect(pages[0]!.title).toBe('What Ryosei Akazawa said');
    const quotes = pages.flatMap((p) => p.sections.flatMap((s) => s.items));
    for (const q of quotes) expect(q.type === 'quote' && q.speaker).toBe('Ryosei Akazawa');
    expect([...new Set([...cited(pages)].map((c) => c.articleId))].sort()).toEqual(SEEDS);
  });

  it('shows no caption, byline or promo line in any answer', async () => {
    const bot = await seedBot();
    const dataset = bot.corpus.current().dataset;
    const removed = dataset.articles.flatMap((a) => a.boilerplate).filter((line) => line.trim().length >= 12);
    for (const text of [
      'latest',
      'who ryozei',
      'who bessent',
      'timeline',
      'digest 2w',
      'said agreement',
      'about autos',
    ]) {
      const shown = (await allPages(bot, text)).flatMap((r) =>
        replyTexts(r).concat(r.sections.flatMap((s) => s.items.map(itemText))),
      );
      const joined = shown.join('\n');
      for (const line of [...PAGE_FURNITURE, ...removed])
        expect(joined, `${text}: ${line}`).not.toContain(line);
    }
  });

  it('says what it cannot answer on the seeds with a usage reply', async () => {
    const bot = await seedBot();
    for (const text of ['who', 'who zzz', 'digest yesterdayish', `who ${'a'.repeat(5000)}`]) {
      const { status, reply } = await bot.ask(text);
      expect(status, text.slice(0, 20)).toBe('usage');
      expect(reply.kind).toBe('error');
    }
  });
});
