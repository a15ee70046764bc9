/**
 * Login throttling, per account name and per address (a guesser rotating names is slowed by its
 * address; many addresses guessing one name are slowed by the name). After FREE_FAILURES
 * failures each further attempt waits twice as long as the last (1 s, 2 s, 4 s… up to 5 min);
 * after LOCKOUT_FAILURES the key is locked for LOCKOUT_MS. A successful login clears the name's
 * and the address's count. Kept in memory: a restart forgets it, which costs a guesser a restart
 * of somebody else's server.
 */
export const FREE_FAILURES = 5;
export const LOCKOUT_FAILURES = 20;
export const LOCKOUT_MS = 15 * 60_000;
const MAX_DELAY_MS = 5 * 60_000;
/** Failures older than this are forgotten. */
const FORGET_MS = 60 * 60_000;

interface Failures {
  count: number;
  /** No attempt is heard before this time. */
  blockedUntil: number;
  last: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; locked: boolean };

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  check(name: string, address: string): ThrottleVerdict {
    const at = this.now();
    let wait = 0;
    let locked = false;
    for (const key of keysOf(name, address)) {
      const entry = this.live(key, at);
      if (entry && entry.blockedUntil > at) {
        wait = Math.max(wait, entry.blockedUntil - at);
        locked ||= entry.count >= LOCKOUT_FAILURES;
      }
    }
    return wait > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000), locked } : { allowed: true };
  }

  failed(name: string, address: string): void {
    const at = this.now();
    for (const key of keysOf(name, address)) {
      const entry = this.live(key, at) ?? { count: 0, blockedUntil: 0, last: at };
      entry.count += 1;
      entry.last = at;
      if (entry.count >= LOCKOUT_FAILURES) entry.blockedUntil = at + LOCKOUT_MS;
      else if (entry.count >= FREE_FAILURES) entry.blockedUntil = at + Math.min(MAX_DELAY_MS, 1000 * 2 ** (entry.count - FREE_FAILURES));
      this.failures.set(key, entry);
    }
  }

  succeeded(name: string, address: string): void {
    for (const key of keysOf(name, address)) this.failures.delete(key);
  }

  private live(key: string, at: number): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && at - entry.last > FORGET_MS && entry.blockedUntil <= at) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }
}

function keysOf(name: string, address: string): string[] {
  return [`name:${name.normalize('NFC').toLowerCase()}`, `address:${address}`];
}
