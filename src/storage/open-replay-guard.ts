import type { ReplayGuard } from './replay-guard';

export interface OpenedReplayGuard {
  guard: ReplayGuard;
  close: () => Promise<void>;
}

/**
 * The replay guard every process behind a load balancer shares, on the PostgreSQL database at
 * `url` (migrated first, idempotently). The driver is loaded only here, when it is asked for, so
 * a caller depends on storage's interface and never on a database module.
 */
export async function openSharedReplayGuard(
  url: string,
  now: () => number = Date.now,
): Promise<OpenedReplayGuard> {
  const { openPostgresReplayGuard } = await import('./postgres/replay-guard');
  return openPostgresReplayGuard(url, now);
}
