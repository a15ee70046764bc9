/**
 * `node --import tsx scripts/hammer-server.ts [--articles N] [--library DIR] [--in-thread | --baseline]`:
 * browser mode's server starting on a library with no search index, while a separate process
 * calls the API as the screen does (library.info, issues.list, search.query, search.status,
 * four at a time) until search is ready. Prints how many calls took over 100 ms, the slowest,
 * and every failed connection (ECONNRESET and the like). Counts, not a benchmark: the figures
 * depend on the machine's load, so compare runs taken side by side. `--baseline` keeps the index
 * built by the run before and makes the same number of calls with nothing being built: what the
 * machine's load alone costs. The server's event-loop delay (how long its thread was held) is
 * printed too.
 */
import { fork } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const SLOW_MS = 100;
const CALLERS = 4;
const CALLS = [
  ['library.info', {}],
  ['issues.list', {}],
  ['search.query', { query: '科技创新', options: { limit: 20 } }],
  ['search.status', {}],
] as const;

interface Tally {
  calls: number;
  slow: number;
  slowest: number;
  errors: Record<string, number>;
  incompleteAnswers: number;
  answeredBeforeReady: number;
}

async function client(url: string, token: string, minimumCalls: number): Promise<Tally> {
  const tally: Tally = { calls: 0, slow: 0, slowest: 0, errors: {}, incompleteAnswers: 0, answeredBeforeReady: 0 };
  let ready = false;
  const origin = new URL(url).origin;
  const callOnce = async (method: string, input: unknown): Promise<unknown> => {
    const started = performance.now();
    try {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-archive-token': token, origin },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; data?: unknown; error?: { code: string } };
      if (!body.ok) tally.errors[`api:${body.error?.code ?? '?'}`] = (tally.errors[`api:${body.error?.code ?? '?'}`] ?? 0) + 1;
      return body.data;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      const code = cause?.code ?? (error as Error).message;
      tally.errors[code] = (tally.errors[code] ?? 0) + 1;
      return undefined;
    } finally {
      const ms = performance.now() - started;
      tally.calls++;
      if (!ready) tally.answeredBeforeReady++;
      if (ms > SLOW_MS) tally.slow++;
      tally.slowest = Math.max(tally.slowest, ms);
    }
  };
  const caller = async (offset: number): Promise<void> => {
    for (let i = offset; !ready || tally.calls < minimumCalls; i++) {
      const [method, input] = CALLS[i % CALLS.length] as (typeof CALLS)[number];
      const data = await callOnce(method, input);
      if (method === 'search.query' && typeof data === 'object' && data !== null && 'incomplete' in data) tally.incompleteAnswers++;
      if (method === 'search.status' && typeof data === 'object' && data !== null) {
        const phase = (data as { progress?: { phase?: string } }).progress?.phase;
        if (phase === 'ready') ready = true;
      }
    }
  };
  await Promise.all(Array.from({ length: CALLERS }, (_, i) => caller(i)));
  return tally;
}

async function server(argv: string[]): Promise<void> {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const articles = Number(value('--articles') ?? 20_000);
  const dir = value('--library') ?? path.join(os.tmpdir(), `hammer-library-${articles}`);
  const { openLibrary } = await import('../electron/core/library');
  const { startServer } = await import('../electron/server');
  let library;
  if (existsSync(path.join(dir, 'catalog.json'))) library = await openLibrary(dir);
  else {
    const { writeGeneratedLibrary } = await import('../tests/helpers/generated-library');
    console.log(`writing a library of ${articles} generated articles to ${dir}…`);
    library = await writeGeneratedLibrary(dir, articles);
  }
  const baseline = argv.includes('--baseline');
  if (!baseline) await fs.rm(path.join(dir, 'index'), { recursive: true, force: true });
  const inThread = argv.includes('--in-thread');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const running = await startServer({
    library,
    rendererDir: path.join(os.tmpdir(), 'no-renderer'),
    warmUpSearch: true,
    ...(inThread ? { search: { worker: false } } : {}),
  });
  const child = fork(fileURLToPath(import.meta.url), ['--client', running.url, running.token, baseline ? '400' : '0'], { execArgv: ['--import', 'tsx'] });
  const tally = await new Promise<Tally>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Tally));
    child.once('exit', (code) => reject(new Error(`the client exited with code ${code}`)));
  });
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  await running.close();
  const loop = { maxMs: Math.round(delay.max / 1e6), p99Ms: Math.round(delay.percentile(99) / 1e6) };
  console.log(
    JSON.stringify({ articles, mode: baseline ? 'baseline' : inThread ? 'in-thread' : 'worker', eventLoopDelay: loop, secondsUntilReady: Math.round(seconds * 10) / 10, load: os.loadavg(), ...tally }, null, 1),
  );
}

if (process.argv[2] === '--client') {
  const tally = await client(process.argv[3] ?? '', process.argv[4] ?? '', Number(process.argv[5] ?? 0));
  process.send?.(tally);
} else {
  await server(process.argv.slice(2));
}
