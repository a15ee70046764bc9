import { z } from 'zod';
import { PackageSelectionSchema } from '../package';
import type { BackupStatus, MergeReport, PackageExportReport, PackageProgress, PackageVerifyReport, BackupRow } from '../package';
import { IncomingFileSchema } from './import';
import type { ApiError } from './index';

/**
 * Packages in the app (issue 15): long operations run as jobs. Starting one answers at once with
 * its id; the page asks `jobs.status` for progress and the result, and may `jobs.cancel` it. An
 * exported package lands in the export spool and reaches the person like any export (a save
 * dialog in Electron, a download in browser mode); a package to import or verify arrives like an
 * imported file (an upload in browser mode).
 */
const JobIdSchema = z.uuid();

/**
 * A package to read: uploaded (browser mode) or carried as bytes like any imported file, or, in
 * Electron, picked by the main process's open dialog and named by the token it handed the page:
 * a package of several GB never crosses IPC as bytes, and the page never names a path.
 */
export const PickedFileSchema = z.strictObject({ name: z.string().min(1).max(1024), picked: z.string().regex(/^[A-Za-z0-9_-]{32}$/) });
export const PackageFileSchema = z.union([IncomingFileSchema, PickedFileSchema]);
export type PackageFile = z.input<typeof PackageFileSchema>;

export const packageMethods = {
  'package.export': {
    input: z.strictObject({
      selection: PackageSelectionSchema.default({}),
      container: z.enum(['zip', 'tar']).default('zip'),
      sourceOrganization: z.string().max(200).optional(),
      description: z.string().max(2000).optional(),
    }),
  },
  'package.verify': { input: z.strictObject({ file: PackageFileSchema }) },
  'package.import': { input: z.strictObject({ file: PackageFileSchema, dryRun: z.boolean().default(true) }) },
  'backup.status': { input: z.strictObject({}) },
  'backup.create': { input: z.strictObject({ incremental: z.boolean().default(false) }) },
  'jobs.status': { input: z.strictObject({ jobId: JobIdSchema }) },
  'jobs.cancel': { input: z.strictObject({ jobId: JobIdSchema }) },
  /** A finished import job's merge report as a file (CSV or JSON) in the export spool, delivered like any export. */
  'package.report': { input: z.strictObject({ jobId: JobIdSchema, format: z.enum(['csv', 'json']) }) },
} as const;

export type PackageJobKind = 'package-export' | 'package-verify' | 'package-import' | 'backup';

/** What a finished job answers with, by kind. An export names the spool token to deliver. */
export type PackageJobResult =
  | { kind: 'package-export'; report: PackageExportReport; token: string; fileName: string }
  | { kind: 'package-verify'; report: PackageVerifyReport }
  | { kind: 'package-import'; report: MergeReport }
  | { kind: 'backup'; backup: BackupRow };

export interface JobView {
  jobId: string;
  kind: PackageJobKind;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: PackageProgress | null;
  result: PackageJobResult | null;
  error: ApiError | null;
}

export interface JobStarted {
  jobId: string;
}

export interface PackageOutputs {
  'package.export': JobStarted;
  'package.verify': JobStarted;
  'package.import': JobStarted;
  'backup.status': BackupStatus;
  'backup.create': JobStarted;
  'jobs.status': JobView;
  'jobs.cancel': JobView;
  'package.report': { token: string; fileName: string };
}
