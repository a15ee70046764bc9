import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-archive-token';

export interface RequestFacts {
  method: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  contentType: string | undefined;
  token: string | undefined;
}

export interface Expectations {
  /** Exact Host header values this server answers to, e.g. `127.0.0.1:4312`. */
  hosts: readonly string[];
  token: string;
  /** The reading room may serve HTTPS: its pages' Origin is https://… (default http). */
  scheme?: 'http' | 'https';
}

export type Refusal = { status: number; code: string; message: string };

/**
 * Any web page and any local process can reach a loopback port. An exact Host defeats DNS
 * rebinding (a hostile name resolving to 127.0.0.1 still sends its own name).
 */
export function checkHost(facts: Pick<RequestFacts, 'host'>, expect: Pick<Expectations, 'hosts'>): Refusal | null {
  if (facts.host !== undefined && expect.hosts.includes(facts.host.toLowerCase())) return null;
  return { status: 421, code: 'wrong-host', message: 'This server only answers requests addressed to itself.' };
}

/** API calls: same-origin POSTs of JSON carrying this run's token. */
export function checkApiRequest(facts: RequestFacts, expect: Expectations): Refusal | null {
  return checkCaller(facts, expect, 'application/json') ?? null;
}

/**
 * A file streamed in for import (`POST /api/upload`): the same checks as an API call (Host, POST,
 * Origin, same-site fetch, this run's token), with the raw bytes as the body.
 */
export function checkUploadRequest(facts: RequestFacts, expect: Expectations): Refusal | null {
  return checkCaller(facts, expect, 'application/octet-stream') ?? null;
}

/** Everything but the token: the reading room asks for the session (401) before its CSRF token (403). */
export function checkCallerShape(facts: RequestFacts, expect: Omit<Expectations, 'token'>, bodyType: 'application/json' | 'application/octet-stream'): Refusal | null {
  return checkCaller(facts, { ...expect, token: '' }, bodyType, false);
}

function checkCaller(facts: RequestFacts, expect: Expectations, bodyType: 'application/json' | 'application/octet-stream', checkToken = true): Refusal | null {
  const host = checkHost(facts, expect);
  if (host) return host;
  if (facts.method !== 'POST') {
    return { status: 405, code: 'method-not-allowed', message: 'API calls are POST requests.' };
  }
  if (!originAllowed(facts, expect)) {
    return { status: 403, code: 'cross-origin', message: 'Requests from other web pages are refused.' };
  }
  if (facts.secFetchSite !== undefined && facts.secFetchSite !== 'same-origin') {
    return { status: 403, code: 'cross-origin', message: 'Requests from other web pages are refused.' };
  }
  if (mediaType(facts.contentType) !== bodyType) {
    return bodyType === 'application/json'
      ? { status: 415, code: 'not-json', message: 'API calls carry a JSON body (application/json).' }
      : { status: 415, code: 'not-bytes', message: 'An upload carries the file itself (application/octet-stream).' };
  }
  if (checkToken && !tokensMatch(facts.token, expect.token)) {
    return { status: 403, code: 'bad-token', message: 'Missing or wrong access token. Reload the page.' };
  }
  return null;
}

/** No Origin (a non-browser client, or an old same-origin GET) passes; a foreign one never does. */
export function originAllowed(facts: Pick<RequestFacts, 'origin'>, expect: Pick<Expectations, 'hosts' | 'scheme'>): boolean {
  const scheme = expect.scheme ?? 'http';
  return facts.origin === undefined || expect.hosts.some((h) => facts.origin?.toLowerCase() === `${scheme}://${h}`);
}

export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
