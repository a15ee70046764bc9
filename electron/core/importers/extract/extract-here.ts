import { extractDocx } from '../docx/extract-docx';
import { extractPdf } from '../pdf/extract-pdf';
import { detectDocumentKind, isOleCompoundFile } from './detect';
import { expandsTooFar, unsupported } from './failures';
import { findOverInflatedStream } from './inflate-guard';
import type { ExtractedText, ParseOptions } from './types';

/**
 * Extraction in the calling thread. Only the worker calls this: pdf.js and mammoth must not
 * run on the app's main thread, where a hostile file could block or exhaust it.
 */
export async function extractHere(name: string, bytes: Uint8Array, options: ParseOptions): Promise<ExtractedText> {
  switch (detectDocumentKind(bytes)) {
    case 'pdf': {
      const bomb = await findOverInflatedStream(bytes);
      if (bomb) return expandsTooFar(name, bomb.megabytes);
      return extractPdf(name, bytes, { pdfAssets: options.pdfAssets });
    }
    case 'docx':
      return extractDocx(name, bytes);
    default:
      return unsupported(name, isOleCompoundFile(bytes));
  }
}
