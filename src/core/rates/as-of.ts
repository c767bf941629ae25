import * as chrono from 'chrono-node';
import { UserError } from '../errors';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Shows what the user typed without letting it act as markup or a mention. */
function safe(input: string): string {
  const flat = input
    .replace(/[<>@`*_~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/**
 * The day `--as-of` names: an ISO day, or words like "July 1" or "1 Aug 2025" read against the
 * newest article's date; a month alone means its last day ("as of July" = how July ended).
 */
export function parseAsOf(input: string, reference: string | null): string {
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const d = new Date(`${text}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text) return text;
    throw new UserError(`"${safe(text)}" is not a calendar day — try a date such as 2025-07-01.`, [
      'rates --as-of 2025-07-01',
    ]);
  }
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date();
  const results = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  const r = results[0];
  if (r && r.text.length >= text.length - 2) {
    const s = r.start;
    if (s.isCertain('day') || /\b(?:today|yesterday|now)\b/i.test(text))
      return s.date().toISOString().slice(0, 10);
    if (s.isCertain('month')) {
      const d = s.date();
      return lastDayOfMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
    }
  }
  throw new UserError(
    `I could not read "${safe(text)}" as a date — try a day such as 2025-07-01 or "July 1".`,
    ['rates --as-of 2025-07-01'],
  );
}
