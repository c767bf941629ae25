import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack refuses to sign further than this from now; so do we, in both directions. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

export type Verdict =
  | { ok: true; signature: string; timestamp: number }
  | {
      ok: false;
      reason:
        | 'missing headers'
        | 'malformed timestamp'
        | 'stale'
        | 'future-dated'
        | 'malformed signature'
        | 'signature mismatch';
    };

export interface SignedRequest {
  body: Buffer;
  timestamp: string | undefined;
  signature: string | undefined;
}

/**
 * Checks Slack's v0 request signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing
 * secret, compared in constant time, and a timestamp within five minutes of now — before or after,
 * because a future-dated signature would otherwise stay replayable for longer than the window.
 */
export function verifySignature(secret: string, req: SignedRequest, nowMs: number): Verdict {
  if (!req.timestamp || !req.signature) return { ok: false, reason: 'missing headers' };
  if (!/^\d{1,12}$/.test(req.timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const timestamp = Number(req.timestamp);
  const skew = Math.floor(nowMs / 1000) - timestamp;
  if (skew > TIMESTAMP_TOLERANCE_SECONDS) return { ok: false, reason: 'stale' };
  if (skew < -TIMESTAMP_TOLERANCE_SECONDS) return { ok: false, reason: 'future-dated' };
  const match = /^v0=([0-9a-f]{64})$/.exec(req.signature);
  if (!match) return { ok: false, reason: 'malformed signature' };
  const expected = createHmac('sha256', secret).update(`v0:${req.timestamp}:`).update(req.body).digest();
  const given = Buffer.from(match[1]!, 'hex');
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: 'signature mismatch' };
  return { ok: true, signature: req.signature, timestamp };
}

/** Signs a body exactly as Slack does (for the local fake and the benchmark). */
export function signBody(secret: string, body: string | Buffer, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}
