import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupStatus, createBackup } from '../../../electron/core/package/backup';
import type { BackupWriters } from '../../../electron/core/package/backup';
import { BACKUP_SETTINGS_FILE } from '../../../electron/core/package/backup-settings';
import type { Library } from '../../../electron/core/library';
import { openLibrary } from '../../../electron/core/library';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

/**
 * Backups as the person meets them: dated files in a folder beside the library, incrementals that
 * follow the last backup, the last N full backups kept, nothing lost when a backup fails. The
 * package writer is stood in for by one that records what it was asked (the bag engineer's tests
 * check the bags themselves); `verifyFails` makes the check after writing fail.
 */
function recordingWriters(options: { verifyFails?: boolean } = {}): BackupWriters & { asked: { kind: string | undefined; since: string | undefined; base: string | undefined }[] } {
  const asked: { kind: string | undefined; since: string | undefined; base: string | undefined }[] = [];
  return {
    asked,
    exportPackage: async (library, o) => {
      asked.push({ kind: o.kind, since: o.since, base: o.base });
      o.signal?.throwIfAborted();
      await fs.writeFile(o.out, JSON.stringify({ kind: o.kind, issues: library.issues().map((issue) => issue.id) }));
      return { path: o.out, container: 'zip', kind: o.kind ?? 'full', issues: library.issues().length, files: 1, payloadBytes: 1, bagInfo: {} };
    },
    verifyPackage: async (bag) => ({
      path: bag,
      valid: !options.verifyFails,
      bagInfo: {},
      issues: 1,
      files: 1,
      payloadBytes: 1,
      problems: options.verifyFails ? [{ problem: 'checksum-mismatch', path: 'data/package.json' }] : [],
    }),
  };
}

let minute = 0;
const clock = (): (() => Date) => {
  minute += 1;
  const at = new Date(2026, 11, 2, 8, 15 + minute);
  return () => at;
};

async function sampleLibrary(): Promise<Library> {
  return (await libraryWithSample()).library;
}

describe('createBackup', () => {
  it('writes a dated full backup into a folder beside the library, not inside it', async () => {
    const library = await sampleLibrary();
    const writers = recordingWriters();
    const row = await createBackup(library, { now: () => new Date(2026, 11, 2, 8, 15) }, writers);
    const name = path.basename(library.dir);
    expect(row.name).toBe(`${name}-backup-2026-12-02T0815.zip`);
    expect(row.kind).toBe('full');
    expect(row.base).toBeNull();
    expect(row.issues).toBe(1);
    expect(path.dirname(row.path)).toBe(path.join(path.dirname(library.dir), `${name}-backups`));
    expect(existsSync(row.path)).toBe(true);
    // No temporary file is left beside it.
    expect(readdirSync(path.dirname(row.path)).filter((n) => n.startsWith('.'))).toEqual([]);
    await fs.rm(path.dirname(row.path), { recursive: true, force: true });
  });

  it('refuses a backup folder inside the library, and writes nothing', async () => {
    const library = await sampleLibrary();
    const folder = path.join(library.dir, 'my-backups');
    await expect(createBackup(library, { folder }, recordingWriters())).rejects.toMatchObject({ said: { code: 'backup-folder-inside-library' } });
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(path.join(library.dir, BACKUP_SETTINGS_FILE))).toBe(false);
  });

  it('makes an incremental backup follow the last one, and the first one full', async () => {
    const library = await sampleLibrary();
    const folder = tempDir();
    const writers = recordingWriters();
    const first = await createBackup(library, { incremental: true, folder, now: clock() }, writers);
    expect(first.kind).toBe('full');
    const second = await createBackup(library, { incremental: true, now: clock() }, writers);
    expect(second.kind).toBe('incremental');
    expect(second.base).toBe(first.name);
    expect(second.name).toMatch(/-incremental\.zip$/);
    expect(writers.asked[1]).toEqual({ kind: 'incremental', since: first.createdAt, base: first.name });
    // The folder given once is remembered: the second backup went there too.
    expect(path.dirname(second.path)).toBe(folder);
  });

  it('keeps the last N full backups with their incrementals, removing older ones after the new one is written', async () => {
    const library = await sampleLibrary();
    const folder = tempDir();
    const writers = recordingWriters();
    const made = [];
    made.push(await createBackup(library, { folder, keep: 2, now: clock() }, writers)); // full 1
    made.push(await createBackup(library, { incremental: true, now: clock() }, writers)); // inc of 1
    made.push(await createBackup(library, { now: clock() }, writers)); // full 2
    made.push(await createBackup(library, { incremental: true, now: clock() }, writers)); // inc of 2
    expect(readdirSync(folder).filter((n) => n.endsWith('.zip'))).toHaveLength(4);
    made.push(await createBackup(library, { now: clock() }, writers)); // full 3: full 1 and its incremental go
    const left = readdirSync(folder).filter((n) => n.endsWith('.zip')).sort();
    expect(left).toEqual([made[2], made[3], made[4]].map((row) => row?.name).sort());
    const status = await backupStatus(library);
    expect(status.keep).toBe(2);
    expect(status.backups.map((row) => row.name)).toEqual([made[2], made[3], made[4]].map((row) => row?.name));
    expect(status.backups[1]?.base).toBe(made[2]?.name);
  });

  it('keeps every older backup when the new one fails its check, and leaves no partial file', async () => {
    const library = await sampleLibrary();
    const folder = tempDir();
    await createBackup(library, { folder, keep: 1, now: clock() }, recordingWriters());
    const before = readdirSync(folder).sort();
    await expect(createBackup(library, { now: clock() }, recordingWriters({ verifyFails: true }))).rejects.toMatchObject({ said: { code: 'backup-unsound' } });
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('stops when cancelled, leaving no partial file and the older backups', async () => {
    const library = await sampleLibrary();
    const folder = tempDir();
    await createBackup(library, { folder, keep: 1, now: clock() }, recordingWriters());
    const before = readdirSync(folder).sort();
    const controller = new AbortController();
    controller.abort();
    await expect(createBackup(library, { now: clock(), signal: controller.signal }, recordingWriters())).rejects.toThrow();
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('names two backups made in the same minute apart', async () => {
    const library = await sampleLibrary();
    const folder = tempDir();
    const at = () => new Date(2026, 11, 2, 9, 0);
    const a = await createBackup(library, { folder, now: at }, recordingWriters());
    const b = await createBackup(library, { now: at }, recordingWriters());
    expect(a.name).not.toBe(b.name);
    expect(b.name).toMatch(/T0900-2\.zip$/);
  });
});

describe('backupStatus', () => {
  it('is stale for a library with issues and no backup, and not for an empty one', async () => {
    const library = await sampleLibrary();
    expect(await backupStatus(library)).toMatchObject({ lastBackupAt: null, stale: true, backups: [] });
    const empty = await openLibrary(tempDir(), { create: true });
    expect((await backupStatus(empty)).stale).toBe(false);
  });

  it('becomes stale 7 days after the last backup, or after the days the settings say', async () => {
    const library = await sampleLibrary();
    const folder = tempDir();
    const at = new Date('2026-12-02T08:15:00Z');
    await createBackup(library, { folder, now: () => at }, recordingWriters());
    const day = 24 * 60 * 60_000;
    expect((await backupStatus(library, new Date(at.getTime() + 6 * day))).stale).toBe(false);
    expect((await backupStatus(library, new Date(at.getTime() + 8 * day))).stale).toBe(true);
    const settingsFile = path.join(library.dir, BACKUP_SETTINGS_FILE);
    const settings: unknown = JSON.parse(await fs.readFile(settingsFile, 'utf8'));
    await fs.writeFile(settingsFile, JSON.stringify({ ...(settings as object), remindAfterDays: 30 }));
    expect((await backupStatus(library, new Date(at.getTime() + 8 * day))).stale).toBe(false);
  });

  it('remembers the last backup while the backup folder is unplugged', async () => {
    const library = await sampleLibrary();
    const folder = tempDir();
    const row = await createBackup(library, { folder, now: clock() }, recordingWriters());
    await fs.rm(folder, { recursive: true, force: true });
    const status = await backupStatus(library, new Date(Date.parse(row.createdAt) + 60_000));
    expect(status).toMatchObject({ lastBackupAt: row.createdAt, stale: false, backups: [] });
  });
});
