import type { ArchiveMessage, SystemRefusal } from '../../../shared/messages';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import {
  ANNOTATIONS_SCHEMA_VERSION,
  AnnotationsFileSchema,
  CATALOG_SCHEMA_VERSION,
  CatalogSchema,
  IssueTextsSchema,
  summariseIssue,
} from '../../../shared/catalog';
import type { AnnotationsFile, Article, Catalog, Issue, IssueSummary, IssueTexts } from '../../../shared/catalog';
import type { ImportOutcome } from '../../../shared/contract';
import { logBug } from '../bug-log';
import { ArchiveError } from '../errors';
import { isSystemRefusal, systemRefusalOf } from '../system-refusal';
import { clearStaleTempFiles } from './durable-file';
import { GuardedDb } from './guarded-db';
import { clearInterruptedCommits } from './interrupted-commits';
import { AnnotationsJournal } from './annotations-journal';
import type { AnnotationOp } from './annotations-journal';
import { CatalogJournal, catalogBefore, catalogChanges, restoreCatalog } from './catalog-journal';
import type { Annotation } from '../../../shared/annotations';
import { DamagedFileError, isMissing, parseValidated } from './json-store';
import { ANNOTATIONS_FILE, BACKUPS_DIR, CATALOG_FILE, FILES_DIR, TEXTS_DIR, textsFile } from './layout';
import { withLibraryLock, withLibraryLockAfter } from './lock';
import { SAMPLE_BULLETIN_PATH } from './sample';
import { migrateAnnotations, migrateCatalog } from './migrations';
import { importIntoLibrary } from './import-bulletin';
import type { ImportOptions } from './import-bulletin';
import { deleteIssue, updateIssue } from './edit-issue';
import type { IssuePatch } from '../../../shared/contract';
import { compareIssues, findIssueByRef } from './issue-ref';
import { issueIdOfArticle } from '../../../shared/ids';
import { defaultCatalogueSettings } from '../../../shared/catalogue-fields';
import type { CatalogueSettings } from '../../../shared/catalogue-fields';

/** What a fast annotation change decides on the current annotations: the changes to append, and its answer. */
export interface AnnotationChange<T> {
  ops: AnnotationOp[];
  result: T;
}

export interface OpenOptions {
  /** Create the folder and an empty library when there is none yet. */
  create?: boolean;
}

/**
 * A bulletin library folder. Catalogue writes go through `writeCatalog`, which holds the library
 * lock, reads what another process appended to catalog.journal since, applies the change and
 * appends what it changed (catalog-journal.ts).
 */
export class Library {
  /** What was repaired on opening (a damaged file set aside, a backup restored), for the person. */
  readonly notices: ArchiveMessage[] = [];
  private readonly journal: AnnotationsJournal;
  private readonly catalogJournal: CatalogJournal;
  /** Bumped whenever the catalogue in memory changes, so what is derived from it is derived once. */
  private catalogVersion = 0;
  private listed: { version: number; summaries: IssueSummary[] } | null = null;
  /** Journals being folded into their snapshots in the background (never inside a save). */
  private folding: Promise<void> | null = null;

  private constructor(
    readonly dir: string,
    private readonly catalogDb: GuardedDb<Catalog>,
    private readonly annotationsDb: GuardedDb<AnnotationsFile>,
  ) {
    this.journal = new AnnotationsJournal(dir, annotationsDb, this.notices);
    this.catalogJournal = new CatalogJournal(dir, catalogDb, this.notices);
  }

  static async open(dirArg: string, options: OpenOptions = {}): Promise<Library> {
    const dir = path.resolve(dirArg);
    await prepareFolder(dir, options.create ?? false);
    const catalogDb = new GuardedDb(dir, CATALOG_FILE, CatalogSchema, migrateCatalog, () => ({
      schemaVersion: CATALOG_SCHEMA_VERSION,
      issues: [],
      series: [],
      settings: defaultCatalogueSettings(),
    }));
    const annotationsDb = new GuardedDb(dir, ANNOTATIONS_FILE, AnnotationsFileSchema, migrateAnnotations, () => ({
      schemaVersion: ANNOTATIONS_SCHEMA_VERSION,
      annotations: [],
    }));
    const library = new Library(dir, catalogDb, annotationsDb);
    // A read-only disk is known at once; asking for the lock would only retry for 10 s.
    const readOnly = await fs.access(dir, fsConstants.W_OK).then(
      () => null,
      (error: unknown) => (systemRefusalOf(error) === 'read-only' ? error : null),
    );
    try {
      if (readOnly !== null) throw readOnly;
      await withLibraryLock(dir, () => library.prepareLocked());
    } catch (error) {
      // Reading never depends on writing (issue 20, defect 2): a library on a full or read-only
      // disk still opens, for reading, and says why changes will fail.
      const refusal = systemRefusalOf(error);
      if (refusal === null) throw error;
      library.openForReading(refusal);
    }
    return library;
  }

  /** Under the lock: temp files cleared, the files loaded (and recovered), pending annotation changes folded. */
  private async prepareLocked(): Promise<void> {
    for (const sub of ['.', TEXTS_DIR, FILES_DIR, BACKUPS_DIR]) await clearStaleTempFiles(path.join(this.dir, sub));
    await this.catalogJournal.loadLocked();
    this.catalogVersion++;
    this.notices.push(...(await clearInterruptedCommits(this.dir, this.catalogDb.data.issues)));
    await this.journal.loadLocked();
    // A new library is marked as one at once, so the folder is recognised from now on; a damaged
    // catalogue journal (set aside, its readable changes recovered) starts afresh.
    if (!this.catalogDb.existsOnDisk() || this.catalogJournal.isDamaged) await this.catalogJournal.compactLocked();
    // Changes journalled since annotations.json was last written are folded into it.
    if (!this.annotationsDb.existsOnDisk() || this.journal.pendingLines > 0 || this.journal.needsRewrite) {
      try {
        await this.journal.compactLocked();
      } catch (error) {
        // The changes are safe in the journal and are read from it; the fold is tried again later.
        const refusal = systemRefusalOf(error);
        if (refusal === null) throw error;
        if (this.journal.pendingLines > 0) this.notices.push({ code: 'annotations-not-folded', reason: refusal });
      }
    }
  }

  /** Without the lock and without writing: what is on disk, as it is. */
  private openForReading(refusal: SystemRefusal): void {
    this.notices.push({ code: 'library-opened-read-only', dir: this.dir, reason: refusal });
    this.catalogJournal.refresh();
    this.catalogVersion++;
    this.journal.refresh();
  }

  /** Every issue in catalogue order; sorted and summarised once per change of the catalogue, not per call. */
  listIssues(): IssueSummary[] {
    const issues = this.issues();
    if (this.listed?.version !== this.catalogVersion) {
      this.listed = { version: this.catalogVersion, summaries: issues.slice().sort(compareIssues).map(summariseIssue) };
    }
    return this.listed.summaries.slice();
  }

  /**
   * The catalogue's entries, with what another process appended since (only its new journal lines
   * are read). Read them, never change them: a change goes through writeCatalog.
   */
  issues(): readonly Issue[] {
    if (this.catalogJournal.refresh()) this.catalogVersion++;
    return this.catalogDb.data.issues;
  }

  /**
   * A number that changes whenever the catalogue in memory changes (a write, another process's
   * change read): what is derived from the catalogue (an index by article) is kept until it does.
   */
  catalogueStamp(): number {
    if (this.catalogJournal.refresh()) this.catalogVersion++;
    return this.catalogVersion;
  }

  /** The catalogue as last saved (issues and series records), to read from, never to change. */
  catalog(): Readonly<Catalog> {
    if (this.catalogJournal.refresh()) this.catalogVersion++;
    return this.catalogDb.data;
  }

  /** The 档号 settings as last loaded (catalogue-settings.ts reads them fresh). */
  catalogSettings(): CatalogueSettings {
    return { ...this.catalogDb.data.settings };
  }

  getIssue(issueId: string): Issue {
    const issue = this.issues().find((i) => i.id === issueId);
    if (!issue) throw ArchiveError.of('not-found', { code: 'issue-not-found', issueId });
    return issue;
  }

  /** An issue by id or by `series:year:number` (科技情报参考:2024:3). */
  findIssue(ref: string): Issue {
    return findIssueByRef(this.issues(), ref);
  }

  async getTexts(issueId: string): Promise<IssueTexts> {
    const file = path.join(this.dir, textsFile(issueId));
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) {
        throw ArchiveError.of('library-damaged', { code: 'texts-missing', issueId, file: textsFile(issueId) });
      }
      throw error;
    }
    try {
      return parseValidated(file, text, IssueTextsSchema);
    } catch (error) {
      if (error instanceof DamagedFileError) {
        throw ArchiveError.of('library-damaged', { code: 'texts-damaged', issueId, reason: error.reason });
      }
      throw error;
    }
  }

  async getArticle(articleId: string): Promise<Article> {
    const issueId = issueIdOfArticle(articleId);
    const issue = this.issues().find((i) => i.id === issueId);
    const meta = issue?.articles.find((a) => a.id === articleId);
    if (!issue || !meta) throw ArchiveError.of('not-found', { code: 'article-not-found', articleId });
    const body = (await this.getTexts(issueId)).articles.find((a) => a.id === articleId);
    if (!body) throw ArchiveError.of('library-damaged', { code: 'article-text-missing', articleId, file: textsFile(issueId) });
    return { ...meta, issueId, sections: body.sections };
  }

  importBulletin(file: { name: string; bytes: Uint8Array }, options?: ImportOptions): Promise<ImportOutcome> {
    return importIntoLibrary(this, file, options);
  }

  /** Corrects an issue's masthead or catalogue fields (or clears its "needs review" flag). */
  updateIssue(issueId: string, patch: IssuePatch): Promise<Issue> {
    return updateIssue(this, issueId, patch);
  }

  deleteIssue(issueId: string): Promise<void> {
    return deleteIssue(this, issueId);
  }

  async importSample(): Promise<ImportOutcome> {
    const bytes = await fs.readFile(SAMPLE_BULLETIN_PATH);
    return this.importBulletin({ name: path.basename(SAMPLE_BULLETIN_PATH), bytes });
  }

  /** annotations.json with the changes journalled since, including another process's. */
  get annotations(): AnnotationsFile {
    this.journal.refresh();
    return this.journal.data;
  }

  /**
   * Runs `change` under the library lock on the current catalogue (with what other processes
   * appended since) and saves what it changed. `change` may write other files first (originals,
   * texts); the catalogue is written last, so it is the commit point of every change: one synced
   * append to catalog.journal (catalog-journal.ts), whose size follows the change, not the library.
   *
   * `change` replaces an entry it changes (`catalog.issues[i] = { ...issue, editor }`), adds and
   * removes entries, and may set `series` and `settings`; it never edits an entry object in place,
   * since changed entries are found by reference. Entries put in another order, and a base that
   * must be written in the current schema first, make the whole catalog.json be written instead.
   */
  async writeCatalog<T>(change: (catalog: Catalog) => Promise<T>, afterSave?: (result: T) => Promise<void>): Promise<T> {
    const result = await withLibraryLock(this.dir, async () => {
      await this.catalogJournal.syncLocked();
      const catalog = this.catalogDb.data;
      const before = catalogBefore(catalog);
      let result: T;
      let ops: ReturnType<typeof catalogChanges> = [];
      try {
        result = await change(catalog);
        ops = catalogChanges(before, catalog);
        if (ops !== null && !this.catalogJournal.needsRewrite) await this.catalogJournal.appendLocked(ops, { applied: true });
        else {
          try {
            await this.catalogJournal.compactLocked();
          } catch (error) {
            // Whether the base landed or not, what is on disk is the truth.
            await this.catalogJournal.reloadLocked();
            throw error;
          }
        }
      } catch (error) {
        // Forget the half-applied change: nothing of it reached the journal.
        if (ops !== null) restoreCatalog(catalog, before);
        throw error;
      } finally {
        this.catalogVersion++;
      }
      // The change is saved (the journal's append is the commit point): what follows cannot take it back.
      if (afterSave) {
        try {
          await afterSave(result);
        } catch (error) {
          console.warn('A change was saved but could not be written to history.jsonl:', error);
        }
      }
      return result;
    });
    if (this.catalogJournal.needsCompaction()) this.foldLater();
    return result;
  }

  /**
   * Folds the journals into their snapshots after the writes queued now, under the lock, off every
   * save's path: a save never waits for a whole catalog.json or annotations.json to be written.
   */
  private foldLater(): void {
    if (this.folding !== null) return;
    this.folding = withLibraryLockAfter(this.dir, async () => {
      await this.catalogJournal.syncLocked();
      this.catalogVersion++;
      if (this.catalogJournal.needsCompaction()) await this.catalogJournal.compactLocked();
      await this.journal.syncLocked();
      if (this.journal.needsCompaction()) await this.journal.compactLocked();
    })
      .catch((error: unknown) => {
        // The changes are safe in the journals; a fold that fails (a full disk) is tried again later.
        if (!isSystemRefusal(error)) logBug('Could not fold a journal into its snapshot:', error);
      })
      .finally(() => {
        this.folding = null;
      });
  }

  /**
   * Writes the whole catalogue to catalog.json now (with its backup) and empties catalog.journal:
   * for a copy of the catalogue as one file. Ordinary changes never need it.
   */
  async foldCatalogue(): Promise<void> {
    await withLibraryLock(this.dir, async () => {
      await this.catalogJournal.syncLocked();
      this.catalogVersion++;
      await this.catalogJournal.compactLocked();
    });
  }

  /** Resolves when no fold is running in the background (tests, and closing). */
  async settled(): Promise<void> {
    while (this.folding !== null) await this.folding;
  }

  /**
   * The fast path of every annotation save: under the lock, on the current annotations (only
   * journal lines another process appended since are read), `plan` decides what changes, without
   * touching what it is given; its changes are appended to annotations.journal and synced.
   */
  async changeAnnotations<T>(plan: (annotations: readonly Annotation[]) => AnnotationChange<T> | Promise<AnnotationChange<T>>): Promise<T> {
    return withLibraryLock(this.dir, async () => {
      await this.journal.syncLocked();
      const { ops, result } = await plan(this.journal.data.annotations);
      await this.journal.appendLocked(ops);
      // The change has landed in the journal; folding it into annotations.json happens after this save.
      if (this.journal.needsCompaction()) this.foldLater();
      return result;
    });
  }

  /**
   * As writeCatalog, for a bulk change that rewrites annotations.json as a whole: under the lock,
   * on freshly loaded annotations, saved at once. Prefer changeAnnotations.
   */
  async writeAnnotations<T>(change: (file: AnnotationsFile) => Promise<T> | T): Promise<T> {
    return withLibraryLock(this.dir, async () => {
      await this.journal.syncLocked();
      // Fold the journal first, so it never replays old versions over this change after a crash.
      if (this.journal.pendingLines > 0) await this.journal.compactLocked();
      try {
        const result = await change(this.journal.data);
        await this.annotationsDb.save();
        return result;
      } catch (error) {
        await this.journal.loadLocked();
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    // Every write is complete when its promise resolves; a fold in the background is let finish.
    await this.settled();
  }
}

export function openLibrary(dir: string, options?: OpenOptions): Promise<Library> {
  return Library.open(dir, options);
}

async function prepareFolder(dir: string, create: boolean): Promise<void> {
  let entries: string[];
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) {
      throw ArchiveError.of('not-a-library', { code: 'library-is-a-file', dir });
    }
    entries = await fs.readdir(dir);
  } catch (error) {
    if (!isMissing(error)) throw error;
    if (!create) {
      throw ArchiveError.of('not-a-library', { code: 'no-library', dir });
    }
    entries = [];
  }
  const looksLikeLibrary = entries.includes(CATALOG_FILE) || entries.includes(BACKUPS_DIR);
  const visible = entries.filter((e) => !e.startsWith('.'));
  if (!looksLikeLibrary && visible.length > 0) {
    throw new ArchiveError(
      'not-a-library',
      `${dir} is not a Bulletin Archive library (it has no ${CATALOG_FILE}) and is not empty. Choose an empty folder for a new library, or the folder of an existing one.`,
    );
  }
  if (!looksLikeLibrary && !create) {
    throw ArchiveError.of('not-a-library', { code: 'library-folder-empty', dir });
  }
  for (const sub of [TEXTS_DIR, FILES_DIR, BACKUPS_DIR]) await fs.mkdir(path.join(dir, sub), { recursive: true });
}
