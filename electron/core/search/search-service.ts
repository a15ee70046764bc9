import type { ArchiveMessage } from '../../../shared/messages';
import type { SearchProgress } from '../../../shared/search';
import type { Library } from '../library';
import type { IndexWorkerOptions } from './index-worker-run';
import { articleHitsIn, LibrarySearch, SearchBuildCancelled, SearchBuildFailed } from './library-search';
import type { ArticleHit } from './types';

export interface SearchServiceOptions {
  /** Large builds run in a worker thread (the default); `false` builds on this thread. */
  worker?: IndexWorkerOptions | false;
}

/** The index as it stands when asked: whole, or with `missing` articles still being indexed. */
export interface SearchNow {
  search: LibrarySearch;
  progress: SearchProgress;
  /** Articles of the library not searchable yet (a build is under way); 0 when the index is whole. */
  missing: number;
}

/**
 * The library's search index as the app uses it: opened once, on first need, and brought up to
 * date with the catalogue on each use (an id comparison when nothing changed), so imports and
 * deletions from this window or from the command line are found at once. A small change (an
 * import) is indexed before the search answers; a large one (the first build of a big library,
 * a merge) runs in a worker while searches answer from what is indexed so far and say so.
 */
export class SearchService {
  private loading: Promise<LibrarySearch> | null = null;
  private loaded: LibrarySearch | null = null;
  private syncing: Promise<void> | null = null;
  /** Resolves when the sync in progress has moved to the worker. */
  private backgrounded: Promise<void> = Promise.resolve();
  private progress: SearchProgress = { phase: 'loading' };
  private closed = false;

  constructor(
    private readonly library: Library,
    private readonly options: SearchServiceOptions = {},
  ) {}

  /** Starts opening (or building) the index in the background, e.g. right after the app starts. */
  warmUp(): void {
    void this.current().catch(() => undefined);
  }

  get lastProgress(): SearchProgress {
    return this.progress;
  }

  /** Articles a search covers now; null before the index is opened. */
  get searchable(): number | null {
    return this.loaded?.articleCount ?? null;
  }

  /** What the index had to repair when it opened (a damaged segment rebuilt, a build that failed, and so on). */
  get notices(): readonly ArchiveMessage[] {
    return this.loaded?.notices ?? [];
  }

  /**
   * The index now: loaded from disk if it was not, a small change indexed first, a large one
   * started in the background and not waited for.
   */
  async current(): Promise<SearchNow> {
    if (this.closed) throw new SearchBuildCancelled();
    this.loading ??= LibrarySearch.load(this.library, (p) => (this.progress = p), this.librarySearchOptions()).catch((error: unknown) => {
      this.loading = null; // a failed open is tried again on the next search
      throw error;
    });
    const search = await this.loading;
    this.loaded = search;
    if (this.syncing === null && !search.inStep()) this.startSync(search);
    if (this.syncing !== null) {
      try {
        await Promise.race([this.syncing, this.backgrounded]);
      } catch (error) {
        // A failed background build is a notice; the search answers from what there is.
        if (!(error instanceof SearchBuildFailed)) throw error;
      }
    }
    return { search, progress: this.progress, missing: search.missing };
  }

  /** The index whole and in step with the catalogue, waiting for any build (tests, tools). */
  async ready(): Promise<LibrarySearch> {
    for (;;) {
      const { search } = await this.current();
      const running = this.syncing;
      if (running === null && search.inStep()) return search;
      await running;
    }
  }

  /** Every hit in one article, for the reader's find bar: it reads the article, not the index, so it never waits for a build. */
  hitsInArticle(articleId: string, query: string): Promise<ArticleHit[]> {
    return articleHitsIn(this.library, articleId, query);
  }

  /** Stops a build in progress (its worker ended, unfinished files removed) and closes the index's files. */
  async close(): Promise<void> {
    this.closed = true;
    const loading = this.loading;
    this.loading = null;
    this.loaded = null;
    const search = await loading?.catch(() => null);
    if (search) {
      await search.cancel();
      search.close();
    }
  }

  private startSync(search: LibrarySearch): void {
    let moved: () => void = () => undefined;
    this.backgrounded = new Promise((resolve) => (moved = resolve));
    const track = (p: SearchProgress): void => {
      // Only a build that leaves articles unsearchable is worth telling the screen about.
      if (p.phase === 'indexing' && search.missing === 0 && search.articleCount > 0) return;
      this.progress = p;
    };
    const run: Promise<void> = search.sync(track, () => moved()).then(
      (report) => {
        if (this.syncing === run) this.syncing = null;
        this.progress = { phase: 'ready', articles: search.articleCount, rebuilt: report.added > 0 };
      },
      (error: unknown) => {
        if (this.syncing === run) this.syncing = null;
        // Not 'indexing' forever: the screen stops waiting, the notice says why, the next search tries again.
        if (!(error instanceof SearchBuildCancelled)) this.progress = { phase: 'ready', articles: search.articleCount, rebuilt: false };
        throw error;
      },
    );
    this.syncing = run;
    // Settled here too, so a build nobody waits for never ends as an unhandled rejection.
    run.catch(() => undefined);
  }

  private librarySearchOptions(): { worker?: IndexWorkerOptions } {
    return this.options.worker === false ? {} : { worker: this.options.worker ?? {} };
  }
}
