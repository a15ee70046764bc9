import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import path from 'node:path';
import { ORIGINAL_PATH } from '../../shared/contract/bridge';
import { createArchive } from '../core/api/archive';
import type { Dispatch, DispatchLog } from '../core/api/dispatch';
import type { UploadStore } from '../core/api/uploads';
import type { Library } from '../core/library';
import { LoginThrottle, peopleOf, readingRoomDir, SESSIONS_FILE, SessionStore } from '../core/people';
import type { SearchServiceOptions } from '../core/search/search-service';
import { SECURITY_HEADERS } from './headers';
import { acceptedHosts, addressesToGive, hostPort, isLoopback } from './addresses';
import type { ServerCertificate } from './certificate';
import { RENDERER_MISSING_HTML, injectToken } from './index-html';
import { sendOriginal } from './original-route';
import { RateLimiter } from './rate-limit';
import { readApiInput } from './read-body';
import { refuse, send } from './reply';
import { checkApiRequest, checkHost, checkUploadRequest, TOKEN_HEADER, tokensMatch } from './request-policy';
import type { RequestFacts } from './request-policy';
import { handleRoom } from './room';
import type { Room } from './room';
import { hasSession, KEY_MISSING_HTML, KEY_PARAMETER, launchUrl, sessionCookie } from './session';
import { readStaticFile } from './static-files';
import { acceptUpload, UPLOAD_PATH } from './upload';

export { UPLOAD_PATH } from './upload';

/**
 * The office reading room (issue 18): served on the addresses the administrator chose, to
 * signed-in accounts. Without it, browser mode is the single keeper on 127.0.0.1 with a key.
 */
export interface RoomOptions {
  /** The addresses to listen on (an address of this computer, 0.0.0.0, or 127.0.0.1). */
  hosts: readonly string[];
  /** Other names colleagues use for this computer (a DNS name), accepted in the Host header. */
  names?: readonly string[];
  /** HTTPS with this certificate; null serves plain HTTP, allowed only when every host is loopback. */
  certificate: ServerCertificate | null;
  /** Sign everyone out at start (serve --forget-sessions). */
  forgetSessions?: boolean;
}

export interface ServerOptions {
  library: Library;
  /** Browser mode: only loopback (the archive is never offered to the network without `room`). */
  host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  log?: DispatchLog;
  /** Build the search index in the background from the start (the app does; tests need not). */
  warmUpSearch?: boolean;
  /** How the index is built (in a worker by default); tests choose small segments or watch the worker. */
  search?: SearchServiceOptions;
  /** Serve the reading room instead of the single keeper's browser mode. */
  room?: RoomOptions;
}

export interface RunningServer {
  /** The clean address of the archive's page. */
  url: string;
  /** The address to print and open: `url` with this run's key, exchanged for a cookie on first load (browser mode). */
  launchUrl: string;
  token: string;
  /** The reading room: the addresses to give colleagues, and the certificate's SHA-256 fingerprint (HTTPS). */
  addresses: string[];
  fingerprint: string | null;
  close(): Promise<void>;
}

/**
 * The largest JSON call (an annotations file brought in as text is the biggest, 64 MB). Files to
 * import never travel in a JSON body: they are streamed to UPLOAD_PATH first.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024 + 64 * 1024;
/** How long an idle connection is kept for the browser's next call (Node's default is 5 s). */
export const KEEP_ALIVE_MS = 5 * 60_000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const room = options.room;
  if (room) {
    if (room.hosts.length === 0) throw new Error('The reading room needs at least one address to listen on.');
    const plainOffLoopback = room.certificate === null ? room.hosts.find((h) => !isLoopback(h)) : undefined;
    // Passwords and session cookies never cross the network in clear text.
    if (plainOffLoopback !== undefined) throw new Error(`Plain HTTP is refused on ${plainOffLoopback}: serve the reading room with HTTPS.`);
  }
  const listenHosts: readonly string[] = room?.hosts ?? [options.host ?? '127.0.0.1'];
  const token = randomBytes(32).toString('base64url');
  const sessions = room ? await SessionStore.open(path.join(readingRoomDir(options.library.dir), SESSIONS_FILE), peopleOf(options.library.dir).accounts, { forget: room.forgetSessions ?? false }) : null;
  const people = peopleOf(options.library.dir, sessions);
  const archive = createArchive(options.library, { log: options.log, warmUpSearch: options.warmUpSearch ?? false, search: options.search, people });
  const { dispatch, uploads } = archive;
  let hosts: string[] = [];
  let port = options.port ?? 0;
  let roomState: Room | null = null;
  const scheme = room?.certificate ? 'https' : 'http';

  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    const served = roomState ? handleRoom(request, response, factsOf(request), roomState) : handle(request, response, { dispatch, uploads, token, hosts, port, rendererDir: options.rendererDir });
    served.catch((error: unknown) => {
      (options.log ?? console).error('browser-mode request failed', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  };

  const servers: Server[] = [];
  try {
    for (const host of listenHosts) {
      const server = room?.certificate ? createHttpsServer({ cert: room.certificate.cert, key: room.certificate.key }, onRequest) : createServer(onRequest);
      tuneTimeouts(server);
      await new Promise<void>((resolveListen, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(port, host, () => resolveListen());
      });
      servers.push(server);
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('The server has no TCP address.');
      // Every address listens on the port the first one was given.
      port = address.port;
    }
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    await archive.close();
    throw error;
  }
  const first = listenHosts[0] ?? '127.0.0.1';
  hosts = room ? acceptedHosts(room.hosts, room.names ?? [], port, scheme === 'https') : [`${first}:${port}`, `localhost:${port}`];
  if (room && sessions) {
    roomState = { dispatch, uploads, people: { ...people, sessions }, throttle: new LoginThrottle(), limiter: new RateLimiter(), hosts, scheme, port, rendererDir: options.rendererDir };
  }
  const url = `${scheme}://${hostPort(first === '0.0.0.0' ? '127.0.0.1' : first === '::' ? '::1' : first, port)}/`;

  return {
    url,
    launchUrl: room ? url : launchUrl(url, token),
    token,
    addresses: room ? addressesToGive(room.hosts, room.names ?? [], port, scheme === 'https') : [url],
    fingerprint: room?.certificate?.fingerprint ?? null,
    // Stop answering first, then release what the archive holds (index files, Chromium, spool).
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolveClose) => {
              server.close(() => resolveClose());
              server.closeAllConnections();
            }),
        ),
      );
      await archive.close();
      if (sessions) await sessions.save().catch(() => undefined);
    },
  };
}

function tuneTimeouts(server: Server): void {
  server.requestTimeout = 5 * 60_000;
  // Idle keep-alive sockets are closed by a timer, and Node runs due timers before it reads the
  // sockets: after the event loop was held longer than this, a socket the browser had just sent
  // its next call on was closed unread (ECONNRESET, measured at 5 s, Node's default, while the
  // index was built on this thread). Builds are in a worker now; this keeps any other pause
  // from dropping calls, and outlasts the idle time browsers keep sockets for reuse.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 10_000;
}

interface Context {
  dispatch: Dispatch;
  uploads: UploadStore;
  token: string;
  hosts: readonly string[];
  port: number;
  rendererDir: string;
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  const facts = factsOf(request);
  const requested = new URL(request.url ?? '/', 'http://placeholder');
  const path = requested.pathname;

  if (path === UPLOAD_PATH) return receiveUpload(request, response, facts, context);
  if (path.startsWith('/api/')) {
    const refusal = checkApiRequest(facts, context);
    if (refusal) return refuse(response, refusal);
    const call = await readApiInput(request, response, MAX_BODY_BYTES);
    if (!call) return;
    const result = await context.dispatch(path.slice('/api/'.length), call.input);
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  const hostRefusal = checkHost(facts, context);
  if (hostRefusal) return refuse(response, hostRefusal);
  if (path.startsWith(ORIGINAL_PATH)) {
    if (!hasSession(request.headers.cookie, context.port, context.token)) {
      return send(response, 401, 'text/plain; charset=utf-8', 'Open the archive first, then the original from its issue.');
    }
    return sendOriginal(request, response, (input) => context.dispatch('issues.original', input), requested);
  }
  if (facts.method !== 'GET' && facts.method !== 'HEAD') {
    return refuse(response, { status: 405, code: 'method-not-allowed', message: 'Only GET is served here.' });
  }
  if (path === '/' || path === '/index.html') {
    const key = requested.searchParams.get(KEY_PARAMETER);
    if (key !== null) {
      if (!tokensMatch(key, context.token)) return send(response, 403, 'text/html; charset=utf-8', KEY_MISSING_HTML);
      // The key becomes a cookie and leaves the address bar (and the history entry) at once.
      response.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Set-Cookie': sessionCookie(context.port, context.token), 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    if (!hasSession(request.headers.cookie, context.port, context.token)) {
      return send(response, 401, 'text/html; charset=utf-8', KEY_MISSING_HTML);
    }
    const file = await readStaticFile(context.rendererDir, '/index.html');
    const html = file ? injectToken(file.body.toString('utf8'), context.token) : RENDERER_MISSING_HTML;
    return send(response, file ? 200 : 503, 'text/html; charset=utf-8', html);
  }
  const file = await readStaticFile(context.rendererDir, path);
  if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  send(response, 200, file.contentType, file.body, 'no-cache');
}

/** Browser mode's upload: this run's key, then the bytes (upload.ts). */
async function receiveUpload(request: IncomingMessage, response: ServerResponse, facts: RequestFacts, context: Context): Promise<void> {
  const refusal = checkUploadRequest(facts, context);
  if (refusal) return refuse(response, refusal);
  return acceptUpload(request, response, context.uploads);
}

function factsOf(request: IncomingMessage): RequestFacts {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    method: request.method,
    host: header('host'),
    origin: header('origin'),
    secFetchSite: header('sec-fetch-site'),
    contentType: header('content-type'),
    token: header(TOKEN_HEADER),
  };
}

