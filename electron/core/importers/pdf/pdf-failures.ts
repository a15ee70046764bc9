import { failure } from '../extract/types';
import type { ExtractFailure } from '../extract/types';

export const MAX_PDF_PAGES = 2000;

export function encryptedPdf(name: string): ExtractFailure {
  return failure('encrypted-pdf', { code: 'encrypted-pdf', file: name });
}

export function damagedPdf(name: string, detail: string): ExtractFailure {
  return failure('damaged-pdf', { code: 'damaged-pdf', file: name, detail });
}

export function scannedPdf(name: string): ExtractFailure {
  return failure('scanned-pdf', { code: 'scanned-pdf', file: name });
}

export function pdfWithoutText(name: string): ExtractFailure {
  return failure('damaged-pdf', { code: 'pdf-without-text', file: name });
}

export function tooManyPages(name: string, pages: number): ExtractFailure {
  return failure('too-large', { code: 'too-many-pages', file: name, pages, max: MAX_PDF_PAGES });
}
