import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type App, type Logger as BoltLogger, HTTPReceiver, type Receiver } from '@slack/bolt';
import type { Logger } from '../../log';
import type { ReplayGuard } from './replay-guard';
import { TIMESTAMP_TOLERANCE_SECONDS, verifySignature } from './verify-signature';

/** Slack's payloads are a few KB; anything this large is refused before it is parsed. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

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
  now?: () => number;
}

class BodyTooLarge extends Error {}

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
  private readonly now: () => number;

  constructor(private readonly opts: GuardedReceiverOptions) {
    this.maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
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
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.opts.log.error({ err, platform: 'slack', path: req.url }, 'slack request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    // Slack sends a whole request at once; a client trickling one in is holding a socket open.
    server.headersTimeout = 10_000;
    server.requestTimeout = 15_000;
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || !this.opts.endpoints.includes(path)) {
      res.writeHead(404).end();
      return;
    }
    const log = this.opts.log;
    let body: Buffer;
    try {
      body = await readBody(req, this.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        log.warn({ platform: 'slack', limit: this.maxBodyBytes }, 'slack request refused: body too large');
        res.writeHead(413, { connection: 'close' }).end(() => req.socket.destroy());
        return;
      }
      throw err;
    }
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const signature = header('x-slack-signature');
    // Slack's certificate check carries no signature and must run nothing: answer it here.
    if (!signature && /^ssl_check=1(&|$)/.test(body.toString('utf8'))) {
      res.writeHead(200).end();
      return;
    }
    const verdict = verifySignature(
      this.opts.signingSecret,
      { body, timestamp: header('x-slack-request-timestamp'), signature },
      this.now(),
    );
    if (!verdict.ok) {
      log.warn({ platform: 'slack', reason: verdict.reason }, 'slack request refused');
      res.writeHead(401).end();
      return;
    }
    const expiresAt = new Date((verdict.timestamp + TIMESTAMP_TOLERANCE_SECONDS) * 1000);
    if (await this.opts.replayGuard.seen(verdict.signature, expiresAt)) {
      log.warn({ platform: 'slack', reason: 'replayed' }, 'slack request refused');
      res.writeHead(401).end();
      return;
    }
    Object.assign(req, { rawBody: body });
    this.inner.requestListener(req, res);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
