import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderFrom, defaultBackupFolder, isInsideLibrary } from '../../../electron/core/package/backup-settings';
import { backupFileName, backupsBeyondKeep } from '../../../electron/core/package/backup-folder';
import type { BackupRow } from '../../../shared/package';

describe('the backup folder', () => {
  it('is beside the library by default, on Windows too', () => {
    expect(defaultBackupFolder('/home/li/archive/library', path.posix)).toBe('/home/li/archive/library-backups');
    expect(defaultBackupFolder('D:\\档案\\library', path.win32)).toBe('D:\\档案\\library-backups');
  });

  it('takes a relative folder from the settings against the folder holding the library', () => {
    expect(backupFolderFrom('C:\\data\\library', { folder: 'backups' }, path.win32)).toBe('C:\\data\\backups');
    expect(backupFolderFrom('C:\\data\\library', { folder: 'E:\\备份' }, path.win32)).toBe('E:\\备份');
  });

  it('knows a folder inside the library, whatever the letter case on Windows', () => {
    expect(isInsideLibrary('C:\\data\\library', 'c:\\DATA\\Library\\backups', path.win32)).toBe(true);
    expect(isInsideLibrary('C:\\data\\library', 'C:\\data\\library', path.win32)).toBe(true);
    expect(isInsideLibrary('C:\\data\\library', 'C:\\data\\library-backups', path.win32)).toBe(false);
    expect(isInsideLibrary('/srv/library', '/srv/library/x', path.posix)).toBe(true);
    expect(isInsideLibrary('/srv/library', '/srv/..library', path.posix)).toBe(false);
  });
});

describe('backup names and keeping', () => {
  it('dates the file in local time to the minute', () => {
    expect(backupFileName('书库', new Date(2026, 11, 2, 8, 5), 'full')).toBe('书库-backup-2026-12-02T0805.zip');
    expect(backupFileName('书库', new Date(2026, 0, 9, 23, 59), 'incremental', 2)).toBe('书库-backup-2026-01-09T2359-2-incremental.zip');
  });

  it('removes everything older than the oldest full backup kept', () => {
    const row = (name: string, kind: 'full' | 'incremental'): BackupRow => ({ name, path: name, createdAt: name, kind, base: null, issues: 0, bytes: 0 });
    const rows = [row('1', 'full'), row('2', 'incremental'), row('3', 'full'), row('4', 'incremental'), row('5', 'full')];
    expect(backupsBeyondKeep(rows, 2).map((r) => r.name)).toEqual(['1', '2']);
    expect(backupsBeyondKeep(rows, 3)).toEqual([]);
    expect(backupsBeyondKeep(rows, 1).map((r) => r.name)).toEqual(['1', '2', '3', '4']);
  });
});
