import { describe, expect, it } from 'vitest';
import { parseNow, replayClock } from '../../src/core/replay-clock';

describe('replay clock', () => {
  it('reads calendar days and zoned times, and nothing else', () => {
    expect(parseNow('2025-07-25')?.toISOString()).toBe('2025-07-25T00:00:00.000Z');
    expect(parseNow(' 2025-07-25T09:30Z ')?.toISOString()).toBe('2025-07-25T09:30:00.000Z');
    expect(parseNow('2025-07-25T09:30:15-04:00')?.toISOString()).toBe('2025-07-25T13:30:15.000Z');
    // A day that does not exist, a time without its zone, words.
    expect(parseNow('2025-02-29')).toBeNull();
    expect(parseNow('2025-02-30T10:00Z')).toBeNull();
    expect(parseNow('2025-07-25T09:30')).toBeNull();
    expect(parseNow('last Friday')).toBeNull();
  });

  it('starts at the replayed instant and runs on at the real pace', () => {
    let real = Date.parse('2026-12-07T05:00:00Z');
    const clock = replayClock(new Date('2025-07-25T00:00:00Z'), () => new Date(real));
    expect(clock().toISOString()).toBe('2025-07-25T00:00:00.000Z');
    real += 90 * 60_000;
    expect(clock().toISOString()).toBe('2025-07-25T01:30:00.000Z');
  });
});
