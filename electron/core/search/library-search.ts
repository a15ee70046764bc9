import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { IssueTexts } from '../../../shared/catalog';
import type { ArchiveMessage, SystemRefusal } from '../../../shared/messages';
import { findArticleHits } from './article-hits';
import { documentsOfIssue, issueFingerprint } from './document';
import type { IndexableIssue, SearchDocument } from './document';
import { INDEX_FORMAT, indexDir, readManifest, writeManifest } from './manifest';
import type { Manifest } from './manifest';
import { parseQuery } from './query-parser';
import { MAX_SEGMENT_DOCS } from './segment';
import type { Segment } from './segment';
import { buildSegment } from './segment-builder';
import { DamagedSegmentError, readSegment, writeSegment } from './segment-file';
import { SearchIndex } from './search-index';
import { IndexWorkerRun } from './index-worker-run';
import type { IndexWorkerOptions } from './index-worker-run';
import type { ArticleHit, SearchOptions, SearchProgress, SearchResult } from './types';
import { issueIdOfArticle } from '../../../shared/ids';
import { systemRefusalOf } from '../system-refusal';

/** What search needs of a library; `Library` has it, and so do the benchmark's fakes. */
export interface SearchSource {
  readonly dir: string;
  issues(): readonly IndexableIssue[];
  getTexts(issueId: string): Promise<Pick<IssueTexts, 'articles'>>;
}

export type ProgressListener = (progress: SearchProgress) => void;

export interface SyncReport {
  added: number;
  removed: number;
  rebuiltSegments: number;
}

type Entry = Manifest['segments'][number] & { segment: Segment };

export interface LibrarySearchOptions {
  /**
   * Build in a worker thread when more than IN_THREAD_ARTICLES are to be indexed (the app and
   * the server: their event loop must keep answering). The source must then be a library
   * folder the worker can read texts from. Without it (the command line, the benchmark, tests)
   * everything is built here.
   */
  worker?: IndexWorkerOptions;
  /** Check every page of every segment on opening (verify --repair), not each page when first read. */
  thorough?: boolean;
}

/** Thrown into a sync that `cancel()` stopped. */
export class SearchBuildCancelled extends Error {
  constructor() {
    super('The search index build was cancelled.');
  }
}

/**
 * Up to this many articles are indexed on the calling thread, so a search right after an
 * import finds it without waiting for a worker to start (about 2 ms an article here: one
 * issue costs tens of milliseconds). More than this goes to the worker.
 */
export const IN_THREAD_ARTICLES = 64;
/** The catalogue is compared with the index in slices this size, yielding between them. */
const DIFF_SLICE = 2000;

/** Segments below this many articles are merged once there are several of them. */
const SMALL_SEGMENT = 1024;
const MERGE_WHEN_SMALL = 4;
/** Unlisted segment files younger than this may belong to another process still writing. */
const ORPHAN_AGE_MS = 10 * 60 * 1000;

/**
 * The library's search: the index in memory, kept in step with the catalogue and saved in
 * `<library>/index/` so that reopening is search-ready at once. Queries are synchronous and
 * read memory only (snippets read a few hundred bytes from the segment files).
 */
export class LibrarySearch {
  /** What was found wrong with the index and done about it, said in the reader's language. */
  readonly notices: ArchiveMessage[] = [];
  /** Segments the disk refused to take, searched from memory (their files do not exist). */
  private readonly unsaved = new Set<string>();
  private entries: Entry[] = [];
  private readonly index = new SearchIndex();
  private syncing: Promise<SyncReport> = Promise.resolve({ added: 0, removed: 0, rebuiltSegments: 0 });
  /** The catalogue last synced with, and its issue ids: the array may be changed in place. */
  private lastCatalogue: readonly IndexableIssue[] | null = null;
  private lastIds = '';
  /** Articles of new issues a background build has not made searchable yet. */
  private missingArticles = 0;
  private cancelled = false;
  private workerRun: IndexWorkerRun | null = null;

  private constructor(
    private readonly source: SearchSource,
    private readonly options: LibrarySearchOptions = {},
  ) {}

  /**
   * `thorough`: check every page of every segment now (verify --repair) instead of each page when
   * first read; either way a damaged segment is built again.
   */
  static async open(source: SearchSource, onProgress?: ProgressListener, options?: LibrarySearchOptions): Promise<LibrarySearch> {
    const search = await LibrarySearch.load(source, onProgress, options);
    const report = await search.sync(onProgress);
    onProgress?.({ phase: 'ready', articles: search.articleCount, rebuilt: report.added > 0 });
    return search;
  }

  /** The index as saved, not yet synced with the catalogue: searchable at once, perhaps not whole. */
  static async load(source: SearchSource, onProgress?: ProgressListener, options?: LibrarySearchOptions): Promise<LibrarySearch> {
    const search = new LibrarySearch(source, options);
    onProgress?.({ phase: 'loading' });
    await search.load(options?.thorough === true);
    return search;
  }

  /** Articles a build in progress has still to add: while above 0, a search's answer is incomplete. */
  get missing(): number {
    return this.missingArticles;
  }

  /** True when the index was synced with the catalogue as it is now (an id comparison, no I/O). */
  inStep(): boolean {
    const catalogue = this.source.issues();
    return catalogue === this.lastCatalogue && catalogueKey(catalogue) === this.lastIds;
  }

  /** Stops a build in progress (its worker ended, its unfinished files removed); the sync then fails with SearchBuildCancelled. */
  async cancel(): Promise<void> {
    this.cancelled = true;
    await this.workerRun?.cancel();
    await this.settled();
  }

  get articleCount(): number {
    return this.index.articleCount;
  }

  /** Size of the index, for the benchmark and for a status line. */
  async stats(): Promise<{ articles: number; segments: number; memoryBytes: number; diskBytes: number }> {
    let diskBytes = 0;
    const dir = indexDir(this.source.dir);
    for (const name of await fs.readdir(dir).catch(() => [] as string[]))
      diskBytes += (await fs.stat(path.join(dir, name)).catch(() => ({ size: 0 }))).size;
    return { articles: this.articleCount, segments: this.entries.length, memoryBytes: this.index.memoryBytes(), diskBytes };
  }

  query(query: string, options?: SearchOptions, only?: ReadonlySet<string>): SearchResult {
    // A segment's pages are checked when first read (segment-file.ts): one found damaged is set
    // aside, its issues indexed again in the background, and the query answered from the rest.
    for (;;) {
      try {
        return this.index.query(query, options, only);
      } catch (error) {
        if (!(error instanceof DamagedSegmentError) || !this.setAside(error.file)) throw error;
      }
    }
  }

  /** Drops the segment read from `file` and starts indexing its issues again; false if no segment is. */
  private setAside(file: string): boolean {
    const damaged = this.entries.find((e) => e.segment.file === file);
    if (!damaged) return false;
    this.notices.push({ code: 'search-segment-rebuilt', file: damaged.file });
    this.entries = this.entries.filter((e) => e !== damaged);
    this.index.replaceSegments(this.entries.map((e) => e.segment));
    this.dropEntries([damaged]);
    this.lastCatalogue = null;
    this.sync().catch(() => undefined);
    return true;
  }

  /** Every hit of the query's terms in one article, for highlighting and stepping between them. */
  hitsInArticle(articleId: string, query: string): Promise<ArticleHit[]> {
    return articleHitsIn(this.source, articleId, query);
  }

  /**
   * Brings the index in step with the catalogue: indexes new issues, drops deleted ones, redoes
   * changed ones, merges small segments. Cheap when nothing changed. Calls run one at a time.
   */
  sync(onProgress?: ProgressListener, onBackground?: () => void): Promise<SyncReport> {
    const run = this.syncing.then(
      () => this.syncNow(onProgress, onBackground),
      () => this.syncNow(onProgress, onBackground),
    );
    this.syncing = run;
    return run;
  }

  /** Throws the index away and builds it again from the library. */
  async rebuild(onProgress?: ProgressListener): Promise<SyncReport> {
    await this.syncing.catch(() => undefined);
    this.dropEntries(this.entries);
    this.entries = [];
    this.index.replaceSegments([]);
    this.lastCatalogue = null;
    return this.sync(onProgress);
  }

  /** Resolves when the sync in progress (if any) has finished, so closing does not cut it off. */
  async settled(): Promise<void> {
    await this.syncing.catch(() => undefined);
  }

  close(): void {
    for (const entry of this.entries) entry.segment.close();
  }

  private async load(thorough: boolean): Promise<void> {
    const { manifest, problem } = await readManifest(this.source.dir);
    if (problem) this.notices.push({ code: 'search-index-rebuilt' });
    for (const item of manifest?.segments ?? []) {
      try {
        const { segment } = await readSegment(path.join(indexDir(this.source.dir), item.file));
        const problem = thorough ? segment.checkAll() : null;
        if (problem !== null) {
          segment.close();
          throw new Error(problem);
        }
        this.entries.push({ ...item, segment });
      } catch {
        // Its issues are no longer covered, so the sync that follows indexes them again.
        this.notices.push({ code: 'search-segment-rebuilt', file: item.file });
      }
    }
    this.index.replaceSegments(this.entries.map((e) => e.segment));
    for (const entry of this.entries) this.markDeadOutside(entry);
  }

  private async syncNow(onProgress?: ProgressListener, onBackground?: () => void): Promise<SyncReport> {
    if (this.cancelled) throw new SearchBuildCancelled();
    const catalogue = this.source.issues();
    const ids = catalogueKey(catalogue);
    if (catalogue === this.lastCatalogue && ids === this.lastIds) return { added: 0, removed: 0, rebuiltSegments: 0 };
    // In slices: fingerprinting a catalogue of 100,000 issues at once would hold the event loop.
    const wanted = new Map<string, { issue: IndexableIssue; fingerprint: string }>();
    for (let i = 0; i < catalogue.length; i++) {
      const issue = catalogue[i] as IndexableIssue;
      wanted.set(issue.id, { issue, fingerprint: issueFingerprint(issue) });
      if (i % DIFF_SLICE === DIFF_SLICE - 1) await yieldToEvents();
    }
    let removed = 0;
    const covered = new Set<string>();
    for (const entry of this.entries) {
      for (const [id, fingerprint] of Object.entries(entry.issues)) {
        if (wanted.get(id)?.fingerprint === fingerprint && !covered.has(id)) {
          covered.add(id);
          continue;
        }
        delete entry.issues[id];
        removed++;
      }
      this.markDeadOutside(entry);
    }
    // Segments worth redoing: mostly dead, or one of several small ones.
    const live = (e: Entry): number => e.segment.docs.filter((d) => e.issues[d.issueId] !== undefined).length;
    const small = this.entries.filter((e) => e.segment.size < SMALL_SEGMENT);
    const redo = new Set(this.entries.filter((e) => live(e) * 2 < e.segment.size));
    if (small.length >= MERGE_WHEN_SMALL) for (const e of small) redo.add(e);
    const toIndex: IndexableIssue[] = catalogue.filter((issue) => !covered.has(issue.id));
    const added = toIndex.length;
    for (const entry of redo) for (const id of Object.keys(entry.issues)) toIndex.push((wanted.get(id) as { issue: IndexableIssue }).issue);

    if (toIndex.length === 0 && redo.size === 0 && removed === 0) {
      this.lastCatalogue = catalogue;
      this.lastIds = ids;
      return { added: 0, removed: 0, rebuiltSegments: 0 };
    }
    const articles = toIndex.reduce((n, issue) => n + issue.articles.length, 0);
    const built =
      this.options.worker && articles > IN_THREAD_ARTICLES
        ? await this.buildInWorker(toIndex, added, onProgress, onBackground)
        : await this.buildEntries(toIndex, onProgress);
    if (this.cancelled) {
      this.dropEntries(built);
      throw new SearchBuildCancelled();
    }
    const kept = this.entries.filter((e) => !redo.has(e) && e.segment.size > 0 && Object.keys(e.issues).length > 0);
    const dropped = this.entries.filter((e) => !kept.includes(e));
    onProgress?.({ phase: 'saving' });
    const next = [...kept, ...built];
    // A segment the disk refused is searched from memory; the manifest then keeps naming only what
    // is on disk, and the next open indexes the rest again.
    const saved = next.filter((e) => !this.unsaved.has(e.file));
    await writeManifest(this.source.dir, {
      format: INDEX_FORMAT,
      segments: saved.map(({ file, articles, issues }) => ({ file, articles, issues })),
    }).catch((error: unknown) => {
      const refusal = systemRefusalOf(error);
      if (refusal === null) throw error;
      this.refuseToSave(refusal);
    });
    this.entries = next;
    this.index.replaceSegments(next.map((e) => e.segment));
    for (const entry of next) this.markDeadOutside(entry);
    this.dropEntries(dropped);
    await this.removeOrphans();
    this.lastCatalogue = catalogue;
    this.lastIds = ids;
    return { added, removed, rebuiltSegments: redo.size };
  }

  private async buildEntries(issues: readonly IndexableIssue[], onProgress?: ProgressListener): Promise<Entry[]> {
    const total = issues.reduce((n, i) => n + i.articles.length, 0);
    let done = 0;
    const report = (): void => onProgress?.({ phase: 'indexing', done, total });
    report();
    const entries: Entry[] = [];
    let batch: SearchDocument[] = [];
    let batchIssues: Record<string, string> = {};
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const built = buildSegment(batch, () => {
        done++;
        if (done % 500 === 0) report();
      });
      const file = `seg-${randomBytes(8).toString('hex')}.bin`;
      try {
        await fs.mkdir(indexDir(this.source.dir), { recursive: true });
        const saved = await writeSegment(path.join(indexDir(this.source.dir), file), built);
        built.close();
        entries.push({ file, articles: batch.length, issues: batchIssues, segment: saved.segment });
      } catch (error) {
        // Reading never depends on writing (a full or read-only disk): the segment stays in memory.
        const refusal = systemRefusalOf(error);
        if (refusal === null) throw error;
        await fs.rm(path.join(indexDir(this.source.dir), file), { force: true }).catch(() => undefined);
        this.refuseToSave(refusal);
        this.unsaved.add(file);
        entries.push({ file, articles: batch.length, issues: batchIssues, segment: built });
      }
      batch = [];
      batchIssues = {};
    };
    for (const issue of issues) {
      if (this.cancelled) break;
      let texts: Pick<IssueTexts, 'articles'>;
      try {
        texts = await this.source.getTexts(issue.id);
      } catch {
        // Its texts are damaged or missing: `verify` names them and `verify --repair` rebuilds them.
        this.notices.push({ code: 'search-issue-left-out', issueId: issue.id });
        done += issue.articles.length;
        continue;
      }
      const documents = documentsOfIssue(issue, texts);
      if (batch.length + documents.length > MAX_SEGMENT_DOCS) await flush();
      batch.push(...documents);
      batchIssues[issue.id] = issueFingerprint(issue);
    }
    await flush();
    report();
    return entries;
  }

  /**
   * Builds in the worker. Segments holding only new issues go live as they arrive (a search
   * during the build answers from them) and are named in the manifest at once, so a build cut
   * off by closing resumes where it stopped. Segments that redo issues already indexed are held
   * back and returned: they replace the old ones in one step at the end, so no article is
   * found twice meanwhile.
   */
  private async buildInWorker(
    issues: readonly IndexableIssue[],
    newCount: number,
    onProgress?: ProgressListener,
    onBackground?: () => void,
  ): Promise<Entry[]> {
    const newIds = new Set(issues.slice(0, newCount).map((issue) => issue.id));
    this.missingArticles = issues.slice(0, newCount).reduce((n, issue) => n + issue.articles.length, 0);
    const held: Entry[] = [];
    const dir = indexDir(this.source.dir);
    const run = new IndexWorkerRun(
      this.source.dir,
      issues,
      {
        segment: async ({ file, articles, issues: covered }) => {
          let segment: Segment;
          try {
            ({ segment } = await readSegment(path.join(dir, file)));
          } catch (error) {
            await fs.rm(path.join(dir, file), { force: true }).catch(() => undefined);
            throw error;
          }
          const entry: Entry = { file, articles, issues: covered, segment };
          if (this.cancelled || !Object.keys(covered).every((id) => newIds.has(id))) {
            held.push(entry);
            return;
          }
          this.entries.push(entry);
          this.index.replaceSegments(this.entries.map((e) => e.segment));
          this.missingArticles = Math.max(0, this.missingArticles - articles);
          await this.saveManifest(this.entries).catch(() => undefined);
        },
        progress: (done, total) => onProgress?.({ phase: 'indexing', done, total }),
        leftOut: (issueId) => {
          this.notices.push({ code: 'search-issue-left-out', issueId });
          const issue = issues.find((i) => i.id === issueId);
          if (issue && newIds.has(issueId)) this.missingArticles = Math.max(0, this.missingArticles - issue.articles.length);
        },
      },
      this.options.worker,
    );
    this.workerRun = run;
    onProgress?.({ phase: 'indexing', done: 0, total: issues.reduce((n, issue) => n + issue.articles.length, 0) });
    onBackground?.();
    try {
      const outcome = await run.finished;
      switch (outcome.kind) {
        case 'done':
        case 'cancelled':
          return held;
        case 'refused':
          // The disk will not take segments: what is left is built here and searched from memory.
          this.refuseToSave(outcome.reason);
          return [...held, ...(await this.buildEntries(outcome.remaining, onProgress))];
        case 'failed':
          this.dropEntries(held);
          this.notices.push({ code: 'search-index-build-failed', reason: outcome.reason });
          throw new SearchBuildFailed(outcome.reason);
        default: {
          const unreachable: never = outcome;
          throw new Error(`unknown build outcome ${JSON.stringify(unreachable)}`);
        }
      }
    } finally {
      this.workerRun = null;
      this.missingArticles = 0;
    }
  }

  private async saveManifest(entries: readonly Entry[]): Promise<void> {
    const saved = entries.filter((e) => !this.unsaved.has(e.file));
    await writeManifest(this.source.dir, {
      format: INDEX_FORMAT,
      segments: saved.map(({ file, articles, issues }) => ({ file, articles, issues })),
    });
  }

  /** Said once per open: the index works from memory until the disk takes writes again. */
  private refuseToSave(reason: SystemRefusal): void {
    if (!this.notices.some((n) => n.code === 'search-index-not-saved')) this.notices.push({ code: 'search-index-not-saved', reason });
  }

  private markDeadOutside(entry: Entry): void {
    const gone = new Set(entry.segment.docs.map((d) => d.issueId).filter((id) => entry.issues[id] === undefined));
    if (gone.size > 0) this.index.markDead(entry.segment, gone);
  }

  private dropEntries(entries: readonly Entry[]): void {
    for (const entry of entries) {
      entry.segment.close();
      fs.rm(path.join(indexDir(this.source.dir), entry.file), { force: true }).catch(() => undefined);
    }
  }

  private async removeOrphans(): Promise<void> {
    const dir = indexDir(this.source.dir);
    const listed = new Set(this.entries.map((e) => e.file));
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!/^seg-[0-9a-f]+\.bin$/.test(name) || listed.has(name)) continue;
      const stat = await fs.stat(path.join(dir, name)).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > ORPHAN_AGE_MS) await fs.rm(path.join(dir, name), { force: true });
    }
  }
}

/** The worker died twice; the notice says why, and the next search tries again. */
export class SearchBuildFailed extends Error {}

/** Which issues, imported when: equal keys mean nothing to index or drop. */
function catalogueKey(catalogue: readonly IndexableIssue[]): string {
  return catalogue.map((i) => `${i.id}@${i.importedAt}`).join(',');
}

function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Every hit of the query's terms in one article: read from the library, so it needs no index. */
export async function articleHitsIn(source: SearchSource, articleId: string, query: string): Promise<ArticleHit[]> {
  const issueId = issueIdOfArticle(articleId);
  const issue = source.issues().find((i) => i.id === issueId);
  const meta = issue?.articles.find((a) => a.id === articleId);
  if (!issue || !meta) return [];
  const body = (await source.getTexts(issueId)).articles.find((a) => a.id === articleId);
  return findArticleHits(meta.title, body?.sections ?? [], parseQuery(query).terms);
}
