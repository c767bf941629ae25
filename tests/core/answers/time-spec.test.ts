import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors';
import { parseSince } from '../../../src/core/time-spec';

const now = new Date('2025-06-08T12:00:00Z');
const since = (s: string, at = now) => parseSince(s, at).toISOString();

describe('reading "since when" for digests', () => {
  it('reads spans in hours, days and weeks', () => {
    expect(since('24h')).toBe('2025-06-07T12:00:00.000Z');
    expect(since('7d')).toBe('2025-06-01T12:00:00.000Z');
    expect(since('2w')).toBe('2025-05-25T12:00:00.000Z');
    expect(since('3 days')).toBe('2025-06-05T12:00:00.000Z');
  });

  it('reads ISO and written dates as the start of that day in UTC', () => {
    expect(since('2025-06-01')).toBe('2025-06-01T00:00:00.000Z');
    expect(since('June 1')).toBe('2025-06-01T00:00:00.000Z');
    expect(since('since June 1')).toBe('2025-06-01T00:00:00.000Z');
    expect(since('yesterday')).toBe('2025-06-07T00:00:00.000Z');
  });

  it('takes a month and day without a year as the last one that has passed', () => {
    expect(since('June 1', new Date('2026-01-05T00:00:00Z'))).toBe('2025-06-01T00:00:00.000Z');
  });

  it('rejects what it cannot read, naming the forms that work', () => {
    for (const bad of ['yesterdayish', '2025-02-30', 'soon', '7 fortnights', '']) {
      expect(() => parseSince(bad, now), bad).toThrow(UserError);
    }
    expect(() => parseSince('yesterdayish', now)).toThrow(/`24h`, `7d` or `2w`.*`2025-06-01`/);
  });

  it('rejects a time in the future', () => {
    expect(() => parseSince('2025-07-01', now)).toThrow(/in the future/);
  });
});
