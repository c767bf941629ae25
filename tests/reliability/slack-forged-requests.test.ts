import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, SECRET, startHarness } from '../adapters/slack/harness';
import { type Body, postToBot, sign, slashCommand } from '../fakes/slack-requests';

/**
 * Forged, stale, malformed and oversized requests to the Slack endpoint, beyond the ones in
 * tests/adapters/slack/security.test.ts (forged/garbage signature, body altered after signing,
 * ±6 minutes, replay, unsigned ssl_check smuggling, 70 KB and chunked bodies). One server takes
 * them all in turn: none may run a command or post anything, none may take the server down, and a
 * valid request is answered afterwards.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 30_000);
afterAll(() => h.close());

const now = () => Math.floor(Date.now() / 1000);
const latest = () => slashCommand({ text: 'latest', response_url: h.slack.responseUrl('forged') });

/** Sends bytes as they are, for what fetch refuses to send (CR/LF or UTF-8 in headers, duplicates). */
function rawRequest(head: string, body: Buffer | string): Promise<string> {
  const url = new URL(h.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let out = '';
    socket.on('data', (d) => {
      out += d.toString('latin1');
    });
    socket.on('end', () => resolve(out));
    socket.on('close', () => resolve(out));
    socket.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'ECONNRESET' ? resolve(out) : reject(err),
    );
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    socket.write(
      Buffer.concat([
        Buffer.from(
          `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n${head}Content-Length: ${bytes.length}\r\n\r\n`,
          'utf8',
        ),
        bytes,
      ]),
    );
  });
}

const statusOf = (raw: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1] ?? 0);

async function post(body: Body, headers: Record<string, string>): Promise<number> {
  const res = await fetch(h.url, { method: 'POST', headers, body: body.raw });
  await res.text();
  return res.status;
}

const signedHeaders = (body: Body, ts = now(), extra: Record<string, string> = {}) => ({
  'content-type': body.contentType,
  'x-slack-request-timestamp': String(ts),
  'x-slack-signature': sign(SECRET, body.raw, ts),
  ...extra,
});

type Attempt = { kind: string; send: () => Promise<number>; status: number | number[] };

const attempts: Attempt[] = [
  {
    kind: 'right HMAC under a v1= version prefix',
    send: () => {
      const b = latest();
      const ts = now();
      return post(
        b,
        signedHeaders(b, ts, { 'x-slack-signature': sign(SECRET, b.raw, ts).replace('v0=', 'v1=') }),
      );
    },
    status: 401,
  },
  {
    kind: 'right HMAC without any version prefix',
    send: () => {
      const b = latest();
      const ts = now();
      return post(b, signedHeaders(b, ts, { 'x-slack-signature': sign(SECRET, b.raw, ts).slice(3) }));
    },
    status: 401,
  },
  {
    kind: 'right HMAC in upper-case hex',
    send: () => {
      const b = latest();
      const ts = now();
      const s = sign(SECRET, b.raw, ts);
      return post(b, signedHeaders(b, ts, { 'x-slack-signature': `v0=${s.slice(3).toUpperCase()}` }));
    },
    status: 401,
  },
  {
    kind: 'HMAC with its last hex digit changed',
    send: () => {
      const b = latest();
      const ts = now();
      const s = sign(SECRET, b.raw, ts);
      return post(
        b,
        signedHeaders(b, ts, { 'x-slack-signature': `${s.slice(0, -1)}${s.endsWith('0') ? '1' : '0'}` }),
      );
    },
    status: 401,
  },
  {
    kind: 'HMAC truncated to 32 hex digits',
    send: () => {
      const b = latest();
      const ts = now();
      return post(b, signedHeaders(b, ts, { 'x-slack-signature': sign(SECRET, b.raw, ts).slice(0, 35) }));
    },
    status: 401,
  },
  {
    kind: 'no signature header',
    send: () => {
      const b = latest();
      const { 'x-slack-signature': _s, ...rest } = signedHeaders(b);
      return post(b, rest);
    },
    status: 401,
  },
  {
    kind: 'no timestamp header',
    send: () => {
      const b = latest();
      const { 'x-slack-request-timestamp': _t, ...rest } = signedHeaders(b);
      return post(b, rest);
    },
    status: 401,
  },
  {
    kind: 'no Slack headers at all',
    send: () => post(latest(), { 'content-type': 'application/x-www-form-urlencoded' }),
    status: 401,
  },
  {
    kind: 'non-numeric timestamp, signed as sent',
    send: () => {
      const b = latest();
      return post(b, {
        'content-type': b.contentType,
        'x-slack-request-timestamp': 'now',
        'x-slack-signature': `v0=${sign(SECRET, b.raw, 0).slice(3)}`,
      });
    },
    status: 401,
  },
  {
    kind: 'fractional timestamp, signed as sent',
    send: () => {
      const b = latest();
      const ts = `${now()}.5`;
      const signature = sign(SECRET, b.raw, ts as unknown as number);
      return post(b, {
        'content-type': b.contentType,
        'x-slack-request-timestamp': ts,
        'x-slack-signature': signature,
      });
    },
    status: 401,
  },
  {
    kind: 'timestamp zero (the epoch)',
    send: () => {
      const b = latest();
      return post(b, signedHeaders(b, 0));
    },
    status: 401,
  },
  {
    kind: 'signature for one timestamp sent under another inside the window',
    send: () => {
      const b = latest();
      const ts = now();
      return post(b, signedHeaders(b, ts, { 'x-slack-request-timestamp': String(ts - 30) }));
    },
    status: 401,
  },
  {
    kind: 'body truncated after signing (the form cut mid-field)',
    send: () => {
      const b = latest();
      const headers = signedHeaders(b);
      return post({ ...b, raw: b.raw.slice(0, Math.floor(b.raw.length / 2)) }, headers);
    },
    status: 401,
  },
  {
    kind: 'a second command field appended after signing',
    send: () => {
      const b = latest();
      const headers = signedHeaders(b);
      return post({ ...b, raw: `${b.raw}&text=help` }, headers);
    },
    status: 401,
  },
  {
    kind: '1 MB body, correctly signed',
    send: () => {
      const b = slashCommand({
        text: `latest ${'x'.repeat(1024 * 1024)}`,
        response_url: h.slack.responseUrl('forged'),
      });
      return post(b, signedHeaders(b));
    },
    status: 413,
  },
  {
    kind: 'empty body, unsigned',
    send: () =>
      post(
        { contentType: 'application/x-www-form-urlencoded', raw: '' },
        {
          'content-type': 'application/x-www-form-urlencoded',
        },
      ),
    status: 401,
  },
  {
    kind: 'empty body signed with the wrong secret',
    send: () => {
      const ts = now();
      return post(
        { contentType: 'application/x-www-form-urlencoded', raw: '' },
        {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign('guess', '', ts),
        },
      );
    },
    status: 401,
  },
  {
    kind: 'JSON where a form is expected, signed with the wrong secret',
    send: () => {
      const raw = JSON.stringify({
        command: '/tariffs',
        text: 'latest',
        response_url: h.slack.responseUrl('forged'),
      });
      const ts = now();
      return post(
        { contentType: 'application/x-www-form-urlencoded', raw },
        {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign('guess', raw, ts),
        },
      );
    },
    status: 401,
  },
  {
    kind: 'header injection: CR LF inside the timestamp header',
    send: async () => {
      const b = latest();
      const ts = now();
      return statusOf(
        await rawRequest(
          `Content-Type: ${b.contentType}\r\nX-Slack-Request-Timestamp: ${ts}\rX-Slack-Signature: ${sign(SECRET, b.raw, ts)}\r\n`,
          b.raw,
        ),
      );
    },
    status: [0, 400],
  },
  {
    kind: 'unicode in the signature',
    send: async () => {
      const b = latest();
      const ts = now();
      const sig = `v0=${'é'.repeat(32)}${sign(SECRET, b.raw, ts).slice(35)}`;
      return statusOf(
        await rawRequest(
          `Content-Type: ${b.contentType}\r\nX-Slack-Request-Timestamp: ${ts}\r\nX-Slack-Signature: ${sig}\r\n`,
          b.raw,
        ),
      );
    },
    status: [0, 400, 401],
  },
  {
    kind: 'a forged signature header sent twice beside the real one',
    send: async () => {
      const b = slashCommand({ text: 'latest', response_url: h.slack.responseUrl('forged') });
      const ts = now();
      return statusOf(
        await rawRequest(
          `Content-Type: ${b.contentType}\r\nX-Slack-Request-Timestamp: ${ts}\r\nX-Slack-Signature: v0=${'0'.repeat(64)}\r\nX-Slack-Signature: ${sign(SECRET, b.raw, ts)}\r\n`,
          b.raw,
        ),
      );
    },
    status: [400, 401],
  },
  {
    kind: 'content-length larger than the body sent (a truncated upload)',
    send: async () => {
      const b = latest();
      const ts = now();
      const url = new URL(h.url);
      return new Promise<number>((resolve) => {
        const socket = connect(Number(url.port), url.hostname);
        let out = '';
        socket.on('data', (d) => {
          out += d.toString('latin1');
        });
        socket.on('close', () => resolve(statusOf(out)));
        socket.on('error', () => resolve(statusOf(out)));
        socket.write(
          `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: ${b.contentType}\r\nX-Slack-Request-Timestamp: ${ts}\r\nX-Slack-Signature: ${sign(SECRET, b.raw, ts)}\r\nContent-Length: ${b.raw.length + 100}\r\n\r\n${b.raw}`,
        );
        // The client gives up half-way, as a dropped connection does.
        setTimeout(() => socket.end(), 100);
      });
    },
    status: [0, 400],
  },
];

describe('a Slack endpoint under forged and malformed requests', () => {
  it(`refuses all ${attempts.length} kinds, runs nothing, posts nothing, and still answers Slack afterwards`, async () => {
    const seen: Record<string, number> = {};
    for (const a of attempts) seen[a.kind] = await a.send();
    const wrong = attempts.filter((a) => ![a.status].flat().includes(seen[a.kind]!));
    expect(wrong.map((a) => `${a.kind}: got ${seen[a.kind]}, expected ${a.status}`)).toEqual([]);
    // Give the bot time to (wrongly) act on anything before looking.
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.responses).toHaveLength(0);
    expect(h.slack.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);

    const good = slashCommand({ text: 'help', response_url: h.slack.responseUrl('after') });
    const res = await postToBot(h.url, good, { secret: SECRET });
    expect(res.status).toBe(200);
    await h.slack.waitForResponse((r) => r.id === 'after');
    expect((await fetch(h.url.replace('/slack/events', '/healthz'))).status).toBe(200);
  }, 30_000);

  it('refuses correctly signed bodies it cannot read as a Slack request, running nothing', async () => {
    const before = h.slack.responses.length;
    const ts = now();
    const forms: [string, string][] = [
      ['application/x-www-form-urlencoded', ''],
      ['application/x-www-form-urlencoded', JSON.stringify({ command: '/tariffs', text: 'latest' })],
      ['text/plain', 'command=%2Ftariffs&text=latest'],
      ['application/json', '{"type":"event_callback","event":'],
      ['application/x-www-form-urlencoded', 'payload=%7Bnot-json'],
    ];
    for (const [contentType, raw] of forms) {
      const res = await fetch(h.url, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign(SECRET, raw, ts),
        },
        body: raw,
      });
      await res.text();
      // Bolt answers an empty or JSON form 404 only after its 3 s unhandled-request wait.
      expect(res.status, `${contentType} ${raw}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${contentType} ${raw}`).toBeLessThan(500);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.responses.length).toBe(before);
    const good = slashCommand({ text: 'help', response_url: h.slack.responseUrl('after-malformed') });
    expect((await postToBot(h.url, good, { secret: SECRET })).status).toBe(200);
    await h.slack.waitForResponse((r) => r.id === 'after-malformed');
  }, 30_000);
});
