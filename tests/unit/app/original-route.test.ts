import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../electron/server';
import type { RunningServer } from '../../../electron/server';
import { contentDisposition, textCharset } from '../../../electron/server/original-route';
import { dispositionName } from '../../../renderer/src/transport/http-delivery';
import { libraryWithSample, SAMPLE, tempDir } from '../../helpers/temp-library';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: RunningServer;
let host = '';
let cookie = '';
let issueId = '';

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.url);
    const req = request(
      { agent: false, host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { host, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const { library, issueId: id } = await libraryWithSample();
  issueId = id;
  server = await startServer({ library, rendererDir: tempDir(), log: { error: () => undefined } });
  host = new URL(server.url).host;
  const exchanged = await get(new URL(server.launchUrl).pathname + new URL(server.launchUrl).search);
  cookie = String(exchanged.headers['set-cookie']).split(';')[0]!;
});

afterAll(async () => {
  await server.close();
});

describe('open the original in a browser tab', () => {
  it('sends a text original inline, with its charset and its name, byte for byte', async () => {
    const reply = await get(`/original/${issueId}`, { cookie, 'sec-fetch-site': 'same-origin' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reply.headers['content-disposition']).toMatch(/^inline; filename="kjqbck-2024-03\.txt"; filename\*=UTF-8''kjqbck-2024-03\.txt$/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-security-policy']).toContain('sandbox');
    expect(reply.body.equals(readFileSync(SAMPLE))).toBe(true);
    const head = await get(`/original/${issueId}`, { cookie }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
  });

  it('refuses without the session, from another site, for another host, and says so for an unknown issue', async () => {
    expect((await get(`/original/${issueId}`)).status).toBe(401);
    expect((await get(`/original/${issueId}`, { cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(`/original/${issueId}`, { cookie, host: 'evil.example:80' })).status).toBe(421);
    expect((await get('/original/no-such-issue', { cookie })).status).toBe(404);
    expect((await get(`/original/${issueId}?sha256=${'0'.repeat(64)}`, { cookie })).status).toBe(404);
    expect((await get('/original/..%2F..%2Fcatalog.json', { cookie })).status).toBe(404);
  });

  it('names Chinese files for every browser and reads the name back, and tells GB18030 from UTF-8', () => {
    const header = contentDisposition('inline', '科技情报参考 "第3期".pdf');
    expect(header).toBe(`inline; filename="______ __3__.pdf"; filename*=UTF-8''${encodeURIComponent('科技情报参考 "第3期".pdf')}`);
    expect(dispositionName(header)).toBe('科技情报参考 "第3期".pdf');
    expect(contentDisposition('attachment', "it's (1).docx")).toBe(
      `attachment; filename="it's (1).docx"; filename*=UTF-8''it%27s%20%281%29.docx`,
    );
    expect(textCharset(new TextEncoder().encode('科技情报参考'))).toBe('utf-8');
    expect(textCharset(Uint8Array.from([0xbf, 0xc6, 0xbc, 0xbc]))).toBe('gb18030');
    expect(textCharset(Uint8Array.from([0xff, 0xfe, 0x11, 0x79]))).toBe('utf-16le');
  });
});
