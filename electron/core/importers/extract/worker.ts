import { parentPort, workerData } from 'node:worker_threads';
import { extractHere } from './extract-here';
import type { WorkerRequest } from './protocol';

// The extraction worker: one file, one answer, then the main thread terminates it.
// Built by electron-vite as out/main/extract-worker.js.
const request = workerData as WorkerRequest;
extractHere(request.name, request.bytes, request.options).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => {
    // Rethrown as an uncaught error: the main thread's 'error' handler reports it.
    throw error instanceof Error ? error : new Error(String(error));
  },
);
