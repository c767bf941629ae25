import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../src/adapters/console/render';
import { Bot } from '../../src/app/bot';
import type { Dataset } from '../../src/core/article';
import { loadDataset } from '../../src/core/dataset';
import { replyTexts } from '../../src/core/reply';
import { loadWithCache } from '../../src/ingest/dataset-cache';
import { loadDatasetParallel } from '../../src/ingest/parallel-load';
import { silentLogger } from '../../src/log';
import { watchSeeds } from '../../src/scheduler/seeds-watcher';
import { capturingLogger } from '../scheduler/helpers';

/**
 * Odd entries in the seeds folder (issue 18, items 1 and 9): only regular files inside the folder
 * are read; a link leading out (to a secret, say) is named in `problems` and never read, by either
 * loader, the cache or the live watcher; FIFOs, sockets, devices and dangling links are named
 * too, not skipped silently; a name with a newline is shown on one line, escaped.
 */

// Made-up article text; the secret is shaped like an article so that following the link loads it.
const ARTICLE = (title: string) =>
  `${title}\n\nTOKYO — Japan's negotiator said on Tuesday that talks on auto tariffs would resume next week.\n`;
const SECRET = 'Secret Line Zebra Quartz Hunter';

let root = '';
let seeds = '';
let outside = '';
let server: Server | null = null;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tariffs-fault-seeds-'));
  seeds = join(root, 'seeds');
  outside = join(root, 'outside.txt');
  mkdirSync(seeds);
  writeFileSync(outside, ARTICLE(SECRET));
  writeFileSync(join(seeds, 'real.txt'), ARTICLE('Tariff Talks Resume In Tokyo'));
});
afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r));
  server = null;
  rmSync(root, { recursive: true, force: true });
});

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const problemOf = (d: Dataset, file: string) => d.problems.find((p) => p.file === file)?.message;
const everyText = (d: Dataset) => JSON.stringify(d);

async function oddFolder() {
  symlinkSync(outside, join(seeds, 'leak.txt'));
  symlinkSync('../outside.txt', join(seeds, 'relative-leak.txt'));
  mkfifo(join(seeds, 'pipe.txt'));
  symlinkSync(join(root, 'nothing-here.txt'), join(seeds, 'dangling.txt'));
  symlinkSync('/dev/null', join(seeds, 'device.txt'));
  mkfifo(join(root, 'outside-pipe'));
  symlinkSync(join(root, 'outside-pipe'), join(seeds, 'pipe-link.txt'));
  server = createServer();
  await new Promise<void>((r) => server!.listen(join(seeds, 'socket.txt'), r));
  // Allowed: a link to a regular file inside the folder (kept in a sub-folder).
  mkdirSync(join(seeds, 'archive'));
  writeFileSync(join(seeds, 'archive', 'kept.txt'), ARTICLE('Archived Tariff Article Returns'));
  symlinkSync(join('archive', 'kept.txt'), join(seeds, 'linked.txt'));
  symlinkSync('.', join(seeds, 'itself'));
}

function expectOddEntriesRefused(d: Dataset, more: string[] = []) {
  expect(everyText(d)).not.toContain('Zebra Quartz');
  expect(problemOf(d, 'leak.txt')).toMatch(/link leading outside/);
  expect(problemOf(d, 'relative-leak.txt')).toMatch(/link leading outside/);
  expect(problemOf(d, 'pipe.txt')).toMatch(/FIFO/);
  expect(problemOf(d, 'socket.txt')).toMatch(/socket/);
  expect(problemOf(d, 'dangling.txt')).toMatch(/link to nothing/);
  expect(problemOf(d, 'device.txt')).toMatch(/link leading outside|device/);
  expect(problemOf(d, 'pipe-link.txt')).toMatch(/link leading outside|FIFO/);
  expect(problemOf(d, 'archive')).toMatch(/folder/);
  expect(problemOf(d, 'itself')).toMatch(/link to a folder/);
  expect(d.articles.map((a) => a.title).sort()).toEqual(
    ['Archived Tariff Article Returns', 'Tariff Talks Resume In Tokyo', ...more].sort(),
  );
}

describe('entries of the seeds folder that are not regular files inside it', () => {
  it('are named in problems and never read, by the one-thread loader', async () => {
    await oddFolder();
    expectOddEntriesRefused(await loadDataset(seeds));
  });

  it('are named in problems and never read, by the parallel loader', async () => {
    await oddFolder();
    // Enough articles for two workers.
    const more = ['Tariff Talks Pause In Osaka', 'Tariff Talks Stall In Ottawa'];
    for (const [i, title] of more.entries()) writeFileSync(join(seeds, `more-${i}.txt`), ARTICLE(title));
    let fellBack = '';
    const d = await loadDatasetParallel(seeds, {
      threads: 2,
      minArticles: 1,
      onFallback: (r) => (fellBack = r),
    });
    expect(fellBack).toBe('');
    expectOddEntriesRefused(d, more);
  });

  it('a link leading out never shows its text in `sources`', async () => {
    await oddFolder();
    const bot = await Bot.start({ seedsDir: seeds, log: silentLogger, ingestThreads: 0 });
    const { reply } = await bot.ask('sources');
    const text = replyTexts(reply).join('\n');
    expect(text).toContain('leak.txt');
    expect(text).not.toContain('Zebra Quartz');
    expect(renderReply(reply)).not.toContain('Zebra Quartz');
  });

  it('the dataset cache neither reads through a link leading out nor keys on its target', async () => {
    symlinkSync(outside, join(seeds, 'leak.txt'));
    mkfifo(join(seeds, 'pipe.txt'));
    const cacheDir = join(root, 'cache');
    const first = await loadWithCache(seeds, cacheDir, loadDataset);
    await first.written;
    expect(problemOf(first.dataset, 'leak.txt')).toMatch(/link leading outside/);
    // The file outside changes: nothing the loader reads did, so the cache still holds.
    writeFileSync(outside, ARTICLE(`${SECRET} Again And Longer`));
    const second = await loadWithCache(seeds, cacheDir, loadDataset);
    expect(second.outcome).toEqual({ from: 'cache' });
    expect(everyText(second.dataset)).not.toContain('Zebra Quartz');
    expect(problemOf(second.dataset, 'pipe.txt')).toMatch(/FIFO/);
  });

  it('links and FIFOs dropped in while the bot runs are named by the watcher, and not read', async () => {
    const bot = await Bot.start({ seedsDir: seeds, log: silentLogger, ingestThreads: 0 });
    const { log, lines } = capturingLogger();
    const watcher = watchSeeds({
      dir: seeds,
      reload: () => bot.corpus.reload(),
      known: bot.corpus.current().dataset.problems,
      log,
      debounceMs: 20,
    });
    try {
      symlinkSync(outside, join(seeds, 'late-leak.txt'));
      mkfifo(join(seeds, 'late-pipe.txt'));
      const named = () => bot.corpus.current().dataset.problems.length >= 2;
      for (let i = 0; i < 200 && !named(); i++) {
        await new Promise((r) => setTimeout(r, 25));
        await watcher.settled();
      }
      const d = bot.corpus.current().dataset;
      expect(problemOf(d, 'late-leak.txt')).toMatch(/link leading outside/);
      expect(problemOf(d, 'late-pipe.txt')).toMatch(/FIFO/);
      expect(everyText(d)).not.toContain('Zebra Quartz');
      const warned = lines.filter((l) => l.level === 'warn').map((l) => JSON.stringify(l.obj));
      expect(warned.some((w) => w.includes('late-leak.txt'))).toBe(true);
      expect(warned.some((w) => w.includes('late-pipe.txt'))).toBe(true);
      const { reply } = await bot.ask('sources');
      expect(replyTexts(reply).join('\n')).not.toContain('Zebra Quartz');
    } finally {
      watcher.close();
    }
  });
});

describe('file names that would break a line or drive a terminal', () => {
  it('show escaped, on one line, in the console "Not loaded" list', async () => {
    writeFileSync(join(seeds, 'two\nlines.pdf'), 'not an article');
    writeFileSync(join(seeds, 'bell\u0007\u202Efdp.txt'), Buffer.from([0xff, 0xfe, 0x00]));
    const bot = await Bot.start({ seedsDir: seeds, log: silentLogger, ingestThreads: 0 });
    const { reply } = await bot.ask('sources');
    const lines = renderReply(reply).split('\n');
    const notLoaded = lines.slice(lines.indexOf('Not loaded') + 1);
    expect(notLoaded.some((l) => l.includes('two\\nlines.pdf:'))).toBe(true);
    expect(notLoaded.some((l) => l.includes('bell\\u0007\\u202efdp.txt:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('lines.pdf'))).toBe(false);
    expect(bot.corpus.current().dataset.problems.map((p) => p.file)).toContain('two\\nlines.pdf');
  });

  it('an article named with a newline loads, and two names that escape alike stay apart', async () => {
    writeFileSync(join(seeds, 'a\nb.txt'), ARTICLE('First Of Two Tariff Articles'));
    writeFileSync(join(seeds, 'a\\nb.txt'), ARTICLE('Second Of Two Tariff Articles'));
    const d = await loadDataset(seeds);
    expect(d.problems).toEqual([]);
    expect(new Set(d.articles.map((a) => a.id)).size).toBe(3);
    expect(d.articles.every((a) => !a.file.includes('\n'))).toBe(true);
  });
});
