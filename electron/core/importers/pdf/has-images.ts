import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfjs } from './pdfjs';
import type { PdfjsModule } from './pdfjs';

function imageOps({ OPS }: PdfjsModule): Set<number> {
  return new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
  ]);
}

/** Whether this page paints an image: a scanned page does. */
export async function pagePaintsImages(doc: PDFDocumentProxy, number: number): Promise<boolean> {
  const imageOpCodes = imageOps(await loadPdfjs());
  const page = await doc.getPage(number);
  const { fnArray } = await page.getOperatorList();
  page.cleanup();
  return fnArray.some((op) => imageOpCodes.has(op));
}

/** A scan shows on its first pages; decoding every page's images would only cost time. */
const PAGES_TO_CHECK = 3;

/** Whether the first pages paint images: what a scan without a text layer is made of. */
export async function paintsImages(doc: PDFDocumentProxy): Promise<boolean> {
  const imageOpCodes = imageOps(await loadPdfjs());
  for (let number = 1; number <= Math.min(doc.numPages, PAGES_TO_CHECK); number += 1) {
    const page = await doc.getPage(number);
    const { fnArray } = await page.getOperatorList();
    page.cleanup();
    if (fnArray.some((op) => imageOpCodes.has(op))) return true;
  }
  return false;
}
