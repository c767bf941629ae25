import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reply } from '../../src/core/reply';
import { silentLogger } from '../../src/log';
import { type ReplySender, SendError, type SendFailure } from '../../src/scheduler/reply-sender';

export interface Post {
  channelId: string;
  reply: Reply;
  key: string;
  messageId: string;
  /** When it was posted, by the test's clock. */
  at: string;
}

/**
 * A channel as a platform keeps it: posts in order, and a repeated idempotency key returns the
 * first message instead of posting again (what a Discord nonce or the Slack metadata check does).
 * `failures` are thrown, in order, before any post succeeds.
 */
export class RecordingSender implements ReplySender {
  readonly posts: Post[] = [];
  readonly attempts: { channelId: string; key: string }[] = [];
  failures: SendFailure[] = [];
  /** Resolves never after recording the post: the process "died" before hearing back. */
  hangAfterPosting = false;
  /** Resolves never before posting: the process "died" on the way out. */
  hangBeforePosting = false;
  private next = 1;

  constructor(
    readonly platform: 'slack' | 'discord' = 'slack',
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async post(channelId: string, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }> {
    this.attempts.push({ channelId, key: idempotencyKey });
    const failure = this.failures.shift();
    if (failure) throw new SendError(failure);
    if (this.hangBeforePosting) return new Promise(() => undefined);
    const seen = this.posts.find((p) => p.key === idempotencyKey);
    const post = seen ?? {
      channelId,
      reply,
      key: idempotencyKey,
      messageId: `m${this.next++}`,
      at: this.clock().toISOString(),
    };
    if (!seen) this.posts.push(post);
    if (this.hangAfterPosting) return new Promise(() => undefined);
    return { messageId: post.messageId };
  }

  in(channelId: string): Post[] {
    return this.posts.filter((p) => p.channelId === channelId);
  }
}

export class FakeClock {
  constructor(private t: number) {}
  now = (): Date => new Date(this.t);
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export function tempDir(prefix = 'digests-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A logger that keeps warnings, to check that a skip or a pause was reported. */
export function capturingLogger() {
  const lines: { level: string; msg: string; obj: unknown }[] = [];
  const log = silentLogger.child({});
  const capture =
    (level: string) =>
    (obj: unknown, msg?: string): void => {
      lines.push({ level, msg: typeof obj === 'string' ? obj : (msg ?? ''), obj });
    };
  Object.assign(log, {
    warn: capture('warn'),
    error: capture('error'),
    info: capture('info'),
    child: () => log,
  });
  return { log, lines };
}

/**
 * A platform like Slack: it posts every time it is asked (no server-side dedupe), but the bot
 * can look its earlier posts up by idempotency key in the channel's history.
 */
export class HistorySender extends RecordingSender {
  readonly lookups: string[] = [];

  override async post(
    channelId: string,
    reply: Reply,
    idempotencyKey: string,
  ): Promise<{ messageId: string }> {
    // A distinct key per call defeats the parent's dedupe: this platform keeps every post.
    const res = super.post(channelId, reply, `${idempotencyKey}#${this.attempts.length}`);
    const last = this.posts[this.posts.length - 1];
    if (last) last.key = idempotencyKey;
    return res;
  }

  async findPosted(channelId: string, idempotencyKey: string): Promise<{ messageId: string } | null> {
    this.lookups.push(idempotencyKey);
    const hit = this.posts.find((p) => p.channelId === channelId && p.key === idempotencyKey);
    return hit ? { messageId: hit.messageId } : null;
  }
}
