import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/app/bot';
import { replyTexts } from '../../src/core/reply';
import { silentLogger } from '../../src/log';
import { DigestScheduler } from '../../src/scheduler/scheduler';
import { watchSeeds } from '../../src/scheduler/seeds-watcher';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { capturingLogger, FakeClock, RecordingSender, tempDir } from './helpers';

let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const NEW_ARTICLE = `---
published: 2025-06-10
outlet: The Test Gazette
---
Akazawa and Bessent agree to meet again before the G7 summit

TOKYO — Japan's chief tariff negotiator Ryosei Akazawa said on Tuesday that he and U.S. Treasury Secretary Scott Bessent had agreed to hold another round of ministerial talks on automobile tariffs before the Group of Seven summit.

“We will keep pressing for the removal of the auto tariffs,” Akazawa told reporters in Tokyo.
`;

async function seededWorld() {
  const { dir, cleanup } = tempDir('seeds-');
  cleanups.push(cleanup);
  for (const name of readdirSync('seeds')) copyFileSync(join('seeds', name), join(dir, name));
  const clock = new FakeClock(Date.parse('2025-06-10T10:00:00Z'));
  const bot = await Bot.start({ seedsDir: dir, log: silentLogger, now: clock.now });
  const store = SqliteStore.open(':memory:');
  cleanups.push(() => store.close());
  const sender = new RecordingSender('slack', clock.now);
  const { log, lines } = capturingLogger();
  const scheduler = new DigestScheduler({
    store,
    senders: { slack: sender },
    corpus: bot.corpus.current,
    clock: clock.now,
    log: silentLogger,
    graceMs: 120 * 60_000,
  });
  await scheduler.noteCorpus();
  const watcher = watchSeeds({
    dir,
    reload: () => bot.corpus.reload(),
    onReloaded: () => scheduler.noteCorpus(),
    known: bot.corpus.current().dataset.problems,
    log,
    debounceMs: 50,
  });
  cleanups.push(() => watcher.close());
  return { dir, bot, clock, store, sender, scheduler, watcher, lines };
}

/** fs.watch reports soon but not at once; wait for the event and the debounced reload. */
async function untilReloaded(w: { watcher: { settled(): Promise<void> } }, check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) {
    await new Promise((r) => setTimeout(r, 30));
    await w.watcher.settled();
  }
}

describe('articles dropped into the seeds folder while the bot runs', () => {
  it('are picked up without a restart and appear in the next digest, once', async () => {
    const w = await seededWorld();
    await w.store.saveSubscription(
      {
        platform: 'slack',
        channelId: 'C1',
        time: '08:00',
        timezone: 'Asia/Tokyo',
        filter: { person: null, topic: null },
        quiet: false,
        createdBy: 'U1',
      },
      w.clock.now(),
    );
    const before = w.bot.corpus.current().dataset.articles.length;
    w.clock.set('2025-06-10T12:00:00Z');
    writeFileSync(join(w.dir, '900_new_round.txt'), NEW_ARTICLE);
    await untilReloaded(w, () => w.bot.corpus.current().dataset.articles.length > before);
    expect(w.bot.corpus.current().dataset.articles.length).toBe(before + 1);

    w.clock.set('2025-06-10T23:00:00Z');
    expect((await w.scheduler.tick()).sent).toBe(1);
    const text = replyTexts(w.sender.posts[0]!.reply).join('\n');
    expect(text).toMatch(/Akazawa and Bessent agree to meet again/);
    expect(text).not.toMatch(/Share Understanding That Tariff Discussions/); // an old seed, not news

    w.clock.set('2025-06-11T23:00:00Z');
    await w.scheduler.tick();
    expect(w.sender.posts[1]!.reply.lead).toMatch(/^Nothing new since Wed, 11 Jun 2025, 08:00/);
  });

  it('report a broken file by name and still load the others', async () => {
    const w = await seededWorld();
    const before = w.bot.corpus.current().dataset.articles.length;
    writeFileSync(join(w.dir, '901_broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0xd8, 0x00]));
    writeFileSync(join(w.dir, '902_good.txt'), NEW_ARTICLE.replace('meet again', 'talk again'));
    await untilReloaded(w, () => w.bot.corpus.current().dataset.articles.length > before);
    const { articles, problems } = w.bot.corpus.current().dataset;
    expect(articles.map((a) => a.title)).toContain(
      'Akazawa and Bessent agree to talk again before the G7 summit',
    );
    expect(problems.map((p) => p.file)).toContain('901_broken.txt');
    expect(w.lines.some((l) => l.level === 'warn' && JSON.stringify(l.obj).includes('901_broken.txt'))).toBe(
      true,
    );
  });
});
