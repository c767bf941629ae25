import {
  SLACK_ENDPOINT,
  SlackAdapter,
  type SlackAdapterOptions,
} from '../../../src/adapters/slack/slack-adapter';
import type { Bot } from '../../../src/app/bot';
import { type FakeSlack, type FakeSlackOptions, startFakeSlack } from '../../fakes/slack';
import { seedBot } from '../../helpers/bot';

export const SECRET = 'test-signing-secret';

export interface Harness {
  slack: FakeSlack;
  adapter: SlackAdapter;
  bot: Bot;
  /** Where Slack would POST: http://127.0.0.1:PORT/slack/events */
  url: string;
  close(): Promise<void>;
}

/** The real Bolt app over loopback, its Web API pointed at a fake Slack, on the bundled seeds. */
export async function startHarness(
  opts: Partial<SlackAdapterOptions> & { fake?: FakeSlackOptions; bot?: Bot } = {},
): Promise<Harness> {
  const slack = await startFakeSlack(opts.fake);
  const bot = opts.bot ?? (await seedBot());
  const { fake: _fake, bot: _bot, ...rest } = opts;
  const adapter = new SlackAdapter(bot, {
    botToken: 'xoxb-test',
    signingSecret: SECRET,
    appToken: null,
    apiUrl: slack.apiUrl,
    port: 0,
    host: '127.0.0.1',
    retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 },
    ...rest,
  });
  await adapter.start();
  return {
    slack,
    adapter,
    bot,
    url: `http://127.0.0.1:${adapter.port ?? 0}${SLACK_ENDPOINT}`,
    async close() {
      await adapter.stop();
      await slack.close();
    },
  };
}
