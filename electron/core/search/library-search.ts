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

  private constructor(private readonly source: SearchSource) {}

  /**
   * `thorough`: check every page of every segment now (verify --repair) instead of each page when
   * first read; either way a damaged segment is built again.
   */
  static async open(source: SearchSource, onProgress?: ProgressListener, options: { thorough?: boolean } = {}): Promise<LibrarySearch> {
    const search = new LibrarySearch(source);
    onProgress?.({ phase: 'loading' });
    await search.load(options.thorough === true);
    const report = await search.sync(onProgress);
    onProgress?.({ phase: 'ready', articles: search.articleCount, rebuilt: report.added > 0 });
    return search;
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
  async hitsInArticle(articleId: string, query: string): Promise<ArticleHit[]> {
    const issueId = issueIdOfArticle(articleId);
    const issue = this.source.issues().find((i) => i.id === issueId);
    const meta = issue?.articles.find((a) => a.id === articleId);
    if (!issue || !meta) return [];
    const body = (await this.source.getTexts(issueId)).articles.find((a) => a.id === articleId);
    return findArticleHits(meta.title, body?.sections ?? [], parseQuery(query).terms);
  }

  /**
   * Brings the index in step with the catalogue: indexes new issues, drops deleted ones, redoes
   * changed ones, merges small segments. Cheap when nothing changed. Calls run one at a time.
   */
  sync(onProgress?: ProgressListener): Promise<SyncReport> {
    const run = this.syncing.then(
      () => this.syncNow(onProgress),
      () => this.syncNow(onProgress),
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

  private async syncNow(onProgress?: ProgressListener): Promise<SyncReport> {
    const catalogue = this.source.issues();
    const ids = catalogue.map((i) => `${i.id}@${i.importedAt}`).join(',');
    if (catalogue === this.lastCatalogue && ids === this.lastIds) return { added: 0, removed: 0, rebuiltSegments: 0 };
    const wanted = new Map(catalogue.map((issue) => [issue.id, { issue, fingerprint: issueFingerprint(issue) }]));
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
    const built = await this.buildEntries(toIndex, onProgress);
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
