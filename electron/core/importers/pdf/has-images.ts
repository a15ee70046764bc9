import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
]);
/** A scan shows on its first pages; decoding every page's images would only cost time. */
const PAGES_TO_CHECK = 3;

/** Whether the first pages paint images: what a scan without a text layer is made of. */
export async function paintsImages(doc: PDFDocumentProxy): Promise<boolean> {
  for (let number = 1; number <= Math.min(doc.numPages, PAGES_TO_CHECK); number += 1) {
    const page = await doc.getPage(number);
    const { fnArray } = await page.getOperatorList();
    page.cleanup();
    if (fnArray.some((op) => IMAGE_OPS.has(op))) return true;
  }
  return false;
}
