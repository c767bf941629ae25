import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInZone,
  latestRunAtOrBefore,
  nextRunAfter,
  wallTime,
} from '../../src/core/schedule/local-time';

const at = (h: number, m = 0) => ({ hour: h, minute: m });

describe('when a daily digest is due', () => {
  it('runs 08:00 in Tokyo at 23:00 UTC the day before', () => {
    const next = nextRunAfter(new Date('2025-06-09T12:00:00Z'), at(8), 'Asia/Tokyo');
    expect(next.toISOString()).toBe('2025-06-09T23:00:00.000Z');
    expect(formatInZone(next, 'Asia/Tokyo')).toMatch(/Tue, 10 Jun 2025, 08:00/);
  });

  it('keeps 08:00 in New York at 08:00 local across the March and November clock changes', () => {
    const ny = 'America/New_York';
    const runs: string[] = [];
    let t = new Date('2025-03-07T00:00:00Z');
    for (let i = 0; i < 4; i++) {
      t = nextRunAfter(t, at(8), ny);
      runs.push(t.toISOString());
    }
    expect(runs).toEqual([
      '2025-03-07T13:00:00.000Z',
      '2025-03-08T13:00:00.000Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-10T12:00:00.000Z',
    ]);
    t = new Date('2025-11-01T00:00:00Z');
    const autumn = [0, 1, 2].map(() => {
      t = nextRunAfter(t, at(8), ny);
      return t.toISOString();
    });
    expect(autumn).toEqual([
      '2025-11-01T12:00:00.000Z',
      '2025-11-02T13:00:00.000Z',
      '2025-11-03T13:00:00.000Z',
    ]);
  });

  it('still runs once on the day a clock change skips the chosen time, just after the gap', () => {
    const run = nextRunAfter(new Date('2025-03-09T00:00:00Z'), at(2, 30), 'America/New_York');
    expect(run.toISOString()).toBe('2025-03-09T07:30:00.000Z');
    expect(wallTime(run, 'America/New_York')).toMatchObject({ day: 9, hour: 3, minute: 30 });
  });

  it('runs once, the first time, on the day a clock change repeats the chosen time', () => {
    const first = nextRunAfter(new Date('2025-11-02T00:00:00Z'), at(1, 30), 'America/New_York');
    expect(first.toISOString()).toBe('2025-11-02T05:30:00.000Z');
    const after = nextRunAfter(first, at(1, 30), 'America/New_York');
    expect(after.toISOString()).toBe('2025-11-03T06:30:00.000Z');
  });

  it('finds the latest run at or before a moment, which the catch-up on start-up uses', () => {
    expect(latestRunAtOrBefore(new Date('2025-06-09T23:00:00Z'), at(8), 'Asia/Tokyo').toISOString()).toBe(
      '2025-06-09T23:00:00.000Z',
    );
    expect(latestRunAtOrBefore(new Date('2025-06-09T22:59:59Z'), at(8), 'Asia/Tokyo').toISOString()).toBe(
      '2025-06-08T23:00:00.000Z',
    );
  });

  it('never skips or repeats a day, in any zone, at any time of day (property)', () => {
    const zones = [
      'Asia/Tokyo',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2027-01-01') }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        (ms, zone, hour, minute) => {
          const t = new Date(ms);
          const next = nextRunAfter(t, { hour, minute }, zone);
          expect(next.getTime()).toBeGreaterThan(ms);
          // Nothing due in between: the latest run before `next` is at or before t.
          expect(
            latestRunAtOrBefore(new Date(next.getTime() - 1), { hour, minute }, zone).getTime(),
          ).toBeLessThanOrEqual(ms);
          const following = nextRunAfter(next, { hour, minute }, zone);
          const gapHours = (following.getTime() - next.getTime()) / 3_600_000;
          expect(gapHours).toBeGreaterThanOrEqual(22.5);
          expect(gapHours).toBeLessThanOrEqual(25.5);
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });
});
