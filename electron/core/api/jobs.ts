import { randomUUID } from 'node:crypto';
import type { ApiError } from '../../../shared/contract';
import type { JobView, PackageJobKind, PackageJobResult } from '../../../shared/contract/package';
import type { PackageProgress, PackageRun } from '../../../shared/package';
import { ArchiveError, isArchiveError } from '../errors';
import { asExpectedFailure } from '../system-refusal';
import { sayMessage } from '../../../shared/message-text';

/** How long a finished job's result waits for the page to read it. */
const KEEP_FINISHED_MS = 15 * 60_000;

interface Job {
  view: JobView;
  controller: AbortController;
  done: Promise<void>;
  finishedAt: number | null;
}

export interface JobLog {
  error(message: string, error: unknown): void;
}

/**
 * Long package operations (export, verify, import, backup) as jobs: `start` answers at once with
 * the job's id; the page reads progress and the result with `status`, and `cancel` aborts the
 * core's work through its AbortSignal. One package job runs at a time per library (an import and
 * a backup at once would read and write the same files; the person waits seconds, not hours, for
 * the usual ones). Finished jobs are kept KEEP_FINISHED_MS for the page to read, then forgotten.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly log: JobLog = console,
    private readonly clock: () => number = Date.now,
  ) {}

  start(kind: PackageJobKind, work: (run: Required<PackageRun>) => Promise<PackageJobResult>): { jobId: string } {
    this.sweep();
    if ([...this.jobs.values()].some((job) => job.view.state === 'running')) throw ArchiveError.of('unavailable', { code: 'job-busy' });
    const jobId = randomUUID();
    const controller = new AbortController();
    const view: JobView = { jobId, kind, state: 'running', progress: null, result: null, error: null };
    const job: Job = { view, controller, finishedAt: null, done: Promise.resolve() };
    const onProgress = (progress: PackageProgress): void => {
      if (view.state === 'running') view.progress = progress;
    };
    job.done = (async () => {
      try {
        // Started on the next turn, so `start` answers before any work (and any failure) happens.
        await Promise.resolve();
        const result = await work({ onProgress, signal: controller.signal });
        view.result = result;
        view.state = 'done';
      } catch (error) {
        if (controller.signal.aborted) {
          view.state = 'cancelled';
          view.error = apiErrorOf(ArchiveError.of('unavailable', { code: 'job-cancelled' }));
        } else {
          view.state = 'failed';
          view.error = this.errorOf(kind, error);
        }
      } finally {
        job.finishedAt = this.clock();
      }
    })();
    this.jobs.set(jobId, job);
    return { jobId };
  }

  status(jobId: string): JobView {
    this.sweep();
    return snapshot(this.find(jobId).view);
  }

  /** Asks the job to stop; it becomes `cancelled` once the core has let go of its files. */
  cancel(jobId: string): JobView {
    const job = this.find(jobId);
    if (job.view.state === 'running') job.controller.abort();
    return snapshot(job.view);
  }

  /** Waits for a job to end (tests, and closing the archive). */
  async settled(jobId: string): Promise<JobView> {
    const job = this.find(jobId);
    await job.done;
    return snapshot(job.view);
  }

  /** On close: every running job is cancelled and waited for, so no file is left half-written. */
  async close(): Promise<void> {
    for (const job of this.jobs.values()) job.controller.abort();
    await Promise.allSettled([...this.jobs.values()].map((job) => job.done));
    this.jobs.clear();
  }

  private find(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw ArchiveError.of('not-found', { code: 'job-not-found' });
    return job;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [jobId, job] of this.jobs) {
      if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(jobId);
    }
  }

  private errorOf(kind: PackageJobKind, thrown: unknown): ApiError {
    const error = asExpectedFailure(thrown);
    if (isArchiveError(error)) return apiErrorOf(error);
    this.log.error(`job ${kind} failed`, error);
    return { code: 'internal', message: 'Something went wrong inside the archive. The details are in the log; please try again.' };
  }
}

function apiErrorOf(error: ArchiveError): ApiError {
  const message = error.said ? sayMessage('en', error.said) : error.message;
  return error.said ? { code: error.code, message, said: error.said } : { code: error.code, message };
}

/** A copy: the page must not see a view change under it after it was answered (IPC clones anyway; in-process calls do not). */
function snapshot(view: JobView): JobView {
  return { ...view, progress: view.progress ? { ...view.progress } : null };
}
