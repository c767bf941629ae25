import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AnyCommand, defineCommand } from '../../../commands/define';
import { commands as specCommands } from '../../../commands/index';
import { Bot } from '../../../src/app/bot';
import { answer, text } from '../../../src/core/reply';
import { silentLogger } from '../../../src/log';
import { ScheduledDigests } from '../../../src/scheduler/scheduled-digests';
import { DigestScheduler } from '../../../src/scheduler/scheduler';
import { SqliteStore } from '../../../src/storage/sqlite/sqlite-store';
import type { ApiCall } from '../../fakes/slack';
import { eventCallback, eventCallbackPayload, homeBlockAction, postToBot } from '../../fakes/slack-requests';
import { seedBot } from '../../helpers/bot';
import { RecordingSender } from '../../scheduler/helpers';
import { type Harness, SECRET, startHarness } from './harness';

/** 00:00 UTC on Sunday 8 June 2025 is 09:00 in Tokyo: a digest at 08:00 Tokyo time next runs Monday. */
const NOW = new Date('2025-06-08T00:00:00Z');

interface Block {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  fields?: { text: string }[];
  elements?: { type: string; text?: unknown; action_id?: string; value?: string; style?: string }[];
}
interface PublishedView {
  type: string;
  blocks: Block[];
  private_metadata: string;
}

let harness: Harness | null = null;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await harness?.close();
  harness = null;
  for (const c of closers.splice(0)) await c();
});

/** A bot on the bundled seeds whose digests live in an in-memory store. */
async function botWithDigests(bot?: Bot): Promise<{ bot: Bot; store: SqliteStore }> {
  const b = bot ?? (await seedBot(NOW));
  const store = SqliteStore.open(':memory:');
  closers.push(() => store.close());
  const scheduler = new DigestScheduler({
    store,
    senders: {
      slack: new RecordingSender('slack', () => NOW),
      discord: new RecordingSender('discord', () => NOW),
    },
    corpus: b.corpus.current,
    clock: () => NOW,
    log: silentLogger,
    graceMs: 120 * 60_000,
  });
  b.digests = new ScheduledDigests(store, scheduler, { time: '08:00', timezone: 'UTC' }, () => undefined);
  return { bot: b, store };
}

function subscribe(
  store: SqliteStore,
  platform: 'slack' | 'discord',
  channelId: string,
  time: string,
  zone: string,
) {
  return store.saveSubscription(
    {
      platform,
      channelId,
      time,
      timezone: zone,
      filter: { person: null, topic: null },
      quiet: false,
      createdBy: 'U0000009',
    },
    NOW,
  );
}

/** Every piece of text in a view's blocks, in order. */
function texts(view: PublishedView): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      for (const [k, x] of Object.entries(o)) if (k !== 'text' || typeof x !== 'string') walk(x);
    }
  };
  walk(view.blocks);
  return out;
}

const buttonsOf = (view: PublishedView) =>
  view.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

function homeOpened(user: string, tab: 'home' | 'messages' = 'home') {
  return eventCallback({
    type: 'app_home_opened',
    user,
    channel: 'D0000001',
    tab,
    event_ts: '1749340800.000100',
  });
}

async function publishedFor(h: Harness, user: string, nth = 1): Promise<ApiCall & { view: PublishedView }> {
  await h.slack.waitForCall(
    'views.publish',
    () => h.slack.callsOf('views.publish').filter((c) => c.body.user_id === user).length >= nth,
  );
  const call = h.slack.callsOf('views.publish').filter((c) => c.body.user_id === user)[nth - 1]!;
  return { ...call, view: call.body.view as PublishedView };
}

describe('the App Home tab', () => {
  it('on app_home_opened publishes the latest briefing, this workspace’s digest channels and the three buttons', async () => {
    const { bot, store } = await botWithDigests();
    await subscribe(store, 'slack', 'C0DIGEST1', '08:00', 'Asia/Tokyo');
    await subscribe(store, 'discord', '123456789012345678', '09:00', 'UTC');
    harness = await startHarness({ bot });
    const h = harness;

    // The Messages tab is the DM: nothing is published for it.
    expect((await postToBot(h.url, homeOpened('U0000002', 'messages'), { secret: SECRET })).status).toBe(200);
    expect((await postToBot(h.url, homeOpened('U0000001'), { secret: SECRET })).status).toBe(200);
    const { view } = await publishedFor(h, 'U0000001');
    expect(h.slack.callsOf('views.publish').map((c) => c.body.user_id)).toEqual(['U0000001']);

    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const shown = texts(view);
    const latest = (await bot.askOptions('latest', {}, null)).reply;
    expect(latest.title).not.toBe('');
    expect(shown).toContain(latest.title);

    // The Slack channel's digest with its next run (Monday 9 June, 08:00 in Tokyo); not Discord's.
    const link = view.blocks.findIndex((b) => b.text?.text === '*<#C0DIGEST1>*');
    expect(link).toBeGreaterThan(0);
    const fields = view.blocks[link + 1]?.fields?.map((f) => f.text) ?? [];
    expect(fields).toContain('*Next digest*\nMon, 9 Jun 2025, 08:00 GMT+9');
    expect(fields).toContain('*When*\nevery day at 08:00 Asia/Tokyo');
    expect(JSON.stringify(view)).not.toContain('123456789012345678');

    const buttons = buttonsOf(view);
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['tariffs_home_latest', 'latest'],
      ['tariffs_home_timeline', 'timeline'],
      ['tariffs_home_rates', 'rates'],
    ]);
    expect(buttons.find((b) => b.style === 'primary')?.action_id).toBe('tariffs_home_latest');
  });

  it('a click is acked at once and publishes the tab again with that answer', async () => {
    const { bot, store } = await botWithDigests();
    await subscribe(store, 'slack', 'C0DIGEST1', '08:00', 'Asia/Tokyo');
    harness = await startHarness({ bot });
    const h = harness;
    await postToBot(h.url, homeOpened('U0000001'), { secret: SECRET });
    const first = await publishedFor(h, 'U0000001');

    let nth = 1;
    for (const view of ['timeline', 'rates'] as const) {
      const click = homeBlockAction({
        actionId: `tariffs_home_${view}`,
        value: view,
        privateMetadata: first.view.private_metadata,
      });
      const res = await postToBot(h.url, click, { secret: SECRET });
      expect(res.status).toBe(200);
      expect(res.ms).toBeLessThan(3000);
      const again = await publishedFor(h, 'U0000001', ++nth);
      const expected = (await bot.askOptions(view, {}, null)).reply;
      expect(texts(again.view)).toContain(expected.title);
      expect(buttonsOf(again.view).find((b) => b.style === 'primary')?.action_id).toBe(
        `tariffs_home_${view}`,
      );
      // The digests stay in view whatever answer is shown.
      expect(again.view.blocks.some((b) => b.text?.text === '*<#C0DIGEST1>*')).toBe(true);
    }
  });

  it('is published the same way in Socket Mode (the event and the click come as envelopes)', async () => {
    harness = await startHarness({ appToken: 'xapp-test' });
    const h = harness;
    await h.slack.socket.connected();
    const event = {
      type: 'app_home_opened',
      user: 'U0000003',
      channel: 'D0000003',
      tab: 'home',
      event_ts: '1.2',
    };
    expect(await h.slack.socket.send('events_api', eventCallbackPayload(event))).toEqual({});
    const opened = await publishedFor(h, 'U0000003');
    expect(opened.view.type).toBe('home');
    const click = homeBlockAction({
      actionId: 'tariffs_home_rates',
      value: 'rates',
      user_id: 'U0000003',
      privateMetadata: opened.view.private_metadata,
    });
    const payload = JSON.parse(new URLSearchParams(click.raw).get('payload')!) as unknown;
    expect(await h.slack.socket.send('interactive', payload)).toEqual({});
    const rates = await publishedFor(h, 'U0000003', 2);
    expect(texts(rates.view)).toContain((await h.bot.askOptions('rates', {}, null)).reply.title);
  });

  it('says no channel has a digest yet, and that digests are not running where none are kept', async () => {
    const { bot } = await botWithDigests();
    harness = await startHarness({ bot });
    await postToBot(harness.url, homeOpened('U0000001'), { secret: SECRET });
    const { view } = await publishedFor(harness, 'U0000001');
    expect(texts(view).join('\n')).toMatch(/No channel gets a daily digest yet/);
    await harness.close();

    harness = await startHarness({ bot: await seedBot(NOW) });
    await postToBot(harness.url, homeOpened('U0000001'), { secret: SECRET });
    const bare = await publishedFor(harness, 'U0000001');
    expect(texts(bare.view).join('\n')).toMatch(/not running/);
  });
});

/** A timeline of three pages and a latest briefing that tries every Slack control sequence. */
const pagedTimeline = defineCommand({
  name: 'timeline',
  summary: 'three pages',
  usage: 'timeline',
  examples: ['timeline'],
  options: [],
  input: z.object({}),
  run: (_input, ctx) =>
    answer({
      title: `Timeline page ${ctx.page}`,
      sections: [{ heading: null, items: [text(`This is page ${ctx.page}.`)] }],
      page: {
        page: ctx.page,
        pages: 3,
        next: ctx.page < 3 ? `${ctx.invocation} --page ${ctx.page + 1}` : null,
        prev: ctx.page > 1 ? `${ctx.invocation} --page ${ctx.page - 1}` : null,
      },
    }),
});
const HOSTILE = '<!channel> <@U0BADBAD> <https://evil.example|click> *bold* &amp;';
const hostileLatest = defineCommand({
  name: 'latest',
  summary: 'hostile',
  usage: 'latest',
  examples: ['latest'],
  options: [],
  input: z.object({}),
  run: () =>
    answer({
      title: HOSTILE,
      lead: HOSTILE,
      sections: [{ heading: HOSTILE, items: Array.from({ length: 80 }, () => text(HOSTILE)) }],
    }),
});

describe('the App Home tab with made-up answers', () => {
  async function customBot(): Promise<Bot> {
    const all: AnyCommand[] = [
      ...specCommands.filter((c) => c.name !== 'timeline' && c.name !== 'latest'),
      pagedTimeline,
      hostileLatest,
    ];
    return Bot.start({ seedsDir: 'seeds', log: silentLogger, now: () => NOW, commands: all });
  }

  it('keeps user and article text inert and within 100 blocks, however many digests and items', async () => {
    const { bot, store } = await botWithDigests(await customBot());
    for (let i = 0; i < 60; i++)
      await subscribe(store, 'slack', `C0CHAN${String(i).padStart(3, '0')}`, '07:30', 'UTC');
    harness = await startHarness({ bot });
    await postToBot(harness.url, homeOpened('U0000001'), { secret: SECRET });
    const { view } = await publishedFor(harness, 'U0000001');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const raw = JSON.stringify(view.blocks);
    // The text is shown (escaped), never acted on.
    expect(raw).toContain('&lt;!channel&gt;');
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toContain('<@U0BADBAD>');
    expect(raw).not.toContain('<https://evil.example');
    // Only some of 60 channels fit; the rest are counted, not dropped silently.
    expect(texts(view).join('\n')).toMatch(/and \d+ more channels/);
    expect(view.blocks.filter((b) => b.text?.text?.startsWith('*<#C0CHAN')).length).toBeLessThan(60);
  });

  it('pages an answer inside the tab: More publishes the next page', async () => {
    harness = await startHarness({ bot: await customBot() });
    const h = harness;
    await postToBot(h.url, homeOpened('U0000001'), { secret: SECRET });
    const opened = await publishedFor(h, 'U0000001');
    await postToBot(
      h.url,
      homeBlockAction({
        actionId: 'tariffs_home_timeline',
        value: 'timeline',
        privateMetadata: opened.view.private_metadata,
      }),
      { secret: SECRET },
    );
    const page1 = await publishedFor(h, 'U0000001', 2);
    expect(texts(page1.view)).toContain('Timeline page 1');
    const more = buttonsOf(page1.view).find((b) => b.action_id === 'tariffs_home_page_next');
    expect(more?.value).toBe('timeline --page 2');
    const res = await postToBot(
      h.url,
      homeBlockAction({
        actionId: 'tariffs_home_page_next',
        value: more!.value!,
        privateMetadata: page1.view.private_metadata,
        blockId: 'tariffs_pager',
      }),
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const page2 = await publishedFor(h, 'U0000001', 3);
    expect(texts(page2.view)).toContain('Timeline page 2');
    expect(buttonsOf(page2.view).find((b) => b.style === 'primary')?.action_id).toBe('tariffs_home_timeline');
    // Nothing went to a response_url: a view has none.
    expect(h.slack.responses).toEqual([]);
  });
});
