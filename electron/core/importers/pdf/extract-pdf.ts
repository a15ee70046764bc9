import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ArchiveMessage } from '../../../../shared/messages';
import type { ExtractedText } from '../extract/types';
import { isChineseDocument, judgeTextLayer } from '../ocr/text-layer';
import { readColumns } from './columns';
import { removeHeadersAndFooters } from './furniture';
import type { PageLines } from './furniture';
import { pagePaintsImages, paintsImages } from './has-images';
import { measureLayout } from './layout';
import { describePdfError, openPdf } from './open-pdf';
import { groupLines } from './page-lines';
import { buildParagraphs } from './paragraphs';
import { damagedPdf, encryptedPdf, MAX_PDF_PAGES, pdfWithoutText, scannedPdf, tooManyPages } from './pdf-failures';
import { toTextRuns } from './text-runs';

export interface PdfReadOptions {
  /** Give pdf.js its CMaps and standard fonts (see pdfjs-assets.ts). */
  pdfAssets: boolean;
}

/** A PDF's text as the bulletin parser wants it. Runs inside the extraction worker. */
export async function extractPdf(name: string, bytes: Uint8Array, options: PdfReadOptions): Promise<ExtractedText> {
  const opened = await openPdf(bytes, options.pdfAssets);
  if (!opened.ok) return opened.reason === 'encrypted' ? encryptedPdf(name) : damagedPdf(name, opened.detail);
  const { doc } = opened;
  try {
    return await readDocument(name, doc);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readDocument(name: string, doc: PDFDocumentProxy): Promise<ExtractedText> {
  // Checked before any page is touched: nothing is allocated per claimed page.
  if (doc.numPages > MAX_PDF_PAGES) return tooManyPages(name, doc.numPages);
  if (doc.numPages < 1) return damagedPdf(name, 'it has no pages');

  const pages: PageLines[] = [];
  const warnings: ArchiveMessage[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    let read: PageLines & { rotated: number };
    try {
      read = await readPage(doc, number);
    } catch (error) {
      // A bulletin with a page missing is not a faithful copy: refuse rather than import a part.
      return damagedPdf(name, `page ${number}: ${describePdfError(error)}`);
    }
    if (read.rotated > 0) warnings.push({ code: 'pdf-rotated-text', page: number, count: read.rotated });
    pages.push({ height: read.height, lines: read.lines });
  }

  // A page with no text layer, or a garbage one, over an image is a scan: the OCR reader
  // (../ocr) reads the whole file then, keeping the pages whose layer is good.
  const chinese = isChineseDocument(pages.map((page) => page.lines));
  const layers = pages.map((page) => judgeTextLayer(page.lines, chinese));
  if (layers.every((layer) => layer === 'empty')) {
    return (await paintsImages(doc).catch(() => false)) ? scannedPdf(name) : pdfWithoutText(name);
  }
  for (const [index, layer] of layers.entries()) {
    if (layer !== 'good' && (await pagePaintsImages(doc, index + 1).catch(() => false))) return scannedPdf(name);
  }
  // Furniture first, on whole lines: a running header spans both columns' baselines.
  const bodies = removeHeadersAndFooters(pages).map(readColumns);
  const { text, pageStarts, pageJoins } = buildParagraphs(bodies, measureLayout(bodies));
  return { ok: true, kind: 'pdf', text, pageStarts, pageJoins, warnings };
}

export async function readPage(doc: PDFDocumentProxy, number: number): Promise<PageLines & { rotated: number }> {
  const page = await doc.getPage(number);
  const [, , , top = 0] = page.view;
  const [, bottom = 0] = page.view;
  const content = await page.getTextContent();
  page.cleanup();
  const { runs, rotated } = toTextRuns(content.items, top);
  return { height: top - bottom, lines: groupLines(runs), rotated };
}
