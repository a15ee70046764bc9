import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { trapNetwork } from './network-trap';
import { readScanHere } from './read-scan-here';
import type { OcrRequest } from './read-scan-here';

/**
 * The OCR worker: one scan at a time, kept warm between scans (run-ocr.ts) so the engine and its
 * models (about 2 s to load) are loaded once for a batch. Built by electron-vite as
 * out/main/ocr-worker.js. Tells the main thread after each page; a failure the reader did not
 * expect is thrown, so the main thread hears it and does not reuse this worker.
 */
export interface OcrJob {
  job: number;
  request: OcrRequest;
}

// Nothing in this thread may reach the network: an attempt is refused and told to the main thread,
// which fails the scan (run-ocr.ts), so it can never pass unnoticed.
trapNetwork((what) => parentPort?.postMessage({ networkAttempt: what }));
// Said with every answer: run-ocr.ts takes no answer from a reader that is not offline.
const offline = true;

parentPort?.on('message', ({ job, request }: OcrJob) => {
  readScanHere(request, (pagesDone, pages) => parentPort?.postMessage({ job, progress: { pagesDone, pages } })).then(
    (result) => parentPort?.postMessage({ job, result, offline, heapUsedBytes: getHeapStatistics().used_heap_size }),
    (error: unknown) => {
      throw error instanceof Error ? error : new Error(String(error));
    },
  );
});
