import type { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { ARCHIVE_ERROR_CODES, ArchiveMessageSchema } from '../../../../shared/messages';
import type { ArchiveMessage } from '../../../../shared/messages';
import { ScanPageSchema } from '../../../../shared/scan';
import { startLimitedWorker } from '../extract/worker-entry';
import { DEFAULT_LANGUAGES } from './engine';
import type { OcrAnswer, OcrOptions, OcrRequest, ScanKind } from './read-scan-here';

/** What one page may take: a 300 dpi A4 page reads in seconds; a stuck one is stopped. */
export const OCR_PAGE_TIMEOUT_MS = 180_000;
/** The worker's JS heap (the page images and their copies live there). */
export const OCR_HEAP_MB = 768;
/** What a scan may add to the process's resident memory, tesseract's wasm memory included. */
export const OCR_RSS_MB = 2048;
/** An idle OCR worker (its engine and models, about 150 MB) is stopped after this long. */
export const OCR_IDLE_MS = 60_000;
const WATCH_MS = 50;

export const DEFAULT_OCR_OPTIONS: OcrOptions = { languages: DEFAULT_LANGUAGES, deskew: true, binarise: false, pdfDpi: 300 };

// The worker script: the bundle's out/main/ocr-worker.js, or the TypeScript source beside this.
const CANDIDATES = ['./ocr-worker.js', '../ocr/ocr-worker.ts'];

export interface RunOcrOptions {
  /** Per page: the clock restarts when a page is done. */
  pageTimeoutMs?: number;
  rssMb?: number;
  heapMb?: number;
  signal?: AbortSignal;
  onProgress?: (pagesDone: number, pages: number) => void;
  ocr?: Partial<OcrOptions>;
}

const AnswerSchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    engine: z.string(),
    text: z.string(),
    pageStarts: z.array(z.number().int().nonnegative()),
    pageJoins: z.array(z.number().int().nonnegative()),
    pages: z.array(ScanPageSchema),
    warnings: z.array(ArchiveMessageSchema),
  }),
  z.strictObject({ ok: z.literal(false), code: z.enum(ARCHIVE_ERROR_CODES), said: ArchiveMessageSchema }),
]);

let idle: { worker: Worker; heapMb: number; timer: NodeJS.Timeout } | null = null;
let jobs = 0;
let started = 0;

/** How many OCR workers this process has started (tests check a batch reuses one). */
export function ocrWorkersStarted(): number {
  return started;
}

/**
 * Reads a scan in a worker thread with a heap limit, a watch on the process's resident memory,
 * a deadline per page and cancel (the signal). The main thread only waits. Whatever the scan
 * does to the worker, this resolves with an answer, and a worker that did not answer cleanly
 * is stopped, never reused.
 */
export function runOcr(name: string, bytes: Uint8Array, kind: ScanKind, options: RunOcrOptions = {}): Promise<OcrAnswer> {
  const heapMb = options.heapMb ?? OCR_HEAP_MB;
  const rssMb = options.rssMb ?? OCR_RSS_MB;
  const pageTimeoutMs = options.pageTimeoutMs ?? OCR_PAGE_TIMEOUT_MS;
  const request: OcrRequest = { name, bytes, kind, options: { ...DEFAULT_OCR_OPTIONS, ...options.ocr } };
  const fail = (said: ArchiveMessage, code: Extract<OcrAnswer, { ok: false }>['code']): OcrAnswer => ({ ok: false, code, said });
  if (options.signal?.aborted) return Promise.resolve(fail({ code: 'ocr-cancelled', file: name }, 'cancelled'));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = takeWorker(heapMb);
    } catch (error) {
      resolve(fail({ code: 'ocr-failed', file: name, detail: messageOf(error) }, 'unreadable-file'));
      return;
    }
    const job = (jobs += 1);
    let settled = false;
    let pagesDone = 0;
    const finish = (answer: OcrAnswer, keep: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      options.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) keepWarm(worker, heapMb);
      else void worker.terminate().catch(() => undefined);
      resolve(answer);
    };
    const tooSlow = (): void => finish(fail({ code: 'ocr-page-too-slow', file: name, page: pagesDone + 1, seconds: Math.round(pageTimeoutMs / 1000) }, 'too-slow'), false);
    let timer = setTimeout(tooSlow, pageTimeoutMs);
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > rssMb * 1024 * 1024) finish(fail({ code: 'ocr-out-of-memory', file: name, megabytes: rssMb }, 'too-large'), false);
    }, WATCH_MS);
    const onAbort = (): void => finish(fail({ code: 'ocr-cancelled', file: name }, 'cancelled'), false);
    options.signal?.addEventListener('abort', onAbort);
    const onMessage = (message: unknown): void => {
      const attempt = z.object({ networkAttempt: z.string() }).safeParse(message);
      if (attempt.success) {
        finish(fail({ code: 'ocr-failed', file: name, detail: `it tried to reach the network (${attempt.data.networkAttempt}), which OCR never does` }, 'unreadable-file'), false);
        return;
      }
      const progress = z.object({ job: z.literal(job), progress: z.object({ pagesDone: z.number(), pages: z.number() }) }).safeParse(message);
      if (progress.success) {
        pagesDone = progress.data.progress.pagesDone;
        clearTimeout(timer);
        timer = setTimeout(tooSlow, pageTimeoutMs);
        options.onProgress?.(pagesDone, progress.data.progress.pages);
        return;
      }
      // `offline`: the worker trapped the network before reading (ocr-worker.ts, network-trap.ts).
      const answer = z.object({ job: z.literal(job), offline: z.literal(true), result: AnswerSchema }).safeParse(message);
      if (answer.success) finish(answer.data.result, true);
      else finish(fail({ code: 'ocr-failed', file: name, detail: 'the reader sent back an answer of the wrong shape' }, 'unreadable-file'), false);
    };
    const onError = (error: Error & { code?: string }): void =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? fail({ code: 'ocr-out-of-memory', file: name, megabytes: heapMb }, 'too-large')
          : fail({ code: 'ocr-failed', file: name, detail: messageOf(error) }, 'unreadable-file'),
        false,
      );
    const onExit = (code: number): void => finish(fail({ code: 'ocr-failed', file: name, detail: `the reader exited with code ${code}` }, 'unreadable-file'), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    try {
      worker.postMessage({ job, request });
    } catch (error) {
      finish(fail({ code: 'ocr-failed', file: name, detail: messageOf(error) }, 'unreadable-file'), false);
    }
  });
}

function takeWorker(heapMb: number): Worker {
  if (idle && idle.heapMb === heapMb) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  const worker = startLimitedWorker(heapMb, CANDIDATES);
  started += 1;
  // A worker that fails while idle is forgotten; while busy, runOcr hears it too.
  worker.on('error', () => forget(worker));
  worker.on('exit', () => forget(worker));
  return worker;
}

function keepWarm(worker: Worker, heapMb: number): void {
  if (idle) void idle.worker.terminate().catch(() => undefined);
  // Idle, it must not keep the process (a CLI run, a test) from exiting.
  worker.unref();
  const timer = setTimeout(() => forget(worker, true), OCR_IDLE_MS);
  timer.unref();
  idle = { worker, heapMb, timer };
}

function forget(worker: Worker, stop = false): void {
  if (idle?.worker === worker) {
    clearTimeout(idle.timer);
    idle = null;
  }
  if (stop) void worker.terminate().catch(() => undefined);
}

/** Stops the idle OCR worker (the archive closing; tests). */
export async function stopOcrWorker(): Promise<void> {
  const waiting = idle;
  idle = null;
  if (!waiting) return;
  clearTimeout(waiting.timer);
  await waiting.worker.terminate().catch(() => undefined);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
