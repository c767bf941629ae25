import { z } from 'zod';
import { UserError } from '../src/core/errors';
import { looksLikeTime } from '../src/core/schedule/parse-time';

/**
 * A person or topic to filter a digest on. Letters, digits and a little punctuation only: the
 * value is shown back in every digest, so it can never carry a mention or markup.
 */
export const filterTerm = (what: string, example: string) =>
  z
    .string()
    .trim()
    .max(60, { error: `${what} is too long (at most 60 characters).` })
    .regex(/^[\p{L}\p{N} .'’-]*$/u, {
      error: `${what} may use letters, digits, spaces, dots, apostrophes and hyphens — for example ${example}.`,
    })
    .optional()
    .transform((v) => (v === '' ? undefined : v));

const KEYS: Record<string, 'time' | 'timezone' | 'person' | 'topic' | 'quiet' | 'thread'> = {
  time: 'time',
  at: 'time',
  timezone: 'timezone',
  zone: 'timezone',
  tz: 'timezone',
  in: 'timezone',
  person: 'person',
  who: 'person',
  topic: 'topic',
  about: 'topic',
  quiet: 'quiet',
  thread: 'thread',
  threads: 'thread',
  threaded: 'thread',
};

/** Switches: a bare word turns them on, and an on/off (yes/no) may follow or be attached. */
const SWITCH_VALUES = ['yes', 'no', 'true', 'false', 'on', 'off'];

/**
 * `subscribe 18:30 America/New_York person:Bessent topic:autos quiet thread:off`: a time
 * (first, if it looks like one), a zone (the other plain words, so `New York` works), named
 * filters as `person:X`, `--person X` or `person X`, and switches (`quiet`, `thread:off`).
 */
export function parseSubscribeText(words: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const zone: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const named = /^(?:--)?([a-z]+)(?:[:=](.*))?$/i.exec(word);
    const key = named ? KEYS[named[1]!.toLowerCase()] : undefined;
    if (named && key) {
      const explicit = named[2];
      if (key === 'quiet' || key === 'thread') {
        const next = words[i + 1]?.toLowerCase();
        if (explicit === undefined && next && SWITCH_VALUES.includes(next)) {
          out[key] = next;
          i++;
        } else out[key] = explicit === undefined ? 'yes' : explicit.toLowerCase();
        continue;
      }
      // A bare `in` or `at` is only a keyword when a value follows it.
      const value = explicit ?? (word.includes(':') || word.includes('=') ? '' : words[++i]);
      if (value === undefined || value === '')
        throw new UserError(`${named[1]} needs a value, e.g. ${key}:${example(key)}.`);
      out[key] = value;
      continue;
    }
    if (out.time === undefined && zone.length === 0 && looksLikeTime(word)) out.time = word;
    else zone.push(word);
  }
  if (zone.length > 0) {
    if (out.timezone !== undefined)
      throw new UserError(`I did not expect "${zone.join(' ').slice(0, 40)}" here.`);
    out.timezone = zone.join(' ');
  }
  return out;
}

const example = (key: string): string =>
  ({ time: '08:00', timezone: 'Asia/Tokyo', person: 'Bessent', topic: 'autos' })[key] ?? 'yes';
