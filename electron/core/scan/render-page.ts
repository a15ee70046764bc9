import type * as NapiCanvas from '@napi-rs/canvas';
import type { Canvas, Image } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { ArchiveError } from '../errors';
import { nativeCanvas } from '../importers/ocr/native-canvas';
// pdf.js's own copy of @napi-rs/canvas: drawing its page onto another copy's canvas crashed the process.
import { pdfjsCanvas } from '../importers/ocr/render-pdf-page';
import { openPdf } from '../importers/pdf/open-pdf';

/**
 * One page of a scanned original drawn again as PNG (issue 16): the page images are never stored
 * (the original under files/ is), so the review screen and the reader ask for them at the width
 * they show. The reading's boxes are on the page as it is, before OCR straightened it
 * (importers/ocr/index.ts), so the picture is drawn unturned, at the proportions OCR read.
 */
export interface PageRender {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface PageRequest {
  /** 1-based: PDF page, TIFF frame, or 1 for a single image. */
  page: number;
  /** The pixel size OCR read the page at: the picture keeps its proportions, at most `maxWidth` wide. */
  readWidth: number;
  readHeight: number;
  maxWidth: number;
}

export type OriginalKind = 'pdf' | 'tiff' | 'image';

export function originalKindOf(bytes: Uint8Array): OriginalKind {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return 'pdf';
  if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[3] === 0x2a)) return 'tiff';
  return 'image';
}

export async function renderScanPage(bytes: Uint8Array, request: PageRequest): Promise<PageRender> {
  const width = Math.max(1, Math.min(request.maxWidth, request.readWidth));
  const height = Math.max(1, Math.round((request.readHeight * width) / request.readWidth));
  const kind = originalKindOf(bytes);
  if (kind === 'pdf') return drawPdfPage(bytes, request.page, width, height);
  const native = await nativeCanvas();
  const canvas = native.createCanvas(width, height);
  const context = canvas.getContext('2d');
  // The page's own white behind it: a transparent PNG shows the screen's colour through a scan.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(kind === 'tiff' ? tiffFrame(native, bytes, request.page) : await imageOf(native, bytes), 0, 0, width, height);
  return { png: new Uint8Array(await canvas.encode('png')), width, height };
}

async function drawPdfPage(bytes: Uint8Array, pageNumber: number, width: number, height: number): Promise<PageRender> {
  const canvas = pdfjsCanvas().createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  const opened = await openPdf(bytes, true);
  if (!opened.ok) throw ArchiveError.of('damaged-pdf', { code: 'damaged-pdf', file: 'original', detail: opened.detail });
  try {
    if (pageNumber > opened.doc.numPages) throw ArchiveError.of('not-found', { code: 'scan-page-missing', page: pageNumber, pages: opened.doc.numPages });
    const page = await opened.doc.getPage(pageNumber);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: canvas.width / base.width });
    // pdf.js draws on any 2D context shaped like the browser's; @napi-rs/canvas is one.
    const canvasContext = context as unknown as CanvasRenderingContext2D;
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext, viewport }).promise;
    return { png: new Uint8Array(await canvas.encode('png')), width, height };
  } finally {
    await opened.doc.destroy();
  }
}

async function imageOf(native: typeof NapiCanvas, bytes: Uint8Array): Promise<Image> {
  try {
    return await native.loadImage(Buffer.from(bytes));
  } catch (error) {
    throw new ArchiveError('unreadable-file', `The page image could not be decoded: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** A TIFF frame as a canvas (utif2 decodes every compression a copier writes: CCITT G4, LZW, JPEG). */
function tiffFrame(native: typeof NapiCanvas, bytes: Uint8Array, page: number): Canvas {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const frames = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
  const frame = frames[page - 1];
  if (!frame) throw ArchiveError.of('not-found', { code: 'scan-page-missing', page, pages: frames.length });
  UTIF.decodeImage(buffer, frame);
  const rgba = UTIF.toRGBA8(frame);
  const canvas = native.createCanvas(frame.width, frame.height);
  const context = canvas.getContext('2d');
  const data = context.createImageData(frame.width, frame.height);
  data.data.set(rgba);
  context.putImageData(data, 0, 0);
  return canvas;
}
