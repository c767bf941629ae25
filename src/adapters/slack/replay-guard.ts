/**
 * Remembers request signatures for as long as their timestamp is acceptable, so a captured
 * request cannot be sent again inside the five-minute window (and event ids, so Slack's own
 * redelivery of an event is answered once). An interface because a later
 * store shares it across processes (PostgreSQL); this in-memory one serves a single process.
 */
export interface ReplayGuard {
  /** Records `signature` until `expiresAt`; resolves true if it was already recorded (a replay). */
  seen(signature: string, expiresAt: Date): Promise<boolean>;
}

export class MemoryReplayGuard implements ReplayGuard {
  private readonly expiries = new Map<string, number>();
  private insertsSinceSweep = 0;

  constructor(
    private readonly now: () => number = Date.now,
    /** Bounds memory under a flood; the oldest entries go first once it is reached. */
    private readonly maxEntries = 200_000,
  ) {}

  async seen(signature: string, expiresAt: Date): Promise<boolean> {
    const now = this.now();
    const known = this.expiries.get(signature);
    if (known !== undefined && known > now) return true;
    this.expiries.set(signature, expiresAt.getTime());
    if (++this.insertsSinceSweep >= 1000 || this.expiries.size > this.maxEntries) this.sweep(now);
    return false;
  }

  get size(): number {
    return this.expiries.size;
  }

  private sweep(now: number): void {
    this.insertsSinceSweep = 0;
    for (const [signature, expiry] of this.expiries) {
      if (expiry <= now) this.expiries.delete(signature);
    }
    for (const signature of this.expiries.keys()) {
      if (this.expiries.size <= this.maxEntries) break;
      this.expiries.delete(signature);
    }
  }
}
