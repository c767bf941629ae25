import type pg from 'pg';
import type { ReplayGuard } from '../replay-guard';

/**
 * The Slack replay guard shared by every process through PostgreSQL: a request signature is
 * inserted with its expiry, and a second insert of the same signature before then — on any
 * process — finds the row and is refused. An expired row is taken over by the insert, so the
 * table holds only live signatures plus what the occasional sweep has not yet removed.
 */
export class PostgresReplayGuard implements ReplayGuard {
  private insertsSinceSweep = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number = Date.now,
    private readonly sweepEvery = 500,
  ) {}

  async seen(signature: string, expiresAt: Date): Promise<boolean> {
    const now = new Date(this.now());
    const { rowCount } = await this.pool.query(
      `INSERT INTO slack_request_signatures AS s (signature, expires_at) VALUES ($1, $2)
       ON CONFLICT (signature) DO UPDATE SET expires_at = EXCLUDED.expires_at
       WHERE s.expires_at <= $3`,
      [signature, expiresAt, now],
    );
    if (++this.insertsSinceSweep >= this.sweepEvery) {
      this.insertsSinceSweep = 0;
      await this.pool.query('DELETE FROM slack_request_signatures WHERE expires_at <= $1', [now]);
    }
    // A row inserted, or an expired one renewed: first sight. Nothing written: a replay.
    return rowCount !== 1;
  }
}

/**
 * A replay guard with a small pool of its own, for the Slack adapter, which starts before the
 * digest store is opened. Migrates first (idempotent under the advisory lock).
 */
export async function openPostgresReplayGuard(
  url: string,
  now: () => number = Date.now,
): Promise<{ guard: PostgresReplayGuard; close: () => Promise<void> }> {
  const { default: pgModule } = await import('pg');
  const { migratePostgres } = await import('./migrations');
  const pool = new pgModule.Pool({ connectionString: url, max: 4, application_name: 'tariffs-bot slack' });
  pool.on('error', () => undefined);
  await migratePostgres(pool);
  return { guard: new PostgresReplayGuard(pool, now), close: () => pool.end() };
}
