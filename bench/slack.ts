import { App, LogLevel } from '@slack/bolt';
import { boltLogger } from '../src/adapters/slack/bolt-logger';
import { SLACK_ENDPOINT, SlackAdapter } from '../src/adapters/slack/slack-adapter';
import { Bot } from '../src/app/bot';
import { silentLogger } from '../src/log';
import { type FakeSlack, startFakeSlack } from '../tests/fakes/slack';
import { postToBot, slashCommand } from '../tests/fakes/slack-requests';
import { ms, table } from './measure';
import type { BenchSection } from './section';

/** One measured scenario: signed `/tariffs …` POSTs at a steady rate over loopback. */
export interface SlackBenchRow {
  scenario: string;
  ratePerSec: number;
  samples: number;
  /** POST sent → HTTP 200 (Slack's 3-second ack deadline applies to this). */
  ackP50Ms: number;
  ackP99Ms: number;
  /** POST sent → the answer arriving at the response_url. */
  replyP50Ms: number;
  replyP99Ms: number;
  /**
   * Process CPU per request (load generator, fake Slack and the app share the process, so only
   * differences between rows mean anything). On an oversubscribed machine wall-clock figures
   * mostly measure queueing; this one shows the work itself.
   */
  cpuPerRequestMs: number;
  /** This row over the bare Bolt app's; null for the baseline itself. */
  ackP99Ratio: number | null;
  replyP50Ratio: number | null;
  replyP99Ratio: number | null;
}

export interface SlackBenchOptions {
  quick?: boolean;
  ratePerSec?: number;
  log?: (line: string) => void;
}

const SECRET = 'bench-signing-secret';
const ASKS = ['latest', 'who akazawa', 'help', 'sources'];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * Sends `samples` signed slash commands at `ratePerSec`, open loop (the pace does not wait for
 * answers, as real users do not), timing each to its ack and to its answer at the response_url.
 */
async function drive(
  slack: FakeSlack,
  url: string,
  samples: number,
  ratePerSec: number,
  tag: string,
): Promise<{ ack: number[]; reply: number[]; cpuMs: number }> {
  const cpu0 = process.cpuUsage();
  const started = new Map<string, number>();
  const ack: number[] = [];
  const reply: number[] = [];
  let pending = samples;
  let done!: () => void;
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  slack.onResponse((post) => {
    const t0 = started.get(post.id);
    if (t0 === undefined) return;
    started.delete(post.id);
    reply.push(performance.now() - t0);
    if (--pending === 0) done();
  });
  const gap = 1000 / ratePerSec;
  const begin = performance.now();
  const acks: Promise<void>[] = [];
  for (let i = 0; i < samples; i++) {
    const due = begin + i * gap;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = `${tag}-${i}`;
    const body = slashCommand({ text: ASKS[i % ASKS.length]!, response_url: slack.responseUrl(id) });
    started.set(id, performance.now());
    acks.push(
      postToBot(url, body, { secret: SECRET }).then((res) => {
        if (res.status !== 200) throw new Error(`bench: request refused with ${res.status}`);
        ack.push(res.ms);
      }),
    );
  }
  await Promise.all(acks);
  const timeout = setTimeout(done, 30_000);
  await all;
  clearTimeout(timeout);
  if (reply.length < samples) throw new Error(`bench: only ${reply.length} of ${samples} answers arrived`);
  const cpu = process.cpuUsage(cpu0);
  return {
    ack: ack.sort((a, b) => a - b),
    reply: reply.sort((a, b) => a - b),
    cpuMs: (cpu.user + cpu.system) / 1000 / samples,
  };
}

/** The baseline: Bolt's own HTTP receiver answering a fixed string, no bot behind it. */
async function bareBolt(slack: FakeSlack): Promise<{ url: string; stop(): Promise<unknown> }> {
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: SECRET,
    logger: boltLogger(silentLogger),
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: slack.apiUrl },
  });
  app.command('/tariffs', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'in_channel', text: 'pong' });
  });
  const server = (await app.start(0)) as unknown as { address(): { port: number } };
  return { url: `http://127.0.0.1:${server.address().port}${SLACK_ENDPOINT}`, stop: () => app.stop() };
}

async function adapter(slack: FakeSlack): Promise<{ url: string; stop(): Promise<unknown> }> {
  const bot = await Bot.start({ seedsDir: 'seeds', log: silentLogger });
  const a = new SlackAdapter(bot, {
    botToken: 'xoxb-bench',
    signingSecret: SECRET,
    appToken: null,
    apiUrl: slack.apiUrl,
    port: 0,
    host: '127.0.0.1',
  });
  await a.start();
  return { url: `http://127.0.0.1:${a.port}${SLACK_ENDPOINT}`, stop: () => a.stop() };
}

/** Ack and reply latency of the Slack adapter over loopback, beside a bare Bolt app (as ratios). */
export async function benchSlack(opts: SlackBenchOptions = {}): Promise<SlackBenchRow[]> {
  const samples = opts.quick ? 150 : 500;
  const rate = opts.ratePerSec ?? 50;
  // Both apps run side by side and are driven in alternating short rounds, so on a shared machine
  // both see the same background load; their samples are pooled per app.
  const rounds = opts.quick ? 3 : 5;
  const perRound = Math.ceil(samples / rounds);
  const targets: { scenario: string; slack: FakeSlack; url: string; stop(): Promise<unknown> }[] = [];
  let runs: [string, { ack: number[]; reply: number[]; cpuMs: number }][] = [];
  try {
    for (const [scenario, start] of [
      ['bare Bolt app, fixed string', bareBolt],
      ['tariffs-bot Slack adapter', adapter],
    ] as const) {
      const slack = await startFakeSlack();
      targets.push({ scenario, slack, ...(await start(slack)) });
    }
    for (const t of targets) await drive(t.slack, t.url, 40, rate, 'warmup');
    const pooled = targets.map(() => ({ ack: [] as number[], reply: [] as number[], cpuMs: 0 }));
    for (let r = 0; r < rounds; r++) {
      for (const [k, t] of targets.entries()) {
        const got = await drive(t.slack, t.url, perRound, rate, `run${r}`);
        pooled[k]!.ack.push(...got.ack);
        pooled[k]!.reply.push(...got.reply);
        pooled[k]!.cpuMs += got.cpuMs / rounds;
      }
    }
    for (const p of pooled) {
      p.ack.sort((a, b) => a - b);
      p.reply.sort((a, b) => a - b);
    }
    runs = targets.map((t, k) => [t.scenario, pooled[k]!]);
  } finally {
    for (const t of targets) {
      await t.stop();
      await t.slack.close();
    }
  }
  const base = runs[0]![1];
  const rows = runs.map(([scenario, t], i): SlackBenchRow => {
    const ratio = (a: number, b: number) => (i === 0 ? null : a / b);
    return {
      scenario,
      ratePerSec: rate,
      samples: t.reply.length,
      ackP50Ms: quantile(t.ack, 0.5),
      ackP99Ms: quantile(t.ack, 0.99),
      replyP50Ms: quantile(t.reply, 0.5),
      replyP99Ms: quantile(t.reply, 0.99),
      cpuPerRequestMs: t.cpuMs,
      ackP99Ratio: ratio(quantile(t.ack, 0.99), quantile(base.ack, 0.99)),
      replyP50Ratio: ratio(quantile(t.reply, 0.5), quantile(base.reply, 0.5)),
      replyP99Ratio: ratio(quantile(t.reply, 0.99), quantile(base.reply, 0.99)),
    };
  });
  const x = (r: number | null) => (r === null ? '—' : r.toFixed(2));
  opts.log?.(
    table(
      [
        'scenario',
        'rate/s',
        'n',
        'ack p50',
        'ack p99',
        'reply p50',
        'reply p99',
        'cpu/req',
        'ack p99 ×',
        'reply p50 ×',
        'reply p99 ×',
      ],
      rows.map((r) => [
        r.scenario,
        r.ratePerSec,
        r.samples,
        ms(r.ackP50Ms),
        ms(r.ackP99Ms),
        ms(r.replyP50Ms),
        ms(r.replyP99Ms),
        ms(r.cpuPerRequestMs),
        x(r.ackP99Ratio),
        x(r.replyP50Ratio),
        x(r.replyP99Ratio),
      ]),
    ),
  );
  return rows;
}

/** For bench/sections.ts. */
export const slackSection: BenchSection = {
  name: 'slack',
  description: 'slash command ack and reply latency over loopback: the adapter vs a bare Bolt app (ratio)',
  run: async ({ quick, log }) => ({ rows: await benchSlack({ quick, log }) }),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  benchSlack({ quick: process.argv.includes('--quick'), log: (l) => process.stdout.write(`${l}\n`) }).catch(
    (err: unknown) => {
      process.stderr.write(`slack bench failed: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
