import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelContext } from '../../commands/define';
import type { Bot } from '../../src/app/bot';
import type { DispatchResult } from '../../src/app/dispatch';
import { discordProblems, generatedBot, slackProblems } from './platform-checks';

let bot: Bot;
let close: () => Promise<void>;
let urls: Set<string>;

beforeAll(async () => {
  ({ bot, close } = await generatedBot());
  urls = new Set(
    bot.corpus
      .current()
      .dataset.articles.map((a) => a.url)
      .filter((u): u is string => !!u),
  );
}, 60_000);
afterAll(() => close());

/** What people paste into chat when they mean harm, or just by accident. */
const NASTY = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '@everyone',
  '@here',
  '<@U0123ABC>',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#C0123ABC|general>',
  '<#123456789012345678>',
  '<https://evil.example|click me>',
  '<http://x.y>',
  '&lt;!channel&gt;',
  '**bold** __u__ ~~s~~ ||spoiler||',
  '```code```',
  '`',
  '> quote',
  '# heading',
  '\u0000',
  '\u202e',
  '\u200b',
  '--page',
  '--page 0',
  '--page -1',
  '--page 999999999',
  '--page 1e3',
  'about',
  'since',
  'yesterday',
  'last week',
  '2025-13-45',
  '30 days',
  '"',
  '“unclosed',
  'kanzaki',
  'Ellison',
  'rice',
  '15%',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.nat({ max: 1200 }).map((n) => 'w'.repeat(n)) },
);

const channel: fc.Arbitrary<ChannelContext | null> = fc.option(
  fc.record({
    platform: fc.constantFrom('slack', 'discord', 'console') as fc.Arbitrary<ChannelContext['platform']>,
    channelId: fc.constantFrom('C0000001', '123456789012345678', '<!channel>'),
    userId: fc.constantFrom('U0000001', '@everyone'),
    canManage: fc.boolean().map((may) => async () => may),
  }),
);

function expectPlatformSafe(result: DispatchResult, asked: string): void {
  expect(['ok', 'usage', 'failed']).toContain(result.status);
  expect(result.reply.title.length, `title for ${asked}`).toBeGreaterThan(0);
  expect(slackProblems(result.reply, urls), `Slack rendering of ${asked}`).toEqual([]);
  expect(discordProblems(result.reply), `Discord rendering of ${asked}`).toEqual([]);
  // A failure is reported to the user as a plain sentence, never as a stack trace.
  const all = JSON.stringify(result.reply);
  expect(all).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('fuzzed commands never crash the bot or break a platform message', () => {
  it('answers any typed text within Slack and Discord limits, without a live mention', async () => {
    const names = bot.commands.map((c) => c.name);
    const text = fc
      .tuple(
        fc.oneof(fc.constantFrom(...names, '/tariffs', '', 'whoo', 'HELP'), fc.string({ maxLength: 12 })),
        fc.array(word, { maxLength: 8 }),
      )
      .map(([head, rest]) => [head, ...rest].join(' '));
    await fc.assert(
      fc.asyncProperty(text, channel, async (typed, ch) => {
        const result = await bot.ask(typed, ch);
        expectPlatformSafe(result, JSON.stringify(typed).slice(0, 200));
      }),
      { numRuns: 400, seed: 9 },
    );
  }, 60_000);

  it('answers any typed options (as Discord sends them) within limits, without a live mention', async () => {
    const specs = bot.commands;
    const call = fc.constantFrom(...specs).chain((spec) =>
      fc.record({
        name: fc.oneof(
          { weight: 5, arbitrary: fc.constant(spec.name) },
          { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
        ),
        options: fc.dictionary(
          fc.oneof(
            fc.constantFrom(...spec.options.map((o) => o.name), 'page', '__proto__'),
            fc.string({ maxLength: 8 }),
          ),
          fc.oneof(word, fc.integer(), fc.double(), fc.constant(undefined)) as fc.Arbitrary<
            string | number | undefined
          >,
          { maxKeys: 4 },
        ),
        // Pages as the adapters can send them (1, or a whole number from a pager button); a page
        // below 1 is refused by the text path only — see the report on issue 9.
        page: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 ** 31 })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(call, channel, async ({ name, options, page }, ch) => {
        const result = await bot.askOptions(name, options, ch, page);
        expectPlatformSafe(result, `${name} ${JSON.stringify(options).slice(0, 200)} page ${page}`);
      }),
      { numRuns: 400, seed: 10 },
    );
  }, 60_000);
});
