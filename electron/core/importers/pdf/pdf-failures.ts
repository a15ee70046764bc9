import { failure } from '../extract/types';
import type { ExtractFailure } from '../extract/types';

export const MAX_PDF_PAGES = 2000;

export function encryptedPdf(name: string): ExtractFailure {
  return failure('encrypted-pdf', `${name} is password-protected. Open it, save a copy without the password, and import that.`);
}

export function damagedPdf(name: string, detail: string): ExtractFailure {
  return failure(
    'damaged-pdf',
    `${name} is damaged and cannot be read (${detail}). Open it in a PDF reader; if it opens, print or save it again as a new PDF and import that.`,
  );
}

export function scannedPdf(name: string): ExtractFailure {
  return failure(
    'scanned-pdf',
    `${name} is a scanned PDF with no text layer: it needs OCR before it can be imported (scanned: needs OCR). Run it through OCR, or import the bulletin's Word or text version.`,
  );
}

export function pdfWithoutText(name: string): ExtractFailure {
  return damagedPdf(name, 'it has no text and no images: there is nothing to import');
}

export function tooManyPages(name: string, pages: number): ExtractFailure {
  return failure(
    'too-large',
    `${name} says it has ${pages.toLocaleString('en-US')} pages, far more than a bulletin (at most ${MAX_PDF_PAGES.toLocaleString('en-US')}): it is damaged or not a bulletin; not imported.`,
  );
}
