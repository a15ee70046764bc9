import type { DocumentKind } from './detect';
import { outOfMemory, readerCrashed, tooSlow } from './failures';
import { isExtractedText, isWorkerAnswer } from './protocol';
import type { WorkerRequest } from './protocol';
import type { ExtractedText } from './types';
import { takeWarmWorker } from './warm-workers';

export const WORKER_HEAP_MB = 768;
/**
 * What one extraction may add to the process's resident memory, JS heap and everything else
 * (ArrayBuffers, zlib, pdf.js's decoded streams) together. resourceLimits bound only the JS
 * heap; this is watched from this thread, which stays free while the worker works.
 */
export const WORKER_RSS_MB = WORKER_HEAP_MB + 512;
const WATCH_MS = 25;

/**
 * Runs one extraction in a worker with memory limits (its JS heap, and the process's resident
 * growth while it runs) and a deadline. The worker is kept warm for the next file when it
 * answered in time and in shape (warm-workers.ts); whatever else a file does to it (loop,
 * exhaust memory, crash), this resolves with an answer and that worker is gone: a hostile file
 * never takes the app down, and never leaves a damaged worker behind for the next file.
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
    let warm: ReturnType<typeof takeWarmWorker>;
    try {
      warm = takeWarmWorker(heapMb);
    } catch (error) {
      resolve(readerCrashed(name, kind, messageOf(error)));
      return;
    }
    const { worker, job } = warm;
    let settled = false;
    const finish = (result: ExtractedText, keep: { heapUsedBytes: number } | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      // Kept only after a clean answer; a worker stopped mid-file may hold anything.
      if (keep) warm.release(keep.heapUsedBytes);
      else warm.discard();
      resolve(result);
    };
    const timer = setTimeout(() => finish(tooSlow(name, timeoutMs / 1000), null), timeoutMs);
    // Measured against the resident size when this file started: the growth is this file's.
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > rssMb * 1024 * 1024) finish(outOfMemory(name, rssMb), null);
    }, WATCH_MS);
    const onMessage = (message: unknown): void => {
      if (isWorkerAnswer(message) && message.job === job && isExtractedText(message.result)) finish(message.result, message);
      else finish(readerCrashed(name, kind, 'it sent back an answer of the wrong shape'), null);
    };
    const onError = (error: Error & { code?: string }): void => {
      finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(name, heapMb) : readerCrashed(name, kind, messageOf(error)), null);
    };
    const onExit = (code: number): void => finish(readerCrashed(name, kind, `the reader exited with code ${code} before answering`), null);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    try {
      // Copied to the worker (structured clone): the caller keeps its bytes.
      worker.postMessage({ job, request });
    } catch (error) {
      finish(readerCrashed(name, kind, messageOf(error)), null);
    }
  });
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
