import { describe, expect, it } from 'vitest';
import { JobRunner } from '../../../electron/core/api/jobs';
import { ArchiveError } from '../../../electron/core/errors';
import type { PackageVerifyReport } from '../../../shared/package';
import { archiveCaller } from '../../helpers/archive-call';
import { libraryWithSample } from '../../helpers/temp-library';

const report: PackageVerifyReport = { path: 'a.zip', valid: true, bagInfo: {}, issues: 1, files: 2, payloadBytes: 3, problems: [] };
const quiet = { error: () => undefined };

/** A job that waits until the test lets it go (or its signal aborts it), reporting progress first. */
function heldJob() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => release(),
    work: async ({ onProgress, signal }: { onProgress: (p: { phase: 'verify'; done: number; total: number }) => void; signal: AbortSignal }) => {
      onProgress({ phase: 'verify', done: 1, total: 4 });
      await Promise.race([gate, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }))]);
      return { kind: 'package-verify' as const, report };
    },
  };
}

describe('package jobs', () => {
  it('answers at once, shows progress while running, then the result', async () => {
    const jobs = new JobRunner(quiet);
    const held = heldJob();
    const { jobId } = jobs.start('package-verify', held.work);
    await Promise.resolve();
    await Promise.resolve();
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', progress: { done: 1, total: 4 }, result: null });
    held.release();
    expect(await jobs.settled(jobId)).toMatchObject({ state: 'done', result: { kind: 'package-verify', report } });
  });

  it('cancels through the signal and says so', async () => {
    const jobs = new JobRunner(quiet);
    const { jobId } = jobs.start('package-verify', heldJob().work);
    await Promise.resolve();
    jobs.cancel(jobId);
    expect(await jobs.settled(jobId)).toMatchObject({ state: 'cancelled', error: { said: { code: 'job-cancelled' } } });
  });

  it('runs one package job at a time, and takes another once it has ended', async () => {
    const jobs = new JobRunner(quiet);
    const held = heldJob();
    const first = jobs.start('package-verify', held.work);
    expect(() => jobs.start('backup', heldJob().work)).toThrow(expect.objectContaining({ said: { code: 'job-busy' } }));
    held.release();
    await jobs.settled(first.jobId);
    expect(() => jobs.start('backup', async () => ({ kind: 'package-verify', report }))).not.toThrow();
  });

  it('reports an expected failure with its message code, and hides an unexpected one', async () => {
    const jobs = new JobRunner(quiet);
    const said = jobs.start('backup', async () => {
      throw ArchiveError.of('bad-input', { code: 'backup-keep-bad', given: '0' });
    });
    expect(await jobs.settled(said.jobId)).toMatchObject({ state: 'failed', error: { code: 'bad-input', said: { code: 'backup-keep-bad', given: '0' } } });
    const bug = jobs.start('backup', async () => {
      throw new Error('secret internals');
    });
    const view = await jobs.settled(bug.jobId);
    expect(view).toMatchObject({ state: 'failed', error: { code: 'internal' } });
    expect(view.error?.message).not.toContain('secret');
  });

  it('forgets finished jobs after a while, and says so for an unknown one', async () => {
    let now = 0;
    const jobs = new JobRunner(quiet, () => now);
    const { jobId } = jobs.start('package-verify', async () => ({ kind: 'package-verify', report }));
    await jobs.settled(jobId);
    now = 14 * 60_000;
    expect(jobs.status(jobId).state).toBe('done');
    now = 16 * 60_000;
    expect(() => jobs.status(jobId)).toThrow(expect.objectContaining({ said: { code: 'job-not-found' } }));
  });
});

describe('backup status through the API', () => {
  it('tells the page that a library with issues has never been backed up', async () => {
    const { library } = await libraryWithSample();
    const api = archiveCaller(library);
    try {
      expect(await api.call('backup.status', {})).toMatchObject({ lastBackupAt: null, stale: true, keep: 5, backups: [] });
      await expect(api.call('jobs.status', { jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ said: { code: 'job-not-found' } });
    } finally {
      await api.close();
    }
  });
});
