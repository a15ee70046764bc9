import { MAX_IMPORT_FILE_BYTES } from '../../../../shared/limits';
import { detectDocumentKind, isOleCompoundFile } from './detect';
import { tooLargeFile, unsupported } from './failures';
import { extractInWorker } from './run-worker';
import type { ExtractedText, ExtractOptions } from './types';

export { detectDocumentKind } from './detect';
export type { DocumentKind } from './detect';
export type { ExtractedText, ExtractFailureCode, ExtractOptions } from './types';

const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_FILE_MB = MAX_IMPORT_FILE_BYTES / 1024 / 1024;

/**
 * The text of a PDF or Word bulletin, laid out for the bulletin parser (one paragraph per
 * line, blank lines between), or a failure a person can act on. The kind is told by the
 * bytes, not the name. Parsing runs in a worker with a memory limit and a deadline.
 */
export async function extractBulletinText(name: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedText> {
  const kind = detectDocumentKind(bytes);
  if (kind === null) return unsupported(name, isOleCompoundFile(bytes));
  if (bytes.byteLength > MAX_FILE_MB * 1024 * 1024) return tooLargeFile(name, MAX_FILE_MB);
  const request = { name, bytes, options: { pdfAssets: options.pdfAssets ?? true } };
  return extractInWorker(request, kind, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}
