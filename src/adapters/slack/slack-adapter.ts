import { App, webApi } from '@slack/bolt';
import type { Bot } from '../../app/bot';
import type { AdapterFactory, PlatformAdapter } from '../../app/platform';
import type { Logger } from '../../log';
import type { ReplayGuard } from '../../storage/replay-guard';
import { registerAppHome } from './app-home';
import { boltLogger } from './bolt-logger';
import { registerConversation } from './conversation';
import type { SlackDeps } from './deps';
import { GuardedHttpReceiver } from './guarded-receiver';
import { ChannelManagers } from './managers';
import { SLACK_ENDPOINT } from './manifest';
import { registerPageActions } from './page-actions';
import { MemoryReplayGuard } from './replay-guard';
import { SlackSender } from './sender';
import { registerSlashCommand } from './slash-command';

export { SLACK_ENDPOINT };

/**
 * Web API retries: a 429 waits for Retry-After and tries again (the WebClient pauses its whole
 * queue meanwhile); other failures back off briefly. Three tries bound how long an answer can
 * hang instead of the client's default half hour.
 */
export const DEFAULT_RETRY: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 5000,
  randomize: true,
};

export interface SlackAdapterOptions {
  botToken: string;
  signingSecret: string;
  /** App-level token: Socket Mode instead of HTTP. */
  appToken: string | null;
  /** Web API base (tests point it at a local fake). */
  apiUrl: string | null;
  port: number;
  host?: string;
  replayGuard?: ReplayGuard;
  retryConfig?: webApi.RetryOptions;
  maxBodyBytes?: number;
  /** Deadline for a whole HTTP request, headers and body; default 15 s. */
  requestTimeoutMs?: number;
  /** `/healthz` says ready only while this is true; default: always. */
  isReady?: () => boolean;
  /** Clock for request timestamps (tests). */
  now?: () => number;
  managerCacheMs?: number;
  installerUserIds?: readonly string[];
}

/** The bot in Slack: a Bolt app over HTTP (with the guarded receiver) or Socket Mode. */
export class SlackAdapter implements PlatformAdapter {
  readonly name = 'slack' as const;
  readonly app: App;
  readonly sender: SlackSender;
  private readonly receiver: GuardedHttpReceiver | null;
  private readonly log: Logger;
  private readonly apiUrl: string;

  constructor(bot: Bot, opts: SlackAdapterOptions) {
    this.log = bot.log.child({ platform: 'slack' });
    this.apiUrl = opts.apiUrl ?? 'https://slack.com/api/';
    const logger = boltLogger(bot.log);
    const clientOptions: webApi.WebClientOptions = {
      retryConfig: opts.retryConfig ?? DEFAULT_RETRY,
      timeout: 10_000,
      ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/` } : {}),
    };
    const replayGuard = opts.replayGuard ?? new MemoryReplayGuard(opts.now);
    this.receiver = opts.appToken
      ? null
      : new GuardedHttpReceiver({
          signingSecret: opts.signingSecret,
          port: opts.port,
          ...(opts.host ? { host: opts.host } : {}),
          endpoints: [SLACK_ENDPOINT],
          replayGuard,
          log: bot.log,
          boltLogger: logger,
          ...(opts.maxBodyBytes ? { maxBodyBytes: opts.maxBodyBytes } : {}),
          ...(opts.requestTimeoutMs ? { requestTimeoutMs: opts.requestTimeoutMs } : {}),
          ...(opts.isReady ? { isReady: opts.isReady } : {}),
          ...(opts.now ? { now: opts.now } : {}),
        });
    this.app = new App({
      token: opts.botToken,
      logger,
      clientOptions,
      // auth.test runs in start(), so a bad token fails start-up instead of a first request.
      deferInitialization: true,
      ...(this.receiver ? { receiver: this.receiver } : { socketMode: true, appToken: opts.appToken ?? '' }),
    });
    this.app.error(async (err) => {
      this.log.error({ err }, 'slack listener failed');
    });
    this.sender = new SlackSender(this.app.client, this.log);
    const deps: SlackDeps = {
      bot,
      log: this.log,
      deliveries: replayGuard,
      managers: new ChannelManagers(this.app.client, this.log, {
        ...(opts.managerCacheMs !== undefined ? { ttlMs: opts.managerCacheMs } : {}),
        ...(opts.installerUserIds ? { installerUserIds: opts.installerUserIds } : {}),
      }),
    };
    registerSlashCommand(this.app, deps);
    registerPageActions(this.app, deps);
    registerConversation(this.app, deps);
    registerAppHome(this.app, deps);
  }

  async start(): Promise<void> {
    try {
      await this.app.init();
    } catch (err) {
      throw new Error(startFailure(err, this.apiUrl));
    }
    try {
      await this.app.start();
    } catch (err) {
      const e = err as { code?: string; data?: { error?: string } };
      if (this.receiver || e.code !== webApi.ErrorCode.PlatformError) throw err;
      throw new Error(
        `Slack refused SLACK_APP_TOKEN (apps.connections.open: ${e.data?.error ?? 'error'}); it needs the connections:write scope and Socket Mode enabled`,
      );
    }
    this.log.info(
      this.receiver ? { mode: 'http', port: this.receiver.port, path: SLACK_ENDPOINT } : { mode: 'socket' },
      'slack connected',
    );
  }

  async stop(): Promise<void> {
    await this.app.stop();
  }

  /** The HTTP port actually listened on (useful when configured as 0); null in Socket Mode. */
  get port(): number | null {
    return this.receiver?.port ?? null;
  }
}

/** Says which setting to check when Slack cannot be reached or refuses the token at start-up. */
function startFailure(err: unknown, apiUrl: string): string {
  const e = err as { code?: string; data?: { error?: string }; message?: string };
  if (e.code === webApi.ErrorCode.PlatformError) {
    return `Slack refused SLACK_BOT_TOKEN (auth.test: ${e.data?.error ?? 'error'}); check the bot token of the installed app`;
  }
  return `could not reach Slack's Web API at ${apiUrl} (${e.message ?? String(err)}); check the network or SLACK_API_URL`;
}

export const createSlackAdapter: AdapterFactory = async (bot, config) => {
  if (!config.slack)
    throw new Error('Slack is not configured: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are needed');
  // The load balancer's health check passes only once the whole process serves (see src/app/run.ts).
  const isReady = () => bot.state === 'ready';
  if (!config.databaseUrl || config.slack.appToken) {
    return new SlackAdapter(bot, { ...config.slack, port: config.port, isReady });
  }
  // Several processes behind a load balancer: a request replayed to any of them is refused.
  const { openSharedReplayGuard } = await import('../../storage/open-replay-guard');
  const shared = await openSharedReplayGuard(config.databaseUrl);
  const adapter = new SlackAdapter(bot, {
    ...config.slack,
    port: config.port,
    replayGuard: shared.guard,
    isReady,
  });
  const stopApp = adapter.stop.bind(adapter);
  adapter.stop = async () => {
    await stopApp();
    await shared.close();
  };
  return adapter;
};
