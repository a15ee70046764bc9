import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ArchiveErrorCode, ArchiveMessage } from '../../../../shared/messages';
import type { ScanPage } from '../../../../shared/scan';
import { describePdfError, openPdf } from '../pdf/open-pdf';
import { pagePaintsImages } from '../pdf/has-images';
import { readPage } from '../pdf/extract-pdf';
import { MAX_PDF_PAGES } from '../pdf/pdf-failures';
import { cleanUpPage } from './clean-up';
import type { CleanUp } from './clean-up';
import { DamagedImage, imagePages } from './decode-image';
import { tesseractEngine } from './engine';
import type { Engine, OcrLanguages } from './engine';
import { toPgm } from './grey-image';
import type { GreyImage } from './grey-image';
import type { ImageKind } from './image-kind';
import { readLines } from './ocr-lines';
import { layOutScan } from './scan-text';
import type { ReadScanPage } from './scan-text';
import { isChineseDocument, judgeTextLayer } from './text-layer';
import { looksVertical } from './vertical';

export type ScanKind = ImageKind | 'pdf';

export interface OcrOptions extends CleanUp {
  languages: OcrLanguages;
  /** The resolution PDF pages are rendered at for OCR. */
  pdfDpi: number;
}

export interface OcrRequest {
  name: string;
  bytes: Uint8Array;
  kind: ScanKind;
  options: OcrOptions;
}

export type OcrAnswer =
  | { ok: true; engine: string; text: string; pageStarts: number[]; pageJoins: number[]; pages: ScanPage[]; warnings: ArchiveMessage[] }
  | { ok: false; code: ArchiveErrorCode; said: ArchiveMessage };

/** Told after each page, so the caller can show progress and restart the page's deadline. */
export type PageDone = (pagesDone: number, pages: number) => void;

/**
 * Reads a scan in the calling thread: the OCR worker calls this (never the app's main thread).
 * Images page by page; PDFs page by page too, keeping each page whose own text layer is good.
 */
export async function readScanHere(request: OcrRequest, pageDone: PageDone): Promise<OcrAnswer> {
  const { name, bytes, kind, options } = request;
  try {
    const engine = await tesseractEngine(options.languages);
    const pages = kind === 'pdf' ? await readPdfPages(name, bytes, engine, options, pageDone) : await readImagePages(kind, bytes, engine, options, pageDone);
    if (!Array.isArray(pages)) return pages;
    const laid = layOutScan(pages);
    const warnings: ArchiveMessage[] = pages.filter((page) => page.vertical).map((page) => ({ code: 'ocr-vertical-text', page: page.page }));
    return { ok: true, engine: engine.name, text: laid.text, pageStarts: laid.pageStarts, pageJoins: laid.pageJoins, pages: laid.pages, warnings };
  } catch (error) {
    if (error instanceof DamagedImage) return { ok: false, code: 'unreadable-file', said: { code: 'damaged-image', file: name, detail: error.message } };
    throw error;
  }
}

async function readImagePages(kind: ImageKind, bytes: Uint8Array, engine: Engine, options: OcrOptions, pageDone: PageDone): Promise<ReadScanPage[]> {
  const source = imagePages(kind, bytes);
  const pages: ReadScanPage[] = [];
  for (let index = 0; index < source.count; index += 1) {
    const { image, dpi } = await source.page(index);
    pages.push(await recognisePage(engine, image, index + 1, dpi, options));
    pageDone(index + 1, source.count);
  }
  return pages;
}

async function readPdfPages(
  name: string,
  bytes: Uint8Array,
  engine: Engine,
  options: OcrOptions,
  pageDone: PageDone,
): Promise<ReadScanPage[] | Extract<OcrAnswer, { ok: false }>> {
  const opened = await openPdf(bytes, true);
  if (!opened.ok) {
    return opened.reason === 'encrypted'
      ? { ok: false, code: 'encrypted-pdf', said: { code: 'encrypted-pdf', file: name } }
      : { ok: false, code: 'damaged-pdf', said: { code: 'damaged-pdf', file: name, detail: opened.detail } };
  }
  const { doc } = opened;
  try {
    if (doc.numPages > MAX_PDF_PAGES) return { ok: false, code: 'too-large', said: { code: 'too-many-pages', file: name, pages: doc.numPages, max: MAX_PDF_PAGES } };
    const layers = [];
    for (let number = 1; number <= doc.numPages; number += 1) layers.push(await readPage(doc, number));
    const chinese = isChineseDocument(layers.map((layer) => layer.lines));
    const pages: ReadScanPage[] = [];
    for (const [index, layer] of layers.entries()) {
      const number = index + 1;
      const keep = judgeTextLayer(layer.lines, chinese) === 'good' || !(await pagePaintsImages(doc, number));
      pages.push(keep ? await textLayerPage(doc, number, layer, options.pdfDpi) : await recognisePage(engine, await renderPdfPage(doc, number, options.pdfDpi), number, options.pdfDpi, options));
      pageDone(number, doc.numPages);
    }
    return pages;
  } catch (error) {
    if (error instanceof DamagedImage) throw error;
    return { ok: false, code: 'damaged-pdf', said: { code: 'damaged-pdf', file: name, detail: describePdfError(error) } };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function renderPdfPage(doc: PDFDocumentProxy, number: number, dpi: number): Promise<GreyImage> {
  // Loaded only when a page needs it: the canvas binding is not needed for kept text layers.
  const { renderPdfPage: render } = await import('./render-pdf-page');
  return render(doc, number, dpi);
}

async function textLayerPage(doc: PDFDocumentProxy, number: number, layer: Awaited<ReturnType<typeof readPage>>, dpi: number): Promise<ReadScanPage> {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: dpi / 72 });
  page.cleanup();
  return {
    page: number,
    width: Math.ceil(viewport.width),
    height: Math.ceil(viewport.height),
    dpi,
    heightPt: layer.height,
    source: 'text-layer',
    deskewDegrees: 0,
    vertical: false,
    lines: layer.lines,
  };
}

async function recognisePage(engine: Engine, image: GreyImage, number: number, dpi: number, options: OcrOptions): Promise<ReadScanPage> {
  const vertical = looksVertical(image);
  const cleaned = cleanUpPage(image, options);
  const blocks = await engine.recognise(toPgm(cleaned.image));
  const geometry = { width: image.width, height: image.height, dpi, deskewDegrees: cleaned.deskewDegrees };
  return {
    page: number,
    width: image.width,
    height: image.height,
    dpi,
    heightPt: (image.height * 72) / dpi,
    source: 'ocr',
    deskewDegrees: cleaned.deskewDegrees,
    vertical,
    lines: readLines(blocks, geometry),
  };
}
