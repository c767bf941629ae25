import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply as renderConsole } from '../../src/adapters/console/render';
import { DiscordAdapter } from '../../src/adapters/discord/adapter';
import { Bot } from '../../src/app/bot';
import { type Harness, SECRET, startHarness } from '../adapters/slack/harness';
import { FakeDiscord } from '../fakes/discord';
import { chatInput, fakeUser } from '../fakes/discord-payloads';
import { postToBot, slashCommand } from '../fakes/slack-requests';

/**
 * A steady load on all three front doors at once — the console dispatcher, the Slack adapter over
 * loopback HTTP and the Discord adapter over the fake gateway — for LOAD_SECONDS (30 s in total,
 * the three running concurrently in this one process). Every request must be answered, nothing may
 * be logged at error level, and the heap after a full GC may grow by less than HEAP_BOUND_MB between
 * the end of a warm-up and the end of the run (the fakes' recordings are cleared as it goes; the
 * fake Discord keeps every gateway dispatch for RESUME, which is counted against the bound).
 */
const LOAD_SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 30);
const WARMUP_SECONDS = 3;
const HEAP_BOUND_MB = 20;
const RATE = { console: 200, slack: 40, discord: 30 };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const errors: string[] = [];
const log = pino(
  { level: 'warn' },
  {
    write: (line: string) => {
      const entry = JSON.parse(line) as { level: number; msg: string };
      if (entry.level >= 50) errors.push(entry.msg);
    },
  },
);

let bot: Bot;
let slack: Harness;
let fake: FakeDiscord;
let discord: DiscordAdapter;

beforeAll(async () => {
  bot = await Bot.start({ seedsDir: 'seeds', log, now: () => new Date('2025-06-08T00:00:00Z') });
  slack = await startHarness({ bot });
  fake = await FakeDiscord.start({ globalRequestsPerSecond: 1000 });
  // Answers go in the interaction's first response (one REST call each), as most of ours do.
  discord = new DiscordAdapter(bot, {
    token: fake.token,
    apiUrl: fake.apiUrl,
    readMessages: false,
    deferAfterMs: 1200,
  });
  await discord.start();
}, 60_000);
afterAll(async () => {
  await discord?.stop();
  await fake?.stop();
  await slack?.close();
});

const ASKS = [
  'latest',
  'who akazawa',
  'said agreement',
  'timeline',
  'digest',
  'help',
  'rates',
  'who nobody-at-all',
];
const DISCORD_ASKS: [string, Record<string, string>][] = [
  ['latest', {}],
  ['who', { person: 'akazawa' }],
  ['said', { phrase: 'agreement' }],
  ['timeline', {}],
  ['help', {}],
];

interface Tally {
  sent: number;
  answered: number;
  failures: string[];
}

/** Calls `fire` `rate` times a second until `until`, open loop, as users do not wait for each other. */
async function steady(rate: number, until: number, fire: (i: number) => void): Promise<number> {
  const gap = 1000 / rate;
  const begin = performance.now();
  let i = 0;
  while (performance.now() < until) {
    const wait = begin + i * gap - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    fire(i++);
  }
  return i;
}

async function phase(
  seconds: number,
  tag: string,
): Promise<{ console: Tally; slack: Tally; discord: Tally }> {
  const until = performance.now() + seconds * 1000;
  const t = {
    console: { sent: 0, answered: 0, failures: [] as string[] },
    slack: { sent: 0, answered: 0, failures: [] as string[] },
    discord: { sent: 0, answered: 0, failures: [] as string[] },
  };
  const inflight: Promise<unknown>[] = [];
  const slackWaiting = new Set<string>();
  slack.slack.onResponse((post) => {
    if (slackWaiting.delete(post.id)) t.slack.answered++;
  });
  const discordWaiting = new Set<string>();
  const unhook = fake.route('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, (req) => {
    const token = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(req.path)?.[1];
    if (token && discordWaiting.delete(token)) t.discord.answered++;
    return undefined;
  });
  const place = {
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    channelId: fake.channelId,
    user: fakeUser('500000000000000001', 'load'),
  };
  const track = <T>(p: Promise<T>) => {
    const tracked = p.finally(() => inflight.splice(inflight.indexOf(tracked), 1));
    inflight.push(tracked);
  };
  // Recordings the fakes keep for assertions are dropped as the run goes, so they do not count as growth.
  const sweeper = setInterval(() => {
    slack.slack.responses.length = 0;
    slack.slack.calls.length = 0;
    fake.requests.length = 0;
  }, 500);
  await Promise.all([
    steady(RATE.console, until, (i) => {
      t.console.sent++;
      track(
        bot.ask(ASKS[i % ASKS.length]!).then(
          (r) => {
            if (renderConsole(r.reply).length === 0) t.console.failures.push('empty console rendering');
            if (r.status === 'failed') t.console.failures.push(`${ASKS[i % ASKS.length]} failed`);
            t.console.answered++;
          },
          (err: unknown) => t.console.failures.push(String(err)),
        ),
      );
    }),
    steady(RATE.slack, until, (i) => {
      const id = `${tag}-${i}`;
      t.slack.sent++;
      slackWaiting.add(id);
      const body = slashCommand({ text: ASKS[i % ASKS.length]!, response_url: slack.slack.responseUrl(id) });
      track(
        postToBot(slack.url, body, { secret: SECRET }).then(
          (res) => {
            if (res.status !== 200) t.slack.failures.push(`HTTP ${res.status}`);
          },
          (err: unknown) => t.slack.failures.push(String(err)),
        ),
      );
    }),
    steady(RATE.discord, until, (i) => {
      const [sub, options] = DISCORD_ASKS[i % DISCORD_ASKS.length]!;
      const payload = chatInput(place, 'tariffs', sub, options);
      t.discord.sent++;
      discordWaiting.add(payload.token);
      fake.dispatch('INTERACTION_CREATE', payload);
    }),
  ]);
  await Promise.all(inflight);
  // Answers still on their way get up to 15 s (the whole suite may be sharing two cores).
  const deadline = performance.now() + 15_000;
  while ((slackWaiting.size || discordWaiting.size) && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  clearInterval(sweeper);
  unhook();
  slack.slack.responses.length = 0;
  slack.slack.calls.length = 0;
  fake.requests.length = 0;
  return t;
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('steady load on the console, Slack and Discord at once', () => {
  it(
    `answers every request for ${LOAD_SECONDS} s without an error, and the heap stays within ${HEAP_BOUND_MB} MB`,
    async () => {
      await phase(WARMUP_SECONDS, 'warm');
      const before = heapAfterGc();
      const t = await phase(LOAD_SECONDS, 'load');
      const grown = (heapAfterGc() - before) / 1e6;
      const summary = Object.fromEntries(
        Object.entries(t).map(([k, v]) => [
          k,
          { sent: v.sent, answered: v.answered, failures: v.failures.slice(0, 5) },
        ]),
      );
      console.info(
        `load run: ${JSON.stringify(summary)}; heap grew ${grown.toFixed(1)} MB; errors logged: ${errors.length}`,
      );
      for (const [name, tally] of Object.entries(t)) {
        expect(tally.failures, name).toEqual([]);
        expect(tally.answered, `${name} answered`).toBe(tally.sent);
        // Some load reached the bot on every door. How much of the requested pace a busy box
        // manages is not asserted: it is a property of the machine, not of the bot.
        expect(tally.sent, `${name} sent`).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
      expect(grown).toBeLessThan(HEAP_BOUND_MB);
    },
    // Generous: on a loaded 2-CPU box the last answers of the run may come late.
    (LOAD_SECONDS + WARMUP_SECONDS + 180) * 1000,
  );
});
