import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../electron/core/api/archive';
import { openLibrary } from '../../../electron/core/library';
import { libraryKey, withLibraryLock } from '../../../electron/core/library/lock';
import { libraryWithSample, tempDir } from '../../helpers/temp-library';

/** A pid no process has: beyond every platform's pid range, so `kill(pid, 0)` says ESRCH. */
const DEAD_PID = 99_999_999;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** What a process killed while holding the lock leaves: the lock folder and the note naming it. */
async function leaveLock(dir: string, owner: { pid: number; host: string }): Promise<void> {
  await fs.mkdir(path.join(dir, '.lock'));
  const note = { program: 'bulletin-archive command line', pid: owner.pid, host: owner.host, since: new Date().toISOString() };
  await fs.writeFile(path.join(dir, '.lock-owner.json'), JSON.stringify(note));
}

describe('one write queue per library in a process (issue 20, defect 6)', () => {
  it('100 simultaneous highlights through one dispatcher all land', async () => {
    const { library, issueId } = await libraryWithSample();
    const archive = createArchive(library, { log: { error: () => undefined } });
    const articleId = `${issueId}-1`;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => archive.dispatch('annotations.highlight', { articleId, start: i % 60, end: (i % 60) + 1, color: 'yellow' })),
    );
    const failed = results.filter((r) => !r.ok);
    expect(failed).toEqual([]);
    // Every acknowledged highlight is there, as a fresh open of the library reads it.
    const reopened = await openLibrary(library.dir);
    expect(reopened.annotations.annotations).toHaveLength(100);
    await archive.close();
  });

  it('a write inside a write of the same library does not wait for itself', async () => {
    const dir = tempDir();
    const inner = await withLibraryLock(dir, () => withLibraryLock(dir, async () => 'inner ran', 300), 300);
    expect(inner).toBe('inner ran');
  });

  it('one queue per folder however it is named: on Windows, case and a trailing separator do not matter', () => {
    expect(libraryKey('C:\\Users\\王芳\\Library\\', path.win32)).toBe(libraryKey('c:\\users\\王芳\\library', path.win32));
    expect(libraryKey('/home/wf/Library/', path.posix)).not.toBe(libraryKey('/home/wf/library', path.posix));
  });

  it('still keeps another process out while a write holds the lock', async () => {
    const dir = tempDir();
    await leaveLock(dir, { pid: process.ppid, host: os.hostname() });
    await expect(withLibraryLock(dir, async () => 'never', 300)).rejects.toThrow(/busy/);
  });
});

describe('a lock whose owner is gone (issue 20, defect 8)', () => {
  it('is taken over at once when its process no longer runs on this machine', async () => {
    expect(isRunning(DEAD_PID)).toBe(false);
    const dir = tempDir();
    await leaveLock(dir, { pid: DEAD_PID, host: os.hostname() });
    // A fresh lock of a live owner would keep this write out for the whole wait; a dead one does not.
    await expect(withLibraryLock(dir, async () => 'written', 300)).resolves.toBe('written');
    await expect(fs.access(path.join(dir, '.lock'))).rejects.toThrow();
  });

  it('is respected when it names another machine (its process cannot be checked from here)', async () => {
    const dir = tempDir();
    await leaveLock(dir, { pid: DEAD_PID, host: `${os.hostname()}-elsewhere` });
    await expect(withLibraryLock(dir, async () => 'never', 300)).rejects.toThrow(/busy/);
  });

  it('a library left locked by a crash opens and takes writes at once', async () => {
    const { library, issueId } = await libraryWithSample();
    await leaveLock(library.dir, { pid: DEAD_PID, host: os.hostname() });
    const archive = createArchive(library, { log: { error: () => undefined } });
    const result = await archive.dispatch('annotations.highlight', { articleId: `${issueId}-1`, start: 0, end: 2, color: 'yellow' });
    expect(result).toMatchObject({ ok: true });
    await archive.close();
  });
});
