import { Worker } from 'node:worker_threads';
import type { DocumentKind } from './detect';
import { outOfMemory, readerCrashed, tooSlow } from './failures';
import { isExtractedText } from './protocol';
import type { WorkerRequest } from './protocol';
import type { ExtractedText } from './types';
import { resolveWorkerEntry } from './worker-entry';

export const WORKER_HEAP_MB = 768;
/**
 * What one extraction may add to the process's resident memory, JS heap and everything else
 * (ArrayBuffers, zlib, pdf.js's decoded streams) together. resourceLimits bound only the JS
 * heap; this is watched from this thread, which stays free while the worker works.
 */
export const WORKER_RSS_MB = WORKER_HEAP_MB + 512;
const WATCH_MS = 25;

/**
 * Runs one extraction in a fresh worker with memory limits (its JS heap, and the process's
 * resident growth while it runs) and a deadline. Whatever the
 * file does to the worker (loop, exhaust memory, crash), this resolves with an answer and
 * the worker is gone: a hostile file never takes the app down.
 */
export function extractInWorker(
  request: WorkerRequest,
  kind: DocumentKind,
  timeoutMs: number,
  heapMb = WORKER_HEAP_MB,
  rssMb = Math.max(WORKER_RSS_MB, heapMb + 512),
): Promise<ExtractedText> {
  const { name } = request;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const entry = resolveWorkerEntry();
      const options = {
        workerData: request,
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
      };
      worker = 'file' in entry ? new Worker(entry.file, options) : new Worker(entry.evalCode, { ...options, eval: true });
    } catch (error) {
      resolve(readerCrashed(name, kind, messageOf(error)));
      return;
    }
    let settled = false;
    const finish = (result: ExtractedText): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate().catch(() => undefined);
      resolve(result);
    };
    const timer = setTimeout(() => finish(tooSlow(name, timeoutMs / 1000)), timeoutMs);
    // Measured against the resident size when the worker started: the growth is the worker's.
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > rssMb * 1024 * 1024) finish(outOfMemory(name, rssMb));
    }, WATCH_MS);
    worker.once('message', (message: unknown) => {
      finish(isExtractedText(message) ? message : readerCrashed(name, kind, 'it sent back an answer of the wrong shape'));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(name, heapMb) : readerCrashed(name, kind, messageOf(error)));
    });
    worker.once('exit', (code) => finish(readerCrashed(name, kind, `the reader exited with code ${code} before answering`)));
  });
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
