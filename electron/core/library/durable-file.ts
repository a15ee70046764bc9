import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Atomic and durable file replacement.
 *
 * lowdb's own writer (steno) renames a fixed `.name.tmp` into place without fsync: after a
 * power cut the renamed file can be empty, and two processes writing at once clobber each
 * other's temp file. Here every write gets a unique temp name, the temp file is synced before
 * the rename, and the folder is synced after it so the rename itself survives.
 */

export const TEMP_MARK = '.tmp-';

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  const base = path.basename(target);
  return path.join(dir, `.${base}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** `mode` 0o600 keeps a file to its owner (the reading room's accounts, sessions and key, issue 18). */
export async function writeFileDurably(target: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Makes a rename or a new file in `dir` durable. Windows cannot open folders; it journals renames itself. */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes temp files a crashed writer left behind. Call only while holding the library lock. */
export async function clearStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => name.startsWith('.') && name.includes(TEMP_MARK));
  await Promise.all(stale.map((name) => fs.rm(path.join(dir, name), { force: true })));
  return stale;
}
