import type pg from 'pg';

/**
 * A requests-per-second budget shared by every process through PostgreSQL: one row per second
 * and limit name, incremented only while under the limit. Discord's global limit (50 requests
 * a second) is per bot, not per process, so three processes each trusting their own counter
 * would send three times too many and collect 429s (and, past a point, a temporary ban).
 * Real time on purpose: a platform's limit does not follow a test's fake clock.
 */
export class SharedRateLimiter {
  private takes = 0;

  constructor(
    private readonly pool: pg.Pool,
    readonly name: string,
    readonly perSecond: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Resolves when this process may make one request. */
  async take(): Promise<void> {
    for (;;) {
      const now = this.now();
      const second = Math.floor(now / 1000);
      const { rowCount } = await this.pool.query(
        `INSERT INTO rate_windows AS w (name, second, used) VALUES ($1, $2, 1)
         ON CONFLICT (name, second) DO UPDATE SET used = w.used + 1 WHERE w.used < $3`,
        [this.name, second, this.perSecond],
      );
      if (++this.takes % 1000 === 0) {
        await this.pool.query('DELETE FROM rate_windows WHERE name = $1 AND second < $2', [
          this.name,
          second - 60,
        ]);
      }
      if (rowCount === 1) return;
      // Spent for this second: wait for the next one, spread a little so waiters do not stampede.
      await this.sleep((second + 1) * 1000 - now + Math.floor(Math.random() * 20));
    }
  }
}
