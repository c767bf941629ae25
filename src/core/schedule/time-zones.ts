import { closest } from '../text/fuzzy';
import type { Parsed } from './parse-time';

let zoneList: string[] | null = null;

/** Every zone name Intl knows, plus UTC (which supportedValuesOf leaves out). */
export function timeZoneNames(): string[] {
  zoneList ??= ['UTC', ...Intl.supportedValuesOf('timeZone')];
  return zoneList;
}

/**
 * Abbreviations name an offset, not a place: ICU reads EST as Panama (no daylight saving) and
 * CET as Brussels, which would quietly move a digest by an hour for half the year.
 */
const ABBREVIATIONS: Record<string, string[]> = {
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  EST: ['America/New_York'],
  EDT: ['America/New_York'],
  ET: ['America/New_York'],
  CST: ['America/Chicago', 'Asia/Shanghai'],
  CDT: ['America/Chicago'],
  CT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver'],
  PST: ['America/Los_Angeles'],
  PDT: ['America/Los_Angeles'],
  PT: ['America/Los_Angeles'],
  BST: ['Europe/London'],
  CET: ['Europe/Berlin', 'Europe/Paris', 'Europe/Brussels'],
  CEST: ['Europe/Berlin', 'Europe/Paris'],
  IST: ['Asia/Kolkata', 'Europe/Dublin'],
  AEST: ['Australia/Sydney'],
  AEDT: ['Australia/Sydney'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
};

const canonical = (zone: string): string | null => {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
};

const city = (zone: string): string => (zone.split('/').pop() ?? zone).toLowerCase();

/**
 * An IANA zone from what someone typed: `Asia/Tokyo`, `asia/tokyo`, `Tokyo`, `new york`, `UTC`.
 * A near miss (`Asia/Tokio`) or an abbreviation (`JST`) gets the zone names that would work.
 */
export function resolveTimeZone(input: string): Parsed<string> {
  const typed = input.trim().replace(/\s+/g, '_');
  const shown = input.trim().slice(0, 40);
  const upper = typed.toUpperCase();
  if (upper === 'UTC' || upper === 'GMT' || upper === 'Z') return { ok: true, value: 'UTC' };
  const abbreviation = ABBREVIATIONS[upper];
  if (abbreviation) {
    return {
      ok: false,
      message: `“${shown}” is an abbreviation, which does not follow daylight saving reliably. Use a place name such as ${abbreviation.join(' or ')}.`,
      suggestions: abbreviation,
    };
  }
  const names = timeZoneNames();
  if (typed.includes('/')) {
    const known = names.find((z) => z.toLowerCase() === typed.toLowerCase());
    if (known) return { ok: true, value: known };
    // Older aliases (US/Eastern, Asia/Calcutta) are still valid IANA links.
    const alias = /^[A-Za-z_+\-0-9/]+$/.test(typed) ? canonical(typed) : null;
    if (alias?.includes('/')) return { ok: true, value: alias };
  } else {
    const byCity = names.filter((z) => city(z) === typed.toLowerCase());
    if (byCity.length === 1) return { ok: true, value: byCity[0]! };
  }
  const near = [
    ...closest(typed, names, 3),
    ...closest(city(typed), names.map(city), 3).map((c) => names.find((z) => city(z) === c)!),
  ];
  const suggestions = [...new Set(near)].slice(0, 3);
  return {
    ok: false,
    message: `“${shown}” is not a time zone I know.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} Use an IANA name such as Asia/Tokyo, America/New_York or UTC.`,
    suggestions: suggestions.length ? suggestions : ['Asia/Tokyo', 'America/New_York', 'UTC'],
  };
}
