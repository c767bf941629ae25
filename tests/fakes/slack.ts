/**
 * A local fake of Slack over loopback (127.0.0.1): the Web API methods a bot uses, response_url
 * endpoints, and a Socket Mode websocket speaking Slack's envelope protocol. It follows Slack's wire
 * format closely enough that the real Bolt and WebClient talk to it unchanged. Every call is
 * recorded; `failNext` simulates rate limits and outages. Reusable: nothing here knows tariffs-bot.
 *
 *   const slack = await startFakeSlack();
 *   // WebClient / Bolt: clientOptions.slackApiUrl = slack.apiUrl
 *   const post = await slack.waitForCall('chat.postMessage');
 *   await slack.close();
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseForm } from 'node:querystring';
import { type WebSocket, WebSocketServer } from 'ws';

export interface ApiCall {
  method: string;
  /** Form fields with JSON-valued ones (blocks, metadata…) decoded. */
  body: Record<string, unknown>;
  token: string | null;
  at: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export type Failure = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string };

export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

export interface FakeSlackOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  users?: Record<string, FakeUser>;
  /** Delay before every Web API answer, as a real round trip would have. */
  latencyMs?: number;
  /** Slack's chat.postMessage limit: beyond this many per channel per second, a 429. */
  postsPerChannelPerSecond?: number;
}

export interface FakeSocket {
  /** Resolves when a Socket Mode client has connected and been sent `hello`. */
  connected(): Promise<void>;
  /** Sends an envelope (`slash_commands`, `interactive`, `events_api`) and resolves with the client's ack payload. */
  send(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: unknown,
    timeoutMs?: number,
  ): Promise<unknown>;
}

export interface FakeSlack {
  readonly baseUrl: string;
  /** For `clientOptions.slackApiUrl`; ends with a slash as the WebClient expects. */
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly responses: ResponseUrlPost[];
  readonly users: Map<string, FakeUser>;
  readonly socket: FakeSocket;
  /** A fresh response_url served by this fake. */
  responseUrl(id?: string): string;
  /** The next `times` calls of `method` fail this way. */
  failNext(method: string, failure: Failure, times?: number): void;
  /** The next call of `method` takes effect at once but is answered only after `ms` (a lost response). */
  stallNext(method: string, ms: number): void;
  callsOf(method: string): ApiCall[];
  waitForCall(method: string, predicate?: (c: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  waitForResponse(predicate?: (r: ResponseUrlPost) => boolean, timeoutMs?: number): Promise<ResponseUrlPost>;
  /** Called as each Web API call or response_url post arrives (for latency measurements). */
  onCall(listener: (call: ApiCall) => void): void;
  onResponse(listener: (post: ResponseUrlPost) => void): void;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'metadata', 'attachments', 'unfurl_links', 'view']);

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parseForm(raw))) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string' && JSON_FIELDS.has(k)) {
      try {
        out[k] = JSON.parse(value);
        continue;
      } catch {
        // kept as text, as Slack would reject it
      }
    }
    out[k] = value;
  }
  return out;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function waitUntil<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const start = Date.now();
  for (;;) {
    const hit = find();
    if (hit !== undefined) return hit;
    if (Date.now() - start > timeoutMs) throw new Error(`fake Slack: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botUserId = opts.botUserId ?? 'UBOT0001';
  const teamId = opts.teamId ?? 'T0000001';
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const users = new Map(Object.entries(opts.users ?? {}));
  const failures = new Map<string, Failure[]>();
  const stalls = new Map<string, number[]>();
  const events = new EventEmitter();
  let tsCounter = 0;
  // Posted messages per channel, newest first, as conversations.history lists them.
  const history = new Map<string, Record<string, unknown>[]>();
  // Replies per thread (channel and parent ts), oldest first, as conversations.replies lists them.
  const threads = new Map<string, Record<string, unknown>[]>();
  const threadKey = (channel: unknown, ts: unknown) => `${String(channel)} ${String(ts)}`;
  const recentPosts = new Map<string, number[]>();
  const overLimit = (channel: string): boolean => {
    const limit = opts.postsPerChannelPerSecond;
    if (!limit) return false;
    const now = Date.now();
    const times = (recentPosts.get(channel) ?? []).filter((t) => now - t < 1000);
    recentPosts.set(channel, times);
    if (times.length >= limit) return true;
    times.push(now);
    return false;
  };
  const nextTs = () => `1749340800.${String(++tsCounter).padStart(6, '0')}`;

  const methods: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({
      ok: true,
      url: 'https://fake.slack.test/',
      team: 'Fake Team',
      user: 'tariffs-bot',
      team_id: teamId,
      user_id: botUserId,
      bot_id: opts.botId ?? 'BBOT0001',
    }),
    'chat.postMessage': (b) => {
      const ts = nextTs();
      const message = {
        type: 'message',
        ts,
        text: b.text,
        bot_id: opts.botId ?? 'BBOT0001',
        metadata: b.metadata,
      };
      if (!b.thread_ts) {
        history.set(String(b.channel), [message, ...(history.get(String(b.channel)) ?? [])]);
        return { ok: true, channel: b.channel, ts, message: { text: b.text } };
      }
      // A reply: kept in its thread; the parent gains thread_ts and a reply count, as Slack shows it.
      const reply = { ...message, thread_ts: String(b.thread_ts) };
      const key = threadKey(b.channel, b.thread_ts);
      threads.set(key, [...(threads.get(key) ?? []), reply]);
      const parent = history.get(String(b.channel))?.find((m) => m.ts === b.thread_ts);
      if (parent)
        Object.assign(parent, {
          thread_ts: parent.ts,
          reply_count: threads.get(key)!.length,
          latest_reply: ts,
        });
      return { ok: true, channel: b.channel, ts, message: { text: b.text, thread_ts: String(b.thread_ts) } };
    },
    'conversations.replies': (b) => {
      const parent = history.get(String(b.channel))?.find((m) => m.ts === b.ts);
      if (!parent) return { ok: false, error: 'thread_not_found' };
      const withMetadata = b.include_all_metadata === true || b.include_all_metadata === 'true';
      const all = [parent, ...(threads.get(threadKey(b.channel, b.ts)) ?? [])];
      const messages = all
        .slice(0, Number(b.limit ?? 1000))
        .map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
      return { ok: true, messages, has_more: all.length > messages.length };
    },
    'conversations.history': (b) => {
      const all = history.get(String(b.channel)) ?? [];
      const withMetadata = b.include_all_metadata === true || b.include_all_metadata === 'true';
      const messages = all
        .slice(0, Number(b.limit ?? 100))
        .map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
      return { ok: true, messages, has_more: all.length > messages.length };
    },
    'chat.update': (b) => {
      const message = history.get(String(b.channel))?.find((m) => m.ts === b.ts);
      if (message) Object.assign(message, { text: b.text, edited: { user: botUserId, ts: nextTs() } });
      return { ok: true, channel: b.channel, ts: b.ts, text: b.text };
    },
    'chat.postEphemeral': () => ({ ok: true, message_ts: nextTs() }),
    'users.info': (b) => {
      const user = users.get(String(b.user));
      return user ? { ok: true, user: { id: b.user, ...user } } : { ok: false, error: 'user_not_found' };
    },
    // A Home tab for one user: refused, as Slack does, without a user or beyond a view's limits.
    'views.publish': (b) => {
      const view = b.view as { type?: unknown; blocks?: unknown; private_metadata?: unknown } | undefined;
      if (typeof b.user_id !== 'string' || b.user_id === '') return { ok: false, error: 'invalid_arguments' };
      const blocks = view?.blocks;
      if (view?.type !== 'home' || !Array.isArray(blocks) || blocks.length > 100)
        return { ok: false, error: 'invalid_arguments' };
      if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000)
        return { ok: false, error: 'invalid_arguments' };
      return { ok: true, view: { ...view, id: `V${String(++tsCounter).padStart(8, '0')}`, team_id: teamId } };
    },
    'apps.connections.open': () => ({ ok: true, url: `${baseUrl.replace(/^http/, 'ws')}/socket` }),
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readAll(req);
    if (url.pathname.startsWith('/respond/')) {
      const post = {
        id: decodeURIComponent(url.pathname.slice('/respond/'.length)),
        body: decodeBody(raw, 'application/json'),
        at: Date.now(),
      };
      responses.push(post);
      send(res, 200, { ok: true });
      events.emit('response', post);
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      send(res, 404, { ok: false, error: 'not_found' });
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const auth = req.headers.authorization;
    const body = decodeBody(raw, req.headers['content-type']);
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof body.token === 'string'
        ? body.token
        : null;
    const call = { method, body, token, at: Date.now() };
    calls.push(call);
    events.emit('call', call);
    const queued = failures.get(method);
    const failure = queued?.shift();
    if (failure) {
      if ('error' in failure) send(res, 200, { ok: false, error: failure.error });
      else if (failure.status === 429)
        send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
      else send(res, failure.status, { ok: false, error: 'server_error' });
      return;
    }
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    if (method === 'chat.postMessage' && overLimit(String(body.channel))) {
      send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
      return;
    }
    const handler = methods[method];
    const answer = handler ? handler(body) : { ok: false, error: 'unknown_method' };
    const stall = stalls.get(method)?.shift();
    if (stall) await new Promise((r) => setTimeout(r, stall));
    send(res, 200, answer);
  });

  // Socket Mode: one client at a time, as an app with one connection.
  const wss = new WebSocketServer({ server, path: '/socket' });
  let client: WebSocket | null = null;
  const acks = new Map<string, (payload: unknown) => void>();
  wss.on('connection', (ws) => {
    client = ws;
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload ?? {});
    });
    ws.on('close', () => {
      if (client === ws) client = null;
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000001' } }));
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const socket: FakeSocket = {
    connected: () =>
      waitUntil(() => (client ? true : undefined), 5000, 'a Socket Mode connection').then(() => {}),
    send(type, payload, timeoutMs = 5000) {
      const ws = client;
      if (!ws) return Promise.reject(new Error('fake Slack: no Socket Mode client connected'));
      const envelopeId = randomUUID();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(envelopeId);
          reject(new Error(`fake Slack: envelope ${type} was not acknowledged`));
        }, timeoutMs);
        acks.set(envelopeId, (ack) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          resolve(ack);
        });
        ws.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type !== 'events_api',
            ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
          }),
        );
      });
    },
  };

  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    calls,
    responses,
    users,
    socket,
    responseUrl: (id = randomUUID()) => `${baseUrl}/respond/${id}`,
    failNext(method, failure, times = 1) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) list.push(failure);
      failures.set(method, list);
    },
    stallNext(method, ms) {
      stalls.set(method, [...(stalls.get(method) ?? []), ms]);
    },
    callsOf: (method) => calls.filter((c) => c.method === method),
    waitForCall: (method, predicate = () => true, timeoutMs = 5000) =>
      waitUntil(() => calls.find((c) => c.method === method && predicate(c)), timeoutMs, `a ${method} call`),
    waitForResponse: (predicate = () => true, timeoutMs = 5000) =>
      waitUntil(() => responses.find(predicate), timeoutMs, 'a response_url post'),
    onCall: (listener) => void events.on('call', listener),
    onResponse: (listener) => void events.on('response', listener),
    async close() {
      events.removeAllListeners();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
