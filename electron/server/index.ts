import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract';
import { MAX_PACKAGE_UPLOAD_BYTES } from '../../shared/limits';
import type { UploadReceipt } from '../../shared/contract';
import { ORIGINAL_PATH } from '../../shared/contract/bridge';
import { sayMessage } from '../../shared/message-text';
import { createArchive } from '../core/api/archive';
import type { Dispatch, DispatchLog } from '../core/api/dispatch';
import type { UploadStore } from '../core/api/uploads';
import type { Library } from '../core/library';
import type { SearchServiceOptions } from '../core/search/search-service';
import { SECURITY_HEADERS } from './headers';
import { RENDERER_MISSING_HTML, injectToken } from './index-html';
import { sendOriginal } from './original-route';
import { readBody } from './read-body';
import { checkApiRequest, checkHost, checkUploadRequest, TOKEN_HEADER, tokensMatch } from './request-policy';
import type { Refusal, RequestFacts } from './request-policy';
import { hasSession, KEY_MISSING_HTML, KEY_PARAMETER, launchUrl, sessionCookie } from './session';
import { readStaticFile } from './static-files';

export interface ServerOptions {
  library: Library;
  /** Only loopback: the archive is never offered to the network. */
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
}

export interface RunningServer {
  /** The clean address of the archive's page. */
  url: string;
  /** The address to print and open: `url` with this run's key, exchanged for a cookie on first load. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

/**
 * The largest JSON call (an annotations file brought in as text is the biggest, 64 MB). Files to
 * import never travel in a JSON body: they are streamed to UPLOAD_PATH first.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024 + 64 * 1024;
/** How long an idle connection is kept for the browser's next call (Node's default is 5 s). */
export const KEEP_ALIVE_MS = 5 * 60_000;
/** Where browser mode streams a file before the import call that names it. Not a method name (no dot). */
export const UPLOAD_PATH = '/api/upload';

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = randomBytes(32).toString('base64url');
  const archive = createArchive(options.library, { log: options.log, warmUpSearch: options.warmUpSearch ?? false, search: options.search });
  const { dispatch, uploads } = archive;
  let hosts: string[] = [];
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response, { dispatch, uploads, token, hosts, port, rendererDir: options.rendererDir }).catch((error: unknown) => {
      (options.log ?? console).error('browser-mode request failed', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });
  server.requestTimeout = 5 * 60_000;
  // Idle keep-alive sockets are closed by a timer, and Node runs due timers before it reads the
  // sockets: after the event loop was held longer than this, a socket the browser had just sent
  // its next call on was closed unread (ECONNRESET, measured at 5 s, Node's default, while the
  // index was built on this thread). Builds are in a worker now; this keeps any other pause
  // from dropping calls, and outlasts the idle time browsers keep sockets for reuse.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 10_000;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server has no TCP address.');
  port = address.port;
  hosts = [`${host}:${port}`, `localhost:${port}`];
  const url = `http://${host}:${port}/`;

  return {
    url,
    launchUrl: launchUrl(url, token),
    token,
    // Stop answering first, then release what the archive holds (index files, Chromium, spool).
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      await archive.close();
    },
  };
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
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body.kind === 'too-large') {
      // The rest of the body is never read: close the connection rather than reuse it.
      response.shouldKeepAlive = false;
      return refuse(response, { status: 413, code: 'too-large', message: 'The request is too large.' });
    }
    let input: unknown;
    try {
      input = JSON.parse(body.text);
    } catch {
      return refuse(response, { status: 400, code: 'bad-json', message: 'The request body is not valid JSON.' });
    }
    const result = await context.dispatch(path.slice('/api/'.length), input);
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  if (path.startsWith(ORIGINAL_PATH)) return sendOriginal(request, response, context, requested);
  const hostRefusal = checkHost(facts, context);
  if (hostRefusal) return refuse(response, hostRefusal);
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

/** The raw bytes of one file, streamed to the library's upload folder, size-checked as they come. */
async function receiveUpload(request: IncomingMessage, response: ServerResponse, facts: RequestFacts, context: Context): Promise<void> {
  const refusal = checkUploadRequest(facts, context);
  if (refusal) return refuse(response, refusal);
  const header = request.headers['content-length'];
  const declared = header === undefined ? undefined : Number(header);
  // A package (issue 15) may be several GB; bulletins keep their own limit.
  const forPackage = new URL(request.url ?? '/', 'http://placeholder').searchParams.get('for') === 'package';
  const limit = forPackage ? MAX_PACKAGE_UPLOAD_BYTES : MAX_IMPORT_FILE_BYTES;
  const received =
    declared !== undefined && declared > limit ? ({ kind: 'too-large' } as const) : await context.uploads.receive(request, limit, declared);
  if (received.kind === 'incomplete') {
    return refuse(response, { status: 400, code: 'incomplete', message: 'The file did not arrive in full. Import it again.' });
  }
  if (received.kind === 'too-large') {
    request.resume();
    // The rest of the body is never read: close the connection rather than reuse it.
    response.shouldKeepAlive = false;
    const said = forPackage
      ? ({ code: 'package-upload-too-large', gigabytes: MAX_PACKAGE_UPLOAD_BYTES / 1024 ** 3 } as const)
      : ({ code: 'upload-too-large', megabytes: MAX_IMPORT_FILE_BYTES / 1024 / 1024 } as const);
    const body = JSON.stringify({ ok: false, error: { code: 'too-large', message: sayMessage('en', said), said } });
    return send(response, 413, 'application/json; charset=utf-8', body);
  }
  const receipt: UploadReceipt = { upload: received.upload, size: received.size };
  return send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, data: receipt }));
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

function refuse(response: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ ok: false, error: { code: refusal.code, message: refusal.message } });
  send(response, refusal.status, 'application/json; charset=utf-8', body);
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, cache = 'no-store'): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': cache,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
