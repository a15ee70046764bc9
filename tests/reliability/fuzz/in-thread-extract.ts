import type { DocumentKind } from '../../../electron/core/importers/extract/detect';
import { extractHere } from '../../../electron/core/importers/extract/extract-here';
import { readerCrashed } from '../../../electron/core/importers/extract/failures';
import { isExtractedText } from '../../../electron/core/importers/extract/protocol';
import type { WorkerRequest } from '../../../electron/core/importers/extract/protocol';
import type { ExtractedText } from '../../../electron/core/importers/extract/types';

/** Stands in for electron/core/importers/extract/run-worker.ts (see in-thread-hooks.mjs). */
export const WORKER_HEAP_MB = 768;

export async function extractInWorker(request: WorkerRequest, kind: DocumentKind): Promise<ExtractedText> {
  try {
    // What the worker receives is a structured clone: a plain Uint8Array, never a Buffer.
    const result = await extractHere(request.name, new Uint8Array(request.bytes), request.options);
    return isExtractedText(result) ? result : readerCrashed(request.name, kind, 'it sent back an answer of the wrong shape');
  } catch (error) {
    // The worker's uncaught error becomes readerCrashed in the real run-worker.ts, with this detail.
    return readerCrashed(request.name, kind, (error instanceof Error ? error.message : String(error)).replace(/\.$/, ''));
  }
}
