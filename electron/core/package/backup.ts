import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BackupRow, BackupStatus, PackageRun } from '../../../shared/package';
import { ArchiveError } from '../errors';
import type { Library } from '../library';
import { syncFolder } from '../library/durable-file';
import { backupFileName, backupsBeyondKeep, listBackupRows, writeBackupIndex } from './backup-folder';
import {
  DEFAULT_KEEP,
  DEFAULT_REMIND_AFTER_DAYS,
  backupFolderFrom,
  isInsideLibrary,
  readBackupSettings,
  writeBackupSettings,
} from './backup-settings';
import type { BackupSettings } from './backup-settings';
import { exportPackage } from './export-package';
import { verifyPackage } from './verify-package';

export interface BackupOptions extends PackageRun {
  /** Only what changed since the last backup (a full one when there is none to follow). */
  incremental?: boolean;
  /** Where to write; remembered in the library's backup.json for the next backups and the reminder. */
  folder?: string;
  /** How many full backups to keep (with their incrementals); remembered likewise. */
  keep?: number;
  now?: () => Date;
}

/** What writes and checks a package; the real ones by default, a test may bring its own. */
export interface BackupWriters {
  exportPackage: typeof exportPackage;
  verifyPackage: typeof verifyPackage;
}

const REAL_WRITERS: BackupWriters = { exportPackage, verifyPackage };
const DAY_MS = 24 * 60 * 60_000;

/** The library's name in backup file names: its folder's. */
export function libraryName(library: Library): string {
  return path.basename(path.resolve(library.dir));
}

/**
 * Writes a dated backup package of the library into its backup folder: written under a temporary
 * name, verified, then renamed into place; only then are backups beyond `keep` removed, so a
 * failed or cancelled backup never costs an older one.
 */
export async function createBackup(library: Library, options: BackupOptions = {}, writers: BackupWriters = REAL_WRITERS): Promise<BackupRow> {
  const now = options.now ?? (() => new Date());
  const settings = await readBackupSettings(library.dir);
  const chosen: BackupSettings = {
    ...settings,
    ...(options.folder !== undefined && { folder: path.resolve(options.folder) }),
    ...(options.keep !== undefined && { keep: options.keep }),
  };
  if (chosen.keep !== undefined && (!Number.isInteger(chosen.keep) || chosen.keep < 1 || chosen.keep > 1000)) {
    throw ArchiveError.of('bad-input', { code: 'backup-keep-bad', given: String(chosen.keep) });
  }
  const folder = backupFolderFrom(library.dir, chosen);
  if (isInsideLibrary(library.dir, folder)) throw ArchiveError.of('bad-input', { code: 'backup-folder-inside-library', folder });
  const keep = chosen.keep ?? DEFAULT_KEEP;
  await fs.mkdir(folder, { recursive: true });

  const name = libraryName(library);
  const before = await listBackupRows(folder, name);
  const last = before.at(-1) ?? null;
  // An incremental backup follows the last one; with none to follow, the first is full.
  const kind = options.incremental && last ? 'incremental' : 'full';
  const startedAt = now();
  const fileName = await freeName(folder, name, startedAt, kind);
  const final = path.join(folder, fileName);
  const temp = path.join(folder, `.${fileName}.${process.pid}.partial.zip`);

  let issues: number;
  try {
    const report = await writers.exportPackage(library, {
      out: temp,
      kind,
      ...(kind === 'incremental' && last && { since: last.createdAt, base: last.name }),
      description: kind === 'incremental' && last ? `Backup of ${name}: changes since ${last.name}` : `Backup of ${name}`,
      now: startedAt,
      ...(options.onProgress && { onProgress: options.onProgress }),
      ...(options.signal && { signal: options.signal }),
    });
    issues = report.issues;
    const check = await writers.verifyPackage(temp, { ...(options.onProgress && { onProgress: options.onProgress }), ...(options.signal && { signal: options.signal }) });
    if (!check.valid) {
      throw ArchiveError.of('io-error', { code: 'backup-unsound', file: fileName, problems: check.problems.length, first: check.problems[0]?.path ?? check.problems[0]?.problem ?? '' });
    }
    options.signal?.throwIfAborted();
    await fs.rename(temp, final);
    await syncFolder(folder);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true });
    throw error;
  }

  const stat = await fs.stat(final);
  const row: BackupRow = {
    name: fileName,
    path: final,
    createdAt: startedAt.toISOString(),
    kind,
    base: kind === 'incremental' && last ? last.name : null,
    issues,
    bytes: stat.size,
  };
  const rows = [...before, row];
  const beyond = backupsBeyondKeep(rows, keep);
  await writeBackupIndex(folder, name, rows.filter((r) => !beyond.includes(r)));
  for (const old of beyond) await fs.rm(old.path, { recursive: true, force: true });
  await writeBackupSettings(library.dir, { ...chosen, lastBackupAt: row.createdAt });
  return row;
}

/** When the library was last backed up, where, and whether it is time to remind the person. */
export async function backupStatus(library: Library, now: Date = new Date()): Promise<BackupStatus> {
  const settings = await readBackupSettings(library.dir);
  const folder = backupFolderFrom(library.dir, settings);
  const backups = await listBackupRows(folder, libraryName(library));
  const newest = [backups.at(-1)?.createdAt, settings.lastBackupAt].filter((at): at is string => at !== undefined).sort().at(-1) ?? null;
  const remindAfter = (settings.remindAfterDays ?? DEFAULT_REMIND_AFTER_DAYS) * DAY_MS;
  const holdsIssues = library.issues().length > 0;
  const stale = holdsIssues && (newest === null || now.getTime() - Date.parse(newest) > remindAfter);
  return { folder, lastBackupAt: newest, stale, keep: settings.keep ?? DEFAULT_KEEP, backups };
}

/** The first name not yet taken (two backups in one minute get `-2`, `-3`). */
async function freeName(folder: string, name: string, at: Date, kind: 'full' | 'incremental'): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const candidate = backupFileName(name, at, kind, attempt);
    try {
      await fs.access(path.join(folder, candidate));
    } catch {
      return candidate;
    }
  }
}
