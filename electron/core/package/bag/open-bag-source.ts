import { promises as fs } from 'node:fs';
import type { PackageContainer } from '../../../../shared/package';
import { BagUnreadable } from './bag-source';
import type { BagLimits, BagSource } from './bag-source';
import { folderSource } from './folder-source';
import { tarSource } from './tar-source';
import { zipSource } from './zip-source';

/**
 * Opens a bag for listing, choosing the container by what the path is (a folder) or by the
 * file's first bytes (a zip's `PK`, a tar's `ustar`), never by its name alone.
 */
export async function openBagSource(bagPath: string, limits: BagLimits): Promise<{ source: BagSource; container: PackageContainer }> {
  let stat;
  try {
    // The package's own path may go through a link (a mounted stick); links inside it may not.
    stat = await fs.stat(bagPath);
  } catch {
    throw new BagUnreadable('not-a-bag', 'no such file or folder');
  }
  if (stat.isDirectory()) return { source: await folderSource(bagPath, limits), container: 'folder' };
  if (!stat.isFile()) throw new BagUnreadable('not-a-bag', 'not a file or folder');
  const head = Buffer.alloc(512);
  const handle = await fs.open(bagPath, 'r');
  let read: number;
  try {
    ({ bytesRead: read } = await handle.read(head, 0, 512, 0));
  } finally {
    await handle.close();
  }
  if (read >= 4 && head.readUInt32LE(0) === 0x04034b50) return { source: await zipSource(bagPath, limits), container: 'zip' };
  if (read >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return { source: await tarSource(bagPath, limits), container: 'tar' };
  if (/\.tar$/i.test(bagPath) && read > 0) throw new BagUnreadable(read < 512 ? 'truncated' : 'malformed', 'not a tar archive');
  if (/\.zip$/i.test(bagPath) && read > 0) throw new BagUnreadable('truncated', 'not a complete zip archive');
  throw new BagUnreadable('not-a-bag', 'neither a folder, a zip nor a tar');
}
