import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { startServer } from '../../../electron/server';
import type { RunningServer } from '../../../electron/server';
import { sampleBytes } from '../../helpers/temp-library';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SignedIn {
  cookie: string;
  csrf: string;
}

export const PASSWORD = 'correct horse battery';

/** A library with the sample issue, and a built-looking renderer, in folders of their own. */
export async function roomLibrary(): Promise<{ library: Library; issueId: string; rendererDir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'reading-room-'));
  const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  const library = await openLibrary(dir, { create: true });
  const outcome = await library.importBulletin({ name: 'kjqbck-2024-03.txt', bytes: sampleBytes() });
  if (outcome.status !== 'imported') throw new Error(outcome.message);
  return {
    library,
    issueId: outcome.issueId,
    rendererDir,
    cleanup: async () => {
      await library.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

export function startRoom(library: Library, rendererDir: string, port = 0, forgetSessions = false): Promise<RunningServer> {
  return startServer({ library, rendererDir, port, log: { error: () => undefined }, room: { hosts: ['127.0.0.1'], certificate: null, forgetSessions } });
}

/** A client of one running server: what a browser on a colleague's desk would send. */
export function client(server: RunningServer) {
  const origin = server.url.replace(/\/$/, '');
  const host = new URL(server.url).host;
  const send = (path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const url = new URL(path, server.url);
      const req = request(
        { agent: false, host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers: { host, ...options.headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });
  const login = async (name: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<Reply> =>
    send('/login', { method: 'POST', headers: { 'content-type': 'application/json', origin, ...headers }, body: JSON.stringify({ name, password }) });
  const signIn = async (name: string, password = PASSWORD): Promise<SignedIn> => {
    const reply = await login(name, password);
    if (reply.status !== 200) throw new Error(`login ${name}: ${reply.status} ${reply.body}`);
    const setCookie = reply.headers['set-cookie']?.[0] ?? '';
    const data = (JSON.parse(reply.body) as { data: { csrfToken: string } }).data;
    return { cookie: setCookie.split(';')[0] ?? '', csrf: data.csrfToken };
  };
  const api = (method: string, input: unknown, who: SignedIn | null, headers: Record<string, string> = {}) =>
    send(`/api/${method}`, {
      method: 'POST',
      body: JSON.stringify(input),
      headers: { 'content-type': 'application/json', origin, ...(who && { cookie: who.cookie, 'x-archive-token': who.csrf }), ...headers },
    });
  return { origin, host, send, login, signIn, api };
}
