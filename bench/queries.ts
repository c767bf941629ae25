import { cpus, loadavg } from 'node:os';
import { commands } from '../commands/index';
import { dispatchText } from '../src/app/dispatch';
import { quotesAbout } from '../src/core/answers/about';
import { digestSince } from '../src/core/answers/digest';
import { dayOf } from '../src/core/answers/format';
import { composeLatest, latestBriefing } from '../src/core/answers/latest';
import { quotesSaying } from '../src/core/answers/said';
import { timeline } from '../src/core/answers/timeline';
import { whoSaid } from '../src/core/answers/who';
import { buildCorpus } from '../src/core/corpus';
import { silentLogger } from '../src/log';
import { generateDataset, roundSchedule } from './generate';
import { type Latency, measure, ms, table } from './measure';
import type { BenchSection } from './section';

/** The goal from the answers issue: every query answered in ≤ 1 ms at p99, in process. */
const P99_GOAL_MS = 1;

/** "yes" when wall-clock p99 meets the goal; "cpu" when only the CPU time does (a loaded machine). */
function verdict(name: string, l: Latency): string {
  if (name.startsWith('baseline') || name.startsWith('dispatch')) return '';
  if (l.p99Ms <= P99_GOAL_MS) return 'yes';
  return l.cpuP99Ms <= P99_GOAL_MS ? 'cpu only' : 'NO';
}

const WHO = ['kanzaki', 'ellison', 'Douglas Reyes', 'kanzki', 'pierce', 'Treasury chief Ellison', 'tanabe'];
const SAID = [
  'agreement',
  'point of agreement',
  'not found any point of agreement',
  'withhold',
  '"the summit"',
  'rice',
];
const ABOUT = ['autos', 'rice', 'steel', '15%', 'investment', 'semiconductors'];

export const queriesSection: BenchSection = {
  name: 'queries',
  description: 'p50/p99 latency of the answers over generated corpora, with a Map lookup as baseline',
  async run({ sizes, seed, quick, log }) {
    const samples = quick ? 300 : 2000;
    const results = [];
    for (const size of sizes) {
      const t0 = performance.now();
      const dataset = generateDataset(size, { seed });
      const t1 = performance.now();
      const corpus = buildCorpus(dataset, new Date('2026-01-01T00:00:00Z'));
      const t2 = performance.now();
      const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
      const last = roundSchedule(size).dateOf(roundSchedule(size).rounds);
      const now = new Date(`${last}T12:00:00Z`);
      const req = (invocation: string) => ({ page: 1, invocation });
      const baselineMap = new Map(dataset.articles.map((a) => [a.id, a]));
      const ids = dataset.articles.filter((_, i) => i % 97 === 0).map((a) => a.id);
      const env = {
        commands,
        corpus: () => corpus,
        now: () => now,
        channel: null,
        digests: null,
        log: silentLogger,
      };

      const rows: [string, Latency][] = [
        ['baseline: Map.get', measure(ids, (id) => baselineMap.get(id), samples)],
        ['latest', measure([0], () => latestBriefing(corpus, now), samples)],
        // What the first `latest` of a day costs, before the corpus keeps that day's briefing.
        ['latest, first of the day', measure([0], () => composeLatest(corpus, dayOf(now)), samples)],
        ['who <person>', measure(WHO, (n) => whoSaid(corpus, n, req(`who ${n}`)), samples)],
        ['who <person> about <topic>', measure(WHO, (n) => whoSaid(corpus, n, req('who'), 'rice'), samples)],
        ['said <phrase>', measure(SAID, (p) => quotesSaying(corpus, p, req(`said ${p}`)), samples)],
        ['about <topic>', measure(ABOUT, (t) => quotesAbout(corpus, t, req(`about ${t}`)), samples)],
        ['timeline', measure([1, 2, 3], (p) => timeline(corpus, req('timeline')) && p, samples)],
        [
          'digest 24h',
          measure([0], () => digestSince(corpus, new Date(now.getTime() - 86_400_000), now), samples),
        ],
      ];
      // The whole command path (words, zod, handler), awaited as the adapters do.
      const dispatchTimes: number[] = [];
      for (let i = 0; i < Math.min(samples, 500); i++) {
        const s = performance.now();
        await dispatchText(`who ${WHO[i % WHO.length]}`, env);
        dispatchTimes.push(performance.now() - s);
      }
      dispatchTimes.sort((a, b) => a - b);
      const at = (q: number) =>
        dispatchTimes[Math.min(dispatchTimes.length - 1, Math.floor(q * dispatchTimes.length))]!;
      rows.push([
        'dispatch "who …" (text → Reply)',
        {
          samples: dispatchTimes.length,
          p50Ms: at(0.5),
          p99Ms: at(0.99),
          maxMs: at(1),
          cpuP50Ms: Number.NaN,
          cpuP99Ms: Number.NaN,
        },
      ]);

      log('');
      log(
        `${size.toLocaleString('en-US')} articles, ${dataset.quotes.length.toLocaleString('en-US')} quotes, ` +
          `${dataset.events.length} events — generated in ${Math.round(t1 - t0)} ms, indexed in ${Math.round(t2 - t1)} ms, heap ${heapMb} MB`,
      );
      log(
        table(
          ['query', 'p50 ms', 'p99 ms', 'max ms', 'cpu p50', 'cpu p99', `p99 ≤ ${P99_GOAL_MS} ms`],
          rows.map(([name, l]) => [
            name,
            ms(l.p50Ms),
            ms(l.p99Ms),
            ms(l.maxMs),
            Number.isNaN(l.cpuP50Ms) ? '' : ms(l.cpuP50Ms),
            Number.isNaN(l.cpuP99Ms) ? '' : ms(l.cpuP99Ms),
            verdict(name, l),
          ]),
        ),
      );
      log(
        `load average now: ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')} on ${cpus().length} CPUs`,
      );
      results.push({
        articles: size,
        quotes: dataset.quotes.length,
        events: dataset.events.length,
        generateMs: Math.round(t1 - t0),
        indexMs: Math.round(t2 - t1),
        heapMb,
        latency: Object.fromEntries(rows.map(([name, l]) => [name, l])),
      });
    }
    return { goalP99Ms: P99_GOAL_MS, samplesPerQuery: samples, seed, corpora: results };
  },
};
