import type { Locale } from '../../../shared/format';
import type { BackupRow, PackageProgress } from '../../../shared/package';
import { ArchiveError } from '../../core/errors';
import { backupStatus, createBackup } from '../../core/package/backup';
import { cliIo } from '../io';
import { openLibraryFor } from '../library-option';
import type { LibraryOption } from '../library-option';

export interface BackupCommandOptions extends LibraryOption {
  incremental?: boolean;
  folder?: string;
  keep?: string;
  json?: boolean;
}

/** This command's own words (the package commands keep theirs beside them, to keep merges apart). */
const WORDS = {
  zh: {
    written: '已备份',
    full: '完整备份',
    incremental: '增量备份',
    follows: '接续',
    issues: '期',
    folder: '备份文件夹',
    keep: '保留最近 {keep} 份完整备份（及其增量备份）',
    none: '尚无备份。',
    last: '上次备份',
    stale: '距上次备份已久，建议立即备份：bulletin-archive backup',
    never: '此书库还没有备份：bulletin-archive backup',
    cancelled: '已取消备份；没有留下写了一半的文件，原有备份均保留。',
    working: '备份中',
  },
  en: {
    written: 'Backed up',
    full: 'full backup',
    incremental: 'incremental backup',
    follows: 'follows',
    issues: 'issues',
    folder: 'Backup folder',
    keep: 'keeping the last {keep} full backups (with their incrementals)',
    none: 'No backups yet.',
    last: 'Last backup',
    stale: 'The last backup is old; back up now: bulletin-archive backup',
    never: 'This library has never been backed up: bulletin-archive backup',
    cancelled: 'Backup cancelled; no half-written file was left, and the earlier backups are all kept.',
    working: 'Backing up',
  },
} as const;

type Word = keyof (typeof WORDS)['en'];
const say = (locale: Locale, word: Word, values: Record<string, string | number> = {}): string =>
  WORDS[locale][word].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * `backup [--incremental] [--folder DIR] [--keep N] [--json]`: a dated package of the library in
 * its backup folder (core/package/backup.ts). --folder and --keep are remembered in the library's
 * backup.json. Ctrl+C cancels: the partial file is removed and no older backup is touched.
 */
export async function backupCommand(options: BackupCommandOptions, locale: Locale): Promise<number> {
  const keep = options.keep === undefined ? undefined : parseKeep(options.keep);
  const library = await openLibraryFor(options, 'read', locale);
  const io = cliIo();
  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => controller.abort());
  const progress = io.stderr.isTTY && !options.json ? (p: PackageProgress) => void io.stderr.write(`\r${say(locale, 'working')} ${p.done}/${p.total} ${p.item ?? ''}\x1b[K`) : undefined;
  let row: BackupRow;
  try {
    row = await createBackup(library, {
      incremental: options.incremental === true,
      ...(options.folder !== undefined && { folder: options.folder }),
      ...(keep !== undefined && { keep }),
      signal: controller.signal,
      ...(progress && { onProgress: progress }),
    });
  } catch (error) {
    if (controller.signal.aborted) {
      io.stderr.write(`${progress ? '\r\x1b[K' : ''}${say(locale, 'cancelled')}\n`);
      return 130;
    }
    throw error;
  } finally {
    stopListening();
    await library.close();
  }
  if (progress) io.stderr.write('\r\x1b[K');
  if (options.json) {
    io.stdout.write(`${JSON.stringify(row, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(`${say(locale, 'written')}: ${describeRow(locale, row)}\n  ${row.path}\n`);
  return 0;
}

/** `backup list [--json]`: the backups in the library's backup folder, oldest first, and whether one is due. */
export async function backupListCommand(options: LibraryOption & { json?: boolean }, locale: Locale): Promise<number> {
  const library = await openLibraryFor(options, 'read', locale);
  try {
    const status = await backupStatus(library);
    const io = cliIo();
    if (options.json) {
      io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return 0;
    }
    const lines = [`${say(locale, 'folder')}: ${status.folder} — ${say(locale, 'keep', { keep: status.keep })}`];
    if (status.backups.length === 0) lines.push(say(locale, 'none'));
    for (const row of status.backups) lines.push(`  ${row.name}  ${describeRow(locale, row)}`);
    if (status.lastBackupAt !== null) lines.push(`${say(locale, 'last')}: ${status.lastBackupAt}`);
    if (status.stale) lines.push(status.lastBackupAt === null ? say(locale, 'never') : say(locale, 'stale'));
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await library.close();
  }
}

function describeRow(locale: Locale, row: BackupRow): string {
  const kind = row.kind === 'full' ? say(locale, 'full') : `${say(locale, 'incremental')} (${say(locale, 'follows')} ${row.base ?? '?'})`;
  return `${kind}, ${row.issues} ${say(locale, 'issues')}, ${megabytes(row.bytes)} MB, ${row.createdAt}`;
}

function parseKeep(given: string): number {
  const keep = Number(given);
  if (!/^\d+$/.test(given.trim()) || !Number.isInteger(keep) || keep < 1 || keep > 1000) throw ArchiveError.of('bad-input', { code: 'backup-keep-bad', given });
  return keep;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2);
}
