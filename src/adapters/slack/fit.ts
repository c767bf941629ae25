/**
 * Fitting escaped text into Slack's per-field limits. Everything here works on text that has
 * already been escaped, so a cut never splits an entity such as `&amp;` (which would show as
 * garbage) nor a surrogate pair; a cut inside a word is always marked with `…`.
 */

const ELLIPSIS = '…';

/** A safe place to cut at or before `at`: not inside `&…;` and not between surrogate halves. */
function safeCut(text: string, at: number): number {
  let cut = Math.min(at, text.length);
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp < 6) {
    const semi = text.indexOf(';', amp);
    if (semi >= cut) cut = amp;
  }
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

/** Cuts `text` to at most `max` characters at a word boundary, adding `…` whenever anything was dropped. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const hard = safeCut(text, room);
  const space = text.slice(0, hard + 1).search(/\s\S*$/);
  const cut = space > room / 2 ? space : hard;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Splits `text` into pieces of at most `max` characters, preferring paragraph breaks, then line
 * breaks, then spaces. A single word longer than `max` is cut with `…` at the end of one piece
 * and the start of the next, so the reader sees it continues.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const sep of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(sep);
      if (at > max / 4) {
        cut = at;
        break;
      }
    }
    if (cut > 0) {
      pieces.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    } else {
      const start = rest.startsWith(ELLIPSIS) ? ELLIPSIS.length : 0;
      let hard = safeCut(rest, max - ELLIPSIS.length);
      // Always move forward, even when `max` is too small for an entity (only in tests of tiny limits).
      if (hard <= start) hard = Math.max(rest.indexOf(';', start) + 1, start + 1);
      pieces.push(`${rest.slice(0, hard)}${ELLIPSIS}`);
      rest = `${ELLIPSIS}${rest.slice(hard)}`;
    }
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
