/**
 * Remembers request signatures for as long as their timestamp is acceptable, so a captured
 * request cannot be sent again inside its window. Storage owns the interface: a single process
 * keeps it in memory (the Slack adapter's MemoryReplayGuard), several processes share it through
 * PostgreSQL (postgres/replay-guard.ts, opened by open-replay-guard.ts).
 */
export interface ReplayGuard {
  /** Records `signature` until `expiresAt`; resolves true if it was already recorded (a replay). */
  seen(signature: string, expiresAt: Date): Promise<boolean>;
}
