import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-file';

/**
 * The library's backup settings, in `backup.json` at the library's root (so they travel with
 * the library): where backups go, how many full ones to keep, after how many days the app
 * reminds. Written by `bulletin-archive backup --folder DIR --keep N` (those choices are
 * remembered) or by hand; every field may be absent, and then the defaults below apply.
 */
export const BACKUP_SETTINGS_FILE = 'backup.json';
export const DEFAULT_KEEP = 5;
export const DEFAULT_REMIND_AFTER_DAYS = 7;

export const BackupSettingsSchema = z.object({
  /** Absolute, or relative to the folder that holds the library (never inside the library). */
  folder: z.string().min(1).max(4096).optional(),
  keep: z.number().int().min(1).max(1000).optional(),
  remindAfterDays: z.number().int().min(1).max(3650).optional(),
  /** The last backup written, so the reminder knows it while the backup disk is unplugged. */
  lastBackupAt: z.string().optional(),
});
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;

/** The settings, or the defaults when the file is absent or unreadable (a backup must still be possible). */
export async function readBackupSettings(libraryDir: string): Promise<BackupSettings> {
  let text: string;
  try {
    text = await fs.readFile(path.join(libraryDir, BACKUP_SETTINGS_FILE), 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = BackupSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function writeBackupSettings(libraryDir: string, settings: BackupSettings): Promise<void> {
  await writeFileDurably(path.join(libraryDir, BACKUP_SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * Beside the library, not inside it: a backup kept in the library's own folder is lost with it.
 * `…/library` backs up into `…/library-backups`.
 */
export function defaultBackupFolder(libraryDir: string, paths: typeof path = path): string {
  const resolved = paths.resolve(libraryDir);
  return paths.join(paths.dirname(resolved), `${paths.basename(resolved)}-backups`);
}

/** The folder settings name, resolved against the folder holding the library. */
export function backupFolderFrom(libraryDir: string, settings: BackupSettings, paths: typeof path = path): string {
  if (settings.folder === undefined) return defaultBackupFolder(libraryDir, paths);
  return paths.resolve(paths.dirname(paths.resolve(libraryDir)), settings.folder);
}

/** Whether `folder` is the library or lies inside it (such a backup dies with the library). */
export function isInsideLibrary(libraryDir: string, folder: string, paths: typeof path = path): boolean {
  const relative = paths.relative(paths.resolve(libraryDir), paths.resolve(folder));
  return relative === '' || (!relative.startsWith('..') && !paths.isAbsolute(relative));
}
