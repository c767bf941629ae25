import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelContext } from '../../commands/define';
import type { PlatformAdapter } from '../../src/app/platform';
import { processParts, type RunParts, runBot } from '../../src/app/run';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/storage/open-store';
import { type FakeSlack, startFakeSlack } from '../fakes/slack';
import { killAll, spawnBot, tempDir } from './process-harness';

/**
 * Issue 18, item 5: the platforms started listening before the digest store was open, so a
 * `subscribe` in that window was answered "Daily digests are not running here", `/healthz` said
 * ok before the process could serve, and a SIGTERM in the window exited 143 without a clean stop.
 * The store's opening is held back here (as a PostgreSQL migration lock holds it) to watch the
 * order; no step's duration is asserted.
 */

const manager: ChannelContext = {
  platform: 'slack',
  channelId: 'C0START',
  userId: 'U1',
  canManage: async () => true,
};
let slack: FakeSlack | null = null;

afterEach(async () => {
  await killAll();
  await slack?.close();
  slack = null;
});

function deferred(): { promise: Promise<void>; release: () => void } {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    release = r;
  });
  return { promise, release };
}

async function until(test: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A run of the real parts (Slack over loopback against a fake, SQLite), watched step by step. */
async function watchedRun() {
  slack = await startFakeSlack();
  const config = loadConfig({
    SEEDS_DIR: 'seeds',
    DATASET_CACHE_DIR: 'none',
    INGEST_THREADS: '0',
    DATABASE_PATH: join(tempDir(), 'bot.sqlite'),
    SLACK_BOT_TOKEN: 'xoxb-start',
    SLACK_SIGNING_SECRET: 'start-secret',
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
  });
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  const events: string[] = [];
  const storeGate = deferred();
  const signals = new EventEmitter();
  let healthz = '';
  const parts: RunParts = {
    ...processParts,
    signals: signals as unknown as RunParts['signals'],
    async createPlatforms(cfg, bot, l) {
      const made = await processParts.createPlatforms(cfg, bot, l);
      return made.map((p): PlatformAdapter => {
        const start = p.start.bind(p);
        const port = () => (p as unknown as { port: number | null }).port;
        return Object.assign(p, {
          async start() {
            events.push('platform starting');
            await start();
            // The first request the moment the platform listens: a health check and a subscribe.
            const res = await fetch(`http://127.0.0.1:${port()}/healthz`);
            healthz = `${res.status} ${await res.text()}`;
            const { reply } = await bot.ask('subscribe 08:00 Asia/Tokyo', manager);
            events.push(`subscribe answered: ${reply.title}`);
          },
        });
      });
    },
    prepareDigests: (opts) =>
      processParts.prepareDigests({
        ...opts,
        open: async (cfg) => {
          events.push('store opening');
          await storeGate.promise;
          const opened = await openStore(cfg);
          const close = opened.store.close.bind(opened.store);
          opened.store.close = async () => {
            events.push('store closed');
            await close();
          };
          events.push('store open');
          return opened;
        },
      }),
  };
  const result = runBot(config, log, [], parts);
  return { result, events, lines, storeGate, signals, healthz: () => healthz };
}

describe('start-up order', () => {
  it('opens the digest store before any platform takes a request, and is ready only after', async () => {
    const run = await watchedRun();
    await until(() => run.events.includes('store opening'), 'the store to be opening');
    // However long the store takes, no platform starts meanwhile.
    await new Promise((r) => setTimeout(r, 300));
    expect(run.events).toEqual(['store opening']);
    run.storeGate.release();
    await until(() => run.lines.some((l) => l.msg === 'ready'), 'ready');
    expect(run.events).toEqual([
      'store opening',
      'store open',
      'platform starting',
      expect.stringMatching(/^subscribe answered: .*set up/),
    ]);
    // Listening, but digests were not yet running: the health check said so.
    expect(run.healthz()).toBe('503 starting');
    run.signals.emit('SIGTERM');
    expect(await run.result).toBe(0);
    expect(run.events.at(-1)).toBe('store closed');
    expect(run.lines.at(-1)?.msg).toBe('stopped');
  }, 60_000);

  it('stops cleanly on SIGTERM while the store is still opening, and starts no platform', async () => {
    const run = await watchedRun();
    await until(() => run.events.includes('store opening'), 'the store to be opening');
    run.signals.emit('SIGTERM');
    expect(await run.result).toBe(0);
    expect(run.lines.at(-1)?.msg).toBe('stopped');
    // The store that was still opening is closed once it opens; no platform ever started.
    run.storeGate.release();
    await until(() => run.events.includes('store closed'), 'the late store to be closed');
    expect(run.events).toEqual(['store opening', 'store open', 'store closed']);
  }, 60_000);
});

describe('a SIGTERM during the real start-up', () => {
  it('stops the process cleanly while Slack is still being reached', async () => {
    // auth.test is answered only after a minute: the process is caught mid-start.
    slack = await startFakeSlack({ latencyMs: 60_000 });
    const bot = spawnBot({
      via: 'node',
      env: {
        SLACK_BOT_TOKEN: 'xoxb-slow',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
      },
    });
    await slack.waitForCall('auth.test', undefined, 60_000);
    bot.signal('SIGTERM');
    expect(await bot.waitForExit(30_000)).toEqual({ code: 0, signal: null });
    const msgs = bot.logs().map((l) => l.msg);
    expect(msgs).toContain('digest store open');
    expect(msgs).not.toContain('ready');
    expect(msgs.at(-1)).toBe('stopped');
  }, 90_000);
});
