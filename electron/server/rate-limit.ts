/**
 * A token bucket per key (an address, a session): generous enough for a person clicking about
 * and a page loading an issue's calls at once (BURST at once, RATE a second after), small
 * enough that one browser tab or script cannot take the server from everyone else.
 */
export const API_BURST = 100;
export const API_RATE_PER_SECOND = 50;
const FORGET_IDLE_MS = 10 * 60_000;

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt = 0;

  constructor(
    private readonly burst = API_BURST,
    private readonly perSecond = API_RATE_PER_SECOND,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the call may go ahead (and a token is spent for each key). */
  take(keys: readonly string[]): boolean {
    const at = this.now();
    this.sweep(at);
    const buckets = keys.map((key) => {
      const bucket = this.buckets.get(key) ?? { tokens: this.burst, at };
      bucket.tokens = Math.min(this.burst, bucket.tokens + ((at - bucket.at) / 1000) * this.perSecond);
      bucket.at = at;
      this.buckets.set(key, bucket);
      return bucket;
    });
    if (buckets.some((b) => b.tokens < 1)) return false;
    for (const bucket of buckets) bucket.tokens -= 1;
    return true;
  }

  private sweep(at: number): void {
    if (at - this.sweptAt < FORGET_IDLE_MS) return;
    this.sweptAt = at;
    for (const [key, bucket] of this.buckets) if (at - bucket.at > FORGET_IDLE_MS) this.buckets.delete(key);
  }
}
