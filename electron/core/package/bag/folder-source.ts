import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { bagFileAt } from './bag-path';
import { BagUnreadable } from './bag-source';
import type { BagEntry, BagLimits, BagSource } from './bag-source';

/**
 * A bag as a folder. Walked with lstat semantics (readdir's entry types), so a symbolic link is
 * listed as one and never followed; opening re-checks with lstat, so a file swapped for a link
 * after the check is not read either.
 */
export async function folderSource(root: string, limits: BagLimits): Promise<BagSource> {
  const entries: BagEntry[] = [];
  async function walk(rel: string): Promise<void> {
    for (const dirent of await fs.readdir(path.join(root, rel), { withFileTypes: true })) {
      if (entries.length >= limits.maxFiles + 10) throw new BagUnreadable('too-large', `more than ${limits.maxFiles} files`);
      const child = rel === '' ? dirent.name : `${rel}/${dirent.name}`;
      if (dirent.isSymbolicLink()) entries.push({ path: child, kind: 'symlink', size: 0 });
      else if (dirent.isDirectory()) {
        entries.push({ path: child, kind: 'directory', size: 0 });
        await walk(child);
      } else if (dirent.isFile()) entries.push({ path: child, kind: 'file', size: (await fs.lstat(path.join(root, child))).size });
      else entries.push({ path: child, kind: 'other', size: 0 });
    }
  }
  await walk('');
  return {
    entries,
    async open(bagPath: string): Promise<Readable> {
      const file = bagFileAt(root, bagPath);
      const stat = await fs.lstat(file);
      if (!stat.isFile()) throw new Error(`${bagPath} is not a regular file`);
      return createReadStream(file);
    },
    async close() {},
  };
}
