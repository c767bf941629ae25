import { connect, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/app/bot';
import { type Harness, SECRET, startHarness } from '../adapters/slack/harness';
import { sign, slashCommand } from '../fakes/slack-requests';

/**
 * Issue 18, item 7, over loopback against the real receiver: a client that disconnects mid-body
 * was logged at error level with a stack (any unauthenticated client could flood the error log),
 * and a body trickled in byte by byte was held ~42 s though the limit was 15 s, because Node only
 * checks its request timeout when it sweeps connections every 30 s. The limit is shortened to
 * 1 s here so the test does not wait out 15 s; the bounds below leave a loaded box many times it.
 */

const LIMIT_MS = 1_000;
const lines: Record<string, unknown>[] = [];
let h: Harness;

beforeAll(async () => {
  const log = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  const bot = await Bot.start({ seedsDir: 'seeds', log, now: () => new Date('2025-06-08T00:00:00Z') });
  h = await startHarness({ bot, requestTimeoutMs: LIMIT_MS });
}, 30_000);
afterAll(() => h.close());

/** Opens a connection and sends a signed request's head announcing the whole body's length. */
function openRequest(): { socket: Socket; body: Buffer; closed: Promise<string> } {
  const b = slashCommand({ text: 'help', response_url: h.slack.responseUrl('slow') });
  const ts = Math.floor(Date.now() / 1000);
  const url = new URL(h.url);
  const socket = connect(Number(url.port), url.hostname);
  let received = '';
  socket.on('data', (d) => {
    received += d.toString('latin1');
  });
  const closed = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(received));
    socket.on('error', () => undefined);
  });
  socket.write(
    `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: ${b.contentType}\r\nX-Slack-Request-Timestamp: ${ts}\r\nX-Slack-Signature: ${sign(SECRET, b.raw, ts)}\r\nContent-Length: ${Buffer.byteLength(b.raw)}\r\n\r\n`,
  );
  return { socket, body: Buffer.from(b.raw), closed };
}

async function until(test: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
}

describe('a Slack request whose body does not arrive whole', () => {
  it('is dropped with a warning without a stack when the client disconnects mid-body', async () => {
    const before = lines.length;
    const { socket, body, closed } = openRequest();
    socket.write(body.subarray(0, 10));
    await until(() => false, 100);
    socket.destroy();
    await closed;
    await until(() => lines.slice(before).some((l) => (l.level as number) >= 40), 10_000);
    const logged = lines.slice(before).filter((l) => (l.level as number) >= 40);
    expect(logged.map((l) => [l.level, l.msg])).toEqual([
      [40, 'slack request dropped: the client closed the connection mid-body'],
    ]);
    expect(logged[0]).not.toHaveProperty('err');
    expect(typeof logged[0]?.requestId).toBe('string');
  });

  it('is cut off while a client trickles in its headers', async () => {
    const url = new URL(h.url);
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    let open = true;
    socket.on('data', (d) => {
      received += d.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      open = false;
    });
    const head = Buffer.from(
      `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nX-Padding: ${'x'.repeat(600)}\r\n\r\n`,
    );
    let sent = 0;
    // One byte each 100 ms: the head alone would take over a minute.
    while (open && sent < head.length) {
      socket.write(head.subarray(sent, sent + 1));
      sent += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Cut off long before the old 10 s header limit (enforced only at a 30 s sweep).
    expect(sent).toBeLessThan(100);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  }, 60_000);

  it('is cut off at the request deadline while a client trickles it in', async () => {
    const before = lines.length;
    const { socket, body, closed } = openRequest();
    let sent = 0;
    let open = true;
    void closed.then(() => {
      open = false;
    });
    // One byte each 100 ms: the whole body would take about a minute.
    while (open && sent < body.length) {
      socket.write(body.subarray(sent, sent + 1));
      sent += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
    const response = await closed;
    // Cut off long before the 15 s a default limit would allow, let alone the old ~42 s.
    expect(sent).toBeLessThan(150);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    const logged = lines.slice(before).filter((l) => (l.level as number) >= 40);
    expect(logged.map((l) => [l.level, l.msg])).toEqual([
      [40, 'slack request refused: body not received in time'],
    ]);
    expect(h.slack.responses.filter((r) => r.id === 'slow')).toEqual([]);
  }, 60_000);
});
