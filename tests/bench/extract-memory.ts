import { promises as fs } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import os from 'node:os';
import { openLibrary } from '../../electron/core/library';
import { WORKER_RSS_MB } from '../../electron/core/importers/extract/run-worker';
import { startServer } from '../../electron/server';
import type { RunningServer } from '../../electron/server';
import { makePdfBomb } from '../helpers/pdf-bomb';

/**
 * `node --expose-gc --import tsx tests/bench/extract-memory.ts [--inflated-mb N]`: issue 20,
 * defect 3. Makes a PDF whose one content stream inflates to N MB (default 1024: a 1 MB file),
 * imports it through a browser-mode server in this process (POST /api/upload, then
 * import.bulletins), samples this process's resident size every 5 ms throughout, and writes
 * bench/extract-memory.json: the answer, the peak RSS over the baseline, and the RSS afterwards.
 * The stated limit: one extraction adds at most WORKER_RSS_MB to the process (it is stopped
 * there); a refused bomb adds far less, and the memory is back within 100 MB afterwards.
 */
const MB = 1024 * 1024;
const inflatedArg = process.argv.indexOf('--inflated-mb');
const inflatedMb = inflatedArg > 0 ? Number(process.argv[inflatedArg + 1]) : 1024;
const RESULTS = path.resolve(import.meta.dirname, '../../bench/extract-memory.json');

function post(server: RunningServer, pathname: string, type: string, body: Buffer | string): Promise<string> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const headers = { host: url.host, origin: `http://${url.host}`, 'content-type': type, 'x-archive-token': server.token };
    const req = request({ agent: false, host: url.hostname, port: url.port, path: pathname, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

const bomb = await makePdfBomb(inflatedMb * MB);
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-extract-memory-'));
const library = await openLibrary(path.join(dir, 'library'), { create: true });
const server = await startServer({ library, rendererDir: dir });
collect();
const baseline = process.memoryUsage.rss();
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5);
const started = performance.now();
const receipt = JSON.parse(await post(server, '/api/upload', 'application/octet-stream', bomb)) as { data: { upload: string } };
const answer = JSON.parse(await post(server, '/api/import.bulletins', 'application/json', JSON.stringify({ files: [{ name: 'bomb.pdf', upload: receipt.data.upload }] })));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await new Promise((resolve) => setTimeout(resolve, 1000));
collect();
const after = process.memoryUsage.rss();
await server.close();
await fs.rm(dir, { recursive: true, force: true });

const outcome = (answer as { data?: { status: string; code?: string; said?: { code: string } }[] }).data?.[0];
const result = {
  measuredAt: new Date().toISOString(),
  platform: `${process.platform}-${process.arch}`,
  node: process.version,
  fileMb: Math.round((bomb.length / MB) * 100) / 100,
  inflatedMb,
  outcome: outcome ? { status: outcome.status, code: outcome.code ?? null, said: outcome.said?.code ?? null } : answer,
  seconds: Math.round(seconds * 100) / 100,
  baselineRssMb: Math.round(baseline / MB),
  peakRssMb: Math.round(peak / MB),
  peakGrowthMb: Math.round((peak - baseline) / MB),
  afterRssMb: Math.round(after / MB),
  afterGrowthMb: Math.round((after - baseline) / MB),
  statedLimitGrowthMb: WORKER_RSS_MB,
  withinLimit: (peak - baseline) / MB <= WORKER_RSS_MB && (after - baseline) / MB <= 100,
};
await fs.writeFile(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
process.exitCode = result.withinLimit ? 0 : 1;
