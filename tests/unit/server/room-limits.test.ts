import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { LoginThrottle, LOCKOUT_FAILURES, LOCKOUT_MS } from '../../../electron/core/people';
import { acceptedHosts, addressesToGive, isOwnAddress } from '../../../electron/server/addresses';
import { RateLimiter } from '../../../electron/server/rate-limit';

const iface = (address: string, internal = false): NetworkInterfaceInfo => ({ address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: null });
const INTERFACES = { lo: [iface('127.0.0.1', true)], eth0: [iface('192.168.1.20')], wlan0: [iface('10.0.0.5')] };

describe('login throttling', () => {
  it('lets five failures go, then makes each attempt wait twice as long, and locks for 15 minutes after 20', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < 4; i++) throttle.failed('li', '10.0.0.9');
    expect(throttle.check('li', '10.0.0.9')).toEqual({ allowed: true });
    throttle.failed('li', '10.0.0.9');
    expect(throttle.check('li', '10.0.0.9')).toEqual({ allowed: false, retryAfterSeconds: 1, locked: false });
    // The name is throttled from any address, and the address for any name.
    expect(throttle.check('li', '10.0.0.200').allowed).toBe(false);
    expect(throttle.check('wang', '10.0.0.9').allowed).toBe(false);
    expect(throttle.check('wang', '10.0.0.200').allowed).toBe(true);
    now += 1000;
    throttle.failed('li', '10.0.0.9');
    expect(throttle.check('li', '10.0.0.9')).toMatchObject({ retryAfterSeconds: 2 });
    for (let i = 6; i < LOCKOUT_FAILURES; i++) {
      now += 10 * 60_000;
      throttle.failed('li', '10.0.0.9');
    }
    expect(throttle.check('li', '10.0.0.9')).toEqual({ allowed: false, retryAfterSeconds: LOCKOUT_MS / 1000, locked: true });
    now += LOCKOUT_MS + 1;
    expect(throttle.check('li', '10.0.0.9').allowed).toBe(true);
    throttle.succeeded('li', '10.0.0.9');
    throttle.failed('li', '10.0.0.9');
    expect(throttle.check('li', '10.0.0.9').allowed).toBe(true);
  });
});

describe('API rate limit', () => {
  it('allows a burst of 100 calls, then refills 50 a second, per key', () => {
    let now = 0;
    const limiter = new RateLimiter(100, 50, () => now);
    for (let i = 0; i < 100; i++) expect(limiter.take(['address:a', 'session:s'])).toBe(true);
    expect(limiter.take(['address:a', 'session:s'])).toBe(false);
    // Another colleague at another desk is not held up by the first.
    expect(limiter.take(['address:b', 'session:t'])).toBe(true);
    now += 100;
    for (let i = 0; i < 5; i++) expect(limiter.take(['address:a', 'session:s'])).toBe(true);
    expect(limiter.take(['address:a', 'session:s'])).toBe(false);
  });
});

describe('addresses', () => {
  it('answers to the chosen addresses with their port, every address of this computer for 0.0.0.0, and names given', () => {
    expect(acceptedHosts(['192.168.1.20'], [], 8443, true, INTERFACES, 'ARCHIVE-PC')).toEqual(['192.168.1.20:8443']);
    expect(acceptedHosts(['127.0.0.1'], [], 8080, false, INTERFACES, 'pc')).toEqual(['127.0.0.1:8080', 'localhost:8080']);
    const all = acceptedHosts(['0.0.0.0'], ['archive.office.lan'], 443, true, INTERFACES, 'ARCHIVE-PC');
    expect(all).toEqual(expect.arrayContaining(['192.168.1.20:443', '10.0.0.5:443', 'archive-pc:443', 'archive.office.lan:443', '192.168.1.20', 'archive.office.lan']));
  });

  it('gives colleagues the non-internal IPv4 addresses of the chosen hosts', () => {
    expect(addressesToGive(['0.0.0.0'], [], 8443, true, INTERFACES)).toEqual(['https://192.168.1.20:8443/', 'https://10.0.0.5:8443/']);
    expect(addressesToGive(['127.0.0.1'], [], 8080, false, INTERFACES)).toEqual(['http://127.0.0.1:8080/']);
  });

  it('knows which addresses are this computer', () => {
    expect(isOwnAddress('192.168.1.20', INTERFACES)).toBe(true);
    expect(isOwnAddress('0.0.0.0', INTERFACES)).toBe(true);
    expect(isOwnAddress('127.0.0.1', INTERFACES)).toBe(true);
    expect(isOwnAddress('192.168.1.21', INTERFACES)).toBe(false);
    expect(isOwnAddress('archive.example', INTERFACES)).toBe(false);
  });
});
