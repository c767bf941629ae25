import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AnyCommand, defineCommand } from '../../../commands/define';
import { commands as specCommands } from '../../../commands/index';
import { ACTION_NEXT, ACTION_PREV } from '../../../src/adapters/slack/blocks';
import { Bot } from '../../../src/app/bot';
import { answer, text } from '../../../src/core/reply';
import { silentLogger } from '../../../src/log';
import { blockAction, eventCallback, postToBot, slashCommand } from '../../fakes/slack-requests';
import { type Harness, SECRET, startHarness } from './harness';

/** A three-page answer, so paging is tested whatever the seeds currently yield. */
const pages = defineCommand({
  name: 'pages',
  summary: 'three pages',
  usage: 'pages',
  examples: ['pages'],
  options: [],
  input: z.object({}),
  run: (_input, ctx) =>
    answer({
      title: `Page body ${ctx.page}`,
      sections: [{ heading: null, items: [text(`This is page ${ctx.page}.`)] }],
      page: {
        page: ctx.page,
        pages: 3,
        next: ctx.page < 3 ? `${ctx.invocation} --page ${ctx.page + 1}` : null,
        prev: ctx.page > 1 ? `${ctx.invocation} --page ${ctx.page - 1}` : null,
      },
    }),
});

const mute = defineCommand({
  name: 'mute',
  summary: 'changes the channel',
  usage: 'mute',
  examples: ['mute'],
  options: [],
  input: z.object({}),
  managesChannel: true,
  run: () => answer({ title: 'Channel muted' }),
});

/** Says back what it was given, verbatim: the adapter alone must make it harmless. */
const echo = defineCommand({
  name: 'echo',
  summary: 'says it back',
  usage: 'echo <words>',
  examples: ['echo hi'],
  options: [{ name: 'words', description: 'anything', required: true, type: 'string', rest: true }],
  input: z.object({ words: z.string() }),
  run: ({ words }) =>
    answer({ title: words, lead: words, sections: [{ heading: words, items: [text(words)] }] }),
});

/** Answers only when the test opens the gate: shows whether the ack waits for the answer. */
let openGate: () => void = () => {};
const slow = defineCommand({
  name: 'slow',
  summary: 'answers when told',
  usage: 'slow',
  examples: ['slow'],
  options: [],
  input: z.object({}),
  run: () =>
    new Promise<ReturnType<typeof answer>>((resolve) => {
      openGate = () => resolve(answer({ title: 'Finally' }));
    }),
});

async function testBot(): Promise<Bot> {
  const all: AnyCommand[] = [...specCommands, pages, mute, echo, slow];
  return Bot.start({
    seedsDir: 'seeds',
    log: silentLogger,
    now: () => new Date('2025-06-08T00:00:00Z'),
    commands: all,
  });
}

type Block = {
  type: string;
  text?: { text: string };
  elements?: { text: string | { text: string }; value?: string; action_id?: string }[];
};
const blocksOf = (body: Record<string, unknown>) => (body.blocks ?? []) as Block[];
const allText = (blocks: Block[]) => JSON.stringify(blocks);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the /tariffs slash command over HTTP', () => {
  it('acks a signed /tariffs latest at once and answers in the channel with blocks citing the seeds', async () => {
    h = await startHarness();
    const res = await postToBot(
      h.url,
      slashCommand({ text: 'latest', response_url: h.slack.responseUrl('latest') }),
      {
        secret: SECRET,
      },
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const answerPost = await h.slack.waitForResponse((r) => r.id === 'latest');
    expect(answerPost.body.response_type).toBe('in_channel');
    const blocks = blocksOf(answerPost.body);
    expect(blocks[0]?.type).toBe('header');
    const titles = h.bot.corpus.current().dataset.articles.map((a) => a.title);
    const cited = blocks
      .filter((b) => b.type === 'context')
      .flatMap((b) => (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text.text)));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.some((c) => titles.some((t) => c.startsWith(t.slice(0, 40).replace(/&/g, '&amp;'))))).toBe(
      true,
    );
    expect(typeof answerPost.body.text).toBe('string');
  });

  it('acks before the answer is ready, so a slow answer never misses Slack’s 3-second deadline', async () => {
    h = await startHarness({ bot: await testBot() });
    const res = await postToBot(
      h.url,
      slashCommand({ text: 'slow', response_url: h.slack.responseUrl('slow') }),
      {
        secret: SECRET,
      },
    );
    expect(res.status).toBe(200);
    expect(h.slack.responses).toHaveLength(0);
    openGate();
    expect(JSON.stringify((await h.slack.waitForResponse((r) => r.id === 'slow')).body)).toContain('Finally');
  });

  it('answers /tariffs who without a name with a hint only the asker sees', async () => {
    h = await startHarness();
    await postToBot(h.url, slashCommand({ text: 'who', response_url: h.slack.responseUrl('who') }), {
      secret: SECRET,
    });
    const hint = await h.slack.waitForResponse((r) => r.id === 'who');
    expect(hint.body.response_type).toBe('ephemeral');
    expect(allText(blocksOf(hint.body))).toMatch(/who akazawa/);
  });

  it('shows <!channel> typed as an argument escaped, so it pings no one', async () => {
    h = await startHarness({ bot: await testBot() });
    for (const [id, typed] of [
      ['echo', 'echo <!channel> &amp; <!here> hi'],
      ['who', 'who <!channel>'],
    ]) {
      await postToBot(h.url, slashCommand({ text: typed!, response_url: h.slack.responseUrl(id) }), {
        secret: SECRET,
      });
      const json = JSON.stringify((await h.slack.waitForResponse((r) => r.id === id)).body);
      expect(json).not.toMatch(/<[!@#]/);
      if (id === 'echo') expect(json).toContain('&lt;!channel&gt; &amp; &lt;!here&gt; hi');
    }
  });

  it('pages with More and Back, replacing the message in place', async () => {
    h = await startHarness({ bot: await testBot() });
    await postToBot(h.url, slashCommand({ text: 'pages', response_url: h.slack.responseUrl('p1') }), {
      secret: SECRET,
    });
    const first = await h.slack.waitForResponse((r) => r.id === 'p1');
    const actions = blocksOf(first.body).find((b) => b.type === 'actions')!;
    const more = actions.elements!.find((e) => e.action_id === ACTION_NEXT)!;
    expect(more.value).toBe('pages --page 2');

    const click = await postToBot(
      h.url,
      blockAction({ actionId: ACTION_NEXT, value: more.value!, response_url: h.slack.responseUrl('p2') }),
      { secret: SECRET },
    );
    expect(click.status).toBe(200);
    const second = await h.slack.waitForResponse((r) => r.id === 'p2');
    expect(second.body.replace_original).toBe(true);
    expect(allText(blocksOf(second.body))).toContain('This is page 2.');
    const back = blocksOf(second.body)
      .find((b) => b.type === 'actions')!
      .elements!.find((e) => e.action_id === ACTION_PREV)!;
    expect(back.value).toBe('pages --page 1');

    await postToBot(
      h.url,
      blockAction({ actionId: ACTION_PREV, value: back.value!, response_url: h.slack.responseUrl('p3') }),
      {
        secret: SECRET,
      },
    );
    expect(allText(blocksOf((await h.slack.waitForResponse((r) => r.id === 'p3')).body))).toContain(
      'This is page 1.',
    );
  });

  it('lets workspace admins change channel settings and refuses other members, asking Slack once per person', async () => {
    h = await startHarness({
      bot: await testBot(),
      fake: { users: { UADMIN: { is_admin: true }, UMEMBER: {} } },
    });
    for (const [id, user] of [
      ['a1', 'UADMIN'],
      ['a2', 'UADMIN'],
      ['m1', 'UMEMBER'],
    ] as const) {
      await postToBot(
        h.url,
        slashCommand({ text: 'mute', user_id: user, response_url: h.slack.responseUrl(id) }),
        {
          secret: SECRET,
        },
      );
      await h.slack.waitForResponse((r) => r.id === id);
    }
    const byId = (id: string) => JSON.stringify(h!.slack.responses.find((r) => r.id === id)!.body);
    expect(byId('a1')).toContain('Channel muted');
    expect(byId('a2')).toContain('Channel muted');
    expect(byId('m1')).toMatch(/channel managers/);
    expect(h.slack.callsOf('users.info').map((c) => c.body.user)).toEqual(['UADMIN', 'UMEMBER']);
  });

  it('does not ask Slack who the user is for ordinary questions', async () => {
    h = await startHarness();
    await postToBot(h.url, slashCommand({ text: 'help', response_url: h.slack.responseUrl('h') }), {
      secret: SECRET,
    });
    await h.slack.waitForResponse((r) => r.id === 'h');
    expect(h.slack.callsOf('users.info')).toHaveLength(0);
  });

  it('logs a failed response_url and keeps serving', async () => {
    h = await startHarness();
    const dead = `${h.slack.baseUrl}/gone/404`;
    const first = await postToBot(h.url, slashCommand({ text: 'latest', response_url: dead }), {
      secret: SECRET,
    });
    expect(first.status).toBe(200);
    await postToBot(h.url, slashCommand({ text: 'help', response_url: h.slack.responseUrl('after') }), {
      secret: SECRET,
    });
    expect((await h.slack.waitForResponse((r) => r.id === 'after')).body.response_type).toBe('in_channel');
  });
});

describe('mentions and direct messages', () => {
  it('answers an @mention in the thread of the message that mentioned it', async () => {
    h = await startHarness();
    const res = await postToBot(
      h.url,
      eventCallback({
        type: 'app_mention',
        user: 'U0000001',
        text: '<@UBOT0001> sources',
        ts: '1749340000.000100',
        channel: 'C0000001',
        event_ts: '1749340000.000100',
      }),
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const post = await h.slack.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'C0000001', thread_ts: '1749340000.000100' });
    expect(JSON.stringify(post.body.blocks)).toMatch(/Sources/);
  });

  it('answers once when Slack delivers the same event again (its retries)', async () => {
    h = await startHarness();
    const mention = eventCallback({
      type: 'app_mention',
      user: 'U0000001',
      text: '<@UBOT0001> help',
      ts: '1749340000.000150',
      channel: 'C0000001',
      event_ts: '1749340000.000150',
    });
    expect((await postToBot(h.url, mention, { secret: SECRET })).status).toBe(200);
    // A retry is signed afresh (a new timestamp), so only the event id shows it is the same event.
    const retry = await postToBot(h.url, mention, {
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) + 1,
    });
    expect(retry.status).toBe(200);
    await h.slack.waitForCall('chat.postMessage');
    await new Promise((r) => setTimeout(r, 150));
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('sends a mistyped mention’s help only to the person who typed it', async () => {
    h = await startHarness();
    await postToBot(
      h.url,
      eventCallback({
        type: 'app_mention',
        user: 'U0000002',
        text: '<@UBOT0001> who',
        ts: '1749340000.000200',
        channel: 'C0000001',
        event_ts: '1749340000.000200',
      }),
      { secret: SECRET },
    );
    const post = await h.slack.waitForCall('chat.postEphemeral');
    expect(post.body).toMatchObject({
      channel: 'C0000001',
      user: 'U0000002',
      thread_ts: '1749340000.000200',
    });
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('answers a direct message in its thread and ignores its own messages', async () => {
    h = await startHarness();
    const dm = (extra: Record<string, unknown>) =>
      eventCallback({
        type: 'message',
        channel: 'D0000001',
        channel_type: 'im',
        text: 'help',
        ts: '1749340000.000300',
        event_ts: '1749340000.000300',
        ...extra,
      });
    await postToBot(h.url, dm({ user: 'UBOT0001', bot_id: 'BBOT0001', ts: '1749340000.000299' }), {
      secret: SECRET,
    });
    await postToBot(h.url, dm({ user: 'U0000001' }), { secret: SECRET });
    const post = await h.slack.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'D0000001', thread_ts: '1749340000.000300' });
    await new Promise((r) => setTimeout(r, 50));
    expect(h.slack.callsOf('chat.postMessage')).toHaveLength(1);
  });
});

describe('Slack Web API rate limits', () => {
  it('retries a 429 after the Retry-After it was given, then delivers the answer', async () => {
    h = await startHarness();
    h.slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await postToBot(
      h.url,
      eventCallback({
        type: 'app_mention',
        user: 'U0000001',
        text: '<@UBOT0001> help',
        ts: '1749340000.000400',
        channel: 'C0000001',
        event_ts: '1749340000.000400',
      }),
      { secret: SECRET },
    );
    await h.slack.waitForCall(
      'chat.postMessage',
      () => h!.slack.callsOf('chat.postMessage').length >= 2,
      5000,
    );
    const [limited, retried] = h.slack.callsOf('chat.postMessage');
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(retried!.body.thread_ts).toBe('1749340000.000400');
  });
});

describe('the HTTP endpoint', () => {
  it('answers health checks and 404s anything else', async () => {
    h = await startHarness();
    const base = h.url.replace('/slack/events', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/elsewhere`, { method: 'POST', body: 'x' })).status).toBe(404);
  });
});
