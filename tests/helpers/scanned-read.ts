import { readBulletin } from '../../electron/core/importers/read-bulletin';
import type { ReadBulletin } from '../../electron/core/importers/read-bulletin';
import type { ScannedPage } from './scanned-page';

/** What readBulletin returns for the page once OCR has read it: its text parsed, the reading kept (no OCR run). */
export async function scannedRead(page: ScannedPage): Promise<ReadBulletin> {
  const parsed = await readBulletin('scan.txt', new TextEncoder().encode(page.text));
  return { ...parsed, defaultExt: 'png', encoding: null, scan: page.reading };
}
