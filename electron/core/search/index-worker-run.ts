import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SystemRefusal } from '../../../shared/messages';
import type { IndexableIssue } from './document';
import { resolveIndexWorkerEntry } from './index-worker-entry';
import { IndexWorkerMessageSchema, SEGMENT_FILE_PATTERN } from './index-worker-protocol';
import type { IndexWorkerMessage, IndexWorkerRequest } from './index-worker-protocol';
import { indexDir } from './manifest';
import { MAX_SEGMENT_DOCS } from './segment';

/** The worker's JS heap: one segment's texts and key table with room to spare (typed arrays are counted apart). */
export const INDEX_WORKER_HEAP_MB = 1024;

export interface WrittenSegment {
  file: string;
  articles: number;
  /** issue id → fingerprint */
  issues: Record<string, string>;
}

export interface IndexWorkerEvents {
  /** A segment is on disk; the build waits for this to settle before the next message, so segments arrive in order. */
  segment(written: WrittenSegment): Promise<void>;
  progress(done: number, total: number): void;
  leftOut(issueId: string): void;
}

export type IndexWorkerOutcome =
  | { kind: 'done' }
  | { kind: 'cancelled' }
  /** The disk refused a segment: `remaining` is what is still to be indexed. */
  | { kind: 'refused'; reason: SystemRefusal; remaining: IndexableIssue[] }
  /** The worker died twice (crashed, ran out of memory, was killed). */
  | { kind: 'failed'; reason: string; remaining: IndexableIssue[] };

export interface IndexWorkerOptions {
  heapMb?: number;
  /** Smaller segments than MAX_SEGMENT_DOCS, so that a test sees a build arrive in several pieces. */
  segmentDocs?: number;
  /** Tests reach the worker through this (to kill it mid-build). */
  onWorker?: (worker: Worker) => void;
}

/** One worker dying is retried once with what it had not finished; a second death is reported. */
const ATTEMPTS = 2;

/**
 * Builds segments for these issues in a worker thread, off the main thread's event loop, so
 * the app and the server keep answering while a large library is indexed. Segments are
 * handed over one by one as the worker writes them.
 */
export class IndexWorkerRun {
  readonly finished: Promise<IndexWorkerOutcome>;
  private worker: Worker | null = null;
  private cancelled = false;
  /** Announced by the worker and not yet handed over: removed if the build ends early. */
  private readonly unclaimed = new Set<string>();
  private readonly covered = new Set<string>();
  private readonly leftOut = new Set<string>();
  private doneBefore = 0;
  private readonly total: number;

  constructor(
    private readonly libraryDir: string,
    private readonly issues: readonly IndexableIssue[],
    private readonly events: IndexWorkerEvents,
    private readonly options: IndexWorkerOptions = {},
  ) {
    this.total = issues.reduce((n, issue) => n + issue.articles.length, 0);
    this.finished = this.run();
  }

  /** Stops the worker and removes the segment it was writing; resolves once it is gone. */
  async cancel(): Promise<void> {
    this.cancelled = true;
    await this.worker?.terminate().catch(() => undefined);
    await this.finished.catch(() => undefined);
  }

  private async run(): Promise<IndexWorkerOutcome> {
    let reason = '';
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const remaining = this.remaining();
      if (this.cancelled) return { kind: 'cancelled' };
      if (remaining.length === 0) return { kind: 'done' };
      const ended = await this.attempt(remaining);
      await this.removeUnclaimed();
      if (this.cancelled) return { kind: 'cancelled' };
      if (ended.kind !== 'died') return ended.kind === 'refused' ? { ...ended, remaining: this.remaining() } : ended;
      reason = ended.reason;
    }
    return { kind: 'failed', reason, remaining: this.remaining() };
  }

  private remaining(): IndexableIssue[] {
    return this.issues.filter((issue) => !this.covered.has(issue.id) && !this.leftOut.has(issue.id));
  }

  private attempt(issues: IndexableIssue[]): Promise<{ kind: 'done' } | { kind: 'refused'; reason: SystemRefusal } | { kind: 'died'; reason: string }> {
    this.doneBefore = this.total - issues.reduce((n, issue) => n + issue.articles.length, 0);
    const request: IndexWorkerRequest = { libraryDir: this.libraryDir, issues, segmentDocs: this.options.segmentDocs ?? MAX_SEGMENT_DOCS };
    return new Promise((resolve) => {
      let worker: Worker;
      try {
        const entry = resolveIndexWorkerEntry();
        const options = {
          workerData: request,
          resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? INDEX_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
        };
        worker = 'file' in entry ? new Worker(entry.file, options) : new Worker(entry.evalCode, { ...options, eval: true });
      } catch (error) {
        resolve({ kind: 'died', reason: messageOf(error) });
        return;
      }
      this.worker = worker;
      this.options.onWorker?.(worker);
      // Messages are taken one at a time: a segment is loaded before the next one is looked at.
      let chain: Promise<void> = Promise.resolve();
      let settled = false;
      const finish = (result: { kind: 'done' } | { kind: 'refused'; reason: SystemRefusal } | { kind: 'died'; reason: string }): void => {
        if (settled) return;
        settled = true;
        this.worker = null;
        void worker.terminate().catch(() => undefined);
        // Whatever was already received is handed over before the attempt counts as over.
        void chain.then(
          () => resolve(result),
          (error: unknown) => resolve({ kind: 'died', reason: messageOf(error) }),
        );
      };
      worker.on('message', (raw: unknown) => {
        if (settled) return;
        const parsed = IndexWorkerMessageSchema.safeParse(raw);
        if (!parsed.success) {
          finish({ kind: 'died', reason: 'the index worker sent a message of the wrong shape' });
          return;
        }
        const message = parsed.data;
        if (message.kind === 'progress') this.events.progress(this.doneBefore + message.done, this.total);
        // Decided at once, before the worker's exit is heard: the segments before it still arrive first.
        else if (message.kind === 'done') finish({ kind: 'done' });
        else if (message.kind === 'refused') finish({ kind: 'refused', reason: message.reason });
        else chain = chain.then(() => this.take(message));
      });
      worker.once('error', (error: Error & { code?: string }) => {
        finish({ kind: 'died', reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the index worker ran out of memory' : messageOf(error) });
      });
      worker.once('exit', (code) => finish({ kind: 'died', reason: `the index worker stopped (exit code ${code}) before it had finished` }));
    });
  }

  private async take(message: Extract<IndexWorkerMessage, { kind: 'writing' | 'segment' | 'left-out' }>): Promise<void> {
    switch (message.kind) {
      case 'writing':
        if (SEGMENT_FILE_PATTERN.test(message.file)) this.unclaimed.add(message.file);
        return;
      case 'segment':
        if (!SEGMENT_FILE_PATTERN.test(message.file)) throw new Error('the index worker named a segment file outside the index');
        this.unclaimed.delete(message.file);
        if (this.cancelled) {
          await fs.rm(path.join(indexDir(this.libraryDir), message.file), { force: true });
          return;
        }
        await this.events.segment(message);
        for (const id of Object.keys(message.issues)) this.covered.add(id);
        return;
      case 'left-out':
        this.leftOut.add(message.issueId);
        this.events.leftOut(message.issueId);
        return;
      default: {
        const unreachable: never = message;
        throw new Error(`unknown index worker message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** The segment being written when the worker stopped, and its temp file (writeFileDurably's `.<name>.tmp-…`). */
  private async removeUnclaimed(): Promise<void> {
    if (this.unclaimed.size === 0) return;
    const dir = indexDir(this.libraryDir);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const file of this.unclaimed) {
      for (const name of names) if (name === file || name.startsWith(`.${file}.tmp-`)) await fs.rm(path.join(dir, name), { force: true });
    }
    this.unclaimed.clear();
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
