import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import type { Library } from '../../../electron/core/library';
import { LibrarySearch } from '../../../electron/core/search';
import { SearchService } from '../../../electron/core/search/search-service';
import type { SearchResult } from '../../../shared/search';
import { writeGeneratedLibrary } from '../../helpers/generated-library';
import { tempDir } from '../../helpers/temp-library';

/**
 * Issue 19: the index is built in a worker thread, and nothing waits for it. A library of
 * generated articles is indexed in several small segments, so the build arrives in pieces; the
 * tests ask while it runs and never look at a clock.
 */
const ARTICLES = 1200;
const SEGMENT_DOCS = 200;
const BUILD_TIMEOUT = 240_000;
const QUERY = '科技';

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

async function indexFiles(library: Library): Promise<{ names: string[]; listed: string[]; articles: number }> {
  const dir = path.join(library.dir, 'index');
  const names = (await fs.readdir(dir)).sort();
  const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as { segments: { file: string; articles: number }[] };
  return { names, listed: manifest.segments.map((s) => s.file).sort(), articles: manifest.segments.reduce((n, s) => n + s.articles, 0) };
}

describe('a request made while the index builds', () => {
  it('is answered through the dispatcher; search says not ready, then partial with progress, then whole', { timeout: BUILD_TIMEOUT }, async () => {
    const library = await writeGeneratedLibrary(tempDir(), ARTICLES);
    const archive = createArchive(library, { log: { error: () => undefined }, search: { worker: { segmentDocs: SEGMENT_DOCS } } });
    const call = async (method: string, input: unknown): Promise<unknown> => {
      const answer = await archive.dispatch(method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return answer.data;
    };
    try {
      const first = (await call('search.query', { query: QUERY })) as SearchResult;
      // The first build of an empty index: not ready yet, and how far it is.
      expect(first.incomplete).toMatchObject({ searched: 0, progress: { phase: 'indexing', total: ARTICLES } });
      expect(first.hits).toEqual([]);

      const partial: SearchResult[] = [];
      for (;;) {
        const info = (await call('library.info', {})) as { issueCount?: number };
        expect(info).toBeTruthy();
        expect(((await call('issues.list', {})) as unknown[]).length).toBe(ARTICLES / 6);
        const result = (await call('search.query', { query: QUERY })) as SearchResult;
        const status = (await call('search.status', {})) as { progress: { phase: string } };
        if (result.incomplete && result.incomplete.searched > 0) partial.push(result);
        if (!result.incomplete && status.progress.phase === 'ready') break;
        await pause();
      }
      // Some answers came from part of the library, and said how far the build had got.
      expect(partial.length).toBeGreaterThan(0);
      const sample = partial[0] as SearchResult;
      expect(sample.incomplete?.searched).toBeLessThan(ARTICLES);
      expect(sample.incomplete?.progress).toMatchObject({ phase: 'indexing', total: ARTICLES });

      const whole = (await call('search.query', { query: QUERY })) as SearchResult;
      expect(whole.incomplete).toBeUndefined();
      for (const part of partial) expect(part.total).toBeLessThanOrEqual(whole.total);
      expect(whole.total).toBeGreaterThan(0);
    } finally {
      await archive.close();
    }
  });

  it('is answered through the HTTP server, on kept-alive connections, with no connection dropped', { timeout: BUILD_TIMEOUT }, async () => {
    const { startServer } = await import('../../../electron/server');
    const library = await writeGeneratedLibrary(tempDir(), ARTICLES);
    const server = await startServer({
      library,
      rendererDir: tempDir(),
      warmUpSearch: true,
      log: { error: () => undefined },
      search: { worker: { segmentDocs: SEGMENT_DOCS } },
    });
    const origin = new URL(server.url).origin;
    const post = async (method: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> => {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-archive-token': server.token, origin },
        body: JSON.stringify(input),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as { ok: boolean; data?: unknown };
    };
    try {
      let sawIncomplete = false;
      for (;;) {
        const answers = await Promise.all([
          post('library.info', {}),
          post('issues.list', {}),
          post('search.query', { query: QUERY }),
          post('search.status', {}),
        ]);
        for (const answer of answers) expect(answer.ok).toBe(true);
        const result = answers[2]?.data as SearchResult;
        if (result.incomplete) sawIncomplete = true;
        const status = answers[3]?.data as { progress: { phase: string } };
        if (!result.incomplete && status.progress.phase === 'ready') break;
        await pause();
      }
      expect(sawIncomplete).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('the worker', () => {
  it('finds what an index built on this thread finds', { timeout: BUILD_TIMEOUT }, async () => {
    const library = await writeGeneratedLibrary(tempDir(), ARTICLES);
    const service = new SearchService(library);
    const inWorker = await service.ready();
    const queries = [QUERY, '创新', '发展 工作', '"科技创新"', '-科技 发展', '年份:2015-2018 企业'];
    const found = queries.map((q) => inWorker.query(q, { limit: 1000 }));
    await service.close();

    await fs.rm(path.join(library.dir, 'index'), { recursive: true });
    const here = await LibrarySearch.open(library);
    try {
      expect(here.articleCount).toBe(ARTICLES);
      queries.forEach((q, i) => {
        const expected = here.query(q, { limit: 1000 });
        const actual = found[i] as SearchResult;
        expect(actual.total, q).toBe(expected.total);
        expect(actual.hits.map((h) => [h.articleId, h.score]), q).toEqual(expected.hits.map((h) => [h.articleId, h.score]));
      });
      expect(found.some((r) => r.total > 0)).toBe(true);
    } finally {
      here.close();
    }
  });

  it('killed twice, is reported; the next search builds the index again', { timeout: BUILD_TIMEOUT }, async () => {
    const library = await writeGeneratedLibrary(tempDir(), ARTICLES);
    let kill = true;
    const killed: Worker[] = [];
    const onWorker = (worker: Worker): void => {
      // Killed as soon as it says anything: the way a crash or the system's OOM killer ends it.
      if (kill) worker.once('message', () => void worker.terminate().then(() => killed.push(worker)));
    };
    const service = new SearchService(library, { worker: { segmentDocs: SEGMENT_DOCS, onWorker } });
    try {
      const first = await service.current();
      expect(first.missing).toBe(ARTICLES);
      while (!service.notices.some((n) => n.code === 'search-index-build-failed')) await pause();
      // Retried once, then reported.
      expect(killed.length).toBe(2);
      expect(service.notices.find((n) => n.code === 'search-index-build-failed')).toMatchObject({ reason: expect.stringContaining('index worker') });
      expect(service.lastProgress.phase).toBe('ready');

      kill = false;
      const next = await service.current();
      expect(next.missing).toBeGreaterThan(0);
      const search = await service.ready();
      expect(search.articleCount).toBe(ARTICLES);
      const files = await indexFiles(library);
      expect(files.names).toEqual([...files.listed, 'manifest.json'].sort());
    } finally {
      await service.close();
    }
  });

  it('is stopped by close during a build, leaving only the segments the manifest names; reopening goes on from them', { timeout: BUILD_TIMEOUT }, async () => {
    const library = await writeGeneratedLibrary(tempDir(), ARTICLES);
    const workers: Worker[] = [];
    const service = new SearchService(library, { worker: { segmentDocs: SEGMENT_DOCS, onWorker: (w) => workers.push(w) } });
    const exited = new Promise<void>((resolve) => {
      const watch = (): void => {
        const worker = workers[0];
        if (worker) worker.once('exit', () => resolve());
        else setTimeout(watch, 5);
      };
      watch();
    });
    await service.current();
    // Once part of the library is searchable, close.
    while ((await service.current()).search.articleCount === 0) await pause();
    await service.close();
    await exited;

    const files = await indexFiles(library);
    expect(files.names).toEqual([...files.listed, 'manifest.json'].sort());
    expect(files.listed.length).toBeGreaterThan(0);
    expect(files.articles).toBeLessThan(ARTICLES);

    const reopened = new SearchService(library, { worker: { segmentDocs: SEGMENT_DOCS } });
    try {
      const resumed = await reopened.current();
      expect(resumed.search.articleCount).toBe(files.articles);
      expect(resumed.missing).toBe(ARTICLES - resumed.search.articleCount);
      expect((await reopened.ready()).articleCount).toBe(ARTICLES);
    } finally {
      await reopened.close();
    }
  });
});
