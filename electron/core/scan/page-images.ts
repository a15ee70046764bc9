import type { ScanReading } from '../../../shared/scan';
import { ArchiveError } from '../errors';
import { renderScanPage } from './render-page';
import type { PageRender } from './render-page';

/** Page images asked for again and again (the page switcher, the reader's page view) are drawn once. */
const KEPT_PAGES = 6;
const DEFAULT_WIDTH = 1200;

/**
 * The page images of scanned originals (issue 16), drawn on demand and a few kept (least recently
 * used goes first). Two asks for the same page while it is being drawn share one drawing.
 */
export class ScanPageImages {
  private readonly kept = new Map<string, Promise<PageRender>>();

  async pageImage(reading: ScanReading, original: () => Promise<Uint8Array>, page: number, maxWidth = DEFAULT_WIDTH): Promise<PageRender & { page: number }> {
    const scanned = reading.pages.find((p) => p.page === page);
    if (!scanned) throw ArchiveError.of('not-found', { code: 'scan-page-missing', page, pages: reading.pages.length });
    const key = `${reading.sha256}:${page}:${maxWidth}`;
    let drawing = this.kept.get(key);
    if (drawing) this.kept.delete(key);
    else {
      drawing = original().then((bytes) =>
        renderScanPage(bytes, { page, readWidth: scanned.width, readHeight: scanned.height, maxWidth }),
      );
      // A failed drawing is not kept: the next ask tries again.
      drawing.catch(() => this.kept.delete(key));
    }
    this.kept.set(key, drawing);
    while (this.kept.size > KEPT_PAGES) this.kept.delete(this.kept.keys().next().value!);
    return { ...(await drawing), page };
  }

  clear(): void {
    this.kept.clear();
  }
}
