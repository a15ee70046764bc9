import { createRequire } from 'node:module';
import type * as NapiCanvas from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { greyFromRgba } from './grey-image';
import type { GreyImage } from './grey-image';
import { MAX_PAGE_PIXELS } from './decode-image';
import { DamagedImage } from './decode-image';

type CanvasModule = typeof NapiCanvas;

/**
 * pdf.js draws with its own copy of @napi-rs/canvas (pdfjs-dist depends on a version of its own,
 * and sets the global Path2D from it): a canvas from another copy refuses that Path2D
 * (measured: Type3 glyphs fail with "not a valid enum value of type CanvasFillRule"). So the page
 * is drawn on a canvas from the copy pdf.js resolves.
 */
export function pdfjsCanvas(): CanvasModule {
  const here = createRequire(import.meta.url);
  return createRequire(here.resolve('pdfjs-dist/package.json'))('@napi-rs/canvas') as CanvasModule;
}

/**
 * A PDF page drawn by pdf.js onto an @napi-rs/canvas canvas at `dpi`, in grey, for OCR and for
 * the page image the review screen shows (both render the same way, so boxes match).
 */
export async function renderPdfPage(doc: PDFDocumentProxy, number: number, dpi: number): Promise<GreyImage> {
  const page = await doc.getPage(number);
  try {
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    if (width * height > MAX_PAGE_PIXELS) throw new DamagedImage(`page ${number} is ${width} × ${height} pixels at ${dpi} dpi`);
    const canvas = pdfjsCanvas().createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    // pdf.js draws on any 2D context with the DOM's shape; @napi-rs/canvas's is one (pdf.js's
    // own Node canvas factory uses the same package).
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    return greyFromRgba(width, height, context.getImageData(0, 0, width, height).data);
  } finally {
    page.cleanup();
  }
}
