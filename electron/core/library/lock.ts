import type { ArchiveMessage } from '../../../shared/messages';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ArchiveError } from '../errors';

/**
 * One writer at a time per library, across processes (the app and the command line may open
 * the same folder). proper-lockfile makes the lock with an atomic mkdir and refreshes its mtime,
 * so a lock left by a crashed process goes stale and is taken over. Beside it we note who holds
 * it, so a writer that has to give up can say who is in the way.
 */

const LOCK_DIR = '.lock';
const OWNER_FILE = '.lock-owner.json';

export interface LockOwner {
  program: string;
  pid: number;
  host: string;
  since: string;
}

let programName = 'bulletin-archive';
/** Set once at start-up by each entry point ("bulletin-archive command line", "Bulletin Archive app"). */
export function setLockProgramName(name: string): void {
  programName = name;
}

export async function withLibraryLock<T>(dir: string, work: () => Promise<T>, waitMs = 10_000): Promise<T> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: path.join(dir, LOCK_DIR),
      stale: 15_000,
      update: 5_000,
      realpath: false,
      retries: { retries: Math.max(1, Math.ceil(waitMs / 200)), factor: 1, minTimeout: 200, maxTimeout: 200 },
    });
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ELOCKED') {
      throw ArchiveError.of('library-locked', await describeHolder(dir, waitMs));
    }
    throw error;
  }
  const owner: LockOwner = { program: programName, pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  await fs.writeFile(path.join(dir, OWNER_FILE), JSON.stringify(owner)).catch(() => undefined);
  try {
    return await work();
  } finally {
    await fs.rm(path.join(dir, OWNER_FILE), { force: true }).catch(() => undefined);
    await release().catch(() => undefined);
  }
}

async function describeHolder(dir: string, waitMs: number): Promise<ArchiveMessage> {
  const seconds = Math.round(waitMs / 1000);
  const unknown = { code: 'library-locked', dir, program: null, pid: null, host: null, since: null, seconds } as const;
  try {
    const owner = JSON.parse(await fs.readFile(path.join(dir, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    return {
      ...unknown,
      program: typeof owner.program === 'string' ? owner.program : 'another program',
      pid: typeof owner.pid === 'number' ? owner.pid : null,
      host: typeof owner.host === 'string' ? owner.host : null,
      since: typeof owner.since === 'string' ? owner.since : null,
    };
  } catch {
    return unknown;
  }
}
