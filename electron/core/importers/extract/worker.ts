import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { extractHere } from './extract-here';
import type { WorkerAnswer, WorkerJob } from './protocol';

// The extraction worker: kept warm between files (run-worker.ts), one file at a time. pdf.js,
// its fonts and CMaps and the compiled code stay loaded, so only the first file pays for them.
// Built by electron-vite as out/main/extract-worker.js.
parentPort?.on('message', ({ job, request }: WorkerJob) => {
  extractHere(request.name, request.bytes, request.options).then(
    (result) => {
      const answer: WorkerAnswer = { job, result, heapUsedBytes: getHeapStatistics().used_heap_size };
      parentPort?.postMessage(answer);
    },
    (error: unknown) => {
      // Rethrown as an uncaught error: the main thread's 'error' handler reports it, and the
      // worker, whose state is now unknown, is not used again.
      throw error instanceof Error ? error : new Error(String(error));
    },
  );
});
