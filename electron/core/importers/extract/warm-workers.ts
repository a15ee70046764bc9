import type { Worker } from 'node:worker_threads';
import { startLimitedWorker } from './worker-entry';

/**
 * Extraction workers kept warm between files. Starting a worker and loading pdf.js, its worker
 * module, fonts and CMaps, then compiling them, cost more than reading a 7-page bulletin (measured:
 * about 1.4 s of CPU for the first file in a fresh worker, 0.3 s from the fifth on), so a worker
 * that answered cleanly reads the next file too. The limits stay per file (run-worker.ts watches
 * each one); a worker that was stopped, crashed or answered out of shape is never reused.
 */
export interface WarmWorker {
  worker: Worker;
  /** Numbers this file's job, so a late answer to an earlier one is never taken for it. */
  job: number;
  /** The file is done and the worker answered cleanly: keep it for the next one. */
  release(heapUsedBytes: number): void;
  /** The worker may be in any state: stop it. */
  discard(): void;
}

/** An idle worker is stopped after this long, so a library left open holds no reader's memory. */
export const IDLE_MS = 30_000;
/** A worker reads at most this many files, so nothing a file left behind can pile up. */
export const MAX_FILES_PER_WORKER = 200;
/** A worker still holding more than this share of its heap limit after a file is not kept. */
const MAX_HEAP_SHARE_KEPT = 0.25;

interface Idle {
  worker: Worker;
  files: number;
  timer: NodeJS.Timeout;
}

// Idle workers by heap limit: a worker's limit is fixed when it starts.
const idle = new Map<number, Idle[]>();
let jobs = 0;
let started = 0;

/** How many extraction workers this process has started (tests count them). */
export function extractionWorkersStarted(): number {
  return started;
}

/** An idle worker with this heap limit, or a new one. Throws when no worker can start. */
export function takeWarmWorker(heapMb: number): WarmWorker {
  const waiting = idle.get(heapMb)?.pop();
  if (waiting) clearTimeout(waiting.timer);
  const worker = waiting?.worker ?? startWorker(heapMb);
  const files = (waiting?.files ?? 0) + 1;
  worker.ref();
  let done = false;
  return {
    worker,
    job: ++jobs,
    release(heapUsedBytes) {
      if (done) return;
      done = true;
      if (files >= MAX_FILES_PER_WORKER || heapUsedBytes > MAX_HEAP_SHARE_KEPT * heapMb * 1024 * 1024) return stop(worker);
      // Idle, it must not keep the process (a CLI run, a test) from exiting.
      worker.unref();
      const entry: Idle = { worker, files, timer: setTimeout(() => retire(heapMb, entry), IDLE_MS) };
      entry.timer.unref();
      const list = idle.get(heapMb) ?? [];
      list.push(entry);
      idle.set(heapMb, list);
    },
    discard() {
      if (done) return;
      done = true;
      stop(worker);
    },
  };
}

/** Stops every idle worker (the archive closing; tests). A worker busy with a file finishes it first. */
export async function stopIdleExtractionWorkers(): Promise<void> {
  const all = [...idle.values()].flat();
  idle.clear();
  await Promise.all(
    all.map((entry) => {
      clearTimeout(entry.timer);
      return entry.worker.terminate().catch(() => undefined);
    }),
  );
}

function startWorker(heapMb: number): Worker {
  const worker = startLimitedWorker(heapMb);
  started += 1;
  // A worker that fails while idle is dropped here; while busy, run-worker.ts hears it too.
  worker.on('error', () => forget(worker));
  worker.on('exit', () => forget(worker));
  return worker;
}

function retire(heapMb: number, entry: Idle): void {
  const list = idle.get(heapMb);
  const at = list?.indexOf(entry) ?? -1;
  if (list && at >= 0) list.splice(at, 1);
  stop(entry.worker);
}

function forget(worker: Worker): void {
  for (const list of idle.values()) {
    const at = list.findIndex((entry) => entry.worker === worker);
    if (at >= 0) clearTimeout(list.splice(at, 1)[0]!.timer);
  }
}

function stop(worker: Worker): void {
  forget(worker);
  void worker.terminate().catch(() => undefined);
}
