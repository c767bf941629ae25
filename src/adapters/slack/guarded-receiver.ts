import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type App, type Logger as BoltLogger, HTTPReceiver, type Receiver } from '@slack/bolt';
import { inRequest, newRequestId } from '../../app/request-scope';
import type { Logger } from '../../log';
import type { ReplayGuard } from '../../storage/replay-guard';
import { slackBodyIsObject } from './body-shape';
import { TIMESTAMP_TOLERANCE_SECONDS, verifySignature } from './verify-signature';

/** Slack's payloads are a few KB; anything this large is refused before it is parsed. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** Slack sends a whole request at once: headers and body together must arrive within this. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export interface GuardedReceiverOptions {
  signingSecret: string;
  port: number;
  host?: string;
  /** The paths Slack posts to (the manifest names them). */
  endpoints: string[];
  replayGuard: ReplayGuard;
  log: Logger;
  boltLogger: BoltLogger;
  maxBodyBytes?: number;
  /** Deadline for a whole request, headers and body (tests shorten it). */
  requestTimeoutMs?: number;
  /** False until the whole process can serve (store open, digests running): `/healthz` says 503. */
  isReady?: () => boolean;
  now?: () => number;
}

class BodyTooLarge extends Error {}
/** The client closed the connection before its body was complete. */
class ClientGone extends Error {}
/** The body was still arriving when the request's deadline passed. */
class BodyTooSlow extends Error {}

/**
 * Bolt's HTTPReceiver, with stricter checks in front of it. Every request to an endpoint is read
 * up to a size limit, its signature checked in constant time, its timestamp held to five minutes
 * either side of now, and its signature remembered so a replay inside the window is refused —
 * all before Bolt parses the body or any listener runs. The checked body is handed to Bolt
 * pre-read (Bolt reuses `rawBody` when present), which then does its own routing and acking.
 */
export class GuardedHttpReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private server: Server | undefined;
  private readonly maxBodyBytes: number;
  private readonly requestTimeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: GuardedReceiverOptions) {
    this.maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.now = opts.now ?? Date.now;
    this.inner = new HTTPReceiver({
      signingSecret: opts.signingSecret,
      endpoints: opts.endpoints,
      logger: opts.boltLogger,
      bodyLimit: this.maxBodyBytes,
    });
  }

  init(app: App): void {
    this.inner.init(app);
  }

  /** Resolves once listening; the port is the configured one, or the one chosen when it was 0. */
  start(): Promise<Server> {
    if (this.server) return Promise.reject(new Error('the Slack receiver is already started'));
    const limit = this.requestTimeoutMs;
    // Node enforces its two timeouts only when it sweeps its connections (every 30 s by default,
    // so a 15 s limit held a trickle ~42 s): sweep often enough to keep to them.
    const sweep = Math.max(50, Math.min(1_000, Math.floor(limit / 4)));
    const server = createServer(
      {
        // Slack sends a whole request at once; a client trickling one in is holding a socket open.
        // The body's own deadline (readBody) answers 408 and logs it; Node's whole-request timeout
        // is the backstop, two sweeps later so the two do not race.
        headersTimeout: Math.min(10_000, limit),
        requestTimeout: limit + 2 * sweep,
        connectionsCheckingInterval: sweep,
      },
      (req, res) => {
        const request = { platform: 'slack' as const, requestId: newRequestId() };
        // The scope follows Bolt's detached work too, so a stray rejection there names this request.
        inRequest(request, () =>
          this.handle(req, res, request.requestId).catch((err: unknown) => {
            this.opts.log.error(
              { err, platform: 'slack', requestId: request.requestId, path: req.url },
              'slack request failed',
            );
            if (!res.headersSent) res.writeHead(500).end();
          }),
        );
      },
    );
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => {
        server.off('error', reject);
        server.on('error', (err) =>
          this.opts.log.error({ err, platform: 'slack' }, 'slack http server error'),
        );
        resolve(server);
      });
    });
  }

  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? (address as AddressInfo).port : null;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/healthz') {
      const ready = this.opts.isReady?.() ?? true;
      res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ok' : 'starting');
      return;
    }
    if (req.method !== 'POST' || !this.opts.endpoints.includes(path)) {
      res.writeHead(404).end();
      return;
    }
    const log = this.opts.log.child({ platform: 'slack', requestId });
    const body = await this.receiveBody(req, res, log);
    if (!body || !(await this.admit(req, res, body, log))) return;
    Object.assign(req, { rawBody: body });
    this.inner.requestListener(req, res);
  }

  /** The body within the size and time limits, or null once the request has been answered. */
  private async receiveBody(req: IncomingMessage, res: ServerResponse, log: Logger): Promise<Buffer | null> {
    try {
      return await readBody(req, this.maxBodyBytes, this.requestTimeoutMs);
    } catch (err) {
      // Warnings without a stack: any client, signed or not, can cause these at will.
      if (err instanceof BodyTooLarge) {
        log.warn({ limit: this.maxBodyBytes }, 'slack request refused: body too large');
        res.writeHead(413, { connection: 'close' }).end(() => req.socket.destroy());
        return null;
      }
      if (err instanceof BodyTooSlow) {
        log.warn({ limitMs: this.requestTimeoutMs }, 'slack request refused: body not received in time');
        if (res.headersSent || res.destroyed) req.socket.destroy();
        else res.writeHead(408, { connection: 'close' }).end(() => req.socket.destroy());
        return null;
      }
      if (err instanceof ClientGone) {
        log.warn('slack request dropped: the client closed the connection mid-body');
        return null;
      }
      throw err;
    }
  }

  /**
   * True when the request may go on to Bolt: signed by Slack within the time window, an object,
   * and not seen before. Otherwise it has been answered here (refused, or Slack's certificate
   * check, which carries no signature and must run nothing).
   */
  private async admit(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    log: Logger,
  ): Promise<boolean> {
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const signature = header('x-slack-signature');
    if (!signature && /^ssl_check=1(&|$)/.test(body.toString('utf8'))) {
      res.writeHead(200).end();
      return false;
    }
    const verdict = verifySignature(
      this.opts.signingSecret,
      { body, timestamp: header('x-slack-request-timestamp'), signature },
      this.now(),
    );
    const refuse = (status: 400 | 401, reason: string) => {
      log.warn({ reason }, 'slack request refused');
      res.writeHead(status).end();
      return false;
    };
    if (!verdict.ok) return refuse(401, verdict.reason);
    if (!slackBodyIsObject(body, header('content-type'))) return refuse(400, 'body is not an object');
    const expiresAt = new Date((verdict.timestamp + TIMESTAMP_TOLERANCE_SECONDS) * 1000);
    if (await this.opts.replayGuard.seen(verdict.signature, expiresAt)) return refuse(401, 'replayed');
    return true;
  }
}

/**
 * Reads the body up to `limit` bytes, and only until `deadlineMs` after the request began (the
 * headers are bounded by the server's own timeouts). A client that goes away mid-body ends the
 * read with ClientGone, not the stream's error.
 */
function readBody(req: IncomingMessage, limit: number, deadlineMs: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => finish(new BodyTooSlow()), deadlineMs);
    const finish = (err: Error | null) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      // A late 'error' after the outcome is settled must not go unhandled.
      req.off('error', onError).on('error', () => undefined);
      if (err) {
        req.pause();
        reject(err);
      } else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(new BodyTooLarge());
      chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onClose = () => finish(new ClientGone());
    const onError = (err: NodeJS.ErrnoException) =>
      finish(err.code === 'ECONNRESET' || req.destroyed ? new ClientGone() : err);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onClose);
    req.once('error', onError);
  });
}
