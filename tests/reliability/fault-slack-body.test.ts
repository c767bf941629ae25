import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { installFaultPolicy } from '../../src/app/fault-policy';
import { inRequest } from '../../src/app/request-scope';
import { type FakeSlack, startFakeSlack } from '../fakes/slack';
import { type Body, postToBot, slashCommand } from '../fakes/slack-requests';
import { type BotProcess, isReady, killAll, spawnBot } from './process-harness';

/**
 * Issue 18, item 2: one correctly signed Slack request whose body is JSON `null`, or a form with
 * `payload=null`, threw inside Bolt's detached request work and ended the whole process. Any signed
 * body that is not an object is now refused with 400 before Bolt sees it, and the process keeps
 * serving. Run against the real process over loopback, its Web API a local fake Slack.
 */

const SECRET = 'fault-signing-secret';
let slack: FakeSlack | null = null;

afterEach(async () => {
  await killAll();
  await slack?.close();
  slack = null;
});

async function startSlackBot(): Promise<{ bot: BotProcess; url: string }> {
  slack = await startFakeSlack();
  const bot = spawnBot({
    via: 'node',
    env: {
      SLACK_BOT_TOKEN: 'xoxb-fault',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
    },
  });
  const connected = await bot.waitForLog((l) => l.msg === 'slack connected', 60_000);
  await bot.waitForLog(isReady);
  return { bot, url: `http://127.0.0.1:${connected.port}/slack/events` };
}

describe('signed Slack bodies that are not an object', () => {
  it('are refused with 400 and the process goes on answering', async () => {
    const { bot, url } = await startSlackBot();
    const bodies: Body[] = [
      { contentType: 'application/json', raw: 'null' },
      { contentType: 'application/x-www-form-urlencoded', raw: 'payload=null' },
      { contentType: 'application/json', raw: '[]' },
      { contentType: 'application/json', raw: '"text"' },
      { contentType: 'application/x-www-form-urlencoded', raw: 'payload=42' },
    ];
    for (const body of bodies) {
      const res = await postToBot(url, body, { secret: SECRET });
      expect(res.status, `${body.contentType} ${body.raw}`).toBe(400);
    }
    // Still serving: a real command is answered through its response_url.
    const good = slashCommand({ text: 'help', response_url: slack!.responseUrl('after-null') });
    const res = await postToBot(url, good, { secret: SECRET });
    expect(res.status).toBe(200);
    await slack!.waitForResponse((r) => r.id === 'after-null', 10_000);
    expect(bot.child.exitCode).toBeNull();
    // Each refusal is a warning that names its request, not an error.
    const refused = bot.logs().filter((l) => l.reason === 'body is not an object');
    expect(refused).toHaveLength(bodies.length);
    for (const l of refused) expect(typeof l.requestId).toBe('string');
    expect(bot.logs().filter((l) => (l.level ?? 0) >= 50)).toEqual([]);
  }, 90_000);
});

describe('the process fault policy', () => {
  const capture = () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
    return { lines, log };
  };

  it('logs a stray rejection from a request with its id and keeps the process up', () => {
    const proc = new EventEmitter();
    const { lines, log } = capture();
    const exits: number[] = [];
    installFaultPolicy(proc as unknown as NodeJS.Process, log, (code) => exits.push(code));
    inRequest({ platform: 'slack', requestId: 'req-1' }, () =>
      proc.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')")),
    );
    inRequest({ platform: 'slack', requestId: 'req-2' }, () =>
      proc.emit('uncaughtException', new Error('boom')),
    );
    expect(exits).toEqual([]);
    expect(lines.map((l) => [l.level, l.requestId])).toEqual([
      [50, 'req-1'],
      [50, 'req-2'],
    ]);
  });

  it('keeps an error outside any request fatal, so a broken start-up is not masked', () => {
    const proc = new EventEmitter();
    const { lines, log } = capture();
    const exits: number[] = [];
    installFaultPolicy(proc as unknown as NodeJS.Process, log, (code) => exits.push(code));
    proc.emit('unhandledRejection', new Error('store gone'));
    expect(exits).toEqual([1]);
    expect(lines[0]?.level).toBe(60);
  });
});
