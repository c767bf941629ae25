/**
 * A local fake of Discord's REST API and gateway over loopback (127.0.0.1), following the
 * documented wire format closely enough that the real discord.js logs in, receives
 * interactions and answers them. Every REST call is recorded; tests override a route to
 * simulate rate limits and outages. Reusable: nothing in here knows about tariffs-bot.
 *
 *   const fake = await FakeDiscord.start();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
 *   await client.login(fake.token);                        // GET /gateway/bot → HELLO/IDENTIFY/READY
 *   fake.dispatch('INTERACTION_CREATE', chatInput(place, 'tariffs', 'latest'));
 *   await fake.waitForRequest((r) => r.path.endsWith('/callback'));
 *   fake.route('POST', /^\/channels\/\d+\/messages$/, () => ({ status: 503 }));  // an outage
 *   fake.closeGateway(4000);                               // → RESUME → RESUMED
 *
 * Channel posts honour `nonce` + `enforce_nonce` (a repeat returns the first message), as
 * Discord does, so idempotent senders can be tested. Start Thread from Message
 * (POST /channels/{channel.id}/messages/{message.id}/threads) opens a public thread whose id is
 * the message's, once per message (a second start is 160004), and posts to the thread's id land
 * in it; `threadMessages(id)` lists them. A channel without the Create Public Threads permission
 * is simulated with `route` (403, code 50013).
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIMessage,
  type APIThreadChannel,
  type ApplicationFlags,
  type ChannelFlags,
  ChannelType,
  type GatewayReadyDispatchData,
  type MessageFlags,
  MessageType,
  type ThreadAutoArchiveDuration,
} from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';
import { fakeGuild, fakeUser, snowflake } from './discord-payloads';

export interface RecordedRequest {
  method: string;
  /** Path below the API version, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  at: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (
  req: RecordedRequest,
) => FakeResponse | undefined | Promise<FakeResponse | undefined>;

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  botUserId?: string;
  guildId?: string;
  channelId?: string;
  heartbeatIntervalMs?: number;
  /** More guilds the bot is in, each with one text channel (shard routing tests). */
  extraGuilds?: { id: string; channelId: string }[];
  /** Discord's global limit per bot: beyond this many REST requests a second, a global 429. */
  globalRequestsPerSecond?: number;
}

/** The shard Discord sends a guild's events to: (guild_id >> 22) % shard_count. */
const unknownMessage: FakeResponse = { status: 404, body: { message: 'Unknown Message', code: 10008 } };

export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

interface Session {
  id: string;
  seq: number;
  /** Dispatches sent, kept so a RESUME can replay what the client missed. */
  sent: GatewayFrame[];
  socket: WebSocket | null;
  /** [shard_id, num_shards] from IDENTIFY. */
  shard: [number, number];
}

const API_PREFIX = /^\/api\/v\d+/;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Frames the client sent on the gateway (IDENTIFY, RESUME, heartbeats…), in order. */
  readonly received: GatewayFrame[] = [];
  /** The query of each gateway connection (`v`, `encoding`, `compress`), in order. */
  readonly connections: URLSearchParams[] = [];
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: ReturnType<typeof fakeUser>;
  readonly guildId: string;
  readonly channelId: string;
  readonly heartbeatIntervalMs: number;

  private readonly routes: { method: string; pattern: RegExp; handler: RouteHandler }[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly sockets = new Set<WebSocket>();
  private readonly nonces = new Map<string, unknown>();
  /** Every message posted through REST, by id, as stored (edits applied). */
  private readonly posted = new Map<string, APIMessage>();
  /** Threads started from a message: the thread's id (the message's) → the thread channel. */
  readonly threads = new Map<string, APIThreadChannel>();
  private readonly waiters: (() => void)[] = [];
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private port = 0;
  private readonly guilds: { id: string; channelId: string }[];
  private readonly opts: FakeDiscordOptions;
  private globalWindow = { second: 0, used: 0 };

  private constructor(opts: FakeDiscordOptions) {
    this.token = opts.token ?? 'fake-bot-token';
    this.applicationId = opts.applicationId ?? '100000000000000001';
    this.botUser = fakeUser(opts.botUserId ?? this.applicationId, 'tariffs-bot', true);
    this.guildId = opts.guildId ?? '200000000000000001';
    this.channelId = opts.channelId ?? '300000000000000001';
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 41_250;
    this.guilds = [{ id: this.guildId, channelId: this.channelId }, ...(opts.extraGuilds ?? [])];
    this.opts = opts;
    this.server = createServer((req, res) => {
      void this.onHttp(req).then(({ status, body, headers }) => {
        const json = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, {
          ...(json ? { 'content-type': 'application/json' } : {}),
          ...headers,
        });
        res.end(json);
      });
    });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws, req) => this.onSocket(ws, new URL(req.url ?? '/', 'ws://x').searchParams));
  }

  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(opts);
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base to give discord.js (`rest: { api }`, DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Answers `method path` (path below /api/vN) with `handler` first; return undefined to fall through. */
  route(method: string, pattern: RegExp, handler: RouteHandler): () => void {
    const entry = { method: method.toUpperCase(), pattern, handler };
    this.routes.unshift(entry);
    return () => {
      const i = this.routes.indexOf(entry);
      if (i >= 0) this.routes.splice(i, 1);
    };
  }

  /** The first recorded request matching, waiting for it if it has not come yet. */
  async waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitUntil(() => this.requests.find(match), timeoutMs, 'request');
  }

  /** Requests matching, e.g. every callback for one interaction. */
  requestsWhere(match: (r: RecordedRequest) => boolean): RecordedRequest[] {
    return this.requests.filter(match);
  }

  async waitForFrame(match: (f: GatewayFrame) => boolean, timeoutMs = 5000): Promise<GatewayFrame> {
    return this.waitUntil(() => this.received.find(match), timeoutMs, 'gateway frame');
  }

  /**
   * Sends a dispatch (op 0) to every connected, identified session — or, for an event of a
   * guild, only to the session of the shard that guild belongs to, as Discord does.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    for (const session of this.sessions.values()) {
      if (typeof guildId === 'string' && !this.owns(session, guildId)) continue;
      this.send(session, t, d);
    }
  }

  private owns(session: Session, guildId: string): boolean {
    const [id, count] = session.shard;
    return count <= 1 || shardOf(guildId, count) === id;
  }

  /** Closes every gateway socket from the server side with a close code (4000 = unknown error → resume). */
  closeGateway(code: number, reason = 'fake close'): void {
    for (const ws of this.sockets) ws.close(code, reason);
  }

  /** Drops every gateway socket without a close frame, as a network failure would. */
  dropGateway(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  get openSockets(): number {
    return this.sockets.size;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // — gateway —

  private onSocket(ws: WebSocket, query: URLSearchParams): void {
    this.connections.push(query);
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      // Only plain JSON is spoken here; discord.js asks for zlib-stream when zlib-sync is installed.
      ws.close(4002, 'FakeDiscord speaks encoding=json without compress (is zlib-sync installed?)');
      return;
    }
    this.sockets.add(ws);
    let session: Session | null = null;
    ws.on('close', () => {
      this.sockets.delete(ws);
      if (session?.socket === ws) session.socket = null;
    });
    ws.on('message', (raw) => {
      let frame: GatewayFrame;
      try {
        frame = JSON.parse(String(raw)) as GatewayFrame;
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.received.push(frame);
      this.notify();
      switch (frame.op) {
        case 1:
          ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          return;
        case 2: {
          const d = frame.d as { token?: string; shard?: [number, number] };
          if (d.token !== this.token) {
            ws.close(4004, 'Authentication failed');
            return;
          }
          const shard: [number, number] = Array.isArray(d.shard) ? [d.shard[0], d.shard[1]] : [0, 1];
          session = { id: snowflake(), seq: 0, sent: [], socket: ws, shard };
          const mine = this.guilds.filter((g) => this.owns(session!, g.id));
          this.sessions.set(session.id, session);
          const ready = {
            v: 10,
            user: this.botUser,
            guilds: mine.map((g) => ({ id: g.id, unavailable: true as const })),
            session_id: session.id,
            resume_gateway_url: this.gatewayUrl,
            shard,
            application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
          } satisfies GatewayReadyDispatchData;
          this.send(session, 'READY', ready);
          for (const g of mine)
            this.send(session, 'GUILD_CREATE', fakeGuild(g.id, g.channelId, this.botUser));
          return;
        }
        case 6: {
          const d = frame.d as { token?: string; session_id?: string; seq?: number };
          const known = d.session_id ? this.sessions.get(d.session_id) : undefined;
          if (!known || d.token !== this.token) {
            ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
            return;
          }
          session = known;
          known.socket = ws;
          for (const missed of known.sent.filter((f) => (f.s ?? 0) > (d.seq ?? 0))) {
            ws.send(JSON.stringify(missed));
          }
          this.send(known, 'RESUMED', {});
          return;
        }
        default:
          return;
      }
    });
    ws.send(
      JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }),
    );
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const frame: GatewayFrame = { op: 0, d, s: session.seq, t };
    session.sent.push(frame);
    if (session.sent.length > 1000) session.sent.shift();
    session.socket?.send(JSON.stringify(frame));
  }

  // — REST —

  private async onHttp(req: IncomingMessage): Promise<FakeResponse> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(API_PREFIX, ''),
      query: url.searchParams,
      headers: req.headers,
      body,
      at: Date.now(),
    };
    this.requests.push(recorded);
    this.notify();
    const limited = this.overGlobalLimit(recorded.path);
    if (limited) return limited;
    for (const r of this.routes) {
      if (r.method === recorded.method && r.pattern.test(recorded.path)) {
        const answered = await r.handler(recorded);
        if (answered) return answered;
      }
    }
    return this.defaultRoute(recorded, req.headers.authorization ?? null);
  }

  /** Interaction callbacks and webhooks are exempt from the global limit, as on Discord. */
  private overGlobalLimit(path: string): FakeResponse | undefined {
    const limit = this.opts.globalRequestsPerSecond;
    if (!limit || path.startsWith('/interactions/') || path.startsWith('/webhooks/')) return undefined;
    const now = Date.now();
    const second = Math.floor(now / 1000);
    if (this.globalWindow.second !== second) this.globalWindow = { second, used: 0 };
    if (++this.globalWindow.used <= limit) return undefined;
    const retryAfter = (1000 - (now % 1000)) / 1000;
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: true, code: 0 },
      headers: {
        'retry-after': String(Math.ceil(retryAfter)),
        'x-ratelimit-global': 'true',
        'x-ratelimit-scope': 'global',
      },
    };
  }

  private defaultRoute(r: RecordedRequest, auth: string | null): FakeResponse {
    const { method, path } = r;
    const body = (r.body ?? {}) as Record<string, unknown>;
    const needsBot = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsBot && auth !== `Bot ${this.token}`) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      return r.query.get('with_response') === 'true'
        ? { status: 200, body: { interaction: { id: path.split('/')[2], type: body.type } } }
        : { status: 204 };
    }
    const webhook = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/);
    if (webhook) {
      if (method === 'DELETE') return { status: 204 };
      if (method === 'PATCH' || method === 'POST') {
        return { status: 200, body: this.message(body, this.channelId, webhook[1]!) };
      }
      if (method === 'GET') return { status: 200, body: this.message({}, this.channelId, webhook[1]!) };
    }
    const channelPost = path.match(/^\/channels\/(\d+)\/messages$/);
    if (channelPost && method === 'POST') {
      const nonce = typeof body.nonce === 'string' && body.enforce_nonce === true ? body.nonce : null;
      if (nonce && this.nonces.has(nonce)) return { status: 200, body: this.nonces.get(nonce) };
      const message = this.message(body, channelPost[1]!, null);
      if (nonce) this.nonces.set(nonce, message);
      this.posted.set(message.id, message);
      return { status: 200, body: message };
    }
    const startThread = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/);
    if (startThread && method === 'POST') return this.startThread(startThread[1]!, startThread[2]!, body);
    const edit = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/);
    if (edit && method === 'PATCH') {
      const message = this.posted.get(edit[2]!);
      if (!message || message.channel_id !== edit[1]) return unknownMessage;
      if (Array.isArray(body.embeds)) message.embeds = body.embeds as APIMessage['embeds'];
      if (typeof body.content === 'string') message.content = body.content;
      message.edited_timestamp = new Date().toISOString();
      return { status: 200, body: message };
    }
    const commands = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (commands && method === 'PUT' && Array.isArray(r.body)) {
      const saved = (r.body as Record<string, unknown>[]).map((c) => ({
        ...c,
        id: snowflake(),
        application_id: commands[1],
        ...(commands[2] ? { guild_id: commands[2] } : {}),
        version: snowflake(),
        default_member_permissions: null,
      }));
      return { status: 200, body: saved };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  /** Messages posted to a thread (or any channel) id, oldest first, as stored. */
  threadMessages(channelId: string): APIMessage[] {
    return [...this.posted.values()].filter((m) => m.channel_id === channelId);
  }

  /** A message as stored now (edits applied). */
  postedMessage(id: string): APIMessage | undefined {
    return this.posted.get(id);
  }

  /** Start Thread from Message: a public thread (type 11) whose id is the message's, once. */
  private startThread(channelId: string, messageId: string, body: Record<string, unknown>): FakeResponse {
    const message = this.posted.get(messageId);
    if (!message || message.channel_id !== channelId) return unknownMessage;
    const name = typeof body.name === 'string' ? body.name : '';
    if (name.length < 1 || name.length > 100) {
      return {
        status: 400,
        body: {
          message: 'Invalid Form Body',
          code: 50035,
          errors: {
            name: {
              _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }],
            },
          },
        },
      };
    }
    if (this.threads.has(messageId)) {
      return {
        status: 400,
        body: { message: 'A thread has already been created for this message', code: 160004 },
      };
    }
    const archive = typeof body.auto_archive_duration === 'number' ? body.auto_archive_duration : 4320;
    const thread: APIThreadChannel = {
      id: messageId,
      type: ChannelType.PublicThread,
      guild_id: this.guildId,
      parent_id: channelId,
      name,
      owner_id: this.botUser.id,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: {
        archived: false,
        auto_archive_duration: archive as ThreadAutoArchiveDuration,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
      total_message_sent: 0,
      flags: 0 as ChannelFlags,
    };
    this.threads.set(messageId, thread);
    return { status: 201, body: thread };
  }

  /** A message object as Discord returns it for a post or edit. */
  message(body: Record<string, unknown>, channelId: string, webhookId: string | null): APIMessage {
    return {
      id: snowflake(),
      type: MessageType.Default,
      channel_id: channelId,
      author: this.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      // The body is what the client sent; echoed back as Discord would store it.
      embeds: (Array.isArray(body.embeds) ? body.embeds : []) as APIMessage['embeds'],
      components: (Array.isArray(body.components) ? body.components : []) as APIMessage['components'],
      pinned: false,
      flags: (typeof body.flags === 'number' ? body.flags : 0) as MessageFlags,
      ...(typeof body.nonce === 'string' ? { nonce: body.nonce } : {}),
      ...(webhookId ? { webhook_id: webhookId, application_id: this.applicationId } : {}),
    } satisfies APIMessage;
  }

  // — waiting —

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private async waitUntil<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = find();
      if (hit !== undefined) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`FakeDiscord: no matching ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
