/**
 * Raw bytes → article text, or the reason the file cannot be read as an article. Everything a
 * reader would not consider part of the text (BOM, CRLF) is normalised here so later stages
 * see one line-ending convention.
 */

/** News articles are kilobytes; anything far bigger is a dump or a mistake, not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const megabytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

export function tooBigReason(bytes: number): string {
  return `file is ${megabytes(bytes)}, over the ${megabytes(MAX_ARTICLE_BYTES)} cap for one article; not read`;
}

/** Text files have no NUL bytes and few control characters; sample the start, which is where binary headers live. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Byte offset of the first invalid UTF-8 sequence, so the problem message can point at it. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Line endings and a leading byte-order mark are normalised; everything else is kept as written. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

export function decodeArticle(raw: string | Uint8Array): Decoded {
  if (typeof raw === 'string') {
    if (raw.length > MAX_ARTICLE_BYTES) return { ok: false, reason: tooBigReason(Buffer.byteLength(raw)) };
    if (raw.includes('\u0000')) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
    return checkText(normaliseText(raw));
  }
  if (raw.length === 0) return { ok: false, reason: 'empty file' };
  if (raw.length > MAX_ARTICLE_BYTES) return { ok: false, reason: tooBigReason(raw.length) };
  if (looksBinary(raw)) return { ok: false, reason: 'binary file (contains NUL or control bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return {
      ok: false,
      reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(raw)}); save the file as UTF-8`,
    };
  }
  return checkText(normaliseText(text));
}

function checkText(text: string): Decoded {
  if (text.length === 0) return { ok: false, reason: 'empty file' };
  if (text.trim().length === 0) return { ok: false, reason: 'file holds only whitespace' };
  return { ok: true, text };
}
