import type { IncomingMessage, ServerResponse } from 'node:http';
import { ORIGINAL_PATH } from '../../shared/contract/bridge';
import type { Caller } from '../../shared/people';
import { roleAllows } from '../../shared/people';
import type { Dispatch } from '../core/api/dispatch';
import type { UploadStore } from '../core/api/uploads';
import type { ActiveSession, LoginThrottle, People, SessionStore } from '../core/people';
import { csrfTokenOf, LOCKOUT_MS, SESSION_MAX_MS } from '../core/people';
import { LOGIN_SECURITY_HEADERS } from './headers';
import { RENDERER_MISSING_HTML, injectToken } from './index-html';
import { LOGIN_CSS, LOGIN_CSS_PATH, LOGIN_PATH, loginPageHtml } from './login-page';
import { sendOriginal } from './original-route';
import type { LoginNotice } from './login-page';
import type { RateLimiter } from './rate-limit';
import { readApiInput, readBody } from './read-body';
import { redirect, refuse, send } from './reply';
import { checkCallerShape, checkHost, mediaType, originAllowed, tokensMatch } from './request-policy';
import type { RequestFacts } from './request-policy';
import { readStaticFile } from './static-files';
import { acceptUpload, isPackageUpload, UPLOAD_PATH } from './upload';

/** A JSON call in the reading room (the largest is an annotations file brought in as text). */
export const MAX_ROOM_BODY_BYTES = 10 * 1024 * 1024;
/** A sign-in form is a name and a password. */
const MAX_LOGIN_BODY_BYTES = 16 * 1024;

export interface Room {
  dispatch: Dispatch;
  uploads: UploadStore;
  people: People & { sessions: SessionStore };
  throttle: LoginThrottle;
  limiter: RateLimiter;
  hosts: readonly string[];
  scheme: 'http' | 'https';
  port: number;
  rendererDir: string;
}

/** Per port (cookies are not kept apart by port); `__Host-` on HTTPS: Secure, Path=/, no Domain, by the browser's own rule. */
export function roomCookieName(scheme: 'http' | 'https', port: number): string {
  return scheme === 'https' ? `__Host-archive-room-${port}` : `archive-room-${port}`;
}

function cookie(room: Room, value: string, maxAgeSeconds: number): string {
  const secure = room.scheme === 'https' ? '; Secure' : '';
  return `${roomCookieName(room.scheme, room.port)}=${value}; Path=/; HttpOnly${secure}; SameSite=Strict; Max-Age=${maxAgeSeconds}`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The address a request came from, as the audit trail shows it (IPv4-mapped IPv6 as plain IPv4). */
export function addressOf(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/**
 * The reading room (issue 18): every page and call needs a signed-in session, except the
 * sign-in page itself. API calls carry the session's CSRF token as the header the page already
 * sends (x-archive-token: the page learns it from the same meta tag as in browser mode), are
 * rate-limited per session and per address, and run as the account (its role checked by the
 * dispatcher: forbidden answers 403).
 */
export async function handleRoom(request: IncomingMessage, response: ServerResponse, facts: RequestFacts, room: Room): Promise<void> {
  const requested = new URL(request.url ?? '/', 'http://placeholder');
  const path = requested.pathname;
  const hostRefusal = checkHost(facts, room);
  if (hostRefusal) return refuse(response, hostRefusal);
  const address = addressOf(request);

  if (path === LOGIN_PATH) return facts.method === 'POST' ? login(request, response, facts, room, address) : loginPage(request, response, room, requested);
  if (path === LOGIN_CSS_PATH) return send(response, 200, 'text/css; charset=utf-8', LOGIN_CSS, 'no-cache');

  if (path === UPLOAD_PATH || path.startsWith('/api/')) {
    const shape = checkCallerShape(facts, room, path === UPLOAD_PATH ? 'application/octet-stream' : 'application/json');
    if (shape) return refuse(response, shape);
    const session = await sessionOf(request, room);
    if (!session) return refuse(response, { status: 401, code: 'not-signed-in', message: 'Sign in first: your session has ended or you are not signed in.' });
    if (!tokensMatch(facts.token, csrfTokenOf(session.record.key))) {
      return refuse(response, { status: 403, code: 'bad-token', message: 'Missing or wrong request token. Reload the page.' });
    }
    if (!room.limiter.take([`address:${address}`, `session:${session.record.key}`])) {
      request.resume();
      return refuse(response, { status: 429, code: 'too-many-requests', message: 'Too many requests at once. Wait a moment and try again.' }, { 'Retry-After': '1' });
    }
    const caller: Caller = { kind: 'account', name: session.account.name, role: session.account.role, address, session: session.record.key };
    if (path === UPLOAD_PATH) {
      const needed = isPackageUpload(request) ? 'admin' : 'cataloguer';
      if (!roleAllows(caller.role, needed)) {
        request.resume();
        return refuse(response, { status: 403, code: 'forbidden', message: `Uploading this needs the ${needed} role.` });
      }
      return acceptUpload(request, response, room.uploads);
    }
    return apiCall(request, response, room, path.slice('/api/'.length), caller);
  }

  if (facts.method !== 'GET' && facts.method !== 'HEAD') {
    return refuse(response, { status: 405, code: 'method-not-allowed', message: 'Only GET is served here.' });
  }
  const session = await sessionOf(request, room);
  if (path === '/' || path === '/index.html') {
    if (!session) return redirect(response, LOGIN_PATH);
    const file = await readStaticFile(room.rendererDir, '/index.html');
    const html = file ? injectToken(file.body.toString('utf8'), csrfTokenOf(session.record.key)) : RENDERER_MISSING_HTML;
    return send(response, file ? 200 : 503, 'text/html; charset=utf-8', html);
  }
  if (path.startsWith(ORIGINAL_PATH)) {
    if (!session) return send(response, 401, 'text/plain; charset=utf-8', 'Sign in first.');
    const caller: Caller = { kind: 'account', name: session.account.name, role: session.account.role, address, session: session.record.key };
    return sendOriginal(request, response, (input) => room.dispatch('issues.original', input, caller), requested);
  }
  // The browser asks for the icon on the sign-in page too: it is no secret.
  if (!session && path !== '/favicon.ico') return send(response, 401, 'text/plain; charset=utf-8', 'Sign in first.');
  const file = await readStaticFile(room.rendererDir, path);
  if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  send(response, 200, file.contentType, file.body, 'no-cache');
}

async function sessionOf(request: IncomingMessage, room: Room): Promise<ActiveSession | null> {
  const id = cookieValue(request.headers.cookie, roomCookieName(room.scheme, room.port));
  // A session id is 43 base64url characters; anything else is not looked up.
  if (id === undefined || !/^[A-Za-z0-9_-]{43}$/.test(id)) return null;
  return room.people.sessions.resolve(id);
}

async function apiCall(request: IncomingMessage, response: ServerResponse, room: Room, method: string, caller: Caller): Promise<void> {
  const call = await readApiInput(request, response, MAX_ROOM_BODY_BYTES);
  if (!call) return;
  const result = await room.dispatch(method, call.input, caller);
  const status = !result.ok && result.error.code === 'forbidden' ? 403 : 200;
  // Signing out here also clears the cookie, so the browser stops sending a dead session.
  const headers: Record<string, string> = method === 'session.logout' && result.ok ? { 'Set-Cookie': cookie(room, '', 0) } : {};
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(result), 'no-store', headers);
}

async function loginPage(request: IncomingMessage, response: ServerResponse, room: Room, requested: URL): Promise<void> {
  if (await sessionOf(request, room)) return redirect(response, '/');
  const notice: LoginNotice = requested.searchParams.has('signed-out') ? { kind: 'signed-out' } : { kind: 'none' };
  sendLogin(response, 200, notice);
}

function sendLogin(response: ServerResponse, status: number, notice: LoginNotice, name = '', headers: Record<string, string> = {}): void {
  const body = loginPageHtml(notice, name);
  response.writeHead(status, { ...LOGIN_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/**
 * `POST /login`: a form (the sign-in page) or JSON (scripts, tests). Same-origin only (a login
 * CSRF would sign a colleague in as someone else), throttled per name and per address before
 * the password is even checked, and recorded in the audit trail either way.
 */
async function login(request: IncomingMessage, response: ServerResponse, facts: RequestFacts, room: Room, address: string): Promise<void> {
  const asJson = mediaType(facts.contentType) === 'application/json';
  const fail = (status: number, notice: LoginNotice, code: string, message: string, name = '', headers: Record<string, string> = {}): void =>
    asJson ? refuse(response, { status, code, message }, headers) : sendLogin(response, status, notice, name, headers);

  // Chromium sends `Origin: null` with a form posted under `Referrer-Policy: no-referrer` (the
  // sign-in page's own form); Sec-Fetch-Site, which a page cannot forge, says it is same-origin.
  const sameOriginForm = facts.origin === 'null' && facts.secFetchSite === 'same-origin';
  if ((!originAllowed(facts, room) && !sameOriginForm) || (facts.secFetchSite !== undefined && facts.secFetchSite !== 'same-origin' && facts.secFetchSite !== 'none')) {
    request.resume();
    return refuse(response, { status: 403, code: 'cross-origin', message: 'Requests from other web pages are refused.' });
  }
  const body = await readBody(request, MAX_LOGIN_BODY_BYTES);
  if (body.kind === 'too-large') {
    response.shouldKeepAlive = false;
    return refuse(response, { status: 413, code: 'too-large', message: 'The request is too large.' });
  }
  const given = credentialsOf(body.text, asJson, mediaType(facts.contentType));
  if (given === null) return fail(400, { kind: 'bad-request' }, 'bad-input', 'Give the account name and the password.');
  const { name, password } = given;

  const verdict = room.throttle.check(name, address);
  if (!verdict.allowed) {
    const notice: LoginNotice = verdict.locked ? { kind: 'locked', minutes: Math.ceil(verdict.retryAfterSeconds / 60) } : { kind: 'throttled', seconds: verdict.retryAfterSeconds };
    const message = verdict.locked ? `Too many failed attempts: locked for ${Math.ceil(LOCKOUT_MS / 60_000)} minutes.` : `Too many failed attempts: wait ${verdict.retryAfterSeconds} s.`;
    return fail(429, notice, 'too-many-attempts', message, name, { 'Retry-After': String(verdict.retryAfterSeconds) });
  }
  const account = await room.people.accounts.authenticate(name, password);
  if (account === null) {
    room.throttle.failed(name, address);
    await room.people.audit.record({ who: name.slice(0, 64), action: 'login-failed', what: 'wrong name or password, or account disabled', address });
    return fail(401, { kind: 'failed' }, 'login-failed', 'The account name or password is wrong.', name);
  }
  room.throttle.succeeded(name, address);
  const session = await room.people.sessions.create(account, address);
  await room.people.accounts.recordLogin(account.name);
  await room.people.audit.record({ who: account.name, action: 'login', what: account.role, address });
  const setCookie = { 'Set-Cookie': cookie(room, session.id, Math.floor(SESSION_MAX_MS / 1000)) };
  if (!asJson) return redirect(response, '/', setCookie);
  const view = { account: { name: account.name, displayName: account.displayName }, role: account.role, csrfToken: csrfTokenOf(session.key), readingRoom: true };
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, data: view }), 'no-store', setCookie);
}

function credentialsOf(text: string, asJson: boolean, type: string | undefined): { name: string; password: string } | null {
  let name: unknown;
  let password: unknown;
  if (asJson) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null) return null;
      ({ name, password } = parsed as Record<string, unknown>);
    } catch {
      return null;
    }
  } else if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(text);
    name = form.get('name');
    password = form.get('password');
  } else {
    return null;
  }
  if (typeof name !== 'string' || typeof password !== 'string') return null;
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 64 || password === '' || password.length > 256) return null;
  return { name: trimmed, password };
}
