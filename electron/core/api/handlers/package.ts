import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { packageMethods, PackageFile } from '../../../../shared/contract/package';
import { MAX_IMPORT_FILE_BYTES } from '../../../../shared/limits';
import { exportPackage } from '../../package/export-package';
import { importPackage } from '../../package/import-package';
import { verifyPackage } from '../../package/verify-package';
import { backupStatus, createBackup, libraryName } from '../../package/backup';
import { ArchiveError } from '../../errors';
import { mergeReportCsv, mergeReportJson } from '../../package/merge-report-files';
import type { ApiContext } from '../context';
import type { AreaHandlers } from './types';

const MIME = { zip: 'application/zip', tar: 'application/x-tar' } as const;

/**
 * Packages and backups as jobs (issue 15, shared/contract/package.ts): each call starts the work
 * and answers with the job's id at once. An exported package is written straight into the export
 * spool's folder and handed over by token like any export; a package to read is taken where it
 * lies (an upload, a file the desktop's open dialog picked) and removed afterwards if it was ours.
 */
export function packageHandlers(context: ApiContext): AreaHandlers<keyof typeof packageMethods> {
  const { library, jobs, spool } = context;
  return {
    'package.export': async ({ selection, container, sourceOrganization, description }) =>
      jobs.start('package-export', async (run) => {
        const out = spool.reservePath(container);
        const named = Object.keys(selection).length > 0;
        const report = await exportPackage(library, {
          out,
          selection,
          ...(sourceOrganization !== undefined && sourceOrganization.trim() !== '' && { sourceOrganization: sourceOrganization.trim() }),
          ...(description !== undefined && description.trim() !== '' && { description: description.trim() }),
          ...run,
        }).catch(async (error: unknown) => {
          await rm(out, { recursive: true, force: true });
          throw error;
        });
        const fileName = `${libraryName(library)}-${named ? 'selection' : 'package'}-${today()}.${container}`;
        const { token } = await spool.adopt(out, fileName, MIME[container]);
        return { kind: 'package-export', report, token, fileName };
      }),
    'package.verify': async ({ file }) =>
      jobs.start('package-verify', async (run) => {
        const bag = await packagePath(context, file);
        try {
          const report = await verifyPackage(bag.file, run);
          return { kind: 'package-verify', report: { ...report, path: file.name } };
        } finally {
          await bag.release();
        }
      }),
    'package.import': async ({ file, dryRun }) =>
      jobs.start('package-import', async (run) => {
        const bag = await packagePath(context, file);
        try {
          const report = await importPackage(library, bag.file, { dryRun, ...run });
          return { kind: 'package-import', report: { ...report, path: file.name } };
        } finally {
          await bag.release();
        }
      }),
    'backup.status': async () => backupStatus(library),
    'backup.create': async ({ incremental }) =>
      jobs.start('backup', async (run) => ({ kind: 'backup', backup: await createBackup(library, { incremental, ...run }) })),
    'jobs.status': async ({ jobId }) => jobs.status(jobId),
    'jobs.cancel': async ({ jobId }) => jobs.cancel(jobId),
    'package.report': async ({ jobId, format }) => {
      const { result } = jobs.status(jobId);
      if (result?.kind !== 'package-import') throw ArchiveError.of('not-found', { code: 'job-not-found' });
      const fileName = `merge-report${result.report.dryRun ? '-dry-run' : ''}-${today()}.${format}`;
      const text = format === 'csv' ? mergeReportCsv(result.report) : mergeReportJson(result.report);
      const mime = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
      return { fileName, ...(await spool.put(fileName, mime, new TextEncoder().encode(text))) };
    },
  };
}

/**
 * Where the package lies on disk: a file the open dialog picked stays where it is; an upload, or
 * bytes carried over IPC, become a file of the upload folder, removed when the job ends. The
 * extension comes from the person's file name (the bag reader knows a zip from a tar by it).
 */
async function packagePath(context: ApiContext, file: PackageFile): Promise<{ file: string; release(): Promise<void> }> {
  const ext = /\.(zip|tar)$/i.exec(file.name)?.[0]?.toLowerCase() ?? '.zip';
  if ('picked' in file) return { file: context.picked.take(file.picked, file.name), release: async () => undefined };
  if ('upload' in file) return context.uploads.claim(file.upload, file.name, ext);
  const received = await context.uploads.receive(Readable.from([file.bytes]), MAX_IMPORT_FILE_BYTES);
  if (received.kind !== 'received') throw ArchiveError.of('bad-input', { code: 'upload-too-large', megabytes: MAX_IMPORT_FILE_BYTES / 1024 / 1024 });
  return context.uploads.claim(received.upload, file.name, ext);
}

function today(): string {
  const at = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
