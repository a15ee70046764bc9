/**
 * Reading scans (issue 16): offline OCR of image PDFs, PDFs with a partial or garbage text layer,
 * and JPEG/PNG/TIFF files (multi-page TIFF too).
 *
 * What to call:
 * - `readBulletin(name, bytes)` (../read-bulletin.ts) does it all: for a scan it returns the
 *   parsed bulletin as for any file, plus `scan: ScanReading` (shared/scan.ts) to keep with the
 *   draft and write to `scans/<issueId>.json` at commit. `readBulletin(name, bytes, { ocr })`
 *   passes `ReadScanOptions` below (progress per page, cancel).
 * - `readScan(name, bytes, options)` here: the text and the ScanReading, no parsing; null when
 *   the bytes are not a scan this reader takes (not an image; a PDF is always taken).
 * - `detectImageKind(bytes)`: 'png' | 'jpeg' | 'tiff' | null, by the bytes.
 * - `stopOcrWorker()`: the archive closing (the warm worker is also stopped after a minute idle).
 *
 * Page images: `ScanPage.width/height/dpi` say the image the boxes are on. For a PDF page it is
 * pdf.js's rendering at `dpi` onto an @napi-rs/canvas canvas (render-pdf-page.ts: call
 * `renderPdfPage(doc, page, dpi)` to draw it again); for an image file, the file's own pixels
 * (frame `page - 1` of a TIFF). Boxes are on that image as it is, before deskewing.
 *
 * Everything runs in a worker thread (run-ocr.ts: heap limit, resident-memory watch, deadline
 * per page, cancel); the engine is tesseract.js with the chi_sim model (eng selectable) from the
 * npm data packages, and nothing is fetched: the worker traps the network (engine.ts, network-trap.ts).
 */
import { createHash } from 'node:crypto';
import type { ArchiveMessage } from '../../../../shared/messages';
import type { ScanReading } from '../../../../shared/scan';
import { ArchiveError } from '../../errors';
import { detectImageKind, IMAGE_EXTENSION } from './image-kind';
import type { ImageKind } from './image-kind';
import { runOcr } from './run-ocr';
import type { RunOcrOptions } from './run-ocr';
import { meanConfidence } from './scan-text';

export { detectImageKind } from './image-kind';
export type { ImageKind } from './image-kind';
export { ocrWorkersStarted, stopOcrWorker, OCR_PAGE_TIMEOUT_MS } from './run-ocr';
export type { ReadScanPage } from './scan-text';

export type ReadScanOptions = RunOcrOptions;

export interface ScanRead {
  /** The text the parser reads: one paragraph per line, blank lines between. */
  text: string;
  /** Offsets in `text` where each page begins (index 0 is page 1). */
  pageStarts: number[];
  /** Offsets in `text` where a paragraph was joined across a page break. */
  pageJoins: number[];
  scan: ScanReading;
  warnings: ArchiveMessage[];
  /** The extension the original is kept under: pdf, png, jpg, tif. */
  defaultExt: string;
  image: ImageKind | null;
}

/** Reads a scanned PDF or an image file; throws an ArchiveError a person can act on. */
export async function readScan(name: string, bytes: Uint8Array, options: ReadScanOptions = {}): Promise<ScanRead> {
  const image = detectImageKind(bytes);
  const answer = await runOcr(name, bytes, image ?? 'pdf', options);
  if (!answer.ok) throw ArchiveError.of(answer.code, answer.said);
  const scan: ScanReading = {
    version: 1,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    engine: answer.engine,
    pages: answer.pages,
    confidence: meanConfidence(answer.pages),
  };
  return {
    text: answer.text,
    pageStarts: answer.pageStarts,
    pageJoins: answer.pageJoins,
    scan,
    warnings: answer.warnings,
    defaultExt: image ? IMAGE_EXTENSION[image] : 'pdf',
    image,
  };
}
