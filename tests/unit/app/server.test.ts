import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../electron/server';
import type { RunningServer } from '../../../electron/server';
import { libraryWithSample } from '../../helpers/temp-library';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: RunningServer;
let rendererDir: string;
let origin: string;
let host: string;

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const url = new URL(path, server.url);
    const req = request(
      {
        agent: false,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: { host, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  return send(`/api/${method}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', origin, 'x-archive-token': server.token, ...headers },
  });
}

let issueId = '';

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, '.secret.json'), '{}');
  const { library, issueId: id } = await libraryWithSample();
  issueId = id;
  server = await startServer({ library, rendererDir, log: { error: () => undefined } });
  origin = server.url.replace(/\/$/, '');
  host = new URL(server.url).host;
});

afterAll(async () => {
  await server.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('browser-mode server', () => {
  it('listens on loopback only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('answers an API call that carries the token from its own origin', async () => {
    const reply = await api('issues.list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: [{ id: issueId, series: '科技情报参考' }] });
  });

  it('trades the key of the printed address for a strict cookie, and hands the token only to a page that has it', async () => {
    const launch = new URL(server.launchUrl);
    expect(launch.searchParams.get('token')).toBe(server.token);
    const exchanged = await send(`/${launch.search}`);
    expect(exchanged.status).toBe(303);
    expect(exchanged.headers.location).toBe('/');
    const cookie = String(exchanged.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const reply = await send('/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(`<meta name="archive-token" content="${server.token}">`);
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('shows a page without the key (or with a wrong one) how to open the archive, and never the token', async () => {
    for (const [path, status] of [['/', 401], ['/index.html', 401], [`/?token=${'x'.repeat(43)}`, 403]] as const) {
      const reply = await send(path);
      expect(reply.status, path).toBe(status);
      expect(reply.body, path).toContain('?token=');
      expect(reply.body, path).not.toContain(server.token);
      expect(reply.headers['set-cookie'], path).toBeUndefined();
    }
    // Another run's cookie (another port) is not this one's.
    const port = Number(new URL(server.url).port);
    const foreign = await send('/', { headers: { cookie: `archive-session-${port + 1}=${server.token}` } });
    expect(foreign.status).toBe(401);
  });

  it('refuses a call without the token or with a wrong one', async () => {
    const missing = await send('/api/issues.list', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', origin },
    });
    expect(missing.status).toBe(403);
    expect((await api('issues.list', {}, { 'x-archive-token': 'x'.repeat(43) })).status).toBe(403);
  });

  it('refuses a foreign Host, for the API and for the page that holds the token (DNS rebinding)', async () => {
    const apiReply = await api('issues.list', {}, { host: `evil.example:${new URL(server.url).port}` });
    expect(apiReply.status).toBe(421);
    const page = await send('/', { headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
    expect(page.body).not.toContain(server.token);
  });

  it('refuses cross-origin requests', async () => {
    expect((await api('issues.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('issues.list', {}, { origin: 'null' })).status).toBe(403);
    expect((await api('issues.list', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('accepts JSON only, by POST only', async () => {
    expect((await api('issues.list', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const get = await send('/api/issues.list', { headers: { 'x-archive-token': server.token } });
    expect(get.status).toBe(405);
    const bad = await send('/api/issues.list', {
      method: 'POST',
      body: '{not json',
      headers: { 'content-type': 'application/json', 'x-archive-token': server.token },
    });
    expect(bad.status).toBe(400);
  });

  it('refuses a body larger than the limit before reading it', async () => {
    const reply = await send('/api/issues.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-archive-token': server.token, 'content-length': String(500 * 1024 * 1024) },
    });
    expect(reply.status).toBe(413);
  });

  it('validates arguments with the same schemas as IPC', async () => {
    const reply = await api('issues.get', { issueId, path: '/etc/passwd' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const proto = await api('constructor', {});
    expect(JSON.parse(proto.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('serves the built renderer and nothing outside it', async () => {
    const script = await send('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/.secret.json', '/assets/missing.js']) {
      expect((await send(path)).status, path).toBe(404);
    }
  });
});
