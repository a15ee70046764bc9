import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfjs } from './pdfjs';
import { pdfjsAssets } from './pdfjs-assets';

export type OpenedPdf = { ok: true; doc: PDFDocumentProxy } | { ok: false; reason: 'encrypted' | 'damaged'; detail: string };

/**
 * Opens a PDF with pdf.js, locked down: no eval (CVE-2024-4367), no system fonts, no network,
 * nothing logged. Runs inside the extraction worker.
 */
export async function openPdf(bytes: Uint8Array, withAssets: boolean): Promise<OpenedPdf> {
  let task: PDFDocumentLoadingTask | null = null;
  // getDocument itself throws on bad options (a factory URL without its trailing slash): inside
  // the try, so that becomes a failed import rather than a dead worker.
  try {
    const { getDocument } = await loadPdfjs();
    const assets = withAssets ? pdfjsAssets() : null;
    task = getDocument({
      // pdf.js may take ownership of the buffer it is given: hand it a copy.
      data: bytes.slice(),
      cMapUrl: assets?.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: assets?.standardFontDataUrl,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    });
    return { ok: true, doc: await task.promise };
  } catch (error) {
    await task?.destroy().catch(() => undefined);
    return { ok: false, reason: errorName(error) === 'PasswordException' ? 'encrypted' : 'damaged', detail: describePdfError(error) };
  }
}

export function describePdfError(error: unknown): string {
  const message = error instanceof Error || isNamed(error) ? String(error.message) : String(error);
  return message.replace(/\.$/, '') || 'unknown error';
}

function errorName(error: unknown): string {
  return error instanceof Error || isNamed(error) ? String(error.name) : '';
}

// pdf.js exceptions are not always `Error` instances once they cross its message port.
function isNamed(value: unknown): value is { name: unknown; message: unknown } {
  return typeof value === 'object' && value !== null && 'name' in value && 'message' in value;
}
