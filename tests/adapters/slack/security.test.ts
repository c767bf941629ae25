import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryReplayGuard } from '../../../src/adapters/slack/replay-guard';
import { signBody, verifySignature } from '../../../src/adapters/slack/verify-signature';
import { postToBot, sign, slashCommand } from '../../fakes/slack-requests';
import { type Harness, SECRET, startHarness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const now = () => Math.floor(Date.now() / 1000);

/** Gives the bot time to (wrongly) act on a refused request before checking it did nothing. */
async function expectNothingRan(harness: Harness): Promise<void> {
  await new Promise((r) => setTimeout(r, 150));
  expect(harness.slack.responses).toHaveLength(0);
  expect(harness.slack.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
}

describe('requests that are not from Slack are refused before anything runs', () => {
  it('refuses a forged signature with 401', async () => {
    h = await startHarness();
    const body = slashCommand({ text: 'latest', response_url: h.slack.responseUrl() });
    const forged = await postToBot(h.url, body, { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const garbage = await postToBot(h.url, body, { secret: SECRET, signature: 'v0=abc' });
    expect(garbage.status).toBe(401);
    await expectNothingRan(h);
  });

  it('refuses a correctly signed request whose body was altered', async () => {
    h = await startHarness();
    const original = slashCommand({ text: 'latest', response_url: h.slack.responseUrl() });
    const ts = now();
    const tampered = { ...original, raw: original.raw.replace('latest', 'help') };
    const res = await postToBot(h.url, tampered, {
      secret: SECRET,
      timestamp: ts,
      signature: sign(SECRET, original.raw, ts),
    });
    expect(res.status).toBe(401);
    await expectNothingRan(h);
  });

  it('refuses a request more than five minutes old', async () => {
    h = await startHarness();
    const res = await postToBot(
      h.url,
      slashCommand({ text: 'latest', response_url: h.slack.responseUrl() }),
      {
        secret: SECRET,
        timestamp: now() - 6 * 60,
      },
    );
    expect(res.status).toBe(401);
    await expectNothingRan(h);
  });

  it('refuses a request dated more than five minutes in the future', async () => {
    h = await startHarness();
    const res = await postToBot(
      h.url,
      slashCommand({ text: 'latest', response_url: h.slack.responseUrl() }),
      {
        secret: SECRET,
        timestamp: now() + 6 * 60,
      },
    );
    expect(res.status).toBe(401);
    await expectNothingRan(h);
  });

  it('accepts clock skew within the window', async () => {
    h = await startHarness();
    const res = await postToBot(
      h.url,
      slashCommand({ text: 'help', response_url: h.slack.responseUrl('skew') }),
      {
        secret: SECRET,
        timestamp: now() + 4 * 60,
      },
    );
    expect(res.status).toBe(200);
    await h.slack.waitForResponse((r) => r.id === 'skew');
  });

  it('answers a request once and refuses the same signed request replayed', async () => {
    h = await startHarness();
    const body = slashCommand({ text: 'help', response_url: h.slack.responseUrl('once') });
    const first = await postToBot(h.url, body, { secret: SECRET });
    expect(first.status).toBe(200);
    await h.slack.waitForResponse((r) => r.id === 'once');
    const replay = await postToBot(h.url, body, { secret: SECRET, headers: first.headers });
    expect(replay.status).toBe(401);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.slack.responses).toHaveLength(1);
  });

  it('answers Slack’s unsigned certificate check without running anything', async () => {
    h = await startHarness();
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=x',
    });
    expect(res.status).toBe(200);
    const smuggled = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `command=%2Ftariffs&text=latest&response_url=${encodeURIComponent(h.slack.responseUrl())}&ssl_check=1`,
    });
    expect(smuggled.status).toBe(401);
    await expectNothingRan(h);
  });

  it('refuses an oversized body with 413 before reading it all', async () => {
    h = await startHarness();
    const big = slashCommand({
      text: `latest ${'x'.repeat(70 * 1024)}`,
      response_url: h.slack.responseUrl(),
    });
    const res = await postToBot(h.url, big, { secret: SECRET });
    expect(res.status).toBe(413);
    await expectNothingRan(h);
  });

  it('refuses an oversized body sent without a length (chunked) with 413', async () => {
    h = await startHarness();
    const url = new URL(h.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(16 * 1024, 'a');
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    await expectNothingRan(h);
  });
});

describe('signature checking', () => {
  const body = Buffer.from('token=x&text=latest');
  const at = 1_750_000_000;

  it('accepts exactly what Slack signs and names why anything else is refused', () => {
    const signature = signBody(SECRET, body, at);
    expect(signature).toBe(sign(SECRET, body.toString(), at));
    const check = (over: Partial<{ timestamp: string; signature: string }>, nowS = at) =>
      verifySignature(SECRET, { body, timestamp: String(at), signature, ...over }, nowS * 1000);
    expect(check({})).toEqual({ ok: true, signature, timestamp: at });
    expect(check({}, at + 301)).toEqual({ ok: false, reason: 'stale' });
    expect(check({}, at - 301)).toEqual({ ok: false, reason: 'future-dated' });
    expect(check({ timestamp: '17e8' })).toEqual({ ok: false, reason: 'malformed timestamp' });
    expect(check({ signature: 'v1=00' })).toEqual({ ok: false, reason: 'malformed signature' });
    expect(check({ signature: `v0=${'0'.repeat(64)}` })).toEqual({ ok: false, reason: 'signature mismatch' });
  });
});

describe('the in-memory replay guard', () => {
  it('remembers a signature until it expires, then forgets it', async () => {
    let clock = 1_000;
    const guard = new MemoryReplayGuard(() => clock);
    expect(await guard.seen('sig', new Date(2_000))).toBe(false);
    expect(await guard.seen('sig', new Date(2_000))).toBe(true);
    clock = 2_001;
    expect(await guard.seen('sig', new Date(3_000))).toBe(false);
  });

  it('keeps its memory bounded', async () => {
    const guard = new MemoryReplayGuard(() => 0, 500);
    for (let i = 0; i < 5_000; i++) await guard.seen(`s${i}`, new Date(10_000));
    expect(guard.size).toBeLessThanOrEqual(500);
  });
});
