import type { ReplayGuard } from '../../storage/replay-guard';

/**
 * The replay guard of a single process: signatures (and event ids, so Slack's own redelivery of
 * an event is answered once) kept in memory for as long as their timestamp is acceptable. Several
 * processes share one through storage instead (see src/storage/open-replay-guard.ts).
 */
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
