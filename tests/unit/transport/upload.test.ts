import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { openLibrary } from '../../../electron/core/library';
import type { Library } from '../../../electron/core/library';
import { startServer } from '../../../electron/server';
import type { RunningServer } from '../../../electron/server';
import { paddedPdf } from '../../helpers/padded-pdf';
import { tempDir } from '../../helpers/temp-library';

const PDF = path.resolve(__dirname, '../../fixtures/pdf/bulletin-3p.pdf');
const MB = 1024 * 1024;

interface Reply {
  status: number;
  body: string;
}

let running: RunningServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function serve(): Promise<{ server: RunningServer; library: Library }> {
  const library = await openLibrary(path.join(tempDir(), 'library'), { create: true });
  running = await startServer({ library, rendererDir: tempDir('renderer-') });
  return { server: running, library };
}

function send(server: RunningServer, pathname: string, headers: Record<string, string>, body?: Buffer | string): Promise<Reply> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ agent: false, host: url.hostname, port: url.port, path: pathname, method: 'POST', headers: { host: url.host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function upload(server: RunningServer, bytes: Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  const origin = server.url.replace(/\/$/, '');
  return send(server, '/api/upload', { 'content-type': 'application/octet-stream', origin, 'x-archive-token': server.token, ...headers }, bytes);
}

function api(server: RunningServer, method: string, input: unknown): Promise<Reply> {
  const origin = server.url.replace(/\/$/, '');
  return send(server, `/api/${method}`, { 'content-type': 'application/json', origin, 'x-archive-token': server.token }, JSON.stringify(input));
}

async function uploadsLeft(library: Library): Promise<string[]> {
  return fs.readdir(path.join(library.dir, '.uploads')).catch(() => []);
}

describe('files of any size the importer accepts reach it (issue 20, defect 1)', () => {
  it('a 30 MB PDF streamed to /api/upload is imported byte for byte, and its upload is gone', async () => {
    const { server, library } = await serve();
    const big = paddedPdf(readFileSync(PDF), 30 * MB);
    expect(big.length).toBeGreaterThan(30 * MB - MB);
    const received = await upload(server, big);
    expect(received.status).toBe(200);
    const receipt = JSON.parse(received.body) as { ok: true; data: { upload: string; size: number } };
    expect(receipt.data.size).toBe(big.length);

    const imported = await api(server, 'import.bulletins', { files: [{ name: '扫描版 2024-03.pdf', upload: receipt.data.upload }] });
    expect(imported.status).toBe(200);
    const result = JSON.parse(imported.body) as { ok: boolean; data: { status: string; issueId: string }[] };
    expect(result).toMatchObject({ ok: true, data: [{ status: 'imported' }] });

    const sha256 = createHash('sha256').update(big).digest('hex');
    const kept = await fs.readFile(path.join(library.dir, 'files', `${sha256}.pdf`));
    expect(kept.equals(big)).toBe(true);
    expect(await uploadsLeft(library)).toEqual([]);
    // Used once: naming the same upload again is a clear failure, not a second import.
    const again = JSON.parse((await api(server, 'import.bulletins', { files: [{ name: 'again.pdf', upload: receipt.data.upload }] })).body);
    expect(again).toMatchObject({ ok: true, data: [{ status: 'failed', code: 'not-found', said: { code: 'upload-missing', file: 'again.pdf' } }] });
  });

  it('the review screen reads an uploaded file the same way', async () => {
    const { server } = await serve();
    const receipt = JSON.parse((await upload(server, readFileSync(PDF))).body) as { data: { upload: string } };
    const preview = JSON.parse((await api(server, 'import.preview', { file: { name: 'a.pdf', upload: receipt.data.upload } })).body);
    expect(preview).toMatchObject({ ok: true, data: { file: 'a.pdf' } });
  });

  it('refuses an upload without the token, from another origin, or as JSON, and keeps nothing', async () => {
    const { server, library } = await serve();
    const bytes = readFileSync(PDF);
    expect((await upload(server, bytes, { 'x-archive-token': 'wrong' })).status).toBe(403);
    expect((await upload(server, bytes, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload(server, bytes, { 'content-type': 'application/json' })).status).toBe(415);
    expect((await upload(server, bytes, { host: 'evil.example:80' })).status).toBe(421);
    expect(await uploadsLeft(library)).toEqual([]);
  });

  it('refuses a file larger than the importer accepts before reading it', async () => {
    const { server, library } = await serve();
    const reply = await upload(server, Buffer.alloc(0), { 'content-length': String(300 * MB) }).catch(() => null);
    // Either the 413 answer arrives, or the server closed the connection on the oversized request.
    if (reply) expect(reply).toMatchObject({ status: 413 });
    if (reply) expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too-large', said: { code: 'upload-too-large' } } });
    expect(await uploadsLeft(library)).toEqual([]);
  });

  it('uploads never used are removed when the archive closes', async () => {
    const { server, library } = await serve();
    expect((await upload(server, readFileSync(PDF))).status).toBe(200);
    expect(await uploadsLeft(library)).toHaveLength(1);
    await server.close();
    running = null;
    expect(await uploadsLeft(library)).toEqual([]);
  });

  it('uploads a killed process left behind are removed when the archive starts', async () => {
    const library = await openLibrary(path.join(tempDir(), 'library'), { create: true });
    const folder = path.join(library.dir, '.uploads');
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, '99999999-2b1f0a52-6c1e-4d3a-9a0e-3c3b1a2f4e51'), 'half a file');
    const mine = path.join(folder, `${process.pid}-7d0c3e4a-1a2b-4c5d-8e9f-0a1b2c3d4e5f`);
    await fs.writeFile(mine, 'a live upload of this process');
    running = await startServer({ library, rendererDir: tempDir('renderer-') });
    // The sweep runs beside start-up; an upload round trip is a point after which it has run.
    await upload(running, Buffer.from('%PDF-1.4'));
    await expect.poll(async () => (await uploadsLeft(library)).filter((name) => name.startsWith('99999999-'))).toEqual([]);
    expect(await fs.readFile(mine, 'utf8')).toBe('a live upload of this process');
  });

  it('Electron passes the bytes themselves; JSON look-alikes and the old base64 field are refused', async () => {
    const library = await openLibrary(path.join(tempDir(), 'library'), { create: true });
    const archive = createArchive(library, { log: { error: () => undefined } });
    const bytes = readFileSync(PDF);
    // What ipcRenderer.invoke delivers: a Uint8Array (a structured clone), not text.
    const ipc = await archive.dispatch('import.bulletins', { files: [{ name: 'a.pdf', bytes: new Uint8Array(bytes) }] });
    expect(ipc).toMatchObject({ ok: true, data: [{ status: 'imported' }] });
    for (const file of [{ name: 'b.pdf', bytes: { 0: 37, 1: 80 } }, { name: 'b.pdf', bytes: [37, 80] }, { name: 'b.pdf', dataBase64: bytes.toString('base64') }]) {
      expect(await archive.dispatch('import.bulletins', { files: [file] })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    }
    await archive.close();
  });
});
