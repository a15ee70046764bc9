import { MARKER_PREFIX } from '../print/print-tree';

/**
 * Reads back a first-pass PDF: on which page each article-start marker landed, and how many
 * pages there are. pdf.js runs here as it does for imports (no eval, no system fonts).
 */
export async function readMarkerPages(printing: Promise<Uint8Array>): Promise<{ pages: Map<number, number>; pageCount: number }> {
  // Loaded on the first print, not with the module: pdf.js (and the native canvas it pulls in)
  // would otherwise load when the desktop app starts, where only the import worker needs it.
  // It loads while the first pass is being printed, so the wait overlaps.
  const [{ openPdf }, pdf] = await Promise.all([import('../../importers/pdf/open-pdf'), printing]);
  const opened = await openPdf(pdf, false);
  if (!opened.ok) throw new Error(`The first-pass PDF could not be read back (${opened.detail}).`);
  const { doc } = opened;
  const pages = new Map<number, number>();
  const pattern = new RegExp(`${MARKER_PREFIX}(\\d+)Q`, 'g');
  try {
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      for (const match of text.matchAll(pattern)) {
        const index = Number(match[1]);
        if (!pages.has(index)) pages.set(index, number);
      }
      page.cleanup();
    }
    return { pages, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
