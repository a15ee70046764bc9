import { sayMessage } from '../../../../shared/message-text';
import { EXTRACT_FAILURE_CODES } from '../../../../shared/messages';
import type { ArchiveMessage } from '../../../../shared/messages';

/** What the PDF and Word importers hand to the bulletin parser, or why they could not. */
export { EXTRACT_FAILURE_CODES };
export type ExtractFailureCode = (typeof EXTRACT_FAILURE_CODES)[number];

export type ExtractedText =
  | {
      ok: true;
      kind: 'pdf' | 'docx';
      /** One paragraph (or heading) per line, a blank line between paragraphs. */
      text: string;
      /** For PDFs: the offset in `text` where each page's text begins (index 0 is page 1). */
      pageStarts?: number[];
      /** For PDFs: offsets in `text` of lines joined to the paragraph before across a page break. */
      pageJoins?: number[];
      warnings: ArchiveMessage[];
    }
  | { ok: false; code: ExtractFailureCode; message: string; said: ArchiveMessage };

export type ExtractFailure = Extract<ExtractedText, { ok: false }>;

export interface ExtractOptions {
  /** Milliseconds before the worker is stopped and 'too-slow' returned. Default 30 000. */
  timeoutMs?: number;
  /**
   * Give pdf.js its CMaps and standard fonts (default true). Only a test turns this off, to
   * prove they are needed: without them Chinese PDFs come back empty, with no error.
   */
  pdfAssets?: boolean;
}

/** The options that reach the parsing code inside the worker. */
export interface ParseOptions {
  pdfAssets: boolean;
}

/** A failure by code; `message` is its English text, for logs. */
export function failure(code: ExtractFailureCode, said: ArchiveMessage): ExtractFailure {
  return { ok: false, code, message: sayMessage('en', said), said };
}
