import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupRow } from '../../../shared/package';
import { writeFileDurably } from '../library/durable-file';

/**
 * What a backup folder holds for one library: its dated packages, and beside them an index
 * (`<library name>-backups.json`) saying of each when it was made, whether it is full or
 * incremental, the backup it follows and how many issues it holds. Several libraries may share
 * one folder: every name starts with the library's. A package whose index row is lost is still
 * listed, from its name (kind) and the file's time; a row whose file is gone is dropped.
 */
const BackupIndexRowSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  kind: z.enum(['full', 'incremental']),
  base: z.string().nullable(),
  issues: z.number().int().nonnegative(),
});
type BackupIndexRow = z.infer<typeof BackupIndexRowSchema>;
const BackupIndexSchema = z.object({ backups: z.array(BackupIndexRowSchema) });

export function backupIndexName(libraryName: string): string {
  return `${libraryName}-backups.json`;
}

/** `科技情报-backup-2026-12-02T0815.zip`, `…T0815-incremental.zip`: the person's local time, to the minute. */
export function backupFileName(libraryName: string, at: Date, kind: 'full' | 'incremental', attempt = 1): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}${pad(at.getMinutes())}`;
  const again = attempt > 1 ? `-${attempt}` : '';
  return `${libraryName}-backup-${stamp}${again}${kind === 'incremental' ? '-incremental' : ''}.zip`;
}

function backupNamePattern(libraryName: string): RegExp {
  const escaped = libraryName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}-backup-\\d{4}-\\d{2}-\\d{2}T\\d{4}(?:-\\d+)?(-incremental)?\\.zip$`);
}

/** The library's backups in `folder`, oldest first; none when the folder does not exist (yet, or unplugged). */
export async function listBackupRows(folder: string, libraryName: string): Promise<BackupRow[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const pattern = backupNamePattern(libraryName);
  const indexed = new Map((await readIndex(folder, libraryName)).map((row) => [row.name, row]));
  const rows: BackupRow[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const file = path.join(folder, name);
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const row = indexed.get(name);
    rows.push(
      row
        ? { ...row, path: file, bytes: stat.size }
        : { name, path: file, createdAt: stat.mtime.toISOString(), kind: match[1] ? 'incremental' : 'full', base: null, issues: 0, bytes: stat.size },
    );
  }
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}

export async function writeBackupIndex(folder: string, libraryName: string, rows: readonly BackupRow[]): Promise<void> {
  const backups: BackupIndexRow[] = rows.map(({ name, createdAt, kind, base, issues }) => ({ name, createdAt, kind, base, issues }));
  await writeFileDurably(path.join(folder, backupIndexName(libraryName)), `${JSON.stringify({ backups }, null, 2)}\n`);
}

async function readIndex(folder: string, libraryName: string): Promise<BackupIndexRow[]> {
  try {
    const parsed = BackupIndexSchema.safeParse(JSON.parse(await fs.readFile(path.join(folder, backupIndexName(libraryName)), 'utf8')));
    return parsed.success ? parsed.data.backups : [];
  } catch {
    return [];
  }
}

/**
 * The backups to remove so that `keep` full backups remain, each with the incrementals that
 * follow it: everything older than the oldest full backup kept.
 */
export function backupsBeyondKeep(rows: readonly BackupRow[], keep: number): BackupRow[] {
  const fulls = rows.filter((row) => row.kind === 'full');
  if (fulls.length <= keep) return [];
  const oldestKept = fulls[fulls.length - keep];
  if (!oldestKept) return [];
  const cut = rows.indexOf(oldestKept);
  return rows.slice(0, cut);
}
