import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../fakes/slack';
import { isReady, killAll, spawnBot } from './process-harness';

/**
 * Issue 18, item 4: SIGTERM to `npm start` (how process managers and the rolling restart stop
 * it) used to end npm's shell at once and orphan the bot, which kept serving. Whichever process
 * is signalled, npm or node itself, the bot must stop cleanly (its "stopped" line, exit 0) and
 * leave no process of its group behind. The console mode is used: no tokens, no network.
 */

let slack: FakeSlack | null = null;
afterEach(async () => {
  await killAll();
  await slack?.close();
  slack = null;
});

const cases = [
  { via: 'npm', signal: 'SIGTERM' },
  { via: 'npm', signal: 'SIGINT' },
  { via: 'node', signal: 'SIGTERM' },
] as const;

describe('a stop signal', () => {
  for (const { via, signal } of cases) {
    it(`${signal} to ${via === 'npm' ? '`npm start`' : 'node'} stops the bot cleanly and leaves no process`, async () => {
      const bot = spawnBot({ via });
      await bot.waitForLog(isReady, 60_000);
      bot.signal(signal);
      const exit = await bot.waitForExit(30_000);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(await bot.groupGone(10_000)).toBe(true);
      const msgs = bot.logs().map((l) => l.msg);
      expect(msgs).toContain('shutting down');
      expect(msgs.at(-1)).toBe('stopped');
    }, 90_000);
  }
});

describe('SIGTERM to `npm start` serving Slack', () => {
  it('closes the port: no orphaned bot goes on serving', async () => {
    slack = await startFakeSlack();
    const bot = spawnBot({
      via: 'npm',
      env: { SLACK_BOT_TOKEN: 'xoxb-sig', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl, PORT: '0' },
    });
    const connected = await bot.waitForLog((l) => l.msg === 'slack connected', 60_000);
    await bot.waitForLog(isReady);
    const healthz = `http://127.0.0.1:${connected.port}/healthz`;
    expect((await fetch(healthz)).status).toBe(200);
    bot.signal('SIGTERM');
    expect(await bot.waitForExit(30_000)).toEqual({ code: 0, signal: null });
    expect(await bot.groupGone(10_000)).toBe(true);
    await expect(fetch(healthz)).rejects.toThrow();
  }, 90_000);
});
