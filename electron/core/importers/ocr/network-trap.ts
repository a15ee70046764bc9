import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

/**
 * OCR is offline by design (engine.ts reads everything from the npm packages). In the OCR worker
 * every way out to the network is replaced by a trap: a call is refused with an error and told
 * to `onAttempt`, so a library that ever tried to download a model would fail the scan loudly
 * instead of hanging on an air-gapped machine or phoning out on a connected one.
 * Returns a function that puts everything back (tests).
 */
export function trapNetwork(onAttempt: (what: string) => void): () => void {
  const restores: (() => void)[] = [];
  const trap = <T extends object>(owner: T, key: keyof T & string, what: string): void => {
    const original = owner[key];
    if (typeof original !== 'function') return;
    Object.defineProperty(owner, key, {
      configurable: true,
      writable: true,
      value: (): never => {
        onAttempt(what);
        throw new Error(`OCR is offline: ${what} refused`);
      },
    });
    restores.push(() => Object.defineProperty(owner, key, { configurable: true, writable: true, value: original }));
  };
  trap(globalThis, 'fetch', 'fetch');
  trap(http, 'request', 'http.request');
  trap(http, 'get', 'http.get');
  trap(https, 'request', 'https.request');
  trap(https, 'get', 'https.get');
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
  trap(tls, 'connect', 'tls.connect');
  trap(dns, 'lookup', 'dns.lookup');
  trap(dns, 'resolve', 'dns.resolve');
  trap(dns.promises, 'lookup', 'dns.promises.lookup');
  // ESM importers of these built-ins see the traps too.
  syncBuiltinESMExports();
  return () => {
    for (const restore of restores.reverse()) restore();
    syncBuiltinESMExports();
  };
}
