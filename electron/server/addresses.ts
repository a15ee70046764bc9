import { isIP } from 'node:net';
import os from 'node:os';

/** What os.networkInterfaces answers (injected in tests). */
export type Interfaces = NodeJS.Dict<os.NetworkInterfaceInfo[]>;

export const WILDCARD_HOSTS = ['0.0.0.0', '::'];

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Whether `host` can be listened on here: a wildcard, a loopback address, or one of this computer's addresses. */
export function isOwnAddress(host: string, interfaces: Interfaces = os.networkInterfaces()): boolean {
  if (WILDCARD_HOSTS.includes(host) || isLoopback(host)) return true;
  if (isIP(host) === 0) return false;
  return allAddresses(interfaces).some((info) => info.address === host);
}

function allAddresses(interfaces: Interfaces): os.NetworkInterfaceInfo[] {
  return Object.values(interfaces).flatMap((list) => list ?? []);
}

/** `host:port` as it appears in a Host header and an Origin (IPv6 in brackets). */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The Host header values the server answers to: each chosen address (every address of this
 * computer for a wildcard, with its name), `localhost` for loopback, the names the
 * administrator gave (--name), each with the port; on the scheme's default port, also bare.
 */
export function acceptedHosts(hosts: readonly string[], names: readonly string[], port: number, secure: boolean, interfaces: Interfaces = os.networkInterfaces(), hostname = os.hostname()): string[] {
  const bare = new Set<string>();
  for (const host of hosts) {
    if (WILDCARD_HOSTS.includes(host)) {
      for (const info of allAddresses(interfaces)) if (info.family === 'IPv4' || host === '::') bare.add(info.address);
      bare.add('localhost');
      bare.add(hostname.toLowerCase());
    } else {
      bare.add(host.toLowerCase());
      if (isLoopback(host)) bare.add('localhost');
    }
  }
  for (const name of names) bare.add(name.toLowerCase());
  const defaultPort = secure ? 443 : 80;
  const accepted = [...bare].map((h) => hostPort(h, port));
  if (port === defaultPort) accepted.push(...[...bare].map((h) => (h.includes(':') ? `[${h}]` : h)));
  return accepted;
}

/** The addresses to give colleagues: every non-internal IPv4 address of the chosen hosts (loopback ones when that is all). */
export function addressesToGive(hosts: readonly string[], names: readonly string[], port: number, secure: boolean, interfaces: Interfaces = os.networkInterfaces()): string[] {
  const scheme = secure ? 'https' : 'http';
  const found = new Set<string>();
  for (const host of hosts) {
    if (WILDCARD_HOSTS.includes(host)) {
      for (const info of allAddresses(interfaces)) if (info.family === 'IPv4' && !info.internal) found.add(info.address);
    } else if (!isLoopback(host)) {
      found.add(host);
    }
  }
  for (const name of names) found.add(name);
  if (found.size === 0) for (const host of hosts) found.add(isLoopback(host) ? host : '127.0.0.1');
  return [...found].map((h) => `${scheme}://${hostPort(h, port)}/`);
}
