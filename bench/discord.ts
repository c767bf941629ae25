import { Client, Events, GatewayIntentBits } from 'discord.js';
import { DiscordAdapter } from '../src/adapters/discord/adapter';
import { Bot } from '../src/app/bot';
import { silentLogger } from '../src/log';
import { FakeDiscord } from '../tests/fakes/discord';
import { chatInput, fakeUser, type OptionValue } from '../tests/fakes/discord-payloads';
import { ms, table } from './measure';
import type { BenchSection } from './section';

/** One measured scenario: interaction dispatched on the (fake) gateway → its answer arriving over REST. */
export interface DiscordBenchRow {
  scenario: string;
  /** Interactions per second, sent open-loop at a steady pace. */
  ratePerSec: number;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** This row's p50/p99 over the bare client's; null for the baseline itself. */
  p50Ratio: number | null;
  p99Ratio: number | null;
}

export interface DiscordBenchOptions {
  quick?: boolean;
  ratePerSec?: number;
  log?: (line: string) => void;
}

const USER = fakeUser('500000000000000001', 'bench');
const ASKS: [string, Record<string, OptionValue>][] = [
  ['latest', {}],
  ['who', { person: 'akazawa' }],
  ['help', {}],
  ['who', { person: 'bessent' }],
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * Sends `samples` interactions at `ratePerSec` (open loop: the pace does not wait for answers,
 * as real users do not) and times each from dispatch to the first request that answers it:
 * the callback, or for deferred answers the edit of the original response.
 */
async function drive(
  fake: FakeDiscord,
  samples: number,
  ratePerSec: number,
  answered: (path: string, method: string) => string | null,
): Promise<number[]> {
  const started = new Map<string, number>();
  const times: number[] = [];
  let done!: () => void;
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const hook = (method: string) =>
    fake.route(method, /^\/(interactions|webhooks)\//, (req) => {
      const token = answered(req.path, req.method);
      const t0 = token ? started.get(token) : undefined;
      if (token && t0 !== undefined) {
        started.delete(token);
        times.push(performance.now() - t0);
        if (times.length === samples) done();
      }
      return undefined;
    });
  const unhook = [hook('POST'), hook('PATCH')];
  const place = {
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    channelId: fake.channelId,
    user: USER,
  };
  const interval = 1000 / ratePerSec;
  const t0 = performance.now();
  for (let i = 0; i < samples; i++) {
    const wait = t0 + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const [sub, options] = ASKS[i % ASKS.length]!;
    const payload = chatInput(place, 'tariffs', sub, options);
    started.set(payload.token, performance.now());
    fake.dispatch('INTERACTION_CREATE', payload);
  }
  const timeout = new Promise<void>((r) => setTimeout(r, 30_000));
  await Promise.race([all, timeout]);
  for (const u of unhook) u();
  return times.sort((a, b) => a - b);
}

const tokenOfCallback = (path: string) => path.match(/^\/interactions\/\d+\/([^/]+)\/callback$/)?.[1] ?? null;
const tokenOfEdit = (path: string, method: string) =>
  method === 'PATCH' ? (path.match(/^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/)?.[1] ?? null) : null;

async function bareClient(fake: FakeDiscord): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(Events.InteractionCreate, (i) => {
    if (i.isChatInputCommand()) void i.reply({ content: 'pong', allowedMentions: { parse: [] } });
  });
  const ready = new Promise((r) => client.once(Events.ClientReady, r));
  await client.login(fake.token);
  await ready;
  return client;
}

async function adapterScenario(fake: FakeDiscord, deferAfterMs: number): Promise<DiscordAdapter> {
  const bot = await Bot.start({
    seedsDir: 'seeds',
    log: silentLogger,
    now: () => new Date('2025-06-08T00:00:00Z'),
  });
  const adapter = new DiscordAdapter(bot, {
    token: fake.token,
    apiUrl: fake.apiUrl,
    readMessages: false,
    deferAfterMs,
  });
  await adapter.start();
  return adapter;
}

/** Interaction → reply latency over loopback: the adapter beside a bare discord.js client answering "pong". */
export async function benchDiscord(opts: DiscordBenchOptions = {}): Promise<DiscordBenchRow[]> {
  const samples = opts.quick ? 200 : 1000;
  // Below discord.js's default global cap of 50 requests/s, which the deferred path (two requests each) would hit.
  const rate = opts.ratePerSec ?? 20;
  const warmup = 50;
  const measureWith = async (
    start: (fake: FakeDiscord) => Promise<{ destroy(): Promise<void> | void }>,
    answered: (path: string, method: string) => string | null,
  ) => {
    const fake = await FakeDiscord.start();
    const target = await start(fake);
    try {
      await drive(fake, warmup, rate, answered);
      return await drive(fake, samples, rate, answered);
    } finally {
      await target.destroy();
      await fake.stop();
    }
  };
  const runs: [string, number[]][] = [
    ['bare discord.js, fixed string', await measureWith(bareClient, tokenOfCallback)],
    [
      'tariffs-bot adapter (answer in first response)',
      await measureWith(async (f) => {
        const a = await adapterScenario(f, 1200);
        return { destroy: () => a.stop() };
      }, tokenOfCallback),
    ],
    [
      'tariffs-bot adapter (defer, then edit)',
      await measureWith(async (f) => {
        const a = await adapterScenario(f, 0);
        return { destroy: () => a.stop() };
      }, tokenOfEdit),
    ],
  ];
  const base = runs[0]![1];
  const baseP50 = quantile(base, 0.5);
  const baseP99 = quantile(base, 0.99);
  const rows = runs.map(([scenario, t], i): DiscordBenchRow => {
    const p50 = quantile(t, 0.5);
    const p99 = quantile(t, 0.99);
    return {
      scenario,
      ratePerSec: rate,
      samples: t.length,
      p50Ms: p50,
      p99Ms: p99,
      maxMs: t[t.length - 1] ?? Number.NaN,
      p50Ratio: i === 0 ? null : p50 / baseP50,
      p99Ratio: i === 0 ? null : p99 / baseP99,
    };
  });
  opts.log?.(
    table(
      ['scenario', 'rate/s', 'n', 'p50 ms', 'p99 ms', 'max ms', 'p50 ×', 'p99 ×'],
      rows.map((r) => [
        r.scenario,
        r.ratePerSec,
        r.samples,
        ms(r.p50Ms),
        ms(r.p99Ms),
        ms(r.maxMs),
        r.p50Ratio === null ? '—' : r.p50Ratio.toFixed(2),
        r.p99Ratio === null ? '—' : r.p99Ratio.toFixed(2),
      ]),
    ),
  );
  return rows;
}

/** For bench/sections.ts. */
export const discordSection: BenchSection = {
  name: 'discord',
  description: 'interaction → reply latency over loopback: the adapter vs a bare discord.js client (ratio)',
  run: async ({ quick, log }) => ({ rows: await benchDiscord({ quick, log }) }),
};
