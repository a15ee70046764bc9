import type { ArchiveMessage } from '../../../shared/messages';
import type { SearchProgress } from '../../../shared/search';
import type { Library } from '../library';
import { LibrarySearch } from './library-search';

/**
 * The library's search index as the app uses it: opened once, on first need, and brought up to
 * date with the catalogue before each use (an id comparison when nothing changed), so imports
 * and deletions from this window or from the command line are found at once.
 */
export class SearchService {
  private opening: Promise<LibrarySearch> | null = null;
  private progress: SearchProgress = { phase: 'loading' };
  private opened: LibrarySearch | null = null;

  constructor(private readonly library: Library) {}

  /** Starts opening (or building) the index in the background, e.g. right after the app starts. */
  warmUp(): void {
    void this.ready().catch(() => undefined);
  }

  get lastProgress(): SearchProgress {
    return this.progress;
  }

  /** What the index had to repair when it opened (a damaged segment rebuilt, and so on). */
  get notices(): readonly ArchiveMessage[] {
    return this.opened?.notices ?? [];
  }

  async ready(): Promise<LibrarySearch> {
    const track = (p: SearchProgress) => (this.progress = p);
    this.opening ??= LibrarySearch.open(this.library, track).catch((error: unknown) => {
      this.opening = null; // a failed open is tried again on the next search
      throw error;
    });
    const search = await this.opening;
    this.opened = search;
    await search.sync(track);
    return search;
  }

  /** Closes the index's open segment files, once an opening in progress has finished. */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    this.opened = null;
    const search = await opening?.catch(() => null);
    if (search) {
      await search.settled();
      search.close();
    }
  }
}
