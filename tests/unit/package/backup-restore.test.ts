import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/library';
import { backupStatus } from '../../../electron/core/package/backup';
import type { BackupRow, MergeReport } from '../../../shared/package';
import { archiveCaller } from '../../helpers/archive-call';
import { cli } from '../../helpers/cli';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

/** Backups written by the real package writer, then brought back with `restore`, as a person would on a new workstation. */
describe('backup, then restore', () => {
  it('brings a library back from a full backup and the incremental after an edit', async () => {
    const { library, issueId } = await libraryWithSample();
    const folder = tempDir();
    const full = await cli(['backup', '--library', library.dir, '--folder', folder, '--json']);
    expect(full.code, full.stderr).toBe(0);
    const fullRow = JSON.parse(full.stdout) as BackupRow;
    expect(fullRow).toMatchObject({ kind: 'full', issues: 1 });

    await library.updateIssue(issueId, { editor: '王五' });
    const incremental = await cli(['backup', '--incremental', '--library', library.dir, '--json']);
    expect(incremental.code, incremental.stderr).toBe(0);
    const incrementalRow = JSON.parse(incremental.stdout) as BackupRow;
    expect(incrementalRow).toMatchObject({ kind: 'incremental', base: fullRow.name });
    expect(path.dirname(incrementalRow.path)).toBe(folder);

    const listed = await cli(['backup', 'list', '--library', library.dir]);
    expect(listed.stdout).toContain(fullRow.name);
    expect(listed.stdout).toContain(`incremental backup (follows ${fullRow.name})`);

    const target = path.join(tempDir(), 'restored');
    const restored = await cli(['restore', fullRow.path, incrementalRow.path, '--library', target]);
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    const back = await openLibrary(target);
    expect(back.issues().map((issue) => issue.editor)).toEqual(['王五']);
    await back.close();
  });

  it('says in the library view that a backup is due until one is made through the app', async () => {
    const { library } = await libraryWithSample();
    const api = archiveCaller(library);
    try {
      expect((await api.call('backup.status', {})).stale).toBe(true);
      const { jobId } = await api.call('backup.create', { incremental: false });
      let view = await api.call('jobs.status', { jobId });
      for (let polls = 0; view.state === 'running' && polls < 600; polls += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        view = await api.call('jobs.status', { jobId });
      }
      expect(view.state, JSON.stringify(view.error)).toBe('done');
      expect(view.result?.kind).toBe('backup');
      const status = await api.call('backup.status', {});
      expect(status).toMatchObject({ stale: false, backups: [{ kind: 'full', issues: 1 }] });
      expect(existsSync(status.backups[0]?.path ?? '')).toBe(true);
    } finally {
      await api.close();
      await cleanUp(library.dir);
    }
  });
});

describe('packages through the API', () => {
  it('exports into the spool, and a second library merges it: dry run first, then for real', async () => {
    const { library } = await libraryWithSample();
    const source = archiveCaller(library);
    const second = await openLibrary(tempDir(), { create: true });
    const target = archiveCaller(second);
    try {
      const exported = await finished(source.call, await source.call('package.export', { selection: {}, container: 'zip', sourceOrganization: '科技局' }));
      if (exported.result?.kind !== 'package-export') throw new Error(JSON.stringify(exported));
      expect(exported.result.report).toMatchObject({ issues: 1, container: 'zip' });
      const bytes = new Uint8Array(await takeFromSpool(source.call, exported.result.token));

      const dry = await finished(target.call, await target.call('package.import', { file: { name: 'library.zip', bytes }, dryRun: true }));
      const dryReport = reportOf(dry);
      expect(dryReport).toMatchObject({ dryRun: true, totals: { added: 1 } });
      expect(second.issues()).toHaveLength(0);

      const real = await finished(target.call, await target.call('package.import', { file: { name: 'library.zip', bytes }, dryRun: false }));
      expect(reportOf(real)).toMatchObject({ dryRun: false, totals: { added: 1, failed: 0 } });
      expect(second.issues()).toHaveLength(1);

      const csv = await target.call('package.report', { jobId: real.jobId, format: 'csv' });
      expect(csv.fileName).toMatch(/\.csv$/);
      const text = Buffer.from(await takeFromSpool(target.call, csv.token)).toString('utf8');
      expect(text.startsWith('\uFEFFref,action')).toBe(true);
      expect(text).toContain('科技情报参考');
    } finally {
      await source.close();
      await target.close();
    }
  });

  it('lists a damaged package’s bad files instead of importing it', async () => {
    const { library } = await libraryWithSample();
    const api = archiveCaller(library);
    try {
      const verified = await finished(api.call, await api.call('package.verify', { file: { name: 'not-a-bag.zip', bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) } }));
      if (verified.result?.kind !== 'package-verify') throw new Error(JSON.stringify(verified));
      expect(verified.result.report.valid).toBe(false);
      expect(verified.result.report.path).toBe('not-a-bag.zip');
      expect(verified.result.report.problems.length).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
  });
});

type Call = ReturnType<typeof archiveCaller>['call'];

async function finished(call: Call, started: { jobId: string }) {
  let view = await call('jobs.status', { jobId: started.jobId });
  for (let polls = 0; view.state === 'running' && polls < 1200; polls += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    view = await call('jobs.status', { jobId: started.jobId });
  }
  return view;
}

function reportOf(view: Awaited<ReturnType<typeof finished>>): MergeReport {
  if (view.result?.kind !== 'package-import') throw new Error(JSON.stringify(view.error ?? view));
  return view.result.report;
}

async function takeFromSpool(call: Call, token: string): Promise<Uint8Array> {
  const taken = await call('export.take', { token });
  return Buffer.from(taken.dataBase64, 'base64');
}

async function cleanUp(libraryDir: string): Promise<void> {
  const { rm } = await import('node:fs/promises');
  await rm((await backupStatus(await openLibrary(libraryDir))).folder, { recursive: true, force: true });
}
