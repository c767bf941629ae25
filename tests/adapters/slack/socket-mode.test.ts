import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_NEXT } from '../../../src/adapters/slack/blocks';
import { SlackAdapter } from '../../../src/adapters/slack/slack-adapter';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack';
import { blockAction, eventCallbackPayload, slashCommandPayload } from '../../fakes/slack-requests';
import { seedBot } from '../../helpers/bot';

let slack: FakeSlack | undefined;
let adapter: SlackAdapter | undefined;
afterEach(async () => {
  await adapter?.stop();
  await slack?.close();
  adapter = undefined;
  slack = undefined;
});

async function startSocketMode(): Promise<{ slack: FakeSlack; adapter: SlackAdapter }> {
  slack = await startFakeSlack();
  adapter = new SlackAdapter(await seedBot(), {
    botToken: 'xoxb-test',
    signingSecret: 'unused-in-socket-mode',
    appToken: 'xapp-test',
    apiUrl: slack.apiUrl,
    port: 0,
    retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 1 },
  });
  await adapter.start();
  await slack.socket.connected();
  return { slack, adapter };
}

describe('Socket Mode', () => {
  it('connects with the app-level token and opens no HTTP port', async () => {
    const { slack, adapter } = await startSocketMode();
    const open = slack.callsOf('apps.connections.open')[0]!;
    expect(open.token).toBe('xapp-test');
    expect(adapter.port).toBeNull();
  });

  it('receives a slash command over the websocket, acks it and answers through the response_url', async () => {
    const { slack } = await startSocketMode();
    const ack = await slack.socket.send(
      'slash_commands',
      slashCommandPayload({ text: 'sources', response_url: slack.responseUrl('sm') }),
    );
    expect(ack).toEqual({});
    const answer = await slack.waitForResponse((r) => r.id === 'sm');
    expect(answer.body.response_type).toBe('in_channel');
    expect(JSON.stringify(answer.body.blocks)).toMatch(/Sources/);
  });

  it('pages when a More button is clicked, delivered as an interactive envelope', async () => {
    const { slack } = await startSocketMode();
    const payload = JSON.parse(
      new URLSearchParams(
        blockAction({ actionId: ACTION_NEXT, value: 'help', response_url: slack.responseUrl('click') }).raw,
      ).get('payload')!,
    ) as unknown;
    expect(await slack.socket.send('interactive', payload)).toEqual({});
    const replaced = await slack.waitForResponse((r) => r.id === 'click');
    expect(replaced.body.replace_original).toBe(true);
  });

  it('answers a mention delivered as an Events API envelope in its thread', async () => {
    const { slack } = await startSocketMode();
    await slack.socket.send(
      'events_api',
      eventCallbackPayload({
        type: 'app_mention',
        user: 'U0000001',
        text: '<@UBOT0001> help',
        ts: '1749340000.000500',
        channel: 'C0000001',
        event_ts: '1749340000.000500',
      }),
    );
    const post = await slack.waitForCall('chat.postMessage');
    expect(post.body.thread_ts).toBe('1749340000.000500');
  });
});

describe('Socket Mode start-up', () => {
  it('names SLACK_APP_TOKEN when Slack refuses it', async () => {
    slack = await startFakeSlack();
    slack.failNext('apps.connections.open', { error: 'invalid_auth' });
    adapter = new SlackAdapter(await seedBot(), {
      botToken: 'xoxb-test',
      signingSecret: 'unused-in-socket-mode',
      appToken: 'xapp-wrong',
      apiUrl: slack.apiUrl,
      port: 0,
      retryConfig: { retries: 0 },
    });
    await expect(adapter.start()).rejects.toThrow(
      /Slack refused SLACK_APP_TOKEN \(apps.connections.open: invalid_auth\)/,
    );
    adapter = undefined;
  });
});
