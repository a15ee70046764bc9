import { request } from 'node:http';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccountStore } from '../../electron/core/people';
import { startServer } from '../../electron/server';
import type { RunningServer } from '../../electron/server';
import { writeGeneratedLibrary } from '../helpers/generated-library';
import { percentiles, round } from './measure';
import type { Latency } from './measure';
import { BENCH_QUERIES } from './queries';

/**
 * The reading room's capacity (issue 18): the server on loopback, serving a generated
 * 10,000-article library to simulated readers, each signed in with an account and a session of
 * their own and calling from an address of their own (127.0.x.y: the server's per-address limits
 * apply per reader, as they would to colleagues' desks). Each reader loops without pausing
 * (a closed loop: the worst case of people clicking) over browse, search, open an article,
 * annotate and print to PDF, print being a small share. Per level: actions a second, p50/p95 per
 * action, refusals, and the process's RSS after GC. The load generator runs in the same process
 * as the server (one Node on the same 2 cores), so the figures are a floor, not a ceiling.
 */

export const ROOM_ACTIONS = ['browse', 'issue', 'search', 'article', 'annotate', 'print'] as const;
export type RoomAction = (typeof ROOM_ACTIONS)[number];
/** Out of 100 actions: mostly reading, some marking, a few prints (heavy: a PDF each). */
const WEIGHTS: Record<RoomAction, number> = { browse: 10, issue: 20, search: 22, article: 30, annotate: 15, print: 3 };

export interface RoomLevel {
  readers: number;
  seconds: number;
  actions: number;
  actionsPerSecond: number;
  perAction: Record<RoomAction, Latency & { count: number }>;
  /** Answers that were not `ok` (429 rate limit, 5xx…), by HTTP status. */
  refused: Record<string, number>;
  rssAfterGcMb: number;
  rssPeakMb: number;
}

export interface ReadingRoomResult {
  articles: number;
  levels: RoomLevel[];
  note: string;
}

const PASSWORD = 'reading-room-bench-1';

export async function benchReadingRoom(options: {
  readers: readonly number[];
  articles?: number;
  seconds?: number;
  log?: (line: string) => void;
}): Promise<ReadingRoomResult> {
  const articles = options.articles ?? 10_000;
  const seconds = options.seconds ?? 20;
  const log = options.log ?? (() => undefined);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bulletin-room-bench-'));
  const rendererDir = path.join(dir, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>bench</title>');
  const library = await writeGeneratedLibrary(path.join(dir, 'library'), articles);
  const most = Math.max(...options.readers);
  const accounts = new AccountStore(library.dir);
  for (let n = 0; n < most; n++) await accounts.add({ name: `reader${n}`, role: 'reader', password: PASSWORD });
  const server = await startServer({
    library,
    rendererDir,
    port: 0,
    warmUpSearch: true,
    log: { error: () => undefined },
    room: { hosts: ['127.0.0.1'], certificate: null },
  });
  try {
    const probe = await signIn(server, 0);
    await waitForSearch(server, probe);
    const issueIds = await issueIdsOf(server, probe);
    const levels: RoomLevel[] = [];
    for (const readers of options.readers) {
      const level = await runLevel(server, readers, seconds, issueIds);
      levels.push(level);
      log(describeLevel(level));
    }
    return {
      articles,
      levels,
      note: 'closed loop, no think time; load generator in the server process; RSS is that process after GC',
    };
  } finally {
    await server.close();
    await library.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

interface Reader {
  cookie: string;
  csrf: string;
  localAddress: string;
}

/** Reader n calls from 127.0.x.y, an address of its own on the loopback network. */
function addressOf(n: number): string {
  return `127.0.${Math.floor((n + 2) / 250)}.${((n + 2) % 250) + 2}`;
}

async function runLevel(server: RunningServer, readers: number, seconds: number, issueIds: readonly string[]): Promise<RoomLevel> {
  const signedIn: Reader[] = [];
  for (let n = 0; n < readers; n++) signedIn.push(await signIn(server, n));
  const samples = new Map<RoomAction, number[]>(ROOM_ACTIONS.map((a) => [a, []]));
  const refused: Record<string, number> = {};
  let rssPeak = process.memoryUsage().rss;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let seed = readers * 7919;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const loop = async (reader: Reader): Promise<void> => {
    while (performance.now() < until) {
      const action = pick(random());
      const issueId = issueIds[Math.floor(random() * issueIds.length)] ?? '';
      const at = performance.now();
      const status = await act(server, reader, action, issueId, random);
      const ms = performance.now() - at;
      if (status === 200) samples.get(action)?.push(ms);
      else refused[`${action} ${status}`] = (refused[`${action} ${status}`] ?? 0) + 1;
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }
  };
  await Promise.all(signedIn.map(loop));
  const elapsed = (performance.now() - started) / 1000;
  globalThis.gc?.();
  const rssAfterGc = process.memoryUsage().rss;
  const perAction = Object.fromEntries(
    ROOM_ACTIONS.map((a) => {
      const list = samples.get(a) ?? [];
      return [a, { ...percentiles(list), count: list.length }];
    }),
  ) as Record<RoomAction, Latency & { count: number }>;
  const actions = ROOM_ACTIONS.reduce((sum, a) => sum + perAction[a].count, 0);
  return {
    readers,
    seconds: round(elapsed),
    actions,
    actionsPerSecond: round(actions / elapsed),
    perAction,
    refused,
    rssAfterGcMb: round(rssAfterGc / 1024 / 1024),
    rssPeakMb: round(rssPeak / 1024 / 1024),
  };
}

function pick(r: number): RoomAction {
  let left = r * 100;
  for (const action of ROOM_ACTIONS) {
    left -= WEIGHTS[action];
    if (left < 0) return action;
  }
  return 'article';
}

/** One action as a page does it: the calls a person's click makes, timed together. */
async function act(server: RunningServer, reader: Reader, action: RoomAction, issueId: string, random: () => number): Promise<number> {
  const articleId = `${issueId}-${1 + Math.floor(random() * 6)}`;
  switch (action) {
    case 'browse':
      return (await api(server, reader, 'issues.list', {})).status;
    case 'issue':
      return (await api(server, reader, 'issues.get', { issueId })).status;
    case 'search': {
      const query = BENCH_QUERIES[Math.floor(random() * BENCH_QUERIES.length)]?.query ?? '科技';
      return (await api(server, reader, 'search.query', { query })).status;
    }
    case 'article': {
      const article = await api(server, reader, 'articles.get', { articleId });
      if (article.status !== 200) return article.status;
      return (await api(server, reader, 'annotations.forArticle', { articleId })).status;
    }
    case 'annotate':
      return (await api(server, reader, 'annotations.addNote', { articleId, note: `读后记 ${Math.floor(random() * 1e6)}` })).status;
    case 'print': {
      const prepared = await api(server, reader, 'export.prepare', {
        target: { kind: 'article', articleId },
        format: 'pdf',
        encoding: 'utf-8',
        options: { paper: 'A4', fontSize: 16, annotations: false },
      });
      if (prepared.status !== 200) return prepared.status;
      const token = (JSON.parse(prepared.body) as { data?: { token?: string } }).data?.token;
      return (await api(server, reader, 'export.take', { token })).status;
    }
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

async function signIn(server: RunningServer, n: number): Promise<Reader> {
  const localAddress = addressOf(n);
  const reply = await send(
    server,
    '/login',
    localAddress,
    { 'content-type': 'application/json' },
    JSON.stringify({ name: `reader${n}`, password: PASSWORD }),
  );
  if (reply.status !== 200) throw new Error(`reader${n} could not sign in: ${reply.status} ${reply.body.slice(0, 200)}`);
  const setCookie = reply.headers['set-cookie']?.[0] ?? '';
  const csrf = (JSON.parse(reply.body) as { data: { csrfToken: string } }).data.csrfToken;
  return { cookie: setCookie.split(';')[0] ?? '', csrf, localAddress };
}

async function waitForSearch(server: RunningServer, reader: Reader): Promise<void> {
  for (let tries = 0; tries < 1200; tries++) {
    const reply = await api(server, reader, 'search.query', { query: '科技' });
    const data = (JSON.parse(reply.body) as { data?: { incomplete?: unknown } }).data;
    if (reply.status === 200 && data && data.incomplete === undefined) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The search index was not built within 10 minutes.');
}

async function issueIdsOf(server: RunningServer, reader: Reader): Promise<string[]> {
  const reply = await api(server, reader, 'issues.list', {});
  return (JSON.parse(reply.body) as { data: { id: string }[] }).data.map((i) => i.id);
}

function api(server: RunningServer, reader: Reader, method: string, input: unknown) {
  return send(
    server,
    `/api/${method}`,
    reader.localAddress,
    { 'content-type': 'application/json', cookie: reader.cookie, 'x-archive-token': reader.csrf },
    JSON.stringify(input),
  );
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: RunningServer, where: string, localAddress: string, headers: Record<string, string>, body: string): Promise<Reply> {
  const url = new URL(where, server.url);
  const origin = server.url.replace(/\/$/, '');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { host: url.host, origin, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function describeLevel(level: RoomLevel): string {
  const per = ROOM_ACTIONS.map((a) => `${a} ${level.perAction[a].p50Ms}/${level.perAction[a].p95Ms} ms (${level.perAction[a].count})`).join(
    '; ',
  );
  const refused = Object.entries(level.refused)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return `${level.readers} readers: ${level.actionsPerSecond} actions/s over ${level.seconds} s; p50/p95 ${per}; RSS after GC ${level.rssAfterGcMb} MB (peak ${level.rssPeakMb} MB)${refused ? `; refused ${refused}` : ''}`;
}

/** The printed table: one row per level. */
export function readingRoomTable(result: ReadingRoomResult): string[] {
  const head = `| readers | actions/s | ${ROOM_ACTIONS.map((a) => `${a} p50 / p95`).join(' | ')} | RSS after GC | refused |`;
  const rule = `|${'---|'.repeat(ROOM_ACTIONS.length + 4)}`;
  const rows = result.levels.map(
    (l) =>
      `| ${l.readers} | ${l.actionsPerSecond} | ${ROOM_ACTIONS.map((a) => `${l.perAction[a].p50Ms} / ${l.perAction[a].p95Ms} ms`).join(' | ')} | ${l.rssAfterGcMb} MB | ${Object.values(l.refused).reduce((s, v) => s + v, 0)} |`,
  );
  return [head, rule, ...rows];
}
