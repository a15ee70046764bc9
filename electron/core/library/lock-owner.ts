/** Who holds a library's lock, as noted beside it (lock.ts). */
export interface LockOwner {
  program: string;
  pid: number;
  host: string;
  since: string;
}

/**
 * True only when we can be sure the owner is gone: it ran on this machine and no process with
 * its pid exists (`kill(pid, 0)` fails with ESRCH, on Windows as on Linux). A lock from another
 * machine (a library on a shared folder) cannot be checked from here and keeps the staleness
 * rule; a pid that exists under another user (EPERM) counts as running.
 */
export function ownerIsGone(owner: Partial<LockOwner>, thisHost: string): boolean {
  const { pid, host } = owner;
  if (typeof pid !== 'number' || host !== thisHost) return false;
  // Our own pid in the note means another open of this library in this process holds it now.
  return pid !== process.pid && processIsGone(pid);
}

/** No process with this pid exists on this machine (Linux, macOS and Windows alike). */
export function processIsGone(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ESRCH';
  }
}
