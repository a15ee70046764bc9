import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { startServer } from '../../../electron/server';
import type { RunningServer } from '../../../electron/server';
import { tempDir } from '../../helpers/temp-library';

/**
 * Browser mode takes a package by upload under its own limit (several GB), and the package calls
 * read the upload where it lies; bulletins keep theirs.
 */
let running: RunningServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

function post(server: RunningServer, pathname: string, headers: Record<string, string>, body: Buffer | string): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  const origin = server.url.replace(/\/$/, '');
  return new Promise((resolve, reject) => {
    const req = request(
      { agent: false, host: url.hostname, port: url.port, path: pathname, method: 'POST', headers: { host: url.host, origin, 'x-archive-token': server.token, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('package uploads in browser mode', () => {
  it('refuses a package declared over the package limit at once, saying the limit in GB', async () => {
    const library = await openLibrary(path.join(tempDir(), 'library'), { create: true });
    running = await startServer({ library, rendererDir: tempDir('renderer-') });
    const reply = await post(running, '/api/upload?for=package', { 'content-type': 'application/octet-stream', 'content-length': String(40 * 1024 ** 3) }, '');
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { said: { code: 'package-upload-too-large', gigabytes: 32 } } });
  });

  it('takes a package upload and verifies it by its upload id as a job (a bulletin upload declared over 200 MB is refused)', async () => {
    const library = await openLibrary(path.join(tempDir(), 'library'), { create: true });
    running = await startServer({ library, rendererDir: tempDir('renderer-') });
    const size = String(300 * 1024 * 1024);
    const bulletin = await post(running, '/api/upload', { 'content-type': 'application/octet-stream', 'content-length': size }, '');
    expect(bulletin.status).toBe(413);
    // A small package, sent whole: taken, then verified as a job by its upload id.
    const bag = Buffer.from('not a bag at all');
    const received = await post(running, '/api/upload?for=package', { 'content-type': 'application/octet-stream' }, bag);
    expect(received.status).toBe(200);
    const { data } = JSON.parse(received.body) as { data: { upload: string } };
    const started = await post(running, '/api/package.verify', { 'content-type': 'application/json' }, JSON.stringify({ file: { name: 'stick.zip', upload: data.upload } }));
    const { data: job } = JSON.parse(started.body) as { data: { jobId: string } };
    let view: { state: string; result: { report: { valid: boolean; path: string } } | null } = { state: 'running', result: null };
    for (let polls = 0; view.state === 'running' && polls < 400; polls += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      view = (JSON.parse((await post(running, '/api/jobs.status', { 'content-type': 'application/json' }, JSON.stringify({ jobId: job.jobId }))).body) as { data: typeof view }).data;
    }
    expect(view).toMatchObject({ state: 'done', result: { report: { valid: false, path: 'stick.zip' } } });
  });
});
