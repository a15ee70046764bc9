import type { ArchiveMessage } from '../../../shared/messages';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ArchiveError } from '../errors';
import { tempPathFor } from './durable-file';
import { ownerIsGone } from './lock-owner';
import type { LockOwner } from './lock-owner';
import { queueFor } from './write-queue';

/**
 * One writer at a time per library, across processes (the app and the command line may open
 * the same folder). proper-lockfile makes the lock with an atomic mkdir and refreshes its mtime,
 * so a lock left by a crashed process goes stale and is taken over. Beside it we note who holds
 * it, so a writer that has to give up can say who is in the way, and so a lock whose process is
 * known to be gone (same machine, pid not running) is taken over at once instead of after the
 * staleness period.
 *
 * Within one process, writes to a library wait their turn in one queue (write-queue.ts) and only
 * the write at the head competes for the file lock: the app's own simultaneous saves (a burst of
 * highlights through browser mode) never refuse each other as "busy". A write made inside
 * another write of the same library (same async call chain) runs at once, under the held lock.
 */

const LOCK_DIR = '.lock';
const OWNER_FILE = '.lock-owner.json';
const STALE_MS = 15_000;
const RETRY_MS = 200;

export type { LockOwner } from './lock-owner';

let programName = 'bulletin-archive';
/** Set once at start-up by each entry point ("bulletin-archive command line", "Bulletin Archive app"). */
export function setLockProgramName(name: string): void {
  programName = name;
}

/** The libraries whose lock the current async call chain holds (while `active`). */
const holding = new AsyncLocalStorage<ReadonlyMap<string, { active: boolean }>>();

export async function withLibraryLock<T>(dir: string, work: () => Promise<T>, waitMs = 10_000): Promise<T> {
  const key = libraryKey(dir);
  if (holding.getStore()?.get(key)?.active) return work();
  // The wait in the queue is our own process's work, not another program's: waitMs counts only
  // the time spent at the head, waiting for the file lock.
  return queueFor(key).run(async () => {
    // The owner note is written before the lock is taken and renamed into place right after: a
    // process killed between the two leaves a lock without a note, which nobody can take over
    // until it goes stale, so that window is kept to one rename (issue 20, defect 8).
    const owner: LockOwner = { program: programName, pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    const note = path.join(dir, OWNER_FILE);
    // A temp name that opening a library clears, should a kill leave it behind.
    const draft = tempPathFor(note);
    const drafted = await fs.writeFile(draft, JSON.stringify(owner)).then(
      () => true,
      () => false,
    );
    let release: () => Promise<void>;
    try {
      release = await acquire(dir, waitMs);
    } catch (error) {
      if (drafted) await fs.rm(draft, { force: true }).catch(() => undefined);
      throw error;
    }
    if (drafted) await fs.rename(draft, note).catch(() => fs.rm(draft, { force: true }).catch(() => undefined));
    const held = { active: true };
    try {
      return await holding.run(new Map([...(holding.getStore() ?? []), [key, held]]), work);
    } finally {
      held.active = false;
      // The lock first, then the note: a kill in between leaves a note of a gone process beside no
      // lock, which the next writer simply replaces. The note is removed only while it is still ours.
      await release().catch(() => undefined);
      const current = await readOwner(note);
      if (current?.pid === owner.pid && current.since === owner.since) await fs.rm(note, { force: true }).catch(() => undefined);
    }
  });
}

/**
 * Runs `work` under the lock once every write queued before it has finished, including the one the
 * caller may be inside: for upkeep (folding a journal) that must never run inside a write, nor
 * make that write wait for it.
 */
export function withLibraryLockAfter<T>(dir: string, work: () => Promise<T>): Promise<T> {
  return holding.exit(() => withLibraryLock(dir, work));
}

/** One key per folder, however it was named (Windows paths are case-insensitive). */
export function libraryKey(dir: string, paths: Pick<typeof path, 'resolve' | 'sep'> = path): string {
  const resolved = paths.resolve(dir);
  return paths.sep === '\\' ? resolved.toLowerCase() : resolved;
}

async function acquire(dir: string, waitMs: number): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await lockfile.lock(dir, { lockfilePath: path.join(dir, LOCK_DIR), stale: STALE_MS, update: 5_000, realpath: false, retries: 0 });
    } catch (error) {
      if (!isLocked(error)) throw error;
      if (await takeOverFromGoneOwner(dir)) continue;
      if (Date.now() >= deadline) throw ArchiveError.of('library-locked', await describeHolder(dir, waitMs));
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/**
 * Removes a lock whose owner's process is gone. The owner note is first claimed by an atomic
 * rename, so of several processes that find the same dead lock only one removes it, and a note
 * that turns out to name a live owner (the lock changed hands meanwhile) is put back untouched.
 */
async function takeOverFromGoneOwner(dir: string): Promise<boolean> {
  const noteFile = path.join(dir, OWNER_FILE);
  const seen = await readOwner(noteFile);
  if (!seen || !ownerIsGone(seen, os.hostname())) return false;
  const claimed = `${noteFile}.takeover-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(noteFile, claimed);
  } catch {
    return false;
  }
  const owner = await readOwner(claimed);
  if (!owner || !ownerIsGone(owner, os.hostname())) {
    await fs.rename(claimed, noteFile).catch(() => undefined);
    return false;
  }
  await fs.rm(path.join(dir, LOCK_DIR), { recursive: true, force: true });
  await fs.rm(claimed, { force: true });
  return true;
}

async function readOwner(file: string): Promise<Partial<LockOwner> | null> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<LockOwner>) : null;
  } catch {
    return null;
  }
}

function isLocked(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ELOCKED';
}

async function describeHolder(dir: string, waitMs: number): Promise<ArchiveMessage> {
  const seconds = Math.round(waitMs / 1000);
  const unknown = { code: 'library-locked', dir, program: null, pid: null, host: null, since: null, seconds } as const;
  const owner = await readOwner(path.join(dir, OWNER_FILE));
  if (!owner) return unknown;
  return {
    ...unknown,
    program: typeof owner.program === 'string' ? owner.program : 'another program',
    pid: typeof owner.pid === 'number' ? owner.pid : null,
    host: typeof owner.host === 'string' ? owner.host : null,
    since: typeof owner.since === 'string' ? owner.since : null,
  };
}
