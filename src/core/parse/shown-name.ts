/**
 * A file name from the article folder as it may be shown to a person (console, chat, logs):
 * characters that would break a line, drive a terminal or reorder text are written as escapes,
 * so "a\nb.txt" shows as one line, `a\nb.txt`. Backslash is escaped too, so two different names
 * never show (or key an article) the same. Names of ordinary characters are returned unchanged.
 */
export function shownFileName(name: string): string {
  return UNSAFE.test(name) ? name.replace(UNSAFE_ALL, escapeOne) : name;
}

// C0 and C1 controls, DEL, line/paragraph separators, and the bidirectional marks and overrides.
const UNSAFE_CHARS = '\\\\\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[${UNSAFE_CHARS}]`);
const UNSAFE_ALL = new RegExp(`[${UNSAFE_CHARS}]`, 'g');

const NAMED: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeOne = (c: string): string => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
