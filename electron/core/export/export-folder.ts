import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TEMP_MARK } from '../library/durable-file';
import { processIsGone } from '../library/lock-owner';

// durable-file.ts names a temp file `.<target><TEMP_MARK><pid>-<12 hex>`: recognisable, and it
// says which process was writing it.
const TEMP_NAME = new RegExp(`^\\..+${TEMP_MARK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-[0-9a-f]{12}$`);

/**
 * Removes the temp files a killed export left in a folder of the person's (each file is written
 * to a temp name and renamed into place). Only our own names, and only those of a process that
 * is gone: another export still running into the same folder keeps its file. Called before
 * every export into a folder; a file that cannot be removed is left for the next time.
 */
export async function clearOrphanedExportTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const orphaned = names.filter((name) => {
    const pid = TEMP_NAME.exec(name)?.[1];
    return pid !== undefined && processIsGone(Number(pid));
  });
  const removed = await Promise.all(orphaned.map((name) => fs.rm(path.join(dir, name)).then(() => name, () => null)));
  return removed.filter((name): name is string => name !== null);
}
